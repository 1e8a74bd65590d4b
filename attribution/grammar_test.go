package attribution

import (
	"errors"
	"strings"
	"testing"
)

// TestInflections is the golden test of generated verb forms.
func TestInflections(t *testing.T) {
	cases := []struct {
		line string
		want []string
	}{
		{"speech say past=said", []string{"say", "says", "said", "said", "saying"}},
		{"speech state", []string{"state", "states", "stated", "stated", "stating"}},
		{"speech deny", []string{"deny", "denies", "denied", "denied", "denying"}},
		{"speech stress", []string{"stress", "stresses", "stressed", "stressed", "stressing"}},
		{"clause ban", []string{"ban", "bans", "banned", "banned", "banning"}},
		{"clause stop", []string{"stop", "stops", "stopped", "stopped", "stopping"}},
		{"clause commit double", []string{"commit", "commits", "committed", "committed", "committing"}},
		{"clause prohibit", []string{"prohibit", "prohibits", "prohibited", "prohibited", "prohibiting"}},
		{"clause agree", []string{"agree", "agrees", "agreed", "agreed", "agreeing"}},
		{"speech write past=wrote part=written", []string{"write", "writes", "wrote", "written", "writing"}},
		{"clause lie", []string{"lie", "lies", "lied", "lied", "lying"}},
		{"clause push", []string{"push", "pushes", "pushed", "pushed", "pushing"}},
		{"clause play", []string{"play", "plays", "played", "played", "playing"}},
		{"speech warn object", []string{"warn", "warns", "warned", "warned", "warning"}},
		{"clause veto s=vetoes", []string{"veto", "vetoes", "vetoed", "vetoed", "vetoing"}},
		{"speech adamant fixed", []string{"adamant"}},
	}
	for _, c := range cases {
		f := strings.Fields(c.line)
		v := verbSpec{lemma: f[1]}
		for _, o := range f[2:] {
			if err := v.option(o); err != nil {
				t.Fatalf("%s: %v", c.line, err)
			}
		}
		if got := v.forms(); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: forms %v, want %v", c.line, got, c.want)
		}
	}
}

// TestDefaultGrammar checks the embedded files load and hold what the
// extractor relies on.
func TestDefaultGrammar(t *testing.T) {
	g := DefaultGrammar()
	for _, w := range []string{"said", "told", "stressing", "warns", "reiterated"} {
		if !g.speech[w] {
			t.Errorf("speech verb %q missing", w)
		}
	}
	if l, ok := g.Lemma("sought"); !ok || l != "seek" {
		t.Errorf("Lemma(sought) = %q, %v", l, ok)
	}
	lx := g.lexicon()
	if lx.clause["banning"] || !lx.clause["banned"] {
		t.Errorf("clause verbs: -ing forms must be left out, past forms kept")
	}
	found := false
	for _, c := range g.Countries() {
		if c.Name == "Australia" && c.Actor == "Australian government" && c.Capitals[0] == "Canberra" {
			found = true
		}
	}
	if !found {
		t.Error("gazetteer: Australia -> Australian government (Canberra) missing")
	}
}

// TestGrammarErrors checks that a malformed file is an error naming the
// file and the line, and never a panic.
func TestGrammarErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"my-verbs.txt", "speech say\n", "my-verbs.txt:1: want \"version 1\""},
		{"my-verbs.txt", "version 1\n\nspeech\n", "my-verbs.txt:3: want CLASS LEMMA"},
		{"my-verbs.txt", "version 1\nshout yell\n", "my-verbs.txt:2: unknown verb class"},
		{"my-verbs.txt", "version 1\nspeech yell loud\n", "my-verbs.txt:2: unknown verb flag"},
		{"my-verbs.txt", "version 1\nspeech yell pst=yold\n", "my-verbs.txt:2: unknown form key"},
		{"x-words.txt", "version 1\nfoo bar\n", "x-words.txt:2: words before the first"},
		{"x-words.txt", "version 1\n[nonsense]\n", "x-words.txt:2: unknown section"},
		{"x-words.txt", "version 1\n[titles\n", "x-words.txt:2: unclosed section"},
		{"site-clutter.txt", "version 1\nregexp (\n", "site-clutter.txt:2: bad regexp"},
		{"site-clutter.txt", "version 1\nstarts foo\n", "site-clutter.txt:2: unknown clutter kind"},
		{"gazetteer.txt", "# c\nversion 1\nAtlantis | |\n", "gazetteer.txt:3: want 5 fields"},
		{"gazetteer.txt", "version 1\nAtlantis | | | |\n", "gazetteer.txt:2: Atlantis: no actor"},
		{"notes.txt", "version 1\n", "cannot tell the file kind"},
		{"verbs.txt", "# only a comment\n", "no \"version 1\" line"},
	}
	for _, c := range cases {
		err := DefaultGrammar().Load(c.name, strings.NewReader(c.text))
		if err == nil || !errors.Is(err, ErrGrammar) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%s, %q) = %v, want an ErrGrammar containing %q", c.name, c.text, err, c.want)
		}
	}
}

// TestGrammarExtension adds a reporting verb and a country at run time.
func TestGrammarExtension(t *testing.T) {
	g := DefaultGrammar()
	if err := g.Load("extra-verbs.txt", strings.NewReader("version 1\nspeech quip\n")); err != nil {
		t.Fatal(err)
	}
	if err := g.Load("extra-gazetteer.txt", strings.NewReader("version 1\nRuritania | | Strelsau | Ruritanian |\n")); err != nil {
		t.Fatal(err)
	}
	a, err := New(nil, nil, WithGrammar(g))
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Analyze("Officials in Strelsau quipped that Huawei should be banned from the network.")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Statements) != 1 || res.Statements[0].Actor != "Ruritanian government" {
		t.Fatalf("statements %v, want one of the Ruritanian government", res.Statements)
	}
	if DefaultGrammar().speech["quipped"] {
		t.Error("extending a copy changed the default grammar")
	}
}
