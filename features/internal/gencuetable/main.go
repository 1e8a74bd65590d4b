// Command gencuetable writes features/cue_table.go, the built-in cue
// lexicon (features/cues.tsv) compiled, as Go data. It is run by
//
//	go generate ./features
//
// in the features folder. TestCueTableIsCurrent fails when the committed
// file differs from what this command writes.
package main

import (
	"fmt"
	"go/format"
	"os"

	_ "github.com/stancekit/stancekit/features" // sets cuetable.Source
	"github.com/stancekit/stancekit/features/internal/cuetable"
)

// file is the generated file, relative to the features folder.
const file = "cue_table.go"

func main() {
	b, err := cuetable.Source()
	if err == nil {
		b, err = format.Source(b)
	}
	if err == nil {
		err = os.WriteFile(file, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencuetable:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", file, len(b))
}
