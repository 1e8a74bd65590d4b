// Command genlabels writes attribution/actor_labels.txt and
// attribution/holders.txt (the holder detector, trained on the same texts
// read with the default stance model). actor_labels.txt is the learned actor
// label trained on the gold of the development texts that
// testdata/official/split.json lists (every batch's "dev"), each read by the
// analyser's own rules with the default stance model trained without its
// cross-fitting fold's statements (five models). `go generate
// ./attribution` runs it; run it again after the gold, the rules or the
// stance model change. The training is deterministic, so the same inputs
// write the same bytes; TestLearnedLabelsCurrent fails when the committed
// file is not what this command writes.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/attribution/internal/deflabels"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"

	_ "github.com/stancekit/stancekit/attribution" // sets deflabels.Build
)

func main() {
	b, err := deflabels.Build(defaultmodel.BuildWithout)
	if err == nil {
		err = write("actor_labels.txt", b)
	}
	if err == nil {
		b, err = deflabels.BuildHolders()
	}
	if err == nil {
		err = write("holders.txt", b)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlabels:", err)
		os.Exit(1)
	}
}

// write writes b to the attribution package's file name.
func write(name string, b []byte) error {
	out := filepath.Join(corpus.Dir(), "..", "attribution", name)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", filepath.Clean(out), len(b))
	return nil
}
