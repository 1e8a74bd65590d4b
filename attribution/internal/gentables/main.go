// Command gentables writes attribution/default_tables.go: the built-in
// grammar (grammar/*.txt) and actor registry (actors_default.json)
// compiled into the tables a default Analyzer reads in place. `go
// generate ./attribution` runs it; after editing a data file, run
//
//	go generate ./attribution
//
// (or go run -tags gentables ./attribution/internal/gentables from the
// repository root: the tag leaves the tables being replaced out of the
// build).
// TestDefaultTablesAreCurrent fails when the committed file differs from
// what this command writes, and a default Analyzer whose embedded data do
// not match the tables' digest compiles the data files instead.
package main

import (
	"fmt"
	"go/format"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/attribution/internal/deftables"
	"github.com/stancekit/stancekit/internal/corpus"

	_ "github.com/stancekit/stancekit/attribution" // sets deftables.Source
)

func main() {
	src, err := deftables.Source()
	if err == nil {
		src, err = format.Source(src)
	}
	if err == nil {
		out := filepath.Join(corpus.Dir(), "..", "attribution", "default_tables.go")
		if err = os.WriteFile(out, src, 0o644); err == nil {
			fmt.Printf("wrote %s (%d bytes)\n", filepath.Clean(out), len(src))
			return
		}
	}
	fmt.Fprintln(os.Stderr, "gentables:", err)
	os.Exit(1)
}
