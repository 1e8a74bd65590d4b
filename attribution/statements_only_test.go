package attribution

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestStatementsAreAnalyzes: Statements gives what Analyze gives in
// Result.Statements, field for field, on every corpus article, with and
// without sentiment, and on an empty text.
func TestStatementsAreAnalyzes(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus articles: %v", err)
	}
	plain := newTest(t, defaultModel(t))
	withSent := withSentiment(t)
	texts := []string{""}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, a := range []*Analyzer{plain, withSent} {
		for i, text := range texts {
			res, err := a.Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			got, err := a.Statements(text)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, res.Statements) {
				t.Errorf("text %d: Statements differs from Analyze's", i)
			}
			if i > 0 && len(got) == 0 {
				t.Errorf("%s: no statements", files[i-1])
			}
		}
	}
}
