package benchutil

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"time"

	"github.com/stancekit/stancekit/stance"
)

// Fastest runs f n times (at least once), collecting garbage before each
// run, and returns the shortest wall time.
func Fastest(n int, f func() error) (time.Duration, error) {
	best := time.Duration(math.MaxInt64)
	for range max(n, 1) {
		runtime.GC()
		t0 := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		best = min(best, time.Since(t0))
	}
	return best, nil
}

// PredictTiming is how fast a test set was predicted, both ways the
// benchmark programs report.
type PredictTiming struct {
	N      int           // statements predicted
	Batch  time.Duration // the fastest run of all N in batches
	Single time.Duration // the fastest run of all N one call at a time
	// Models is the number of models, Compiled how many of them predicted
	// the batches compiled (stance.Model.Compile), and Compile the time
	// compiling them took, once, outside Batch.
	Models, Compiled int
	Compile          time.Duration
}

// PerSecond is the batch throughput, statements per second.
func (t PredictTiming) PerSecond() float64 { return float64(t.N) / t.Batch.Seconds() }

// MicrosEach is the single-call latency, microseconds per statement.
func (t PredictTiming) MicrosEach() float64 {
	return float64(t.Single.Nanoseconds()) / 1e3 / float64(t.N)
}

// batchOf is one model's share of a test set: its rows, their texts and,
// when the model compiles, the compiled model and its output slice.
type batchOf struct {
	m     *stance.Model
	c     *stance.Compiled // nil: m does not compile (stance.ErrNotCompilable)
	rows  []int
	texts []string
	out   []stance.Labelled
}

// predict labels b's texts in one batch on workers goroutines, calling
// put with each text's position in b and its label or error.
func (b *batchOf) predict(workers int, put func(k int, l stance.Label, err error) error) error {
	if b.c != nil {
		b.c.PredictInto(b.out, b.texts, workers)
		for k, r := range b.out {
			if err := put(k, r.Label, r.Err); err != nil {
				return err
			}
		}
		return nil
	}
	for k, r := range b.m.PredictBatch(b.texts, workers) {
		if err := put(k, r.Label, r.Err); err != nil {
			return err
		}
	}
	return nil
}

// TimePredict predicts every test row with the model modelOf gives for its
// index and times it, each way the fastest of repeat runs: in batches (one
// batch on workers goroutines per model, over that model's rows in order)
// and one statement at a time (Model.Predict, model by model, in the same
// order). A model that compiles (stance.Model.Compile) predicts its
// batches compiled, the others with Model.PredictBatch; compiling is timed
// once, apart (PredictTiming.Compile). It checks that both ways give every
// row the same label and returns the labels. An error names the row. Both
// are timed after one untimed pass in batches, so that neither measures
// the first predictions' set-up.
func TimePredict(test []Row, modelOf func(i int) *stance.Model, workers, repeat int) ([]stance.Label, PredictTiming, error) {
	// The rows of each model, models in order of first use.
	var models []*batchOf
	of := map[*stance.Model]*batchOf{}
	for i := range test {
		m := modelOf(i)
		b, ok := of[m]
		if !ok {
			b = &batchOf{m: m}
			of[m] = b
			models = append(models, b)
		}
		b.rows = append(b.rows, i)
	}
	t := PredictTiming{N: len(test), Models: len(models)}
	for _, b := range models {
		b.texts = Texts(Pick(test, b.rows))
		t0 := time.Now()
		c, err := b.m.Compile()
		t.Compile += time.Since(t0)
		switch {
		case err == nil:
			b.c, b.out = c, make([]stance.Labelled, len(b.texts))
			t.Compiled++
		case !errors.Is(err, stance.ErrNotCompilable):
			return nil, t, err
		}
	}
	pred := make([]stance.Label, len(test))
	batch := func() error {
		for _, b := range models {
			err := b.predict(workers, func(k int, l stance.Label, err error) error {
				i := b.rows[k]
				if err != nil {
					return fmt.Errorf("test row %s (%s): %w", test[i].ID, test[i].Target, err)
				}
				pred[i] = l
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	// One untimed pass first: a model lays out its rows for prediction
	// and the tokenizer caches the test set's words in the first few
	// hundred statements, which a target's share of a test set may not
	// reach, so that without it the first one or two timed runs of
	// batches would measure that set-up, and the one-at-a-time runs,
	// timed after, would not.
	if err := batch(); err != nil {
		return nil, t, err
	}
	var err error
	t.Batch, err = Fastest(repeat, batch)
	if err != nil {
		return nil, t, err
	}
	t.Single, err = Fastest(repeat, func() error {
		for _, b := range models {
			for _, i := range b.rows {
				p, err := b.m.Predict(test[i].Text)
				if err != nil {
					return fmt.Errorf("test row %s (%s): %w", test[i].ID, test[i].Target, err)
				}
				if p.Label != pred[i] {
					return fmt.Errorf("test row %s (%s): single prediction %s differs from batch %s", test[i].ID, test[i].Target, p.Label, pred[i])
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, t, err
	}
	return pred, t, nil
}
