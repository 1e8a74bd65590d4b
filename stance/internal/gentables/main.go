// Command gentables writes stance/default_tables.go, the embedded default
// model as Go data (stance's modelTables), from stance/default.model.
// `go generate ./stance` runs it after gendefault; after replacing
// default.model by other means, run
//
//	go run ./stance/internal/gentables
//
// from the repository root. TestDefaultTablesAreCurrent fails when the
// committed file differs from what this command writes.
package main

import (
	"fmt"
	"go/format"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance/internal/deftables"

	_ "github.com/stancekit/stancekit/stance" // sets deftables.Source
)

func main() {
	dir := filepath.Join(corpus.Dir(), "..", "stance")
	model, err := os.ReadFile(filepath.Join(dir, "default.model"))
	if err == nil {
		var b []byte
		if b, err = deftables.Source(model); err == nil {
			b, err = format.Source(b)
		}
		if err == nil {
			out := filepath.Join(dir, "default_tables.go")
			if err = os.WriteFile(out, b, 0o644); err == nil {
				fmt.Printf("wrote %s (%d bytes)\n", filepath.Clean(out), len(b))
				return
			}
		}
	}
	fmt.Fprintln(os.Stderr, "gentables:", err)
	os.Exit(1)
}
