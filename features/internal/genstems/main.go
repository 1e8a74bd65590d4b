// Command genstems writes features/cue_stems.go, the stems of the words of
// the built-in cue lexicon (see features/internal/cuestems). It is run by
//
//	go generate ./features
//
// in the features folder. The output is a function of features/cues.tsv
// and the stemmer alone, and TestCueStemsAreGenerated fails when the
// committed file differs from what this command writes.
package main

import (
	"fmt"
	"os"

	"github.com/stancekit/stancekit/features/internal/cuestems"
)

func main() {
	f, err := os.Open(cuestems.Lexicon)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genstems:", err)
		os.Exit(1)
	}
	b, err := cuestems.Source(f)
	f.Close()
	if err == nil {
		err = os.WriteFile(cuestems.File, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genstems:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", cuestems.File, len(b))
}
