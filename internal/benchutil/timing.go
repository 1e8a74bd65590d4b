package benchutil

import (
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
}

// PerSecond is the batch throughput, statements per second.
func (t PredictTiming) PerSecond() float64 { return float64(t.N) / t.Batch.Seconds() }

// MicrosEach is the single-call latency, microseconds per statement.
func (t PredictTiming) MicrosEach() float64 {
	return float64(t.Single.Nanoseconds()) / 1e3 / float64(t.N)
}

// TimePredict predicts every test row with the model modelOf gives for its
// index and times it, each way the fastest of repeat runs: in batches (one
// Model.PredictBatch on workers goroutines per model, over that model's
// rows in order) and one statement at a time (Model.Predict, model by
// model, in the same order). It checks that both ways give every row the
// same label and returns the labels. An error names the row. Both are
// timed after one untimed pass in batches, so that neither measures the
// first predictions' set-up.
func TimePredict(test []Row, modelOf func(i int) *stance.Model, workers, repeat int) ([]stance.Label, PredictTiming, error) {
	// The rows of each model, models in order of first use.
	var models []*stance.Model
	rows := map[*stance.Model][]int{}
	for i := range test {
		m := modelOf(i)
		if _, ok := rows[m]; !ok {
			models = append(models, m)
		}
		rows[m] = append(rows[m], i)
	}
	texts := make(map[*stance.Model][]string, len(models))
	for _, m := range models {
		texts[m] = Texts(Pick(test, rows[m]))
	}
	pred := make([]stance.Label, len(test))
	t := PredictTiming{N: len(test)}
	batch := func() error {
		for _, m := range models {
			for k, r := range m.PredictBatch(texts[m], workers) {
				i := rows[m][k]
				if r.Err != nil {
					return fmt.Errorf("test row %s (%s): %w", test[i].ID, test[i].Target, r.Err)
				}
				pred[i] = r.Label
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
		for _, m := range models {
			for _, i := range rows[m] {
				p, err := m.Predict(test[i].Text)
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
