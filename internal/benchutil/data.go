package benchutil

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Row is one row of a benchmark's train or test file, its label checked.
type Row struct {
	ID     string
	Target string // what the stance is towards: a SemEval target, an Emergent claim
	Text   string
	Label  stance.Label
}

// ErrNoData marks a benchmark file that is not there: the data sets are
// not redistributed with stancekit, so the programs say so and exit 0.
var ErrNoData = errors.New("benchmark data not found")

// missingError is LoadSplits' error for an absent file.
type missingError struct{ path string }

func (e *missingError) Error() string { return e.path + " not found" }
func (e *missingError) Unwrap() error { return ErrNoData }

// LoadSplits reads a benchmark folder's train.jsonl and test.jsonl (rows
// of corpus.Labelled). When either file is absent it reads neither and
// returns an error wrapping ErrNoData. A file with no rows, a row without a
// target or with a label stance.ParseLabel refuses is an error naming the
// file, the row and its id.
func LoadSplits(dir string) (train, test []Row, err error) {
	trainPath, testPath := filepath.Join(dir, "train.jsonl"), filepath.Join(dir, "test.jsonl")
	for _, p := range []string{trainPath, testPath} {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			return nil, nil, &missingError{p}
		}
	}
	if train, err = loadRows(trainPath); err != nil {
		return nil, nil, err
	}
	if test, err = loadRows(testPath); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

func loadRows(path string) ([]Row, error) {
	rows, err := corpus.LoadLabelled(path)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	out := make([]Row, len(rows))
	for i, r := range rows {
		l, err := stance.ParseLabel(r.Label)
		if err != nil {
			return nil, fmt.Errorf("%s row %d (%s): %w", path, i+1, r.ID, err)
		}
		if r.Target == "" {
			return nil, fmt.Errorf("%s row %d (%s): no target", path, i+1, r.ID)
		}
		out[i] = Row{ID: r.ID, Target: r.Target, Text: r.Text, Label: l}
	}
	return out, nil
}

// NoData reports whether err is LoadSplits' error for an absent file and,
// when it is, writes to w the note program prog prints instead of running:
// which file is missing, that dataset (e.g. "the Emergent data") is not
// redistributed, and how to point the program at it.
func NoData(w io.Writer, prog, dataset string, err error) bool {
	var m *missingError
	if !errors.As(err, &m) {
		return false
	}
	fmt.Fprintf(w, "%s: %v; %s is not redistributed with stancekit.\n"+
		"Point -data (or $%s) at a folder holding train.jsonl and test.jsonl to run the benchmark.\n", prog, m, dataset, corpus.DataEnv)
	return true
}

// Texts returns the texts of rows, in order.
func Texts(rows []Row) []string { return column(rows, func(r Row) string { return r.Text }) }

// Labels returns the labels of rows, in order.
func Labels(rows []Row) []stance.Label {
	return column(rows, func(r Row) stance.Label { return r.Label })
}

// IDs returns the ids of rows, in order.
func IDs(rows []Row) []string { return column(rows, func(r Row) string { return r.ID }) }

func column[T any](rows []Row, field func(Row) T) []T {
	out := make([]T, len(rows))
	for i, r := range rows {
		out[i] = field(r)
	}
	return out
}

// Pick returns the rows at idx, in the order of idx.
func Pick(rows []Row, idx []int) []Row {
	out := make([]Row, len(idx))
	for k, i := range idx {
		out[k] = rows[i]
	}
	return out
}

// WritePredictions writes one {"id":…, "label":…} line per row to path, in
// the order given.
func WritePredictions(path string, ids []string, pred []stance.Label) error {
	if len(ids) != len(pred) {
		return fmt.Errorf("write predictions %s: %d ids but %d labels", path, len(ids), len(pred))
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for i, id := range ids {
		if err := enc.Encode(struct {
			ID    string       `json:"id"`
			Label stance.Label `json:"label"`
		}{id, pred[i]}); err != nil {
			f.Close()
			return fmt.Errorf("write predictions %s: %w", path, err)
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write predictions %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write predictions %s: %w", path, err)
	}
	return nil
}
