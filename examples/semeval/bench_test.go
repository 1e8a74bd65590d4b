package main

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/proctest"
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
		if _, err := trainFinal(featureConfig(), train, targets, set, stance.SolverSVM); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(train))*float64(b.N)/b.Elapsed().Seconds(), "tweets/s")
}

// finalModels loads the SemEval data and trains the final models at the
// setting cross-validation chose, once per process, skipping b when the data
// is absent. It returns the test rows and, for each, its target's model.
func finalModels(b *testing.B) ([]benchutil.Row, func(i int) *stance.Model) {
	b.Helper()
	f := trainedFor(b)
	return f.test, func(i int) *stance.Model { return f.modelOf[f.test[i].Target] }
}

// trainedFor is trained(), skipping tb when the SemEval data is absent and
// failing it when training failed.
func trainedFor(tb testing.TB) finals {
	tb.Helper()
	f := trained()
	if errors.Is(f.err, benchutil.ErrNoData) {
		tb.Skipf("%v; set %s to the shared data folder", f.err, corpus.DataEnv)
	}
	if f.err != nil {
		tb.Fatal(f.err)
	}
	return f
}

// predictions are the final models' predictions of the test tweets, in
// test order: one at a time when workers < 0, otherwise one PredictBatch
// per target on workers goroutines (0: GOMAXPROCS).
func (f finals) predictions(t *testing.T, workers int) []stance.Prediction {
	t.Helper()
	out := make([]stance.Prediction, len(f.test))
	if workers < 0 {
		for i, r := range f.test {
			p, err := f.modelOf[r.Target].Predict(r.Text)
			if err != nil {
				t.Fatalf("test row %s: %v", r.ID, err)
			}
			out[i] = p
		}
		return out
	}
	at := make([]int, len(f.test))
	texts := map[string][]string{}
	for i, r := range f.test {
		at[i] = len(texts[r.Target])
		texts[r.Target] = append(texts[r.Target], r.Text)
	}
	batch := map[string][]stance.Result{}
	for tg, m := range f.modelOf {
		batch[tg] = m.PredictBatch(texts[tg], workers)
	}
	for i, r := range f.test {
		res := batch[r.Target][at[i]]
		if res.Err != nil {
			t.Fatalf("test row %s: %v", r.ID, res.Err)
		}
		out[i] = res.Prediction
	}
	return out
}

type finals struct {
	test    []benchutil.Row
	modelOf map[string]*stance.Model
	err     error
}

var trained = sync.OnceValue(func() (f finals) {
	train, test, err := load(filepath.Join(corpus.DataDir(), "semeval2016-task6a"))
	if err != nil {
		return finals{err: err}
	}
	targets, _ := group(train)
	models, err := trainFinal(featureConfig(), train, targets, setting{l2: 0.003, aux: 0.1}, stance.SolverSVM)
	if err != nil {
		return finals{err: err}
	}
	f = finals{test: test, modelOf: make(map[string]*stance.Model, len(targets))}
	for k, tg := range targets {
		f.modelOf[tg] = models[k]
	}
	return f
})

// BenchmarkPredictBatch times Model.PredictBatch on the 1,249 test tweets,
// one batch per target on GOMAXPROCS goroutines: what bench/compare.sh
// timed before its batches ran compiled (BenchmarkPredictCompiled). Run it
// on one CPU to compare with scikit-learn:
//
//	go test -run '^$' -bench Predict -cpu 1 ./examples/semeval
func BenchmarkPredictBatch(b *testing.B) {
	test, modelOf := finalModels(b)
	var models []*stance.Model
	texts := map[*stance.Model][]string{}
	for i, r := range test {
		m := modelOf(i)
		if _, ok := texts[m]; !ok {
			models = append(models, m)
		}
		texts[m] = append(texts[m], r.Text)
	}
	// Warm up twice: the tokenizer's caches then hold the tweets' words,
	// and every model (the smallest target has 169 test tweets) has made
	// the few hundred predictions after which it lays out its fused rows.
	for range 2 {
		for _, m := range models {
			m.PredictBatch(texts[m], 0)
		}
	}
	b.ReportAllocs()
	cpu := proctest.CPUTime()
	for b.Loop() {
		batches(models, texts)
	}
	reportRate(b, b.N*len(test), proctest.CPUTime()-cpu)
}

// batches predicts each model's texts in one batch. It is not inlined, so
// that a profiler can select the timed loop by name.
//
//go:noinline
func batches(models []*stance.Model, texts map[*stance.Model][]string) {
	for _, m := range models {
		m.PredictBatch(texts[m], 0)
	}
}

