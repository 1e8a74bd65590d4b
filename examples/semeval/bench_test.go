package main

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// BenchmarkTrainFinal times what bench/compare.sh calls training: the
// vectoriser over all 2,914 training tweets and the five final solves at
// the setting cross-validation chose (L2=0.003, aux=0.1). It skips when
// the SemEval data is absent. Run it on one CPU to compare with
// scikit-learn, which is single-threaded here:
//
//	go test -run '^$' -bench TrainFinal -cpu 1 ./examples/semeval
func BenchmarkTrainFinal(b *testing.B) {
	train, _, err := load(filepath.Join(corpus.DataDir(), "semeval2016-task6a"))
	if errors.Is(err, benchutil.ErrNoData) {
		b.Skipf("%v; set %s to the shared data folder", err, corpus.DataEnv)
	}
	if err != nil {
		b.Fatal(err)
	}
	targets, _ := group(train)
	set := setting{l2: 0.003, aux: 0.1}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := trainFinal(train, targets, set, stance.SolverSVM); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(train))*float64(b.N)/b.Elapsed().Seconds(), "tweets/s")
}
