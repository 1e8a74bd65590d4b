package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/proctest"
	"github.com/stancekit/stancekit/internal/synth"
)

// benchArticles is how many generated articles one run of the benchmark
// reads: enough that start-up (the model, the lexicons) and the outputs
// written once per run are a small share of it, as they are in a real run.
const benchArticles = 2000

// generatedFile writes n generated 5 KB articles (seed 7, as the memory
// test's stream) to a JSON Lines file and returns its path and size.
func generatedFile(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "articles.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := synth.Write(w, synth.Config{N: n, Seed: 7, Sources: corpusSources(tb)}); err != nil {
		tb.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	fi, err := f.Stat()
	if err != nil {
		tb.Fatal(err)
	}
	f.Close()
	return path, fi.Size()
}

// BenchmarkDebate is the program end to end, as a run of
// `debate -in FILE.jsonl -out DIR` does it: start-up, JSON Lines read and
// checked, articles analysed on GOMAXPROCS workers (statements, speakers,
// actors, stance, sentiment), statements.jsonl written, positions
// aggregated, and positions.csv, network.graphml, the timeline and the
// report written and renamed into place. One op is one run over
// benchArticles articles; it reports articles/s (wall time) and
// articles/cpu-s (the process's CPU time, less noisy on a shared machine).
// -cpu 1,2 gives the one- and two-core figures.
func BenchmarkDebate(b *testing.B) {
	in, size := generatedFile(b, benchArticles)
	b.SetBytes(size)
	env := environment{stdin: nil, stdout: io.Discard, stderr: io.Discard}
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		out := b.TempDir()
		cpu0 := proctest.CPUTime()
		if err := runDebate(options{in: in, out: out, period: "month"}, env); err != nil {
			b.Fatal(err)
		}
		cpu += proctest.CPUTime() - cpu0
		b.StopTimer()
		os.RemoveAll(out)
		b.StartTimer()
	}
	n := float64(benchArticles * b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(n/cpu.Seconds(), "articles/cpu-s")
}
