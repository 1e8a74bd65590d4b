package debatebeam

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/stancekit/stancekit/debate"
	"github.com/stancekit/stancekit/internal/synth"
)

// TestMain runs the pipelines on Prism, in this process, with no network.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

const corpusJSONL = "../examples/debate/testdata/corpus.jsonl"

var (
	buildOnce sync.Once
	bin       string
	buildErr  error
)

// program builds the single-machine program, examples/debate, once.
func program(t testing.TB) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "debatebeam-test")
		if err != nil {
			buildErr = err
			return
		}
		bin = filepath.Join(dir, "debate")
		cmd := exec.Command("go", "build", "-o", bin, "./examples/debate")
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = &buildError{err, string(out)}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return bin
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return "build examples/debate: " + e.err.Error() + "\n" + e.out }

// result is what both paths write: statements.jsonl and positions.csv.
type result struct {
	statements, positions []byte
	elapsed               time.Duration
}

func read(t testing.TB, dir string, d time.Duration) result {
	st, err := os.ReadFile(filepath.Join(dir, "statements.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ps, err := os.ReadFile(filepath.Join(dir, "positions.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return result{st, ps, d}
}

// singleMachine runs examples/debate on a JSON Lines file.
func singleMachine(t testing.TB, in, period string) result {
	out := t.TempDir()
	start := time.Now()
	cmd := exec.Command(program(t), "-in", in, "-out", out, "-period", period)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("examples/debate: %v\n%s", err, b)
	}
	return read(t, out, time.Since(start))
}

// onBeam runs the pipeline on Prism.
func onBeam(t testing.TB, in string, period debate.Period) result {
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: in, Statements: filepath.Join(out, "statements.jsonl"),
		Positions: filepath.Join(out, "positions.csv"), Period: period})
	start := time.Now()
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	return read(t, out, time.Since(start))
}

func sortedLines(b []byte) []byte {
	ls := strings.SplitAfter(string(b), "\n")
	sort.Strings(ls)
	return []byte(strings.Join(ls, ""))
}

// same checks the two outputs are equal, bit for bit after sorting.
func same(t *testing.T, single, onbeam result) {
	t.Helper()
	if !bytes.Equal(single.positions, onbeam.positions) {
		t.Errorf("positions.csv differs:\nsingle machine:\n%s\nbeam:\n%s", single.positions, onbeam.positions)
	}
	if !bytes.Equal(sortedLines(single.statements), sortedLines(onbeam.statements)) {
		t.Errorf("statements.jsonl differs after sorting (%d and %d bytes)", len(single.statements), len(onbeam.statements))
	}
	if len(single.positions) < 100 || len(single.statements) < 1000 {
		t.Errorf("suspiciously little output: %d bytes of positions, %d of statements", len(single.positions), len(single.statements))
	}
}

func TestSameAsSingleMachineOnCorpus(t *testing.T) {
	for _, p := range []debate.Period{debate.Month, debate.Quarter} {
		t.Run(p.String(), func(t *testing.T) {
			same(t, singleMachine(t, corpusJSONL, p.String()), onBeam(t, corpusJSONL, p))
		})
	}
}

// corpusSources are the corpus articles that synth builds articles from.
func corpusSources(tb testing.TB) []string {
	src, err := synth.CorpusSources()
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// generated writes n synthetic 5 KB articles to a file.
func generated(t testing.TB, n int) string {
	path := filepath.Join(t.TempDir(), "articles.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := synth.Write(w, synth.Config{N: n, Seed: 12, Sources: corpusSources(t)}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

// TestSameAsSingleMachineOnGeneratedStream runs both paths on 10,000
// generated articles (STANCEKIT_BEAM_N sets another size) and reports the
// throughput of each.
func TestSameAsSingleMachineOnGeneratedStream(t *testing.T) {
	n := 10_000
	if testing.Short() {
		n = 1_000
	}
	if s := os.Getenv("STANCEKIT_BEAM_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			t.Fatalf("bad STANCEKIT_BEAM_N %q", s)
		}
		n = v
	}
	in := generated(t, n)
	single := singleMachine(t, in, "month")
	onbeam := onBeam(t, in, debate.Month)
	same(t, single, onbeam)
	t.Logf("%d articles: single machine %.1fs (%.0f articles/s), Beam on Prism %.1fs (%.0f articles/s)", n,
		single.elapsed.Seconds(), float64(n)/single.elapsed.Seconds(), onbeam.elapsed.Seconds(), float64(n)/onbeam.elapsed.Seconds())
}

// BenchmarkPrism is the pipeline on Prism over 2,000 generated articles,
// end to end (read, analyse, combine, write); it reports articles/s.
func BenchmarkPrism(b *testing.B) {
	const n = 2000
	in := generated(b, n)
	for b.Loop() {
		onBeam(b, in, debate.Month)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(0, "ns/op")
}
