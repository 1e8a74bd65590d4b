package features

import (
	"bufio"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// corpusTexts returns the statements of the repository's corpora.
func corpusTexts(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/statements/*.jsonl")
	paths = append(paths, "../testdata/quotes.jsonl")
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != "" {
				out = append(out, r.Text)
			}
		}
		f.Close()
	}
	if len(out) < 1000 {
		t.Fatalf("only %d corpus statements", len(out))
	}
	return out
}

// general returns v restored without its word tables, so that Transform
// takes the general path: hashing every feature name and looking it up.
func general(v *Vectorizer) *Vectorizer {
	g, err := Restore(v.cfg, v.tok, v.lex, v.names, v.idf)
	if err != nil {
		panic(err)
	}
	g.noWords = true
	return g
}

func sameDoc(a, b Doc) bool {
	return slices.Equal(a.Vector.Idx, b.Vector.Idx) && slices.Equal(a.Vector.Val, b.Vector.Val) &&
		slices.Equal(a.Hits, b.Hits) && a.Words == b.Words
}

// TestWordGramsFastPath checks that the stem table (and the character
// table, with character n-grams within words) gives Transform exactly the
// vectors and hits of the general path, for every kind of word n-gram
// configuration, on statements it was fitted on and others.
func TestWordGramsFastPath(t *testing.T) {
	all := corpusTexts(t)
	train, test := all[:len(all)/2], all
	test = append(test, nastyDocs...)
	for _, cfg := range []Config{
		DefaultConfig(),
		{WordNgrams: 2, Sublinear: true, DropStopWords: true, MinDF: 2, Cues: true, CueWeight: 0.2, CueEach: true},
		{WordNgrams: 3, MinDF: 1, NegationBack: true, Cues: true, CueWeight: 1},
		{WordNgrams: 1, DropStopWords: true, MinDF: 1},
		{WordNgrams: 3, CharMin: 2, CharMax: 4, MinDF: 2, MaxFeatures: 3000},
		{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1},
		{WordNgrams: 1, CharMin: 3, CharMax: 3, CharAcross: true, MinDF: 1},
		{WordNgrams: 2, Sublinear: true, DropStopWords: true, MinDF: 2, Cues: true, CueWeight: 0.2, CueEach: true, GloveClusters: 0.35, GloveK: 256},
		{WordNgrams: 3, CharMin: 2, CharMax: 4, MinDF: 1, NegationBack: true, GloveClusters: 1, GloveK: 1024},
	} {
		v := newVec(t, cfg)
		if err := v.Fit(train); err != nil {
			t.Fatal(err)
		}
		if w := v.words.Load(); w == nil || w.stems == nil {
			t.Fatalf("%+v: no stem table", cfg)
		} else if (w.chars != nil) != usesCharTable(cfg) {
			t.Fatalf("%+v: character table %v", cfg, w.chars != nil)
		}
		g := general(v)
		var fast, slow Doc
		for _, s := range test {
			if err := v.TransformInto(&fast, s, nil); err != nil {
				t.Fatal(err)
			}
			if err := g.TransformInto(&slow, s, nil); err != nil {
				t.Fatal(err)
			}
			if !sameDoc(fast, slow) {
				t.Fatalf("%+v: %q: stem table gives %v %v, names give %v %v", cfg, s, fast.Vector, fast.Hits, slow.Vector, slow.Hits)
			}
		}
	}
}

var nastyDocs = []string{"", " ", "...", "\x00\xff", "not not not", "rather than a ban", strings.Repeat("ban ", 100)}

// TestTransformTokens checks that a statement analysed from tokens a caller
// has (its own, or those of a document it was cut from) is the statement
// analysed from its text.
func TestTransformTokens(t *testing.T) {
	tk, _ := tokenize.Default()
	v := newVec(t, DefaultConfig())
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	article := strings.Join(docs, " ") + " Rather than a ban, it is “not planned”."
	toks := tk.Tokens(article) // negation marks set: they are recomputed
	for start := 0; start < len(article); start += 7 {
		for end := start; end <= len(article); end += 11 {
			s := article[start:end]
			want, err := v.TransformTokens(s, nil)
			if err != nil {
				t.Fatal(err)
			}
			sub := tk.AppendSub(nil, article, toks, start, end)
			got, err := v.TransformTokens(s, sub)
			if err != nil {
				t.Fatal(err)
			}
			if !sameDoc(got, want) {
				t.Fatalf("%q: from tokens %+v, from text %+v", s, got, want)
			}
		}
	}
	if d, _ := v.TransformTokens("!!! ...", nil); d.Words != 0 {
		t.Errorf("punctuation has %d words", d.Words)
	}
	if d, _ := v.TransformTokens("a ban", nil); d.Words != 2 {
		t.Errorf("%q has %d words, want 2", "a ban", d.Words)
	}
	for _, bad := range [][]tokenize.Token{{{Start: 3, End: 1}}, {{Start: 0, End: 99}}} {
		if _, err := v.TransformTokens("a ban", bad); err == nil {
			t.Errorf("tokens %+v accepted", bad)
		}
	}
}

// A statement over the byte budget is analysed on its first
// MaxStatementBytes whether or not its tokens are given.
func TestTransformTokensClipsLongStatements(t *testing.T) {
	tk, _ := tokenize.Default()
	v := newVec(t, DefaultConfig())
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x ", MaxStatementBytes/2-1) + "abc ban Huawei"
	want, _ := v.TransformTokens(long, nil)
	got, err := v.TransformTokens(long, tk.AppendTokens(nil, long))
	if err != nil || !sameDoc(got, want) {
		t.Fatalf("long statement: from tokens %+v (%v), from text %+v", got.Hits, err, want.Hits)
	}
}

// The stem hash the tokenizer computes is the one the table is keyed by.
func TestStemHashIsHashName(t *testing.T) {
	for _, w := range []string{"ban", "huawei", "5g", "é"} {
		if l := tokenize.LexemeOf(w); l.StemHash() != hashName(l.Stem()) {
			t.Errorf("%q: stem hash %x, hashName %x", w, l.StemHash(), hashName(l.Stem()))
		}
	}
}

func TestTransformIntoAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under -race")
	}
	v := newVec(t, DefaultConfig())
	if err := v.Fit(append(docs, benchStatement)); err != nil {
		t.Fatal(err)
	}
	var d Doc
	v.TransformInto(&d, benchStatement, nil)
	if n := testing.AllocsPerRun(100, func() { v.TransformInto(&d, benchStatement, nil) }); n > 0 {
		t.Errorf("TransformInto allocates %v times a statement", n)
	}
}

// BenchmarkBuildWords times building the stem table of a vocabulary of the
// default model's size, which loading a model pays.
func BenchmarkBuildWords(b *testing.B) {
	cfg := DefaultConfig()
	cfg.CueEach, cfg.MinDF = true, 2
	v := newVec(b, cfg)
	if err := v.Fit(corpusTexts(b)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		v.buildWords()
	}
	b.ReportMetric(float64(v.NGrams()), "features")
}

// Reading indices back from a bitmap gives the vector sorting them gives,
// bit for bit, repeats included.
func TestWeighBitsIsWeighInto(t *testing.T) {
	v := newVec(t, DefaultConfig())
	if err := v.Fit(corpusTexts(t)); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	var a analysis
	for n := 0; n < 2000; n++ {
		a.idx = a.idx[:0]
		for k := rng.IntN(120); k > 0; k-- {
			i := int32(rng.IntN(v.nGram))
			if rng.IntN(4) == 0 && len(a.idx) > 0 {
				i = a.idx[rng.IntN(len(a.idx))] // a repeat
			}
			a.idx = append(a.idx, i)
		}
		sorted := slices.Clone(a.idx)
		want, _ := v.weighInto(Vector{}, sorted, nil)
		got, _ := a.weighBits(v, Vector{}, v.idf, idfRows{})
		if !slices.Equal(got.Idx, want.Idx) || !slices.Equal(got.Val, want.Val) {
			t.Fatalf("indices %v: bitmap gives %v, sorting %v", a.idx, got, want)
		}
		checkCleared(t, &a)
	}
}

// checkCleared fails t unless weighBits left its scratch space zero.
func checkCleared(t *testing.T, a *analysis) {
	t.Helper()
	for _, w := range a.bits {
		if w != 0 {
			t.Fatal("bitmap not cleared")
		}
	}
	for _, w := range a.dup {
		if w != 0 {
			t.Fatal("bitmap of repeats not cleared")
		}
	}
	for s := range a.reps.keys {
		if a.reps.keys[s] != 0 || a.reps.cnt[s] != 0 {
			t.Fatal("repeat counts not cleared")
		}
	}
}

// A feature seen hundreds or thousands of times gets the count sorting
// gives.
func TestWeighBitsManyRepeats(t *testing.T) {
	v := newVec(t, DefaultConfig())
	if err := v.Fit(corpusTexts(t)); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	var a analysis
	for n := 0; n < 200; n++ {
		a.idx = a.idx[:0]
		hot := []int32{int32(rng.IntN(v.nGram)), int32(rng.IntN(v.nGram)), int32(rng.IntN(v.nGram))}
		for k := rng.IntN(3000); k > 0; k-- {
			i := int32(rng.IntN(v.nGram))
			if rng.IntN(4) != 0 {
				i = hot[rng.IntN(len(hot))]
			}
			a.idx = append(a.idx, i)
		}
		for _, idf := range [][]float64{v.idf, nil} {
			want, _ := v.weighIDF(Vector{}, slices.Clone(a.idx), nil, idf)
			got, _ := a.weighBits(v, Vector{}, idf, idfRows{})
			if !slices.Equal(got.Idx, want.Idx) || !slices.Equal(got.Val, want.Val) {
				t.Fatalf("statement %d (idf %t): bitmap gives %v, sorting %v", n, idf != nil, got, want)
			}
			checkCleared(t, &a)
		}
	}
}

// The bitmap gives the sorted vector over a vocabulary of millions too,
// where the summary bitmap spans many words.
func TestWeighBitsLargeVocabulary(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	dim := maxBitmapDim - 3
	v := &Vectorizer{cfg: Config{Sublinear: true}, names: make([]string, dim), idf: make([]float64, dim)}
	for i := range v.idf {
		v.idf[i] = 1 + rng.Float64()*5
	}
	var a analysis
	for n := 0; n < 300; n++ {
		a.idx = a.idx[:0]
		for k := rng.IntN(600); k > 0; k-- {
			i := int32(rng.IntN(dim))
			if rng.IntN(3) == 0 {
				i = int32(rng.IntN(200)) * 64 // clustered, and repeated
			}
			a.idx = append(a.idx, i)
		}
		want, _ := v.weighInto(Vector{}, slices.Clone(a.idx), nil)
		got, _ := a.weighBits(v, Vector{}, v.idf, idfRows{})
		if !slices.Equal(got.Idx, want.Idx) || !slices.Equal(got.Val, want.Val) {
			t.Fatalf("statement %d: bitmap and sorting differ", n)
		}
	}
}

// TransformTF's factors, weighed by IDF and normalised as documented, are
// TransformInto's vector bit for bit, from the bitmap and from sorting.
func TestTransformTF(t *testing.T) {
	texts := corpusTexts(t)
	for _, cfg := range []Config{DefaultConfig(), {WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1}, {WordNgrams: 2, MinDF: 1}} {
		v := newVec(t, cfg)
		if err := v.Fit(texts[:len(texts)/2]); err != nil {
			t.Fatal(err)
		}
		var d, tf Doc
		for _, s := range append(texts, nastyDocs...) {
			if err := v.TransformInto(&d, s, nil); err != nil {
				t.Fatal(err)
			}
			if err := v.TransformTF(&tf, s, nil); err != nil {
				t.Fatal(err)
			}
			var ss float64
			x := tf.Vector
			ng := 0
			for ; ng < len(x.Idx) && int(x.Idx[ng]) < v.NGrams(); ng++ {
				x.Val[ng] *= v.IDF(int(x.Idx[ng]))
				ss += x.Val[ng] * x.Val[ng]
			}
			for k := range x.Val[:ng] {
				x.Val[k] *= 1 / math.Sqrt(ss)
			}
			if !slices.Equal(x.Idx, d.Vector.Idx) || !slices.Equal(x.Val, d.Vector.Val) || !slices.Equal(tf.Hits, d.Hits) {
				t.Fatalf("%+v: %q: from TF %v, TransformInto %v", cfg, s, x, d.Vector)
			}
			// The sorting path's factors are the bitmap's.
			var a analysis
			w := v.wordTables()
			a.run(v, w, s, nil)
			a.idx = a.idx[:0]
			a.grams(v.cfg, false)
			a.idx = v.lookup(a.idx, a.hs)
			sorted, _ := v.weighIDF(Vector{}, slices.Clone(a.idx), nil, nil)
			bits, _ := a.weighBits(v, Vector{}, nil, idfRows{})
			if !slices.Equal(sorted.Idx, bits.Idx) || !slices.Equal(sorted.Val, bits.Val) {
				t.Fatalf("%+v: %q: factors from sorting %v, from the bitmap %v", cfg, s, sorted, bits)
			}
		}
	}
}

// A restored Vectorizer builds its word tables after buildAfter statements,
// and gives the same vectors before and after.
func TestWordTablesBuiltLazily(t *testing.T) {
	v := newVec(t, DefaultConfig())
	texts := corpusTexts(t)
	if err := v.Fit(texts); err != nil {
		t.Fatal(err)
	}
	r, err := Restore(v.cfg, v.tok, v.lex, v.names, v.idf)
	if err != nil {
		t.Fatal(err)
	}
	var want, got Doc
	for i, s := range texts[:buildAfter+10] {
		if built := r.words.Load() != nil; built != (i >= buildAfter) {
			t.Fatalf("statement %d: tables built %v", i, built)
		}
		v.TransformInto(&want, s, nil)
		r.TransformInto(&got, s, nil)
		if !sameDoc(got, want) {
			t.Fatalf("statement %d: restored %+v, fitted %+v", i, got, want)
		}
	}
}

// Goroutines sharing a restored Vectorizer while one of them builds its
// word tables all get the fitted vectors (run with -race).
func TestWordTablesBuiltConcurrently(t *testing.T) {
	v := newVec(t, DefaultConfig())
	texts := corpusTexts(t)[:4*buildAfter]
	if err := v.Fit(texts); err != nil {
		t.Fatal(err)
	}
	r, err := Restore(v.cfg, v.tok, v.lex, v.names, v.idf)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]Doc, len(texts))
	for i, s := range texts {
		want[i], _ = v.TransformTokens(s, nil)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			var d Doc
			for i := g; i < len(texts); i += 4 {
				r.TransformInto(&d, texts[i], nil)
				if !slices.Equal(d.Vector.Idx, want[i].Vector.Idx) || !slices.Equal(d.Vector.Val, want[i].Vector.Val) {
					t.Errorf("statement %d differs", i)
				}
			}
		})
	}
	wg.Wait()
	if r.words.Load() == nil {
		t.Error("word tables not built")
	}
}

// TestGramKeyWrittenOut checks the transform path's gramKey2 and gramKey3
// against gramKey, which builds the table they probe.
func TestGramKeyWrittenOut(t *testing.T) {
	ids := []int32{0, 1, 2, 7, 1000, 1<<gramBits - 2, 1<<gramBits - 1}
	for _, neg := range []bool{false, true} {
		for _, a := range ids {
			for _, b := range ids {
				if got, want := gramKey2(neg, a, b), gramKey(neg, a, b); got != want {
					t.Fatalf("gramKey2(%v, %d, %d) = %x, want %x", neg, a, b, got, want)
				}
				for _, c := range ids {
					if got, want := gramKey3(neg, a, b, c), gramKey(neg, a, b, c); got != want {
						t.Fatalf("gramKey3(%v, %d, %d, %d) = %x, want %x", neg, a, b, c, got, want)
					}
				}
			}
		}
	}
}

// stemKnown's slots, read back from the words the stem table leaves on the
// lexemes, are find's: for the table that claimed a lexeme, for a second
// table over the same stems (which finds them itself), and after a stem is
// added to the first (whose words on the lexemes are then stale), each
// statement run twice so that the second reads what the first left.
func TestStemKnownIsFind(t *testing.T) {
	texts := corpusTexts(t)
	if len(texts) > 300 {
		texts = texts[:300]
	}
	tok := tokenize.New()
	build := func(words []string) *stemTable {
		tab := newStemTable(len(words))
		for i, w := range words {
			tab.add(hashName(tokenize.LexemeOf(w).Stem()), int32(i+1))
		}
		return tab
	}
	vocab := []string{"huawei", "ban", "banning", "security", "network", "evidence", "backdoors", "not", "eu"}
	a, b := build(vocab), build(vocab[2:])
	check := func(tab *stemTable, name string) {
		for _, text := range texts {
			toks, lx := tok.AppendTokensLexemes(nil, nil, text)
			n := len(toks)
			for round := 0; round < 2; round++ {
				stems, ent, shs := make([]string, n), make([]int32, n), make([]uint64, n)
				words, present := stemKnown(tab, lx, stems, ent, shs)
				var want stemSet
				wantWords := 0
				for i, l := range lx {
					st, e, h := "", int32(-1), uint64(0)
					if l.IsWord() {
						st, h = l.Stem(), l.StemHash()
						e = tab.find(h)
						wantWords++
						want.add(h)
					}
					if stems[i] != st || ent[i] != e || shs[i] != h {
						t.Fatalf("%s: %q token %d: stemKnown %q %d %x, want %q %d %x", name, text, i, stems[i], ent[i], shs[i], st, e, h)
					}
				}
				if words != wantWords || present != want {
					t.Fatalf("%s: %q: %d words, want %d", name, text, words, wantWords)
				}
			}
		}
	}
	check(a, "first table")
	check(b, "second table")
	a.add(hashName(tokenize.LexemeOf("vendors").Stem()), int32(len(vocab)+1))
	check(a, "first table, a stem added")
}
