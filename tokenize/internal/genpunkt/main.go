// Command genpunkt writes tokenize/punkt_model.go, the Go tables of prose's
// English Punkt sentence model (see tokenize/internal/punktgen). It is run
// by
//
//	go generate ./tokenize
//
// in the tokenize folder. The output is a function of the model alone, and
// TestPunktTablesAreGenerated fails when the committed file differs from
// what this command writes.
package main

import (
	"fmt"
	"os"

	"github.com/stancekit/stancekit/tokenize/internal/punktgen"
)

func main() {
	b, err := punktgen.Source()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genpunkt:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(punktgen.File, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genpunkt:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", punktgen.File, len(b))
}
