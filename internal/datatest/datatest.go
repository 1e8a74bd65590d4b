// Package datatest makes the tests that need the shared benchmark data
// (kept outside the repository, see internal/corpus.DataDir) say when they
// skip. A test calls Skip instead of t.Skip when its data is absent, and the
// package's TestMain calls Main, which ends the run with one line naming
// the missing data and the skipped tests:
//
//	stancekit: shared data not found at /x; 3 data tests skipped (TestA, TestB, TestC); set STANCEKIT_DATA to the shared data folder
//
// `go test ./...` shows a passing package's output only with -v, so when
// standard error is not a terminal and the run is not verbose, Main also
// writes the line to the terminal the tests were started from, if there is
// one; the line is then seen in an ordinary `go test ./...` too.
package datatest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Env is the environment variable that points at the shared data folder.
const Env = "STANCEKIT_DATA"

var (
	mu      sync.Mutex
	skipped = map[string][]string{} // missing path -> tests skipped for it
)

// Skip records that t needs the shared data at path, which is absent, and
// skips t with a message naming path. It does not return. When the folder
// holding path is missing too, the summary names the outermost missing
// folder (the data folder itself, usually) rather than each file.
func Skip(t testing.TB, path string) {
	t.Helper()
	path = filepath.Clean(path)
	for {
		parent := filepath.Dir(path)
		if parent == path {
			break
		}
		if _, err := os.Stat(parent); err == nil {
			break
		}
		path = parent
	}
	mu.Lock()
	skipped[path] = append(skipped[path], t.Name())
	mu.Unlock()
	t.Skipf("shared data not found at %s (set %s)", path, Env)
}

// Main runs the tests, announces the skipped data tests (see the package
// documentation) and exits with the tests' status.
func Main(m *testing.M) {
	code := m.Run()
	if line := Summary(); line != "" {
		announce(line)
	}
	os.Exit(code)
}

// Summary is the line Main prints, or "" when no data test was skipped.
func Summary() string {
	mu.Lock()
	defer mu.Unlock()
	if len(skipped) == 0 {
		return ""
	}
	var paths, tests []string
	for p, ts := range skipped {
		paths = append(paths, p)
		tests = append(tests, ts...)
	}
	sort.Strings(paths)
	sort.Strings(tests)
	return fmt.Sprintf("stancekit: shared data not found at %s; %d data test%s skipped (%s); set %s to the shared data folder",
		strings.Join(paths, ", "), len(tests), plural(len(tests)), strings.Join(tests, ", "), Env)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// announce writes line to standard error and, when go test would hide
// it (a passing package's output without -v, which goes to a pipe), to the
// controlling terminal as well.
func announce(line string) {
	fmt.Fprintln(os.Stderr, line)
	if testing.Verbose() || isTerminal(os.Stderr) {
		return
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return // no terminal: CI logs, where -v shows the line
	}
	defer tty.Close()
	io.WriteString(tty, line+"\n")
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
