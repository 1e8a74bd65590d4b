package features

import (
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
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
		// The stem table, given tokens and HasWord agree with the general
		// path.
		d, err := v.TransformTokens(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		slow, _ := general(v).TransformTokens(s, nil)
		if !sameDoc(d, slow) {
			t.Fatalf("stem table gives %+v, names %+v", d, slow)
		}
		tk, _ := tokenize.Default()
		if fromToks, err := v.TransformTokens(s, tk.Tokens(s)); err != nil || !sameDoc(fromToks, d) {
			t.Fatalf("from tokens %+v (%v), from text %+v", fromToks, err, d)
		}
		if HasWord(s) != (d.Words > 0) {
			t.Fatalf("HasWord %v, %d words", HasWord(s), d.Words)
		}
	})
}

func FuzzReadLexicon(f *testing.F) {
	f.Add(CuesHeader + "\nopposed\tban\tcautious\n")
	f.Add(CuesHeader + "\nsupportive\toppose * ban\n# c\n\n")
	f.Add(CuesHeader + "\nx\t* *\n")
	f.Add(CuesHeader + "\na\tb|\t\t0\n")
	f.Add(CuesHeader + "\nopposed\t\xff\x00\n")
	f.Add("opposed\tban\n")
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

// FuzzCuePattern fuzzes the cue matcher with any pattern a model file could
// carry, over any statement. Its bound per input is on work, not the clock:
// the steps the matcher takes must stay within stepBound, which is linear
// in the statement for a given pattern (a clock would make the target
// flaky on a loaded machine; the step count is what the time follows). A
// pattern with few gaps is also checked against plain backtracking, so the
// memo never changes which match is found.
func FuzzCuePattern(f *testing.F) {
	f.Add("a * a * a * a * a * a * a * a * a z", strings.Repeat("a ", 40))
	f.Add("oppose|opposed * ban", `They "strongly" oppose a total ban.`)
	f.Add("=willing * to * ban", "We are willing, not ready, to ban it")
	f.Add("not * * * use * huawei", "will not ever really use cheap huawei gear")
	f.Add("a|b * a|b * c", strings.Repeat(`a " b '' `, 30)+"c")
	tk, err := tokenize.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if len(pattern) > 512 || len(text) > 4096 {
			return
		}
		lex, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\t" + pattern + "\n"))
		if err != nil {
			return
		}
		toks := tk.Tokens(text)
		stems := make([]string, len(toks))
		for i, x := range toks {
			if x.IsWord() {
				stems[i] = tokenize.Stem(x.Norm)
			}
		}
		hits, steps := lex.match(nil, toks, stems)
		if bound := stepBound(lex, len(toks)); steps > bound {
			t.Fatalf("%d steps on %d tokens, bound %d", steps, len(toks), bound)
		}
		prev := -1
		for _, h := range hits {
			if h.First <= prev || h.Last < h.First || h.Start < 0 || h.End > len(text) || h.Start >= h.End {
				t.Fatalf("bad hit %+v", h)
			}
			prev = h.Last
		}
		gaps := 0
		for _, e := range lex.cues[0].elems {
			if e.stems == nil {
				gaps++
			}
		}
		if gaps <= 5 {
			checkAgainstBacktracking(t, lex, text)
		}
	})
}
