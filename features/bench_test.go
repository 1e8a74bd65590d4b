package features

import (
	"strings"
	"testing"
)

const benchStatement = "“We have found no evidence that Huawei has installed backdoors,” the Commission's vice-president Andrus Ansip said on Tuesday, adding that the EU would not call for a ban."

func benchTransform(b *testing.B, cfg Config) {
	v := newVec(b, cfg)
	if err := v.Fit(append(docs, benchStatement)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.Transform(benchStatement); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

func BenchmarkTransformDefault(b *testing.B) { benchTransform(b, DefaultConfig()) }

func BenchmarkTransformCharNgrams(b *testing.B) {
	cfg := DefaultConfig()
	cfg.CharMin, cfg.CharMax = 2, 5
	benchTransform(b, cfg)
}

func BenchmarkLexiconMatch(b *testing.B) {
	v := newVec(b, DefaultConfig())
	var a analysis
	a.run(v, nil, benchStatement, nil)
	b.ReportAllocs()
	var hits []Hit
	for b.Loop() {
		hits = v.lex.Match(hits[:0], a.toks, a.stems)
	}
}

// BenchmarkFitTransform fits word 1-3-grams and character 2-5-grams on 3,000
// distinct statements and transforms them: the featurisation half of
// training a model with character n-grams.
func BenchmarkFitTransform(b *testing.B) {
	ds := manyDocs(3000)
	cfg := Config{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1}
	b.ReportAllocs()
	for b.Loop() {
		v := newVec(b, cfg)
		if _, err := v.FitTransform(ds); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(ds))/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkReadSynsets is the one-time cost of the synset block: the
// embedded table decompressed and parsed, as the first Vectorizer with the
// block pays it.
func BenchmarkReadSynsets(b *testing.B) {
	for b.Loop() {
		text, err := DefaultSynsetsData()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ReadSynsets(strings.NewReader(text), SynsetsFile); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTransformSynsets(b *testing.B) {
	cfg := DefaultConfig()
	cfg.Synsets, cfg.SynsetSenses, cfg.SynsetHypernyms = 0.5, 2, true
	benchTransform(b, cfg)
}

// BenchmarkTransformGlove is Transform with the GloVe cluster block at the
// setting that passes the gate (256 clusters at 0.5): a packed-table
// lookup per content word.
func BenchmarkTransformGlove(b *testing.B) {
	cfg := DefaultConfig()
	cfg.GloveClusters = 0.5
	benchTransform(b, cfg)
}
