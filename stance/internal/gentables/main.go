// Command gentables writes stance/default_tables.go, the embedded default
// model as Go data (stance's modelTables), and stance/default_words.go, its
// vectorizer's word tables as Go data (stance's modelWords), from
// stance/default.model. `go generate ./stance` runs it after gendefault;
// after replacing default.model by other means, run
//
//	go run ./stance/internal/gentables
//
// from the repository root. TestDefaultTablesAreCurrent and
// TestDefaultWordsAreCurrent fail when the committed files differ from what
// this command writes.
package main

import (
	"fmt"
	"go/format"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance/internal/deftables"

	_ "github.com/stancekit/stancekit/stance" // sets deftables.Source and Words
)

func main() {
	dir := filepath.Join(corpus.Dir(), "..", "stance")
	model, err := os.ReadFile(filepath.Join(dir, "default.model"))
	if err == nil {
		err = write(filepath.Join(dir, "default_tables.go"), deftables.Source, model)
	}
	if err == nil {
		err = write(filepath.Join(dir, "default_words.go"), deftables.Words, model)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gentables:", err)
		os.Exit(1)
	}
}

// write writes to out the formatted source that source gives for model.
func write(out string, source func([]byte) ([]byte, error), model []byte) error {
	b, err := source(model)
	if err == nil {
		b, err = format.Source(b)
	}
	if err == nil {
		err = os.WriteFile(out, b, 0o644)
	}
	if err == nil {
		fmt.Printf("wrote %s (%d bytes)\n", filepath.Clean(out), len(b))
	}
	return err
}
