package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkColdStartArticle runs the built command on one 5 KB article per
// iteration, a fresh process each time: start-up, decoding the default
// model, the sentiment lexicon and the sentence model, analysis and output.
// It reports the median wall and CPU (user + system) time of a run; the CPU
// time is the steadier figure on a shared machine.
func BenchmarkColdStartArticle(b *testing.B) {
	article := filepath.Join("..", "..", "testdata", "articles", "euractiv-2019-03-04-huawei-brussels-centre.txt")
	coldRuns(b, func(out []byte) bool { return bytes.Contains(out, []byte("Huawei")) }, "-article", article)
}

// BenchmarkColdStartStatement is BenchmarkColdStart with the same medians.
func BenchmarkColdStartStatement(b *testing.B) {
	coldRuns(b, func(out []byte) bool { return bytes.HasPrefix(out, []byte("supportive\t")) }, "Operators oppose a Huawei ban.")
}

// coldRuns builds the command and runs it with args once per iteration,
// checking its output with ok.
func coldRuns(b *testing.B, ok func([]byte) bool, args ...string) {
	bin := filepath.Join(b.TempDir(), "classify")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	var wall, cpu []float64
	for b.Loop() {
		cmd := exec.Command(bin, args...)
		t := time.Now()
		out, err := cmd.Output()
		wall = append(wall, float64(time.Since(t).Microseconds())/1000)
		if err != nil || !ok(out) {
			b.Fatalf("%v %.200q", err, out)
		}
		st := cmd.ProcessState
		cpu = append(cpu, float64((st.UserTime()+st.SystemTime()).Microseconds())/1000)
	}
	b.ReportMetric(coldMedian(wall), "ms/run")
	b.ReportMetric(coldMedian(cpu), "cpu-ms/run")
}

func coldMedian(xs []float64) float64 {
	xs = slices.Clone(xs)
	slices.Sort(xs)
	return xs[len(xs)/2]
}
