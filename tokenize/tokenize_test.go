package tokenize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	prosetok "github.com/jdkato/prose/v3/tokenize"
)

func mustNew(t testing.TB) *Tokenizer {
	t.Helper()
	tk, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func articles(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in testdata: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}

// checkTokens asserts the offset invariant and that every byte of src that
// is not a separator belongs to exactly one token, in order.
func checkTokens(t *testing.T, src string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.In(src) != tk.Text || tk.Text == "" {
			t.Fatalf("token %d %q at [%d:%d] does not locate its text", i, tk.Text, tk.Start, tk.End)
		}
		if tk.Start < prev {
			t.Fatalf("token %d starts at %d before previous end %d", i, tk.Start, prev)
		}
		prev = tk.End
	}
}

func TestOffsetsLocateTheirText(t *testing.T) {
	tk := mustNew(t)
	for name, src := range articles(t) {
		toks := tk.Tokens(src)
		if len(toks) < 300 {
			t.Errorf("%s: only %d tokens", name, len(toks))
		}
		checkTokens(t, src, toks)
		for _, s := range tk.Sentences(src) {
			if s.In(src) != s.Text {
				t.Fatalf("%s: sentence at [%d:%d] does not locate its text", name, s.Start, s.End)
			}
		}
	}
}

// TestMatchesProse proves the fast path: on every corpus article the tokens
// are exactly prose's, text and offsets.
func TestMatchesProse(t *testing.T) {
	tk := mustNew(t)
	pt := prosetok.New()
	extra := "He said “hi there” to me. Don't! It’s the U.S. (Mr. Hu) $5bn, 35%… ‘one’ [x] a--b e.g. \"q\""
	srcs := articles(t)
	srcs["extra"] = extra
	for name, src := range srcs {
		got := tk.AppendTokens(nil, src)
		want := pt.Tokenize(src)
		if len(got) != len(want) {
			t.Fatalf("%s: %d tokens, prose gives %d", name, len(got), len(want))
		}
		for i := range got {
			if got[i].Text != want[i].Text || got[i].Start != want[i].Start {
				t.Fatalf("%s: token %d is %q@%d, prose gives %q@%d", name, i, got[i].Text, got[i].Start, want[i].Text, want[i].Start)
			}
		}
	}
}

func TestTokensNorm(t *testing.T) {
	tk := mustNew(t)
	src := "“Huawei’s gear” — we DON’T ban it…"
	var norms []string
	for _, x := range tk.Tokens(src) {
		norms = append(norms, x.Norm)
	}
	got := strings.Join(norms, " ")
	want := `" huawei 's gear " - we do n't ban it...`
	if got != want {
		t.Errorf("norms = %q, want %q", got, want)
	}
}

