package debate

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// Settings the readers and the pipeline cannot use are errors, not quietly
// replaced by the defaults.
func TestBadSettingsAreErrors(t *testing.T) {
	bad := ReadOptions{MaxBytes: -1}
	const want = "debate: ReadOptions.MaxBytes -1"
	if _, err := ParseArticle([]byte(`{"id":"a","date":"2019-01-01","text":"x"}`), bad); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("ParseArticle: %v", err)
	}
	if _, err := NewDir(t.TempDir(), bad); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("NewDir: %v", err)
	}
	src := NewJSONL(strings.NewReader(`{"id":"a","date":"2019-01-01","text":"x"}`+"\n"), bad)
	_, err := src.Next()
	var ie *InputError
	if err == nil || errors.As(err, &ie) || errors.Is(err, io.EOF) || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("JSONL.Next: %v, want the options error (not an input error)", err)
	}
	if _, err := NewJSONL(strings.NewReader(""), ReadOptions{}).Next(); err != io.EOF {
		t.Errorf("good options: %v", err)
	}

	emit := func(Analysis) error { return nil }
	empty := NewJSONL(strings.NewReader(""), ReadOptions{})
	if err := (&Pipeline{}).Run(empty, emit); err == nil || !strings.Contains(err.Error(), "Analyzer is nil") {
		t.Errorf("nil Analyzer: %v", err)
	}
	if err := (&Pipeline{Analyzer: analyzer(t), Workers: -2}).Run(empty, emit); err == nil || !strings.Contains(err.Error(), "Workers -2") {
		t.Errorf("negative Workers: %v", err)
	}
}
