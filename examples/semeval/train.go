package main

import (
	"fmt"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/internal/parallel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
	"github.com/stancekit/stancekit/tokenize"
)

// featureConfig is the shipped feature set: word 1-3-grams and character
// 3-5-grams with sublinear TF-IDF. It was chosen over the organisers'
// ranges (character 2-5-grams) by cross-validation on the training tweets
// with four fold seeds (RESULTS.md, step 8); -features picks another of
// families.
func featureConfig() features.Config {
	f, _ := familyNamed(shipped)
	return f.cfg
}

// trainConfig returns the training configuration with the given features
// and L2: a class-balanced linear model (balanced classes won in
// cross-validation on the training tweets).
func trainConfig(fc features.Config, solver stance.Solver, l2 float64) stance.TrainConfig {
	return stance.TrainConfig{Features: fc, L2: l2, Balanced: true, MaxIter: 1000, Solver: solver}
}

// setting is one point of the grid cross-validation chooses from.
type setting struct{ l2, aux float64 }

// weights returns the training weights of a target's model: 1 for the
// target's own tweets, aux for the other targets' (0 leaves them out, which
// weights does by returning the indices to keep).
func weights(train []benchutil.Row, target string, aux float64, keep func(i int) bool) (idx []int, w []float64) {
	for i, t := range train {
		if !keep(i) {
			continue
		}
		switch {
		case t.Target == target:
			idx, w = append(idx, i), append(w, 1)
		case aux > 0:
			idx, w = append(idx, i), append(w, aux)
		}
	}
	return idx, w
}

// trainTarget trains target's model at setting set over vectors that vec
// produced, x(i) being training tweet i's: the target's own tweets weigh 1
// and the other targets' set.aux (see weights), among those keep allows.
func trainTarget(vec *features.Vectorizer, x func(i int) features.Vector, train []benchutil.Row, target string, set setting, solver stance.Solver, keep func(i int) bool) (*stance.Model, error) {
	fc := vec.Config()
	idx, wt := weights(train, target, set.aux, keep)
	xs, ys := make([]features.Vector, len(idx)), make([]stance.Label, len(idx))
	for n, i := range idx {
		xs[n], ys[n] = x(i), train[i].Label
	}
	return stance.TrainVectors(vec, xs, ys, wt, trainConfig(fc, solver, set.l2))
}

// trainFinal trains the final models, one per target in the order of
// targets: one vectoriser over all training tweets, then one solve per
// target over its vectors, the targets' solves on all CPUs. fc is the
// feature set.
func trainFinal(fc features.Config, train []benchutil.Row, targets []string, set setting, solver stance.Solver) ([]*stance.Model, error) {
	tk, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	vec, err := features.NewVectorizer(fc, tk, nil)
	if err != nil {
		return nil, err
	}
	X, err := vec.FitTransform(benchutil.Texts(train))
	if err != nil {
		return nil, err
	}
	models := make([]*stance.Model, len(targets))
	err = parallel.ForErr(len(targets), 0, func(_, k int) error {
		x := func(i int) features.Vector { return X[i] }
		m, err := trainTarget(vec, x, train, targets[k], set, solver, func(int) bool { return true })
		if err != nil {
			return fmt.Errorf("%s: %w", targets[k], err)
		}
		models[k] = m
		return nil
	})
	return models, err
}

// cvResult is what cross-validation found for every setting of the grid.
type cvResult struct {
	grid      []setting
	pooled    []float64   // F_avg over the out-of-fold predictions of all targets pooled
	perTarget [][]float64 // F_avg per target, targets in order
}

// best returns the index of the setting with the highest pooled F_avg, the
// first of a tie (the grid lists the simpler settings first).
func (r cvResult) best() int {
	best := 0
	for c := range r.grid {
		if r.pooled[c] > r.pooled[best] {
			best = c
		}
	}
	return best
}

// choose cross-validates every (L2, aux) setting on the training tweets:
// each target's tweets are split into stratified folds; for each fold one
// vectoriser is fitted on everything but the held-out tweets (the target's
// other folds and all other targets' tweets), and every setting is trained
// over it and predicts the held-out tweets. Every setting is scored over the
// out-of-fold predictions, of all targets pooled and per target.
func choose(o options, train []benchutil.Row, targets []string) (cvResult, error) {
	var grid []setting
	for _, l2 := range o.l2s {
		for _, a := range o.auxs {
			grid = append(grid, setting{l2, a})
		}
	}
	tk, err := tokenize.Default()
	if err != nil {
		return cvResult{}, err
	}
	pred := make([][]stance.Label, len(grid))
	for c := range pred {
		pred[c] = make([]stance.Label, len(train))
	}
	_, by := group(train)
	// held[i] is the fold of training tweet i within its target.
	held := make([]int, len(train))
	for _, tg := range targets {
		folds, err := eval.StratifiedKFold(benchutil.Labels(benchutil.Pick(train, by[tg])), o.folds, o.seed)
		if err != nil {
			return cvResult{}, fmt.Errorf("%s: %w", tg, err)
		}
		for k, i := range by[tg] {
			held[i] = folds[k]
		}
	}
	// Each (target, fold) pair is an independent job writing only its own
	// held-out tweets' predictions: run them on all CPUs.
	err = parallel.ForErr(len(targets)*o.folds, 0, func(_, job int) error {
		tg, f := targets[job/o.folds], job%o.folds
		inTrain := func(i int) bool { return train[i].Target != tg || held[i] != f }
		var texts []string
		pos := make([]int, len(train)) // train index -> position in texts
		for i, t := range train {
			if inTrain(i) {
				pos[i] = len(texts)
				texts = append(texts, t.Text)
			}
		}
		vec, err := features.NewVectorizer(o.family.cfg, tk, nil)
		if err != nil {
			return err
		}
		X, err := vec.FitTransform(texts)
		if err != nil {
			return fmt.Errorf("%s fold %d: %w", tg, f, err)
		}
		var heldIdx []int
		var heldX []features.Vector
		for _, i := range by[tg] {
			if !inTrain(i) {
				x, err := vec.Transform(train[i].Text)
				if err != nil {
					return err
				}
				heldIdx, heldX = append(heldIdx, i), append(heldX, x)
			}
		}
		for c, g := range grid {
			x := func(i int) features.Vector { return X[pos[i]] }
			m, err := trainTarget(vec, x, train, tg, g, o.solver, inTrain)
			if err != nil {
				return fmt.Errorf("%s fold %d: %w", tg, f, err)
			}
			for k, x := range heldX {
				pred[c][heldIdx[k]], _ = m.PredictVector(x)
			}
		}
		return nil
	})
	if err != nil {
		return cvResult{}, err
	}
	gold := benchutil.Labels(train)
	r := cvResult{grid: grid, pooled: make([]float64, len(grid)), perTarget: make([][]float64, len(grid))}
	for c := range grid {
		rep, err := score(gold, pred[c])
		if err != nil {
			return cvResult{}, err
		}
		r.pooled[c] = fAvg(rep)
		for _, tg := range targets {
			g, p := make([]stance.Label, 0, len(by[tg])), make([]stance.Label, 0, len(by[tg]))
			for _, i := range by[tg] {
				g, p = append(g, gold[i]), append(p, pred[c][i])
			}
			rep, err := score(g, p)
			if err != nil {
				return cvResult{}, err
			}
			r.perTarget[c] = append(r.perTarget[c], fAvg(rep))
		}
	}
	return r, nil
}
