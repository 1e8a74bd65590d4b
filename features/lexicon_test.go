package features

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// matchLex runs lex over s and returns its hits as "feature=span".
func matchLex(t *testing.T, lex *Lexicon, s string) []string {
	t.Helper()
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tk.Tokens(s)
	tokenize.MarkNegation(toks)
	stems := make([]string, len(toks))
	for i, x := range toks {
		if x.IsWord() {
			stems[i] = tokenize.Stem(x.Norm)
		}
	}
	var out []string
	for _, h := range lex.Match(nil, toks, stems) {
		out = append(out, h.Feature()+"="+s[h.Start:h.End])
	}
	return out
}

func TestMatchQuotesAreTransparent(t *testing.T) {
	lex, err := ReadLexicon(strings.NewReader(
		CuesHeader + "\nsupportive\tban * would * costly\nopposed\tdeep concern\ncautious\tlimited to\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ s, want string }{
		// A quote mark inside a gap is skipped and not counted as a word.
		{`A ban would be "hugely costly", they said.`, `cue:supportive=ban would be "hugely costly`},
		{`A ban “would” be very “costly”.`, `cue:supportive=ban “would” be very “costly`},
		// Between two word positions, too.
		{`MEPs voiced 'deep' concern.`, `cue:opposed='deep' concern`},
		{`MEPs voiced “deep concern”.`, `cue:opposed=deep concern`},
		// Other punctuation still ends a gap.
		{`A ban would, they said, be costly.`, ``},
		{`Access is limited (to) the edge.`, ``},
		// Quote marks do not lengthen a gap beyond MaxGap words.
		{`A ban would be "very much more" costly.`, ``},
	} {
		if got := strings.Join(matchLex(t, lex, c.s), "|"); got != c.want {
			t.Errorf("%q: hits %q, want %q", c.s, got, c.want)
		}
	}
}

func TestMatchGapBounds(t *testing.T) {
	lex, err := ReadLexicon(strings.NewReader(CuesHeader + "\nopposed\tshut * out\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ s, want string }{
		{"They shut out Huawei.", "cue:opposed=shut out"},
		{"They shut the Chinese vendor out.", "cue:opposed=shut the Chinese vendor out"},
		{"They shut the big Chinese vendor out.", ""},
	} {
		if got := strings.Join(matchLex(t, lex, c.s), "|"); got != c.want {
			t.Errorf("%q: hits %q, want %q", c.s, got, c.want)
		}
	}
}

func TestMatchExactForm(t *testing.T) {
	// "willing" and "will" share the stem "will"; "openness" and "opens"
	// share "open". "=form" restricts an alternative to that word form.
	lex, err := ReadLexicon(strings.NewReader(
		CuesHeader + "\nsupportive\t=willing * share\nsupportive\ttransparency|=openness\ncautious\t=signed|agree * deal\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ s, want string }{
		{"Huawei is willing to share its code.", "cue:supportive=willing to share"},
		{"The US will not share intelligence.", ""},
		{"The vendor promised openness.", "cue:supportive=openness"},
		{"The vendor opens a lab.", ""},
		{"Transparency matters.", "cue:supportive=Transparency"},
		// Plain alternatives next to an exact one still match on stems.
		{"They signed the deal.", "cue:cautious=signed the deal"},
		{"They are signing the deal.", ""},
		{"They agreed the deal.", "cue:cautious=agreed the deal"},
	} {
		if got := strings.Join(matchLex(t, lex, c.s), "|"); got != c.want {
			t.Errorf("%q: hits %q, want %q", c.s, got, c.want)
		}
	}
	// The pattern survives a round trip through String, as saved models
	// carry it.
	again, err := ReadLexicon(strings.NewReader(lex.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(matchLex(t, again, "The US will not share intelligence."), "|"); got != "" {
		t.Errorf("after round trip: hits %q, want none", got)
	}
}

// matchHashed, the general analysis path's matching, finds the hits Match
// does on the article corpus (testdata/quotes.jsonl) and on cue-dense
// sentences, with the stems' hashes and the statement's stem set.
func TestMatchHashed(t *testing.T) {
	lex := mustLexicon(t)
	b, err := os.ReadFile("../testdata/quotes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"We will not ban Huawei, but we urge a total ban on high-risk vendors.",
		"“There is no evidence of backdoors,” he said; the UK called for a ban.",
	}
	for _, line := range strings.Split(string(b), "\n") {
		var r struct{ Text string }
		if json.Unmarshal([]byte(line), &r) == nil && r.Text != "" {
			texts = append(texts, r.Text)
		}
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts", len(texts))
	}
	tk := tokenize.New()
	hits := 0
	for _, s := range texts {
		toks, lx := tk.AppendTokensLexemes(nil, nil, s)
		tokenize.MarkNegationLexemes(toks, lx)
		stems := make([]string, len(toks))
		hs := make([]uint64, len(toks))
		var present stemSet
		for i, l := range lx {
			if l.IsWord() {
				stems[i], hs[i] = l.Stem(), l.StemHash()
				present.add(hs[i])
			}
		}
		want := lex.Match(nil, toks, stems)
		got := lex.matchHashed(nil, toks, stems, hs, &present)
		if len(got) != len(want) {
			t.Fatalf("%q: %d hits, Match %d", s, len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Fatalf("%q: hit %d is %+v, Match's %+v", s, k, got[k], want[k])
			}
		}
		hits += len(want)
	}
	if hits < 100 {
		t.Errorf("only %d hits in %d texts", hits, len(texts))
	}
}
