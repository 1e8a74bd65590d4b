package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/experiment"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"stray"}, {"-k", "1"}, {"-l2", "x"}} {
		code, _, stderr := runCLI(args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if n := strings.Count(stderr, "\n"); n != 1 || !strings.HasPrefix(stderr, "evaluate: usage") {
			t.Errorf("%q: stderr %q, want one line", args, stderr)
		}
	}
	if code, _, stderr := runCLI("-h"); code != 0 || !strings.Contains(stderr, "-sealed") {
		t.Errorf("-h: exit %d, stderr %q", code, stderr)
	}
}

// TestFiguresWithoutData runs the default figures with few folds and the
// shared data folder absent: every section is printed, the external dev set
// is skipped with a message, exit 0.
func TestFiguresWithoutData(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: trains several models")
	}
	code, out, stderr := runCLI("-data", t.TempDir(), "-k", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"train split, grouped 2-fold", "dev split", "leave-one-article-out", "stance macro-F1", "external dev set: SKIPPED", "off-target probes"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAgreement(t *testing.T) {
	code, out, stderr := runCLI("-agreement")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "300 statements") || !strings.Contains(out, "Cohen's κ") {
		t.Errorf("output %q", out)
	}
}

// TestSealedRecordMissing: the sealed look is refused before anything is
// scored when the results file cannot be appended to, so no look goes
// unrecorded (and this test makes none).
func TestSealedRecordMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "RESULTS.md")
	code, _, stderr := runCLI("-sealed", "-record", missing)
	if code != 1 || !strings.Contains(stderr, "record the look") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("record file created")
	}
}

// -paired measures the rows it names against the default, or with -base
// against the named row, which is never measured against itself.
func TestPairedRows(t *testing.T) {
	all := []experiment.Ablation{{Name: "default"}, {Name: "a x"}, {Name: "base x"}, {Name: "b x"}, {Name: "c"}}
	names := func(rows []experiment.Ablation) string {
		var s []string
		for _, r := range rows {
			s = append(s, r.Name)
		}
		return strings.Join(s, ", ")
	}
	for _, c := range []struct{ name, base, want string }{
		{"x", "", "default, a x, base x, b x"},
		{"x", "base", "base x, a x, b x"},
		{"c", "base", "base x, c"},
	} {
		rows, err := pairedRows(all, c.name, c.base)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(rows); got != c.want {
			t.Errorf("-paired %q -base %q: %s, want %s", c.name, c.base, got, c.want)
		}
	}
	if _, err := pairedRows(all, "x", "none"); err == nil {
		t.Error("-base naming no row: no error")
	}
}
