package debate

import (
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/proctest"
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

// BenchmarkPipeline is the package's part of a corpus run on 5 KB
// articles: JSON Lines parsed, articles analysed on GOMAXPROCS workers
// (statements, speakers, actors, stance, sentiment), statements encoded as
// JSON Lines and aggregated per actor and month. One op is one run over n
// articles; it reports articles/s (wall time) and articles/cpu-s (the
// process's CPU time during the runs, less noisy on a shared machine). Run
// it with -cpu 1,2 for the one- and two-core figures. The program's whole
// run, outputs included, is examples/debate's BenchmarkDebate.
func BenchmarkPipeline(b *testing.B) {
	const n = 1000
	var in bytes.Buffer
	if err := synth.Write(&in, synth.Config{N: n, Seed: 1, Sources: sources(b)}); err != nil {
		b.Fatal(err)
	}
	a := analyzer(b)
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		cpu0 := proctest.CPUTime()
		g := NewAggregator(Month)
		p := Pipeline{Analyzer: a}
		err := p.Run(NewJSONL(bytes.NewReader(in.Bytes()), ReadOptions{}), func(an Analysis) error {
			for _, r := range an.Records {
				g.Add(r)
			}
			return WriteRecords(io.Discard, an.Records)
		})
		if err != nil {
			b.Fatal(err)
		}
		g.Positions()
		cpu += proctest.CPUTime() - cpu0
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "articles/cpu-s")
}
