package attribution

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAnchoredGates checks the gates of anchored patterns: the product of
// their first exact parts, the classes of their first runes and their
// first case-folded letters.
func TestAnchoredGates(t *testing.T) {
	cases := []struct{ re, prefix, lead, fold string }{
		{`^(?:Each|Every) (?:debate|question) (?:is|are)\b`, "[Each debate is Each debate are Each question is Each question are Every debate is Every debate are Every question is Every question are]", "[]", ""},
		{`^(?:Madam|Mr\.?) (?:Deputy )?Speaker,`, "[Madam Deputy Speaker, Madam Speaker, Mr. Deputy Speaker, Mr. Speaker, Mr Deputy Speaker, Mr Speaker,]", "[]", ""},
		{`^[A-Z][A-Z .,'-]{2,60} [-–—]`, "[]", "[[65 90] [32 32 39 39 44 46 65 90] [32 32 39 39 44 46 65 90]]", ""},
		{`^(?:All \d+ )?Debates? between [A-Z]`, "[]", "[[65 65 68 68]]", ""},
		{`^\d{1,2}[.:]\d{2} ?(?:am|pm)$`, "[]", "[[48 57]]", ""},
		{`^(\d{2})-x`, "[]", "[[48 57] [48 57] [45 45] [120 120]]", ""},
		{`(?i)^the full text of .{0,80}\bis available`, "[]", "[]", "THE FULL TEXT OF "},
		{`(?i)^takes`, "[]", "[]", "TA"},
		{`(?i)^ſx`, "[]", "[]", ""},
		{`(?i)^x`, "[]", "[]", "X"},
		{`^x?y?`, "[]", "[]", ""},
		{`^\bQ`, "[Q]", "[]", ""},
	}
	for _, c := range cases {
		g, err := compileGated(c.re)
		if err != nil {
			t.Fatal(err)
		}
		lead := make([][]rune, len(g.lead))
		copy(lead, g.lead)
		if got := fmt.Sprint(g.prefix); got != c.prefix {
			t.Errorf("%s: prefix %s, want %s", c.re, got, c.prefix)
		}
		if got := fmt.Sprint(lead); got != c.lead {
			t.Errorf("%s: lead %s, want %s", c.re, got, c.lead)
		}
		if g.fold != c.fold {
			t.Errorf("%s: fold %q, want %q", c.re, g.fold, c.fold)
		}
	}
}

// gateLines are lines the gates of the built-in grammar are tried on
// beside the development texts: near misses of its patterns.
var gateLines = []string{
	"THE FULL TEXT OF the speech is available", "The full text of it is available here", "the full tExt of x is available",
	"Each debate is", "Every question must", "Each Debate is", "All 3 Debates between Smith", "Debate between A", "All Debates between B",
	"LONDON - MON 12:", "LONDON — TUE 3,", "LONdon - MON 12:", "L - MON 1:", "Madam Deputy Speaker, I", "Mr. Speaker, thank", "Mr Chair, ",
	"10:30 am", "1.05pm", "x10:30 am", "March 3rd, 2019 / 10.30 a.m.", "(Second reading) x)", "Column 123WH", "Col. 9",
	"\xffTHE FULL TEXT OF x is available", "ÉACH debate is", "Kelvin \u212a", "\u017fx",
}

// TestGatesAgreeNearMisses is TestGatesAgree on gateLines and on each
// with its first runes' case changed.
func TestGatesAgreeNearMisses(t *testing.T) {
	res := builtinGated(t)
	for _, s := range gateLines {
		for _, v := range []string{s, strings.ToLower(s), strings.ToUpper(s), " " + s, s[1:]} {
			for i := range res {
				if got, want := res[i].match(v), res[i].regexp().MatchString(v); got != want {
					t.Errorf("%s on %q: gated %v, regexp %v", res[i].re.pat, v, got, want)
				}
			}
		}
	}
}

// builtinGated is every gated pattern of the built-in grammar.
func builtinGated(t testing.TB) []gatedRe {
	g, err := loadDefaultGrammar()
	if err != nil {
		t.Fatal(err)
	}
	var res []gatedRe
	for _, r := range g.layout {
		res = append(res, r.gatedRe)
	}
	return append(res, g.lexicon().clutter.res...)
}

// FuzzGatesAgree checks on any line that every gated pattern of the
// built-in grammar says what its regular expression says.
func FuzzGatesAgree(f *testing.F) {
	for _, s := range gateLines {
		f.Add(s)
	}
	res := builtinGated(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) && len(s) > 200 {
			return
		}
		for i := range res {
			if got, want := res[i].match(s), res[i].regexp().MatchString(s); got != want {
				t.Errorf("%s on %q: gated %v, regexp %v", res[i].re.pat, s, got, want)
			}
		}
	})
}
