// Command gendefault rebuilds stancekit's embedded default stance model from
// testdata/quotes.jsonl and writes it to stance/default.model. Run it from
// the repository root after changing the corpus, the cue lexicon or the
// training configuration:
//
//	go generate ./stance
//
// which runs "go run ./internal/gendefault" in the stance folder. Training is
// deterministic, and TestDefaultModelIsReproducible fails when the committed
// file differs from what this command writes.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
)

func main() {
	b, err := defaultmodel.Bytes()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendefault:", err)
		os.Exit(1)
	}
	out := filepath.Join(corpus.Dir(), "..", defaultmodel.Path)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gendefault:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", filepath.Clean(out), len(b))
}
