package main

import (
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/benchutil"
)

// Issue 14: classify mapped errors to exit statuses by hand and stripped
// "predict: " off stance's errors with errors.Unwrap. Usage errors now wrap
// benchutil.ErrUsage and go through benchutil.ExitCode, a bad input line is
// a *lineError naming its line, and an unclassifiable statement is told by
// stance.ErrEmpty, not by how its error is wrapped.
func TestErrorsAreTyped(t *testing.T) {
	for _, args := range [][]string{
		{"-nosuchflag"}, {"-workers=-1"}, {"-jsonl", "x"}, {"-sentiment-profile", "tweets", "x"},
		{"-issuer", "x"}, {"-actors", "a.json"}, {"-article", "f", "x"}, {"-no-learned-labels", "x"},
	} {
		err := runErr(args, strings.NewReader(""), io.Discard, io.Discard, nil)
		if !errors.Is(err, benchutil.ErrUsage) {
			t.Errorf("%q: %v does not wrap benchutil.ErrUsage", args, err)
		}
	}
	err := runErr([]string{"-jsonl"}, strings.NewReader("{\"text\":\"ban Huawei\"}\n{broken\n"), io.Discard, io.Discard, nil)
	var le *lineError
	if !errors.As(err, &le) || le.Line != 2 || err.Error() != "line 2: invalid JSON: invalid character 'b' looking for beginning of object key string" {
		t.Errorf("bad line: %T %v", err, err)
	}

	code, out, errs := runCLI(t, "", "-json", "!!!", "Huawei must be banned.")
	if code != 1 || errs != "classify: statement 1: empty statement\nclassify: 1 of 2 statements could not be classified\n" {
		t.Errorf("empty statement: exit %d, stderr %q", code, errs)
	}
	var rec struct{ Error string }
	if err := json.Unmarshal([]byte(lines(out)[0]), &rec); err != nil || rec.Error != "empty statement" {
		t.Errorf("empty statement's record: %s (%v)", lines(out)[0], err)
	}
}

// Every way a run can fail says so in one line on stderr, starting
// "classify: ", and exits 1 for a runtime error or 2 for a usage error.
func TestFailuresAreOneLine(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		in   string
		code int
	}{
		{[]string{"-bogus"}, "", 2},
		{[]string{"-workers", "x"}, "", 2},
		{[]string{"-grammar", "g.tsv"}, "", 2},
		{[]string{"-article", "-", "-jsonl"}, "", 2},
		{[]string{"-model", filepath.Join(dir, "none"), "x"}, "", 1},
		{[]string{"-article", filepath.Join(dir, "none")}, "", 1},
		{[]string{"-article", "-", "-actors", filepath.Join(dir, "none")}, "An article.", 1},
		{[]string{"-jsonl", "-json"}, "{\"id\":1}\n", 1},
		{[]string{"-jsonl", "-json"}, "[]\n", 1},
	} {
		code, _, errs := runCLI(t, c.in, c.args...)
		if code != c.code || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "classify: ") {
			t.Errorf("%q: exit %d, stderr %q; want %d and one line", c.args, code, errs, c.code)
		}
	}
}
