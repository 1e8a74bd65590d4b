package features

import (
	"bytes"
	"go/format"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features/internal/cuetable"
)

// The committed cue_table.go is what `go generate ./features` writes.
func TestCueTableIsCurrent(t *testing.T) {
	src, err := cuetable.Source()
	if err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("cue_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("features/cue_table.go (%d bytes) is not what `go generate ./features` writes (%d bytes): regenerate and commit it", len(got), len(want))
	}
}

// The compiled table is cues.tsv compiled: DefaultLexicon, built from it,
// is the lexicon readLexicon compiles from the file, cue for cue, with the
// same index and classes.
func TestCueTableIsLexicon(t *testing.T) {
	if builtinCues == nil || builtinCues.source != defaultCues {
		t.Fatal("cue_table.go is not of the embedded cues.tsv: run go generate ./features")
	}
	want, err := readLexicon(strings.NewReader(defaultCues), "features/cues.tsv")
	if err != nil {
		t.Fatal(err)
	}
	got, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if &got.cues[0] != &builtinCueList[0] {
		t.Error("DefaultLexicon does not use the compiled table")
	}
	if !reflect.DeepEqual(got.cues, want.cues) || !reflect.DeepEqual(got.byFirst, want.byFirst) || !reflect.DeepEqual(got.classes, want.classes) {
		t.Fatal("the compiled table is not the lexicon compiled from cues.tsv")
	}
	if builtinCues.text != want.String() {
		t.Fatal("the table's text is not the lexicon's String")
	}
}

// ParseLexicon gives the built-in lexicon, compiled once, for its String,
// and parses any other text (the file itself, an extended lexicon) as
// ReadLexicon does, errors included.
func TestParseLexicon(t *testing.T) {
	def, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if l, err := ParseLexicon(def.String()); err != nil || l != def {
		t.Errorf("the built-in lexicon's String: %p %v, want %p", l, err, def)
	}
	if l, err := ParseLexicon(defaultCues); err != nil || l.String() != def.String() {
		t.Errorf("cues.tsv: %v", err)
	}
	other := def.String() + "opposed\tzebra crossing\n"
	l, err := ParseLexicon(other)
	if err != nil || l == def || len(l.Cues()) != len(def.Cues())+1 || l.String() != other {
		t.Errorf("an extended lexicon: %v", err)
	}
	if _, err := ParseLexicon(CuesHeader + "\nopposed\n"); err == nil {
		t.Error("a line with one field: no error")
	}
	if _, err := ParseLexicon("opposed\tban\n"); err == nil {
		t.Error("no version line: no error")
	}
}
