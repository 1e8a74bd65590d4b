package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stancekit/stancekit/internal/proctest"
)

// streamRSS runs the built command on n generated statements fed through a
// pipe and returns the lines it wrote and its peak resident memory in KiB.
func streamRSS(t *testing.T, bin string, n int) (int, int64) {
	t.Helper()
	cmd := exec.Command(bin, "-jsonl", "-json")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	peak := proctest.StartForRSS(t, cmd)
	go func() {
		w := bufio.NewWriter(stdin)
		texts := []string{
			"The Commission will not call for a ban on Huawei but wants a common approach.",
			"Big telecoms operators oppose a Huawei ban, saying it would delay 5G.",
			"Washington warned allies it would stop sharing intelligence if they use Huawei.",
		}
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, "{\"id\":%d,\"text\":%q}\n", i, texts[i%len(texts)]+" #"+strconv.Itoa(i))
		}
		w.Flush()
		stdin.Close()
	}()
	lines := 0
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines++
	}
	io.Copy(io.Discard, stdout)
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	return lines, peak()
}

// TestStreamMemoryIsFlat checks that classifying a long stream from stdin
// keeps memory bounded: peak RSS for n statements is about that for n/10.
// n is 200,000 by default; STANCEKIT_STREAM_N=1000000 gives the figure the
// README reports.
func TestStreamMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams hundreds of thousands of statements")
	}
	n := 200_000
	if s := os.Getenv("STANCEKIT_STREAM_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 10 {
			t.Fatalf("bad STANCEKIT_STREAM_N %q", s)
		}
		n = v
	}
	bin := filepath.Join(t.TempDir(), "classify")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	smallLines, small := streamRSS(t, bin, n/10)
	lines, big := streamRSS(t, bin, n)
	if smallLines != n/10 || lines != n {
		t.Fatalf("lost statements: %d of %d and %d of %d came out", smallLines, n/10, lines, n)
	}
	t.Logf("peak RSS: %d statements %.1f MiB, %d statements %.1f MiB", n/10, float64(small)/1024, n, float64(big)/1024)
	if big > small+32*1024 {
		t.Errorf("peak RSS grew from %d KiB to %d KiB with 10x the input: memory is not flat", small, big)
	}
}
