package features

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// Issue 13, item 4: a NaN or infinite number must not get into a lexicon
// or a configuration, where it would make every prediction NaN.
func TestReadLexiconRejectsNonFiniteWeights(t *testing.T) {
	for _, w := range []string{"NaN", "nan", "+Inf", "Inf", "-Inf", "infinity", "1e400", "1e7", "-1", "0"} {
		_, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\tban\t\t" + w + "\n"))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != 2 || !strings.Contains(err.Error(), ":2: weight") {
			t.Errorf("weight %s: err = %v, want a ParseError on line 2", w, err)
		}
	}
	if _, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\tban\t\t0.5\n")); err != nil {
		t.Fatal(err)
	}
}

func TestNewLexiconRejectsNonFiniteWeights(t *testing.T) {
	for _, w := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -0.5} {
		if _, err := NewLexicon([]Cue{{Class: "opposed", Pattern: "ban", Weight: w}}); err == nil {
			t.Errorf("weight %v accepted", w)
		}
	}
}

func TestConfigRejectsNonFiniteCueWeight(t *testing.T) {
	for _, w := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1} {
		c := DefaultConfig()
		c.CueWeight = w
		if err := c.Validate(); err == nil {
			t.Errorf("CueWeight %v accepted", w)
		}
	}
}

// stepsOf matches lex over s and returns the hits and the steps taken.
func stepsOf(t testing.TB, lex *Lexicon, s string) ([]Hit, int, int) {
	t.Helper()
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tk.Tokens(s)
	stems := make([]string, len(toks))
	for i, x := range toks {
		if x.IsWord() {
			stems[i] = tokenize.Stem(x.Norm)
		}
	}
	hits, steps := lex.match(nil, toks, stems)
	return hits, steps, len(toks)
}

// gapPattern is "a * a * … a z": k gaps, the pattern that made plain
// backtracking try (MaxGap+1)^k paths on a run of "a" with no "z".
func gapPattern(k int) string {
	return strings.Repeat("a * ", k) + "a z"
}

// Issue 13, item 5: repeated gaps in a model file's cue pattern backtracked
// exponentially (14 gaps took over a minute on 40 words). Now an attempt is
// bounded by the pattern's size, whatever the text.
func TestMatchManyGapsIsBounded(t *testing.T) {
	for _, k := range []int{8, 14, 30} {
		lex, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\t" + gapPattern(k) + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimSpace(strings.Repeat("a ", 40))
		hits, steps, n := stepsOf(t, lex, text)
		if len(hits) != 0 {
			t.Fatalf("%d gaps: %d hits on a text with no z", k, len(hits))
		}
		if bound := stepBound(lex, n); steps > bound {
			t.Fatalf("%d gaps, %d tokens: %d steps, bound %d", k, n, steps, bound)
		}
		t.Logf("%d gaps, %d tokens: %d steps", k, n, steps)
	}
	// The memo does not change which match is found.
	lex, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\t" + gapPattern(6) + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{strings.Repeat("a ", 30) + "z a z", "a a, a a a z a a a a a a a a z", `a "a" a ' a a a z`} {
		checkAgainstBacktracking(t, lex, text)
	}
}

// checkAgainstBacktracking checks that Match finds what plain backtracking
// (the matcher before issue 13) finds in text.
func checkAgainstBacktracking(t *testing.T, lex *Lexicon, text string) {
	t.Helper()
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tk.Tokens(text)
	stems := make([]string, len(toks))
	for i, x := range toks {
		if x.IsWord() {
			stems[i] = tokenize.Stem(x.Norm)
		}
	}
	got := lex.Match(nil, toks, stems)
	var want []Hit
	for i := 0; i < len(toks); i++ {
		if stems[i] == "" {
			continue
		}
		for _, ci := range lex.byFirst[stems[i]] {
			c := &lex.cues[ci]
			if !c.elems[0].has(stems[i], toks[i].Norm) {
				continue
			}
			if last, ok := backtrack(c.elems[1:], toks, stems, i+1, i); ok {
				want = append(want, Hit{First: i, Last: last})
				i = last
				break
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%q: %d hits, backtracking finds %d", text, len(got), len(want))
	}
	for k := range got {
		if got[k].First != want[k].First || got[k].Last != want[k].Last {
			t.Fatalf("%q: hit %d is %d..%d, backtracking finds %d..%d", text, k, got[k].First, got[k].Last, want[k].First, want[k].Last)
		}
	}
}

// backtrack is the matcher before issue 13, exponential in the gaps.
func backtrack(elems []elem, toks []tokenize.Token, stems []string, j, last int) (int, bool) {
	if len(elems) == 0 {
		return last, true
	}
	j = skipQuotes(toks, j)
	e := elems[0]
	if e.stems == nil {
		for g := 0; ; g++ {
			if end, ok := backtrack(elems[1:], toks, stems, j, last); ok {
				return end, true
			}
			if g == MaxGap || j >= len(stems) || stems[j] == "" {
				return 0, false
			}
			j = skipQuotes(toks, j+1)
		}
	}
	if j >= len(stems) || !e.has(stems[j], toks[j].Norm) {
		return 0, false
	}
	return backtrack(elems[1:], toks, stems, j+1, j)
}

// stepBound is the most steps matching lex over n tokens may take: per
// start and cue, the steps before memoisation plus, for each (elem, token)
// state an attempt can reach, the MaxGap+3 steps it may take once.
func stepBound(lex *Lexicon, n int) int {
	per := 0
	for _, c := range lex.cues {
		e := len(c.elems)
		states := (e + 1) * (e*(MaxGap+1) + 2)
		per += memoAfter + 2*states*(MaxGap+3)
	}
	return (n + 1) * (per + 1)
}

// Linear time for cue patterns: doubling a pathological statement at most
// about doubles the matching work (a count of steps, so the ratio is exact).
func TestMatchLinearDoubling(t *testing.T) {
	lex, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\t" + gapPattern(8) + "\nopposed\ta ' a\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"a ", `a " `, "a '' ' "} {
		_, s1, _ := stepsOf(t, lex, strings.Repeat(unit, 2000))
		_, s2, _ := stepsOf(t, lex, strings.Repeat(unit, 4000))
		ratio := float64(s2) / float64(s1)
		t.Logf("%q: %d → %d steps, ratio %.3f", unit, s1, s2, ratio)
		if ratio > 2.1 {
			t.Errorf("%q: doubling the statement multiplied the steps by %.2f", unit, ratio)
		}
	}
}
