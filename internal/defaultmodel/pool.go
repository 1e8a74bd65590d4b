package defaultmodel

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
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

// UnlabelledPool returns the unlabelled in-domain text that word vectors
// are learnt from (beside a model's own training statements), by the
// default model's build and by the learners of internal/experiment inside a
// fold: the sentences of the development texts of
// testdata/official (never the sealed ones: split.json's "dev" list) and
// the statements of testdata/unlabelled (corpus.Unlabelled).
// A text that shares a run of eight words with a labelled statement (of
// any split), the article corpus, the external dev set or a non-development
// official text is dropped: the pool is only ever text no evaluation
// scores.
func UnlabelledPool() ([]string, error) {
	pool.once.Do(func() { pool.texts, pool.err = loadPool() })
	return pool.texts, pool.err
}

func loadPool() ([]string, error) {
	docs, dev, out, err := poolCandidates()
	if err != nil {
		return nil, err
	}
	held, err := heldShingles(docs, dev)
	if err != nil {
		return nil, fmt.Errorf("unlabelled pool: %w", err)
	}
	kept := out[:0]
	for _, t := range out {
		if !sharesShingle(held, t) {
			kept = append(kept, t)
		}
	}
	return kept, nil
}

// poolCandidates returns the official texts by name, the development ones'
// names, and the pool's texts before the held-out ones are dropped.
func poolCandidates() (docs map[string]string, dev []string, out []string, err error) {
	dir := filepath.Join(corpus.Dir(), "official")
	if dev, err = corpus.OfficialDevNames(); err != nil {
		return nil, nil, nil, fmt.Errorf("unlabelled pool: %w", err)
	}
	docs, err = corpus.LoadArticles(dir)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("unlabelled pool: %w", err)
	}
	names := append([]string(nil), dev...)
	sort.Strings(names)
	tk, err := tokenize.Default()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("unlabelled pool: %w", err)
	}
	for _, n := range names {
		src, ok := docs[n]
		if !ok {
			return nil, nil, nil, fmt.Errorf("unlabelled pool: development text %s: no %s.txt in %s", n, n, dir)
		}
		for _, s := range tk.Sentences(src) {
			if len(s.Text) >= 30 && len(s.Text) <= 600 && features.HasWord(s.Text) {
				out = append(out, s.Text)
			}
		}
	}
	un, err := corpus.Unlabelled()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("unlabelled pool: %w", err)
	}
	for _, u := range un {
		if features.HasWord(u.Text) {
			out = append(out, u.Text)
		}
	}
	return docs, dev, out, nil
}

func sharesShingle(set map[string]bool, text string) bool {
	for _, sh := range corpus.Shingles(text) {
		if set[sh] {
			return true
		}
	}
	return false
}

// heldShingles returns the word runs of every text the pool must not
// hold: every labelled statement (of any split: a train statement may be
// in a held-out fold), the article corpus, the external dev set when
// present, and the official texts (docs, by name) other than the
// development ones.
func heldShingles(docs map[string]string, dev []string) (map[string]bool, error) {
	set := map[string]bool{}
	add := func(t string) {
		for _, sh := range corpus.Shingles(t) {
			set[sh] = true
		}
	}
	ss, err := corpus.LoadStatementDir(corpus.StatementsDir())
	if err != nil {
		return nil, err
	}
	for _, s := range ss {
		add(s.Text)
	}
	art, err := Articles(true)
	if err != nil {
		return nil, err
	}
	for _, e := range art {
		add(e.Text)
	}
	if ext, err := corpus.LoadLabelled(filepath.Join(corpus.DataDir(), "huawei-external-dev", "dev.jsonl")); err == nil {
		for _, e := range ext {
			add(e.Text)
		}
	}
	for _, text := range sealedOfficialTexts(docs, dev) {
		add(text)
	}
	return set, nil
}

// sealedOfficialTexts returns the texts of docs (testdata/official by name)
// that dev does not list, in name order: what no training text may share a
// run of eight words with.
func sealedOfficialTexts(docs map[string]string, dev []string) []string {
	var out []string
	for _, n := range slices.Sorted(maps.Keys(docs)) {
		if !slices.Contains(dev, n) {
			out = append(out, docs[n])
		}
	}
	return out
}
