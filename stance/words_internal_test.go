package stance

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
)

// TestDefaultWordsAreCurrent proves the committed default_words.go is what
// `go generate ./stance` (internal/gentables) writes from the committed
// model, byte for byte.
func TestDefaultWordsAreCurrent(t *testing.T) {
	dir := filepath.Join(corpus.Dir(), "..", "stance")
	model, err := os.ReadFile(filepath.Join(dir, "default.model"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := wordsSource(model)
	if err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "default_words.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("stance/default_words.go (%d bytes) is not what `go generate ./stance` writes from default.model (%d bytes): run go run ./stance/internal/gentables and commit it", len(got), len(want))
	}
}

// The default model's word tables are those its vectorizer builds when it
// is decoded from default.model, and the embedded model has them from its
// first statement.
func TestDefaultWordsAreBuilt(t *testing.T) {
	if defaultWords == nil {
		t.Fatal("no default_words.go: run go generate ./stance")
	}
	i := bytes.IndexByte(defaultModel, '\n')
	_, digest, _, err := parseHeader(string(defaultModel[:i]))
	if err != nil {
		t.Fatal(err)
	}
	if defaultWords.digest != digest {
		t.Fatalf("default_words.go is of model %s, default.model is %s: run go generate ./stance", defaultWords.digest, digest)
	}
	b, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	built, err := b.vec.WordTables()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(built, defaultWords.tables) {
		t.Fatal("default_words.go's tables differ from those default.model's vectorizer builds")
	}
	for _, tables := range []*modelTables{defaultTables, nil} {
		a, err := loadEmbedded(defaultModel, tables)
		if err != nil {
			t.Fatal(err)
		}
		if a.vec.UseWordTables(defaultWords.tables) == nil {
			t.Fatal("the embedded model's vectorizer had no word tables")
		}
		samePredictions(t, a, b, "Operators oppose a Huawei ban.", "Huawei is not a threat, the minister said.", "The match was postponed because of snow.")
	}
	// A file of another digest is not given them.
	other := *defaultWords
	other.digest = "00"
	if err := useWords(b, &other, digest); err != nil || b.vec.UseWordTables(defaultWords.tables) != nil {
		t.Fatal("word tables of another model given")
	}
}