// BenchmarkPredictSingle times the test tweets predicted one Predict call
// at a time: compare.sh's single-statement latency.
func BenchmarkPredictSingle(b *testing.B) {
	test, modelOf := finalModels(b)
	for range 2 { // warm up, as for batches
		if err := singles(test, modelOf); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	cpu := proctest.CPUTime()
	for b.Loop() {
		if err := singles(test, modelOf); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, b.N*len(test), proctest.CPUTime()-cpu)
	b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(b.N*len(test)), "µs/statement")
}

// reportRate reports n statements as statements per second of wall time
// and, where the platform measures it, per second of the process's CPU
// time: on a shared machine the second counts only this benchmark's time.
func reportRate(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "statements/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "statements/cpu-s")
	}
}

// singles predicts the test rows one call at a time.
func singles(test []benchutil.Row, modelOf func(i int) *stance.Model) error {
	for i, r := range test {
		if _, err := modelOf(i).Predict(r.Text); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkPredictBatchFamily is BenchmarkPredictBatch for every feature
// family of families, each trained at L2=0.003, aux=0.1 (the speed of a
// linear model hardly depends on its L2): the test tweets are predicted and
// timed, never scored, so that the families' speed can be compared without
// looking at their test F_avg.
//
//	go test -run '^$' -bench PredictBatchFamily -cpu 1 ./examples/semeval
func BenchmarkPredictBatchFamily(b *testing.B) {
	train, test, err := load(filepath.Join(corpus.DataDir(), "semeval2016-task6a"))
	if errors.Is(err, benchutil.ErrNoData) {
		b.Skipf("%v; set %s to the shared data folder", err, corpus.DataEnv)
	}
	if err != nil {
		b.Fatal(err)
	}
	targets, _ := group(train)
	for _, fam := range families {
		b.Run(fam.name, func(b *testing.B) {
			ms, err := trainFinal(fam.cfg, train, targets, setting{l2: 0.003, aux: 0.1}, stance.SolverSVM)
			if err != nil {
				b.Fatal(err)
			}
			modelOf := make(map[string]*stance.Model, len(targets))
			for k, tg := range targets {
				modelOf[tg] = ms[k]
			}
			var models []*stance.Model
			texts := map[*stance.Model][]string{}
			for _, r := range test {
				m := modelOf[r.Target]
				if _, ok := texts[m]; !ok {
					models = append(models, m)
				}
				texts[m] = append(texts[m], r.Text)
			}
			for range 2 { // warm up, as BenchmarkPredictBatch does
				batches(models, texts)
			}
			b.ReportAllocs()
			cpu := proctest.CPUTime()
			for b.Loop() {
				batches(models, texts)
			}
			reportRate(b, b.N*len(test), proctest.CPUTime()-cpu)
		})
	}
}

// BenchmarkPredictCompiled is BenchmarkPredictBatch with each target's
// model compiled (stance.Model.Compile, once, untimed): what compare.sh
// calls batch prediction. Run it on one CPU to compare with scikit-learn:
//
//	go test -run '^$' -bench PredictCompiled -cpu 1 ./examples/semeval
func BenchmarkPredictCompiled(b *testing.B) {
	test, modelOf := finalModels(b)
	var models []*stance.Compiled
	texts := map[*stance.Compiled][]string{}
	of := map[*stance.Model]*stance.Compiled{}
	for i, r := range test {
		m := modelOf(i)
		c, ok := of[m]
		if !ok {
			var err error
			if c, err = m.Compile(); err != nil {
				b.Fatal(err)
			}
			of[m] = c
			models = append(models, c)
		}
		texts[c] = append(texts[c], r.Text)
	}
	out := make(map[*stance.Compiled][]stance.Labelled, len(models))
	for _, c := range models {
		out[c] = make([]stance.Labelled, len(texts[c]))
	}
	for range 2 { // warm up, as BenchmarkPredictBatch does, outside compiledBatches
		for _, c := range models {
			c.PredictInto(out[c], texts[c], 0)
		}
	}
	b.ReportAllocs()
	cpu := proctest.CPUTime()
	for b.Loop() {
		compiledBatches(models, texts, out)
	}
	reportRate(b, b.N*len(test), proctest.CPUTime()-cpu)
}

// compiledBatches labels each compiled model's texts in one batch, into
// out. It is not inlined, so that a profiler can select the timed loop by
// name.
//
//go:noinline
func compiledBatches(models []*stance.Compiled, texts map[*stance.Compiled][]string, out map[*stance.Compiled][]stance.Labelled) {
	for _, c := range models {
		c.PredictInto(out[c], texts[c], 0)
	}
}
