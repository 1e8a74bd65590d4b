package experiment

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

var pool struct {
	once  sync.Once
	texts []string
	err   error
}

// UnlabelledPool returns the unlabelled in-domain text the learners may
// read inside a fold: the sentences of the development texts of
// testdata/official (never the sealed ones: split.json's "dev" list) and
// the statements of testdata/unlabelled/*.jsonl when that folder exists.
// None of it is a statement of the labelled corpus's splits or of the
// external dev set.
func UnlabelledPool() ([]string, error) {
	pool.once.Do(func() { pool.texts, pool.err = loadPool() })
	return pool.texts, pool.err
}

func loadPool() ([]string, error) {
	dir := filepath.Join(corpus.Dir(), "official")
	b, err := os.ReadFile(filepath.Join(dir, "split.json"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled pool: %w", err)
	}
	var sp struct{ Dev []string }
	if err := json.Unmarshal(b, &sp); err != nil {
		return nil, fmt.Errorf("unlabelled pool: %s: %w", filepath.Join(dir, "split.json"), err)
	}
	names := append([]string(nil), sp.Dev...)
	sort.Strings(names)
	tk, _ := tokenize.Default()
	var out []string
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(dir, n+".txt"))
		if err != nil {
			return nil, fmt.Errorf("unlabelled pool: %w", err)
		}
		for _, s := range tk.Sentences(string(src)) {
			if len(s.Text) >= 30 && len(s.Text) <= 600 && features.HasWord(s.Text) {
				out = append(out, s.Text)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(corpus.Dir(), "unlabelled", "*.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		type line struct {
			ID, Text, Date, Country, Query string
			URL                            string `json:"source_url"`
			Title                          string `json:"source_title"`
		}
		ls, err := corpus.ReadJSONL(f, func(*line) error { return nil })
		if err != nil {
			return nil, fmt.Errorf("unlabelled pool: %w", err)
		}
		for _, l := range ls {
			if features.HasWord(l.Text) {
				out = append(out, l.Text)
			}
		}
	}
	return out, nil
}
