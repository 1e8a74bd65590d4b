// Command glovebin writes features/gloveclusters.bin, the packed form of
// the GloVe cluster table (see features/internal/glovepack for its layout),
// from features/gloveclusters.tsv.gz, the table's committed source. It is
// run in the features folder by
//
//	go generate ./features
//
// and TestGloveBinIsCurrent fails when the committed .bin differs from what
// it writes.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/stancekit/stancekit/features/internal/glovepack"
)

// The source and the output, relative to the features folder.
const (
	src = "gloveclusters.tsv.gz"
	dst = "gloveclusters.bin"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "glovebin:", err)
		os.Exit(1)
	}
}

func run() error {
	gz, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	b, err := glovepack.Pack(text)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return os.WriteFile(dst, b, 0o644)
}
