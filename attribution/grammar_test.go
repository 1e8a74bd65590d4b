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
	g := mustDefaultGrammar(t)
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
	const (
		verbs     = "# stancekit-data grammar-verbs v1\n"
		words     = "# stancekit-data grammar-words v1\n"
		clutter   = "# stancekit-data grammar-clutter v1\n"
		gazetteer = "# stancekit-data grammar-gazetteer v1\n"
	)
	cases := []struct {
		name, text, want string
		line             int
	}{
		{"my-verbs.txt", "speech say\n", `my-verbs.txt:1: bad version line: want "# stancekit-data grammar-verbs v1"`, 1},
		{"my-verbs.txt", "version 1\nspeech say\n", `my-verbs.txt:1: bad version line`, 1},
		{"my-verbs.txt", words + "speech say\n", `my-verbs.txt:1: bad version line: a "grammar-words" file`, 1},
		{"my-verbs.txt", "# stancekit-data grammar-verbs v2\n", `my-verbs.txt:1: bad version line: grammar-verbs version "2" not supported`, 1},
		{"my-verbs.txt", verbs + "\nspeech\n", "my-verbs.txt:3: want CLASS LEMMA", 3},
		{"my-verbs.txt", verbs + "shout yell\n", "my-verbs.txt:2: unknown verb class", 2},
		{"my-verbs.txt", verbs + "speech yell loud\n", "my-verbs.txt:2: unknown verb flag", 2},
		{"my-verbs.txt", verbs + "speech yell pst=yold\n", "my-verbs.txt:2: unknown form key", 2},
		{"my-verbs.txt", verbs + "clause go+for past=went\n", "my-verbs.txt:2: particle verb go+for needs polarity=for or polarity=against", 2},
		{"my-verbs.txt", verbs + "clause go+for polarity=maybe\n", "my-verbs.txt:2: unknown polarity", 2},
		{"my-verbs.txt", verbs + "speech point+out polarity=for\n", "my-verbs.txt:2: a particle verb (point+out) must be of class clause", 2},
		{"my-verbs.txt", verbs + "clause ban polarity=against\n", "my-verbs.txt:2: polarity= is for a particle verb", 2},
		{"my-verbs.txt", verbs + "clause go+ polarity=for\n", "my-verbs.txt:2: want LEMMA+PARTICLE", 2},
		{"my-verbs.txt", verbs + "clause +for polarity=for\n", "my-verbs.txt:2: want LEMMA+PARTICLE", 2},
		{"my-verbs.txt", verbs + "clause go+for+it polarity=for\n", "my-verbs.txt:2: want LEMMA+PARTICLE", 2},
		{"my-verbs.txt", verbs + "clause opt+for object polarity=for\n", "my-verbs.txt:2: particle verb opt+for cannot take the object flag", 2},
		{"x-words.txt", words + "[particle_for]\ngone+for\n", "x-words.txt:2: unknown section", 2},
		{"x-words.txt", words + "foo bar\n", "x-words.txt:2: words before the first", 2},
		{"x-words.txt", words + "[nonsense]\n", "x-words.txt:2: unknown section", 2},
		{"x-words.txt", words + "[titles\n", "x-words.txt:2: unclosed section", 2},
		{"site-clutter.txt", clutter + "regexp (\n", "site-clutter.txt:2: bad regexp", 2},
		{"site-clutter.txt", clutter + "starts foo\n", "site-clutter.txt:2: unknown clutter kind", 2},
		{"gazetteer.txt", gazetteer + "# c\nAtlantis | |\n", "gazetteer.txt:3: want 5 fields", 3},
		{"gazetteer.txt", gazetteer + "Atlantis | | | |\n", "gazetteer.txt:2: Atlantis: no actor", 2},
		{"notes.txt", verbs, "notes.txt: cannot tell the file kind", 0},
		{"verbs.txt", "# only a comment\n", "verbs.txt:1: bad version line", 1},
		{"verbs.txt", "", "verbs.txt:1: bad version line: empty file", 1},
	}
	for _, c := range cases {
		g, err := DefaultGrammar()
		if err != nil {
			t.Fatal(err)
		}
		err = g.Load(c.name, strings.NewReader(c.text))
		var pe *ParseError
		if !errors.Is(err, ErrGrammar) || !errors.As(err, &pe) || pe.File != c.name || pe.Line != c.line ||
			!strings.HasPrefix(err.Error(), "attribution: bad grammar file: "+c.want) {
			t.Errorf("Load(%s, %q) = %v, want an ErrGrammar and a ParseError on line %d: %q", c.name, c.text, err, c.line, c.want)
		}
	}
}

// Every embedded grammar file starts with the version line of its kind.
func TestGrammarFilesVersionLine(t *testing.T) {
	for _, kind := range []string{"verbs", "words", "clutter", "gazetteer", "layout"} {
		b, err := grammarFS.ReadFile("grammar/" + kind + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(string(b), "\n"); first != "# stancekit-data grammar-"+kind+" v1" {
			t.Errorf("grammar/%s.txt starts %q", kind, first)
		}
	}
}

// TestGrammarExtension adds a reporting verb and a country at run time.
func TestGrammarExtension(t *testing.T) {
	g := mustDefaultGrammar(t)
	if err := g.Load("extra-verbs.txt", strings.NewReader("# stancekit-data grammar-verbs v1\nspeech quip\n")); err != nil {
		t.Fatal(err)
	}
	if err := g.Load("extra-gazetteer.txt", strings.NewReader("# stancekit-data grammar-gazetteer v1\nRuritania | | Strelsau | Ruritanian |\n")); err != nil {
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
	if mustDefaultGrammar(t).speech["quipped"] {
		t.Error("extending a copy changed the default grammar")
	}
}

func mustDefaultGrammar(t *testing.T) *Grammar {
	t.Helper()
	g, err := DefaultGrammar()
	if err != nil {
		t.Fatal(err)
	}
	return g
}
