package features

import (
	"math"
	"strings"
	"testing"
)

func FuzzTransform(f *testing.F) {
	for _, s := range []string{"", "  ", "ban\xff\x00 Huawei", strings.Repeat("“", 500), "They will not call for a ban, but oppose * ban.", "华为 🚫 ban", "no no no evidence evidence"} {
		f.Add(s)
	}
	cfg := DefaultConfig()
	cfg.CharMin, cfg.CharMax = 2, 4
	v := newVec(f, cfg)
	if err := v.Fit(docs); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, hits, err := v.TransformHits(s)
		if err != nil {
			t.Fatal(err)
		}
		for k, val := range x.Val {
			if math.IsNaN(val) || math.IsInf(val, 0) {
				t.Fatalf("feature %d is %v", k, val)
			}
			if k > 0 && x.Idx[k] <= x.Idx[k-1] {
				t.Fatal("indices not increasing")
			}
			if int(x.Idx[k]) >= v.Dim() {
				t.Fatal("index out of range")
			}
		}
		for _, h := range hits {
			if h.Start < 0 || h.End > len(s) || h.Start >= h.End {
				t.Fatalf("hit [%d:%d] out of bounds", h.Start, h.End)
			}
		}
		y, _ := v.Transform(s)
		if y.Len() != x.Len() {
			t.Fatal("not deterministic")
		}
	})
}

func FuzzReadLexicon(f *testing.F) {
	f.Add("opposed\tban\tcautious\n")
	f.Add("supportive\toppose * ban\n# c\n\n")
	f.Add("x\t* *\n")
	f.Add("a\tb|\t\t0\n")
	f.Add("opposed\t\xff\x00\n")
	f.Fuzz(func(t *testing.T, src string) {
		lex, err := ReadLexicon(strings.NewReader(src))
		if err != nil {
			return
		}
		again, err := ReadLexicon(strings.NewReader(lex.String()))
		if err != nil {
			t.Fatalf("a lexicon's own rendering does not read back: %v", err)
		}
		if again.String() != lex.String() {
			t.Fatal("rendering is not stable")
		}
	})
}
