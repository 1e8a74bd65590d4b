package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/proctest"
	"github.com/stancekit/stancekit/internal/synth"
)

// corpusSources are the five corpus articles, which synth makes articles of.
func corpusSources(tb testing.TB) []string {
	src, err := synth.CorpusSources()
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// debateRSS runs the built program on n generated 5 KB articles fed through
// a pipe and returns its summary, its peak resident memory in KiB (its own,
// read while it runs: see proctest.StartForRSS) and the time it took.
func debateRSS(t *testing.T, bin string, n int) (string, int64, time.Duration) {
	t.Helper()
	cmd := exec.Command(bin, "-in", "-", "-out", t.TempDir())
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	cmd.Stdout = &out
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	peak := proctest.StartForRSS(t, cmd)
	src := corpusSources(t)
	go func() {
		w := bufio.NewWriter(stdin)
		synth.Write(w, synth.Config{N: n, Seed: 7, Sources: src})
		w.Flush()
		stdin.Close()
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	d := time.Since(start)
	return out.String(), peak(), d
}

// TestMemoryIsFlat checks that the program's memory does not grow with the
// number of articles: peak RSS for n articles is about that for a tenth as
// many (at most 10,000). n is 10,000 by default;
// STANCEKIT_DEBATE_N=200000 gives the README's figures (10,000 and 200,000).
func TestMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: streams thousands of articles")
	}
	n := 10_000
	if s := os.Getenv("STANCEKIT_DEBATE_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 100 {
			t.Fatalf("bad STANCEKIT_DEBATE_N %q", s)
		}
		n = v
	}
	bin := filepath.Join(t.TempDir(), "debate")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	m := min(n/10, 10_000)
	sumSmall, small, dSmall := debateRSS(t, bin, m)
	sum, big, d := debateRSS(t, bin, n)
	for _, c := range []struct {
		s string
		n int
	}{{sumSmall, m}, {sum, n}} {
		if !strings.Contains(c.s, "articles: "+strconv.Itoa(c.n)+" analysed") {
			t.Fatalf("lost articles, want %d:\n%s", c.n, c.s)
		}
	}
	t.Logf("peak RSS: %d articles %.1f MiB (%.1fs), %d articles %.1f MiB (%.1fs, %.0f articles/s)",
		m, float64(small)/1024, dSmall.Seconds(), n, float64(big)/1024, d.Seconds(), float64(n)/d.Seconds())
	if big > small+48*1024 {
		t.Errorf("peak RSS grew from %d KiB to %d KiB with %dx the input: memory is not flat", small, big, n/m)
	}
}
