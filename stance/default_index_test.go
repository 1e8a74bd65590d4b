package stance_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance/internal/defaultindex"
)

// TestDefaultIndexIsCurrent proves the committed prebuilt index is what
// `go generate ./stance` writes from the committed model.
func TestDefaultIndexIsCurrent(t *testing.T) {
	dir := filepath.Join(corpus.Dir(), "..", "stance")
	model, err := os.ReadFile(filepath.Join(dir, "default.model"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := defaultindex.Bytes(model)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "default.index"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("stance/default.index (%d bytes) is not what `go generate ./stance` writes from default.model (%d bytes): run go run ./stance/internal/genindex and commit it", len(got), len(want))
	}
}
