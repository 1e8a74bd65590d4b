// Command offkinds counts, by the statement's kind (testdata/statements
// README: quote, reported, action, headline, unrelated), the default
// configuration's off-target answers and misses in grouped 10-fold
// cross-validation on the train split (seed 1): the figures behind the
// eighth session's note on unrelated negatives in stance/RESULTS.md. It
// prints counts only, never a statement.
//
//	go run ./internal/experiment/offkinds
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/experiment"
	"github.com/stancekit/stancekit/stance"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "offkinds:", err)
		os.Exit(1)
	}
}

func run() error {
	kind := map[string]string{}
	files, err := filepath.Glob(filepath.Join(corpus.Dir(), "statements", "*.jsonl"))
	if err != nil {
		return err
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var d struct{ Text, Kind string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				fh.Close()
				return fmt.Errorf("%s: %w", f, err)
			}
			kind[d.Text] = d.Kind
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	d, err := experiment.TrainData(true, true)
	if err != nil {
		return err
	}
	r, err := experiment.CrossValidate(d, defaultmodel.Config(), experiment.Options{Folds: 10, Seed: 1})
	if err != nil {
		return err
	}
	count := map[string]int{}
	for i, e := range d.Scored {
		g, p := e.Label == stance.OffTarget, r.Pred[i] == stance.OffTarget
		switch {
		case g && p:
			count["off target, answered off_target\t"+kind[e.Text]]++
		case g:
			count["off target, answered a stance\t"+kind[e.Text]]++
		case p:
			count["on target, answered off_target\t"+kind[e.Text]]++
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s\t%d\n", k, count[k])
	}
	return nil
}
