package features

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features/internal/cuestems"
	"github.com/stancekit/stancekit/tokenize"
)

// The committed table is what `go generate ./features` writes.
func TestCueStemsAreGenerated(t *testing.T) {
	f, err := os.Open(cuestems.Lexicon)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := cuestems.Source(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(cuestems.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("features/%s (%d bytes) is not what `go generate ./features` writes (%d bytes): regenerate and commit it", cuestems.File, len(got), len(want))
	}
}

// cueStem is tokenize.Stem: on every word of the built-in lexicon, which
// the table holds, and on words it does not hold.
func TestCueStemIsStem(t *testing.T) {
	words, err := cuestems.Words(strings.NewReader(DefaultCues()))
	if err != nil {
		t.Fatal(err)
	}
	if len(words) != len(cueStemWords) {
		t.Fatalf("the lexicon has %d words, the table %d", len(words), len(cueStemWords))
	}
	for i, w := range words {
		if e := cueStemWords[i]; e.word != w || e.stem != tokenize.Stem(w) {
			t.Errorf("entry %d: %q -> %q, want %q -> %q", i, e.word, e.stem, w, tokenize.Stem(w))
		}
		if got := cueStem(w); got != tokenize.Stem(w) {
			t.Errorf("cueStem(%q) = %q, want %q", w, got, tokenize.Stem(w))
		}
	}
	for _, w := range []string{"", "a", "zebras", "unwillingness", "5g-ready", "été"} {
		if got := cueStem(w); got != tokenize.Stem(w) {
			t.Errorf("cueStem(%q) = %q, want %q", w, got, tokenize.Stem(w))
		}
	}
}
