package benchutil_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

const goodRows = `{"id": "a", "target": "Cats", "text": "I love cats", "label": "supportive"}
{"id": "b", "target": "Cats", "text": "cats are awful", "label": "opposed", "extra": 1}
`

func TestLoadSplits(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "train.jsonl"), goodRows)
	writeFile(t, filepath.Join(dir, "test.jsonl"), goodRows[:strings.Index(goodRows, "\n")+1])
	train, test, err := benchutil.LoadSplits(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := benchutil.Row{ID: "b", Target: "Cats", Text: "cats are awful", Label: stance.Opposed}
	if len(train) != 2 || train[1] != want || len(test) != 1 || test[0].ID != "a" {
		t.Errorf("train %+v, test %+v", train, test)
	}
}

func TestLoadSplitsMissing(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "train.jsonl"), "not even JSON") // not read: test.jsonl is missing
	_, _, err := benchutil.LoadSplits(dir)
	if !errors.Is(err, benchutil.ErrNoData) {
		t.Fatalf("err %v, want ErrNoData", err)
	}
	var out strings.Builder
	if !benchutil.NoData(&out, "prog", "the Prog data", err) {
		t.Fatal("NoData did not recognise the error")
	}
	want := fmt.Sprintf("prog: %s not found; the Prog data is not redistributed with stancekit.\n"+
		"Point -data (or $%s) at a folder holding train.jsonl and test.jsonl to run the benchmark.\n", filepath.Join(dir, "test.jsonl"), corpus.DataEnv)
	if out.String() != want {
		t.Errorf("note %q, want %q", out.String(), want)
	}
	out.Reset()
	if benchutil.NoData(&out, "prog", "the Prog data", errors.New("other")) || benchutil.NoData(&out, "prog", "x", nil) || out.Len() != 0 {
		t.Errorf("NoData took another error for a missing file: %q", out.String())
	}
}

func TestLoadSplitsBadRows(t *testing.T) {
	for name, c := range map[string]struct{ train, want string }{
		"empty":     {"", "train.jsonl: no rows"},
		"label":     {`{"id": "x1", "target": "T", "text": "t", "label": "in favour"}`, "train.jsonl row 1 (x1): "},
		"no target": {goodRows + `{"id": "x3", "text": "t", "label": "neutral"}`, "train.jsonl row 3 (x3): no target"},
		"json":      {"{\"id\": 1\n", "line 1"},
	} {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "train.jsonl"), c.train)
		writeFile(t, filepath.Join(dir, "test.jsonl"), goodRows)
		_, _, err := benchutil.LoadSplits(dir)
		if err == nil || errors.Is(err, benchutil.ErrNoData) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want one containing %q", name, err, c.want)
		}
	}
}

func TestColumns(t *testing.T) {
	rows := []benchutil.Row{{ID: "a", Text: "x", Label: stance.Opposed}, {ID: "b", Text: "y", Label: stance.Neutral}, {ID: "c", Text: "z", Label: stance.Supportive}}
	if got := fmt.Sprint(benchutil.IDs(rows), benchutil.Texts(rows), benchutil.Labels(rows)); got != "[a b c] [x y z] [opposed neutral supportive]" {
		t.Errorf("columns %s", got)
	}
	if got := benchutil.IDs(benchutil.Pick(rows, []int{2, 0})); fmt.Sprint(got) != "[c a]" {
		t.Errorf("Pick: %v", got)
	}
}

func TestAtLeast(t *testing.T) {
	if err := benchutil.AtLeast("folds", 2, 2); err != nil {
		t.Error(err)
	}
	err := benchutil.AtLeast("folds", 1, 2)
	if !errors.Is(err, benchutil.ErrUsage) || err.Error() != "usage: -folds must be at least 2" {
		t.Errorf("err %v", err)
	}
}

func TestFlags(t *testing.T) {
	var f benchutil.Flags
	fl := flag.NewFlagSet("prog", flag.ContinueOnError)
	f.Register(fl, "some-set")
	if err := fl.Parse(nil); err != nil {
		t.Fatal(err)
	}
	if f.Data != filepath.Join(corpus.DataDir(), "some-set") || f.Pred != "" || f.Repeat != 3 || f.Check() != nil {
		t.Errorf("defaults %+v", f)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := fl.Parse([]string{"-repeat", "0", "-pred", pred}); err != nil {
		t.Fatal(err)
	}
	if err := f.Check(); !errors.Is(err, benchutil.ErrUsage) {
		t.Errorf("-repeat 0: %v", err)
	}
	var out strings.Builder
	rows := []benchutil.Row{{ID: "a"}, {ID: "b"}}
	if err := f.WritePredictions(&out, rows, []stance.Label{stance.Opposed, stance.Neutral}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(pred)
	if string(b) != "{\"id\":\"a\",\"label\":\"opposed\"}\n{\"id\":\"b\",\"label\":\"neutral\"}\n" || out.String() != "predictions written to "+pred+"\n" {
		t.Errorf("file %q, note %q", b, out.String())
	}
	f.Pred = ""
	out.Reset()
	if err := f.WritePredictions(&out, rows, nil); err != nil || out.Len() != 0 {
		t.Errorf("without -pred: %v %q", err, out.String())
	}
}
