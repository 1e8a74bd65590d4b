// Command gencal writes sentiment/calibration_tables.go, the Go tables of
// the shipped calibrations (see sentiment/internal/calgen). It is run by
//
//	go generate ./sentiment
//
// in the sentiment folder, after the calibration files change. The output
// is a function of those files alone, and TestCalibrationTablesAreGenerated
// fails when the committed file differs from what this command writes.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/stancekit/stancekit/sentiment/internal/calgen"
)

func main() {
	var rs []io.Reader
	for _, s := range calgen.Shipped {
		f, err := os.Open(s.File)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencal:", err)
			os.Exit(1)
		}
		defer f.Close()
		rs = append(rs, f)
	}
	b, err := calgen.Source(rs...)
	if err == nil {
		err = os.WriteFile(calgen.File, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencal:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", calgen.File, len(b))
}
