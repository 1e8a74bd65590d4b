package features

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/tsv"
)

// The built-in lexicon file starts with its version line, and a lexicon
// without one, or with another kind or version, is a ParseError on line 1.
func TestLexiconVersionLine(t *testing.T) {
	if first, _, _ := strings.Cut(DefaultCues(), "\n"); first != CuesHeader {
		t.Errorf("cues.tsv starts %q, want %q", first, CuesHeader)
	}
	if CuesHeader != tsv.Header("cues", 1) {
		t.Errorf("CuesHeader %q is not the tsv header", CuesHeader)
	}
	for name, src := range map[string]string{
		"missing":       "opposed\tban\n",
		"comment first": "# my cues\n" + CuesHeader + "\nopposed\tban\n",
		"other kind":    "# stancekit-data sentiment-domain v1\nlex\tban\t-1\n",
		"version 2":     "# stancekit-data cues v2\nopposed\tban\n",
		"empty":         "",
	} {
		_, err := ReadLexicon(strings.NewReader(src))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != 1 || !errors.Is(err, tsv.ErrVersion) {
			t.Errorf("%s: %v, want a ParseError on line 1", name, err)
		}
	}
}

// Errors name the file (an *os.File's name, else "lexicon") and the line,
// in the one format of every data file: "features: FILE:LINE: what".
func TestLexiconParseError(t *testing.T) {
	_, err := ReadLexicon(strings.NewReader(CuesHeader + "\n# c\n\nopposed\tban\nbad class\tban\n"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "lexicon" || pe.Line != 5 {
		t.Fatalf("got %#v", err)
	}
	if got, want := err.Error(), `features: lexicon:5: bad class "bad class"`; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	path := filepath.Join(t.TempDir(), "mine.tsv")
	if err := os.WriteFile(path, []byte(CuesHeader+"\nopposed\t* ban\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = ReadLexicon(f)
	if !errors.As(err, &pe) || pe.File != path || pe.Line != 2 || !strings.HasPrefix(err.Error(), "features: "+path+":2: ") {
		t.Errorf("from a file: %v", err)
	}
}

// String is a complete lexicon file: version line first, and it reads back.
func TestLexiconStringHasVersionLine(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	s := lex.String()
	if !strings.HasPrefix(s, CuesHeader+"\n") {
		t.Fatalf("String starts %q", s[:40])
	}
	again, err := ReadLexicon(strings.NewReader(s))
	if err != nil || again.String() != s {
		t.Fatalf("round trip: %v", err)
	}
}
