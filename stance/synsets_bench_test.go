package stance_test

import (
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/proctest"
	"github.com/stancekit/stancekit/stance"
)

// synsetConfig is the default configuration with the synset block as the
// tenth session measured it at its best (two senses and hypernyms, 0.5).
func synsetConfig() stance.TrainConfig {
	cfg := defaultmodel.Config()
	cfg.Features.Synsets, cfg.Features.SynsetSenses, cfg.Features.SynsetHypernyms = 0.5, 2, true
	return cfg
}

// BenchmarkPredictSynsets is BenchmarkPredict for a model trained like the
// default with the synset block on (off by default): its cost a statement.
func BenchmarkPredictSynsets(b *testing.B) {
	ex, err := defaultmodel.TrainingSet()
	if err != nil {
		b.Fatal(err)
	}
	tx, ly, _ := defaultmodel.Columns(ex)
	m, err := stance.Train(tx, ly, synsetConfig())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	cpu := proctest.CPUTime()
	b.ResetTimer()
	for b.Loop() {
		if _, err := m.Predict(benchStatement); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, b.N, proctest.CPUTime()-cpu)
}

// BenchmarkTrainSynsets is BenchmarkTrainDefault with the synset block on;
// the table is read once before the loop (BenchmarkReadSynsets is that).
func BenchmarkTrainSynsets(b *testing.B) {
	ex, err := defaultmodel.TrainingSet()
	if err != nil {
		b.Fatal(err)
	}
	tx, ly, _ := defaultmodel.Columns(ex)
	if _, err := features.DefaultSynsets(); err != nil {
		b.Fatal(err)
	}
	cfg := synsetConfig()
	cpu := proctest.CPUTime()
	for b.Loop() {
		if _, err := stance.Train(tx, ly, cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/train")
	if cpu := proctest.CPUTime() - cpu; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/train")
	}
}
