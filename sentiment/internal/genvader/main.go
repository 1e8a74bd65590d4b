// Command genvader writes sentiment/vader_tables.go, the Go tables of the
// VADER lexicons shipped with govader (see sentiment/internal/vadergen). It
// is run by
//
//	go generate ./sentiment
//
// in the sentiment folder. The output is a function of govader's data
// alone, and TestVaderTablesAreGenerated fails when the committed file
// differs from what this command writes.
package main

import (
	"fmt"
	"os"

	"github.com/stancekit/stancekit/sentiment/internal/vadergen"
)

func main() {
	b, err := vadergen.Source()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genvader:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(vadergen.File, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genvader:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", vadergen.File, len(b))
}
