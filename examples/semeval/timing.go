package main

import (
	"time"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/stance"
)

// timings is what the benchmark reports of speed, each the fastest of
// -repeat runs except choose, which runs once.
type timings struct {
	train   time.Duration // the final models: one vectoriser, then a solve per target
	choose  time.Duration // cross-validating the grid
	predict benchutil.PredictTiming
}

// timeFinal trains the final models at setting set (timed) and predicts
// the test tweets with them, each with its target's model, in batches and
// one at a time (timed, see benchutil.TimePredict). It returns the batch
// labels.
func timeFinal(o options, train, test []benchutil.Row, targets []string, set setting) ([]stance.Label, timings, error) {
	var tm timings
	var models []*stance.Model
	var err error
	tm.train, err = benchutil.Fastest(o.Repeat, func() error {
		models, err = trainFinal(o.family.cfg, train, targets, set, o.solver)
		return err
	})
	if err != nil {
		return nil, tm, err
	}
	modelOf := make(map[string]*stance.Model, len(targets))
	for k, tg := range targets {
		modelOf[tg] = models[k]
	}
	pred, pt, err := benchutil.TimePredict(test, func(i int) *stance.Model { return modelOf[test[i].Target] }, o.workers, o.Repeat)
	tm.predict = pt
	return pred, tm, err
}
