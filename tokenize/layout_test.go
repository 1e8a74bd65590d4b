package tokenize

import (
	"strings"
	"testing"
)

// Issue 13, item 8: one normalisation layer. Invisible characters inside a
// word, decomposed accents and replacement characters must not change what
// a word matches.
func TestNormalizeInvisibleAndNFC(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hua\u200bwei", "huawei"},       // zero-width space
		{"ban\u00adned", "banned"},       // soft hyphen
		{"Hua\u200dwei", "huawei"},       // zero-width joiner
		{"\ufeffHuawei", "huawei"},       // byte order mark
		{"back\u2060doors", "backdoors"}, // word joiner
		{"Telefo\u0301nica", Normalize("Telefónica")},
		{"hua\ufffdwei", "huawei"}, // U+FFFD, as a JSON encoder writes an invalid byte
		{"hua\xffwei", "huawei"},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Normalize("Telefónica"); got != "telefónica" {
		t.Errorf("Normalize(Telefónica) = %q", got)
	}
}

func TestTokensSkipLeadingInvisible(t *testing.T) {
	tk := mustNew(t)
	for _, src := range []string{"\ufeffHuawei said no", "\u200b Huawei said no", "Huawei \u200b\u200b said\u200b no"} {
		toks := tk.Tokens(src)
		checkTokens(t, src, toks)
		var norms []string
		for _, x := range toks {
			norms = append(norms, x.Norm)
		}
		if got := strings.Join(norms, " "); got != "huawei said no" {
			t.Errorf("%q: tokens %q", src, got)
		}
	}
}

// Issue 13, item 8: lone CR line endings merged paragraphs into one.
func TestParagraphsAtEveryLineEnding(t *testing.T) {
	tk := mustNew(t)
	for _, src := range []string{
		"Huawei says no evidence\r\rKen Hu spoke.\r\rMEPs voiced concern",
		"Huawei says no evidence\r\n\r\nKen Hu spoke.\r\n\r\nMEPs voiced concern",
		"Huawei says no evidence\u2028\u2028Ken Hu spoke.\u2029MEPs voiced concern",
		"Huawei says no evidence\u0085\u0085Ken Hu spoke.\n \nMEPs voiced concern",
	} {
		var got []string
		for _, s := range tk.Sentences(src) {
			if s.In(src) != s.Text {
				t.Fatalf("sentence [%d:%d] does not locate its text", s.Start, s.End)
			}
			got = append(got, s.Text)
		}
		if want := "Huawei says no evidence|Ken Hu spoke.|MEPs voiced concern"; strings.Join(got, "|") != want {
			t.Errorf("%q: sentences %q", src, got)
		}
	}
}

func TestCleanLayout(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain\ntext\r\n", "plain\ntext\r\n"},
		{"\ufeffHead\rBody\r", "   Head\nBody\n"},
		{"a\u2028b\u2029c\u0085d", "a\n  b\n\n c\n d"},
		{"\ufeff", "   "},
		{"x\ufeff", "x\ufeff"}, // only a leading BOM is layout
		{"\xe2\x80", "\xe2\x80"},
	} {
		got := CleanLayout(c.in)
		if got != c.want || len(got) != len(c.in) {
			t.Errorf("CleanLayout(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	s := "nothing to do\n"
	if got := CleanLayout(s); got != s {
		t.Error("changed clean text")
	}
}
