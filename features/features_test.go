package features

import (
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

func newVec(t testing.TB, cfg Config) *Vectorizer {
	t.Helper()
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewVectorizer(cfg, tk, lex)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

var docs = []string{
	"Big telecoms operators oppose a Huawei ban.",
	"The Commission will not call for a ban on Huawei.",
	"Germany set tougher criteria for all vendors without singling out Huawei.",
	"We have found no evidence that Huawei installed backdoors.",
	"The US wants allies to shut Huawei out of 5G networks.",
}

func hitsOf(t *testing.T, v *Vectorizer, s string) []string {
	t.Helper()
	_, hits, err := v.TransformHits(s)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hits {
		if s[h.Start:h.End] == "" {
			t.Fatalf("hit %v has empty span", h)
		}
		out = append(out, h.Feature()+"="+s[h.Start:h.End])
	}
	return out
}

func TestCuesNegationAware(t *testing.T) {
	v := newVec(t, DefaultConfig())
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ s, want string }{
		{"Big telecoms operators oppose a Huawei ban.", "cue:supportive=oppose a Huawei ban"},
		{"The Commission will not call for a ban.", "cue:cautious=not call for a ban"},
		{"They call for a ban on Huawei.", "cue:opposed=call for a ban"},
		{"We have found no evidence that Huawei installed backdoors.", "cue:supportive=no evidence"},
		{"The US wants to shut Huawei out of networks.", "cue:opposed=shut Huawei out"},
		{"Germany set tougher criteria for all vendors.", "cue:cautious=tougher criteria|cue:cautious=all vendors"},
		{"There has never been one single cybersecurity issue.", "cue:supportive=never been one single cybersecurity issue"},
	} {
		got := strings.Join(hitsOf(t, v, c.s), "|")
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: hits %q, want %q among them", c.s, got, c.want)
		}
	}
}

func TestTransformIsNormalised(t *testing.T) {
	v := newVec(t, Config{WordNgrams: 2, Sublinear: true, MinDF: 1})
	vecs, err := v.FitTransform(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range vecs {
		if math.Abs(x.Norm()-1) > 1e-9 {
			t.Errorf("doc %d: norm %v", i, x.Norm())
		}
		for k := 1; k < len(x.Idx); k++ {
			if x.Idx[k] <= x.Idx[k-1] {
				t.Fatalf("doc %d: indices not increasing", i)
			}
		}
	}
	x, _ := v.Transform("")
	if x.Len() != 0 {
		t.Errorf("empty doc gave %d features", x.Len())
	}
	x, _ = v.Transform("zzzz qqqq")
	if x.Len() != 0 {
		t.Errorf("unknown words gave %d features", x.Len())
	}
}

func TestNegatedFeatureNames(t *testing.T) {
	v := newVec(t, Config{WordNgrams: 2, MinDF: 1})
	if err := v.Fit([]string{"They will not ban Huawei. They ban ZTE."}); err != nil {
		t.Fatal(err)
	}
	names := strings.Join(v.Names(), ",")
	for _, want := range []string{"!w:ban", "w:ban", "!b:ban huawei", "b:ban zte", "w:not"} {
		if !strings.Contains(","+names+",", ","+want+",") {
			t.Errorf("missing feature %q in %s", want, names)
		}
	}
}

func TestFitDeterministicAndPruned(t *testing.T) {
	cfg := Config{WordNgrams: 2, CharMin: 2, CharMax: 4, MinDF: 2, Sublinear: true}
	a, b := newVec(t, cfg), newVec(t, cfg)
	if err := a.Fit(docs); err != nil {
		t.Fatal(err)
	}
	if err := b.Fit(docs); err != nil {
		t.Fatal(err)
	}
	if strings.Join(a.Names(), "\x00") != strings.Join(b.Names(), "\x00") {
		t.Error("two fits on the same data differ")
	}
	cfg.MaxFeatures = 10
	c := newVec(t, cfg)
	if err := c.Fit(docs); err != nil {
		t.Fatal(err)
	}
	if c.Dim() != 10 {
		t.Errorf("MaxFeatures 10 gave %d features", c.Dim())
	}
}

func TestErrors(t *testing.T) {
	tk, _ := tokenize.Default()
	if _, err := NewVectorizer(Config{}, tk, nil); err == nil {
		t.Error("empty config accepted")
	}
	v := newVec(t, DefaultConfig())
	if _, err := v.Transform("x"); err != ErrNotFitted {
		t.Errorf("Transform before Fit: %v", err)
	}
	if err := v.Fit(nil); err == nil {
		t.Error("Fit on nothing accepted")
	}
	for _, bad := range []string{"opposed", "opposed\t*", "bad class\tban", "opposed\tban\t\tx", "opposed\tban\t\t-1"} {
		if _, err := ReadLexicon(strings.NewReader(CuesHeader + "\n" + bad)); err == nil {
			t.Errorf("lexicon %q accepted", bad)
		}
	}
}

func TestBadInput(t *testing.T) {
	v := newVec(t, Config{WordNgrams: 2, CharMin: 2, CharMax: 3, MinDF: 1, Cues: true, CueWeight: 1})
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", "   ", "\x00\x00", "ban\xff\xfe ban", strings.Repeat("ban ", 1<<20), "华为 禁令"} {
		x, hits, err := v.TransformHits(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, val := range x.Val {
			if math.IsNaN(val) || math.IsInf(val, 0) {
				t.Fatalf("non-finite feature value for %.20q", s)
			}
		}
		for _, h := range hits {
			if h.Start < 0 || h.End > len(s) || h.Start > h.End {
				t.Fatalf("hit out of bounds for %.20q", s)
			}
		}
	}
}

// TestRestoreRoundTrip checks that a Vectorizer rebuilt from its names and
// IDF values transforms exactly like the fitted one, which also proves that
// the streaming hash of every feature equals the hash of its name.
func TestRestoreRoundTrip(t *testing.T) {
	cfg := Config{WordNgrams: 3, CharMin: 2, CharMax: 4, MinDF: 1, Sublinear: true, DropStopWords: true, Cues: true, CueWeight: 0.5}
	v := newVec(t, cfg)
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	idf := idfOf(v)
	tk, _ := tokenize.Default()
	r, err := Restore(cfg, tk, v.Lexicon(), v.Names(), idf)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		a, _ := v.Transform(d)
		b, _ := r.Transform(d)
		if a.Len() != b.Len() || a.Len() == 0 {
			t.Fatalf("%q: %d vs %d features", d, a.Len(), b.Len())
		}
		for k := range a.Idx {
			if a.Idx[k] != b.Idx[k] || a.Val[k] != b.Val[k] {
				t.Fatalf("%q: feature %d differs", d, k)
			}
		}
	}
	if _, err := Restore(cfg, tk, v.Lexicon(), v.Names()[:3], idf); err == nil {
		t.Error("Restore accepted names shorter than idf")
	}
}
