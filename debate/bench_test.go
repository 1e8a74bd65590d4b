package debate

import (
	"bytes"
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/synth"
)

// sources are the corpus articles, the paragraphs synth draws from.
func sources(tb testing.TB) []string {
	src, err := synth.CorpusSources()
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// BenchmarkPipeline is the corpus level end to end on 5 KB articles: JSON
// Lines parsed, articles analysed on GOMAXPROCS workers (statements,
// speakers, actors, stance, sentiment), statements encoded as JSON Lines
// and aggregated per actor and month. It reports articles/s; run it with
// -cpu 2 for the two-core figure.
func BenchmarkPipeline(b *testing.B) {
	const n = 2000
	var in bytes.Buffer
	if err := synth.Write(&in, synth.Config{N: n, Seed: 1, Sources: sources(b)}); err != nil {
		b.Fatal(err)
	}
	a := analyzer(b)
	b.SetBytes(int64(in.Len() / n))
	b.ResetTimer()
	cpu0 := cpuTime()
	articles := 0
	for b.Loop() {
		g := NewAggregator(Month)
		p := Pipeline{Analyzer: a}
		err := p.Run(NewJSONL(bytes.NewReader(in.Bytes()), ReadOptions{}), func(an Analysis) error {
			articles++
			for _, r := range an.Records {
				g.Add(r)
			}
			return WriteRecords(io.Discard, an.Records)
		})
		if err != nil {
			b.Fatal(err)
		}
		g.Positions()
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
	// on a machine shared with other jobs wall time is noisy; the process's
	// CPU time is much less so, and articles per CPU-second times the cores
	// is what the cores give when they are free
	b.ReportMetric(float64(articles)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
	b.ReportMetric(0, "ns/op")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
