package stance_test

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance/internal/deftables"
)

// TestDefaultTablesAreCurrent proves the committed default_tables.go is
// what `go generate ./stance` (internal/gentables) writes from the
// committed model, byte for byte.
func TestDefaultTablesAreCurrent(t *testing.T) {
	dir := filepath.Join(corpus.Dir(), "..", "stance")
	model, err := os.ReadFile(filepath.Join(dir, "default.model"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := deftables.Source(model)
	if err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "default_tables.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("stance/default_tables.go (%d bytes) is not what `go generate ./stance` writes from default.model (%d bytes): run go run ./stance/internal/gentables and commit it", len(got), len(want))
	}
}
