// Command genindex writes stance/default.index, the prebuilt feature index
// of the embedded default model (see package defaultindex), from
// stance/default.model. `go generate ./stance` runs it after gendefault, in
// the stance folder; after replacing default.model by other means, run
//
//	go run ./stance/internal/genindex
//
// from the repository root. TestDefaultIndexIsCurrent fails when the
// committed file differs from what this command writes.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance/internal/defaultindex"
)

func main() {
	dir := filepath.Join(corpus.Dir(), "..", "stance")
	model, err := os.ReadFile(filepath.Join(dir, "default.model"))
	if err == nil {
		var b []byte
		if b, err = defaultindex.Bytes(model); err == nil {
			out := filepath.Join(dir, "default.index")
			if err = os.WriteFile(out, b, 0o644); err == nil {
				fmt.Printf("wrote %s (%d bytes)\n", filepath.Clean(out), len(b))
				return
			}
		}
	}
	fmt.Fprintln(os.Stderr, "genindex:", err)
	os.Exit(1)
}
