package experiment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
)

// The unlabelled pool never holds text of a sealed official document or a
// statement of the labelled corpus's dev or sealed splits.
func TestUnlabelledPoolIsAllowed(t *testing.T) {
	pool, err := UnlabelledPool()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts in the pool", len(pool))
	if len(pool) < 400 {
		t.Fatalf("pool of %d texts", len(pool))
	}
	dir := filepath.Join(corpus.Dir(), "official")
	b, err := os.ReadFile(filepath.Join(dir, "split.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sp struct{ Sealed []string }
	if err := json.Unmarshal(b, &sp); err != nil {
		t.Fatal(err)
	}
	var sealed []string
	for _, n := range sp.Sealed {
		src, err := os.ReadFile(filepath.Join(dir, n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		sealed = append(sealed, string(src))
	}
	held, err := defaultmodel.Statements(corpus.Dev, corpus.Test)
	if err != nil {
		t.Fatal(err)
	}
	heldText := map[string]bool{}
	for _, e := range held {
		heldText[e.Text] = true
	}
	for _, p := range pool {
		if heldText[p] {
			t.Errorf("pool text is a held-out statement: %q", p)
		}
		for i, s := range sealed {
			if len(p) > 60 && strings.Contains(s, p) {
				t.Errorf("pool text is from sealed official text %s: %q", sp.Sealed[i], p)
			}
		}
	}
}
