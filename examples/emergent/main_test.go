package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/benchutil"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestClaimFoldsKeepClaimsWhole(t *testing.T) {
	var rows []benchutil.Row
	for i := range 100 {
		rows = append(rows, benchutil.Row{Target: fmt.Sprintf("claim %d", i%23)})
	}
	f := claimFolds(rows, 5)
	byClaim := map[string]int{}
	used := map[int]bool{}
	for i, r := range rows {
		if k, ok := byClaim[r.Target]; ok && k != f[i] {
			t.Fatalf("claim %q in folds %d and %d", r.Target, k, f[i])
		}
		byClaim[r.Target] = f[i]
		used[f[i]] = true
	}
	if len(used) != 5 {
		t.Errorf("%d folds used, want 5", len(used))
	}
}

func TestMissingDataAndUsage(t *testing.T) {
	if code, out, errs := runCLI("-data", t.TempDir()); code != 0 || errs != "" || !strings.Contains(out, "not found") {
		t.Errorf("missing data: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	for _, args := range [][]string{{"-bogus"}, {"x"}, {"-l2", "0"}, {"-folds", "1"}, {"-repeat", "0"}} {
		if code, _, errs := runCLI(args...); code != 2 || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}

func writeSynthetic(t *testing.T, dir, name string, n, claimBase int) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	say := map[string]string{"supportive": "confirms %s", "opposed": "hoax: %s is false", "neutral": "reportedly %s, sources claim"}
	labels := []string{"supportive", "opposed", "neutral"}
	for i := range n {
		l := labels[i%3]
		claim := fmt.Sprintf("claim %d", claimBase+i%12)
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(name, i), "target": claim,
			"text": fmt.Sprintf(say[l], fmt.Sprintf("thing %d", i%9)), "label": l})
		fmt.Fprintf(f, "%s\n", b)
	}
}

func TestEndToEndOnSyntheticData(t *testing.T) {
	dir := t.TempDir()
	writeSynthetic(t, dir, "train.jsonl", 180, 0)
	writeSynthetic(t, dir, "test.jsonl", 60, 100)
	pred := filepath.Join(dir, "pred.jsonl")
	code, out, errs := runCLI("-data", dir, "-folds", "3", "-repeat", "1", "-l2", "0.01,0.001", "-pred", pred)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasSuffix(out, "accuracy=100.00\n") {
		t.Errorf("output:\n%s", out)
	}
	b, err := os.ReadFile(pred)
	if err != nil || strings.Count(string(b), "\n") != 60 {
		t.Errorf("prediction file: %v, %d lines", err, strings.Count(string(b), "\n"))
	}
}
