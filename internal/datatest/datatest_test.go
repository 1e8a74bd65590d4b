package datatest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSummary(t *testing.T) {
	mu.Lock()
	saved := skipped
	skipped = map[string][]string{}
	mu.Unlock()
	defer func() { mu.Lock(); skipped = saved; mu.Unlock() }()

	if got := Summary(); got != "" {
		t.Fatalf("nothing skipped: %q", got)
	}
	dir := t.TempDir()
	missing := filepath.Join(dir, "data")
	t.Run("TestA", func(t *testing.T) { Skip(t, filepath.Join(missing, "set-a", "test.jsonl")) })
	t.Run("TestB", func(t *testing.T) { Skip(t, missing) })
	if err := os.Mkdir(filepath.Join(dir, "partial"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Run("TestC", func(t *testing.T) { Skip(t, filepath.Join(dir, "partial", "set-c")) })
	want := "stancekit: shared data not found at " + missing + ", " + filepath.Join(dir, "partial", "set-c") +
		"; 3 data tests skipped (TestSummary/TestA, TestSummary/TestB, TestSummary/TestC); set STANCEKIT_DATA to the shared data folder"
	if got := Summary(); got != want {
		t.Errorf("Summary\n got %q\nwant %q", got, want)
	}
}