func TestBadInput(t *testing.T) {
	tk := mustNew(t)
	huge := strings.Repeat("Huawei denies spying ", 500_000) // ~10 MB, one line
	cases := map[string]string{
		"empty":        "",
		"white":        " \t\n\r\n  ",
		"invalid utf8": "Hua\xffwei \xc3\x28 ban \xed\xa0\x80 end",
		"nul":          "no\x00ban\x00 here \x00",
		"controls":     "\x01\x02ban\x1b[31m red",
		"quotes only":  strings.Repeat("\"“”'", 1000),
		"huge line":    huge,
		"rtl and cjk":  "هواوي 华为 5G 网络 שלום 🚫📡",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			toks := tk.Tokens(src)
			checkTokens(t, src, toks)
			for _, s := range tk.Sentences(src) {
				if s.In(src) != s.Text {
					t.Fatalf("sentence [%d:%d] does not locate its text", s.Start, s.End)
				}
			}
			if strings.TrimSpace(src) == "" && len(toks) != 0 {
				t.Errorf("blank input gave %d tokens", len(toks))
			}
		})
	}
	// Invalid bytes are kept in Text and dropped from Norm.
	toks := tk.Tokens("Hua\xffwei")
	if len(toks) != 1 || toks[0].Norm != "huawei" || toks[0].Text != "Hua\xffwei" {
		t.Errorf("invalid byte: got %+v", toks)
	}
	// NUL separates tokens and is never inside one.
	toks = tk.Tokens("no\x00ban")
	if len(toks) != 2 || toks[1].Text != "ban" || toks[1].Start != 3 {
		t.Errorf("NUL: got %+v", toks)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"huawei":      "huawei",
		"Huawei":      "huawei",
		"n’t":         "n't",
		"“":           `"`,
		"—":           "-",
		"…":           "...",
		"ÉTAT":        "état",
		"a\x00b\xffc": "abc",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNegationScope(t *testing.T) {
	tk := mustNew(t)
	for _, c := range []struct{ src, negated string }{
		{"The Commission will not call for a ban, officials said.", "call for a ban"},
		{"We have found no evidence that Huawei installed backdoors.", "evidence that huawei installed backdoors"},
		{"Huawei denied the allegations but critics disagree.", "the allegations"},
		{"They don’t trust Huawei; Germany does.", "trust huawei"},
		{"Without singling out Huawei, Germany set criteria.", "singling out huawei"},
		{"Operators oppose a ban.", ""},
		{"It is a protectionist measure rather than a security threat.", "a security threat"},
		{"They chose audits instead of a ban, and moved on.", "a ban"},
		{"The claim is far from proven.", "proven"},
		{"They would rather wait.", ""},
		{"Use it instead, then decide.", ""},
	} {
		var neg []string
		for _, x := range tk.Tokens(c.src) {
			if x.Negated {
				neg = append(neg, x.Norm)
			}
		}
		if got := strings.Join(neg, " "); got != c.negated {
			t.Errorf("%q: negated %q, want %q", c.src, got, c.negated)
		}
	}
}

func TestNegationScopeIsBounded(t *testing.T) {
	toks := make([]Token, 0, 40)
	toks = append(toks, Token{Norm: "not"})
	for i := 0; i < 30; i++ {
		toks = append(toks, Token{Norm: "word"})
	}
	MarkNegation(toks)
	n := 0
	for _, x := range toks {
		if x.Negated {
			n++
		}
	}
	if n != MaxNegationScope {
		t.Errorf("%d tokens negated, want %d", n, MaxNegationScope)
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"banning": "ban", "bans": "ban", "banned": "ban", "concerns": "concern",
		"security": "secur", "vendors": "vendor", "opposed": "oppos", "no": "no",
	} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
	s := NewStemmer(2)
	for _, w := range []string{"banning", "vendors", "concerns", "banning"} {
		s.Stem(w)
	}
	if s.Len() != 2 {
		t.Errorf("bounded cache holds %d words, want 2", s.Len())
	}
}

func TestStopWords(t *testing.T) {
	for _, w := range []string{"the", "of", "has"} {
		if !IsStopWord(w) {
			t.Errorf("%q should be a stop word", w)
		}
	}
	for _, w := range []string{"not", "no", "never", "without", "all", "against", "should", "ban", "out"} {
		if IsStopWord(w) {
			t.Errorf("%q must not be a stop word: it carries stance", w)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	tk := mustNew(t)
	src := articles(t)["reuters-2019-03-22-eu-drops-huawei-ban-threat.txt"]
	want := tk.Tokens(src)
	done := make(chan bool)
	for g := 0; g < 16; g++ {
		go func() {
			ok := true
			for i := 0; i < 5; i++ {
				got := tk.Tokens(src)
				if len(got) != len(want) {
					ok = false
				}
				_ = tk.Sentences(src)
				for _, x := range got {
					Stem(x.Norm)
				}
			}
			done <- ok
		}()
	}
	for g := 0; g < 16; g++ {
		if !<-done {
			t.Error("concurrent tokenization gave a different result")
		}
	}
}

func TestSentenceModelLoads(t *testing.T) {
	if err := LoadSentenceModel(); err != nil {
		t.Fatal(err)
	}
	if got := wholeText("  a b \n", 10); len(got) != 1 || got[0].Text != "a b" || got[0].Start != 12 {
		t.Errorf("wholeText: %+v", got)
	}
	if got := wholeText(" \n ", 0); got != nil {
		t.Errorf("wholeText of blank: %+v", got)
	}
}

func TestLongPunctuationSpanIsLinear(t *testing.T) {
	tk := mustNew(t)
	src := strings.Repeat("\"", 50000) + "ban" + strings.Repeat("“”", 25000) + "x.y"
	toks := tk.Tokens(src)
	checkTokens(t, src, toks)
	if len(toks) != 50000+1+50000+3 {
		t.Errorf("%d tokens", len(toks))
	}
}

func TestBlankLineEndsSentence(t *testing.T) {
	tk := mustNew(t)
	src := "Huawei says no evidence, US pushes ban\n \t\nKen Hu said it had never had an incident. 🚫📡\n\nMEPs voiced concern.\r\n\r\nEnd"
	var got []string
	for _, s := range tk.Sentences(src) {
		if s.In(src) != s.Text {
			t.Fatalf("sentence [%d:%d] does not locate its text", s.Start, s.End)
		}
		got = append(got, s.Text)
	}
	want := []string{"Huawei says no evidence, US pushes ban", "Ken Hu said it had never had an incident.", "🚫📡", "MEPs voiced concern.", "End"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", got, want)
	}
}
