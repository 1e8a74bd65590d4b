package main

import (
	"bytes"
	"strings"
	"testing"
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
	if code, _, stderr := runCLI("-h"); code != 0 || !strings.Contains(stderr, "-with-sentiment") {
		t.Errorf("-h: exit %d, stderr %q", code, stderr)
	}
}

// TestCorpusWithoutData runs the program on the corpus with the shared data
// folder absent: both cross-validations are printed and the dev set is
// skipped with a message, exit 0.
func TestCorpusWithoutData(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	code, out, stderr := runCLI("-data", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"corpus: 88 on-target statements", "leave-one-article-out", "stratified 5-fold, seed 1", "macro", "external dev set: skipped"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
