// Package experiment holds the measurements behind stancekit's default
// stance model: grouped cross-validation on the train split of the
// statement corpus (the only place settings are chosen), the dev split,
// leave-one-article-out on the article corpus, the learning curve, and the
// single scoring of the sealed test. examples/evaluate prints them and the
// tests of package stance hold their floors.
package experiment

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

// Labels are the four answers a relevance-gated model gives, in report
// order.
var Labels = []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed, stance.OffTarget}

// Result is one scored evaluation.
type Result struct {
	// Report is over Labels.
	Report eval.Report
	// MacroF1 is the mean F1 of the three stance classes (an on-target
	// statement answered OffTarget is a miss of its class).
	MacroF1 float64
	// OffTargetF1 is the F1 of OffTarget (0 when no gold is off target).
	OffTargetF1 float64
	// Pred holds the prediction of each scored example, in order.
	Pred []stance.Label
}

func score(gold, pred []stance.Label) (Result, error) {
	r, err := eval.Score(gold, pred, Labels)
	if err != nil {
		return Result{}, err
	}
	return Result{Report: r, MacroF1: eval.StanceMacroF1(r), OffTargetF1: r.F1(stance.OffTarget), Pred: pred}, nil
}

// Data is a cross-validation set: examples to score, and examples that only
// ever train (synthetic statements, and any outside corpus added to every
// fold's training part).
type Data struct {
	Scored    []defaultmodel.Example
	TrainOnly []defaultmodel.Example
}

// TrainData returns the train split of the statement corpus as the scored
// part, and the synthetic statements and the article corpus as train-only.
// withSynthetic and withArticles leave those out, for ablations; the
// second synthetic set is in as the default has it
// (defaultmodel.Synthetic2InDefault).
func TrainData(withSynthetic, withArticles bool) (Data, error) {
	return trainData(withSynthetic, defaultmodel.Synthetic2InDefault, withArticles)
}

// trainData is TrainData with the second synthetic set in or out as
// withSynthetic2 says (withSynthetic is the first set only).
func trainData(withSynthetic, withSynthetic2, withArticles bool) (Data, error) {
	st, err := defaultmodel.StatementsWith(withSynthetic2, corpus.Train)
	if err != nil {
		return Data{}, err
	}
	var d Data
	for _, e := range st {
		if e.Origin == "synthetic" || e.Origin == defaultmodel.Synthetic2Origin {
			if withSynthetic || e.Origin == defaultmodel.Synthetic2Origin {
				d.TrainOnly = append(d.TrainOnly, e)
			}
			continue
		}
		d.Scored = append(d.Scored, e)
	}
	if withArticles {
		art, err := defaultmodel.Articles(true)
		if err != nil {
			return Data{}, err
		}
		d.TrainOnly = append(d.TrainOnly, art...)
	}
	return d, nil
}

// Transform rewrites example texts before training and prediction, for
// text-level experiments (nil leaves them as they are).
type Transform func(string) string

// Options tune a cross-validation run.
type Options struct {
	// Folds is the number of group folds (default 10).
	Folds int
	// Seed shuffles the groups into folds.
	Seed uint64
	// TrainSize, when positive, caps each fold's scored training part at
	// this many statements (whole groups, drawn at random with Seed):
	// the learning curve.
	TrainSize int
	// Transform rewrites texts (nil: none).
	Transform Transform
	// Weights, when set, gives each training example a weight by origin.
	Weights map[string]float64
	// ByConfidence, when set, multiplies each training example's weight by
	// the weight of its annotator confidence ("high", "medium", "low").
	ByConfidence map[string]float64
	// Learner, when set, replaces the single model a fold trains: it is
	// given the fold's training examples (and may read the unlabelled pool,
	// UnlabelledPool, never the held-out fold) and returns what labels the
	// held-out statements.
	Learner Learner
	// Disjoint lists origins whose train-only examples are left out of a
	// fold's training part when they share a run of eight words
	// (corpus.Shingles) with one of the fold's held-out statements: for
	// outside statements that may quote what a fold scores.
	Disjoint []string
}

// CrossValidate scores cfg by grouped k-fold cross-validation: each fold's
// scored examples are predicted by a model trained on the other folds plus
// every train-only example. Every scored example is predicted once.
func CrossValidate(d Data, cfg stance.TrainConfig, o Options) (Result, error) {
	k := o.Folds
	if k == 0 {
		k = 10
	}
	_, gold, groups := defaultmodel.Columns(d.Scored)
	folds, err := eval.GroupKFold(groups, k, o.Seed)
	if err != nil {
		return Result{}, err
	}
	pred := make([]stance.Label, len(d.Scored))
	for f := 0; f < k; f++ {
		var tr []defaultmodel.Example
		var te []int
		for i, e := range d.Scored {
			if folds[i] == f {
				te = append(te, i)
			} else {
				tr = append(tr, e)
			}
		}
		if o.TrainSize > 0 {
			tr = subsample(tr, o.TrainSize, o.Seed+uint64(f))
		}
		held := make([]defaultmodel.Example, len(te))
		for n, i := range te {
			held[n] = d.Scored[i]
		}
		label, err := fitLabeller(append(tr, DisjointFrom(d.TrainOnly, held, o.Disjoint)...), cfg, o)
		if err != nil {
			return Result{}, fmt.Errorf("fold %d: %w", f, err)
		}
		texts := make([]string, len(te))
		for n, i := range te {
			texts[n] = apply(o.Transform, d.Scored[i].Text)
		}
		for n, l := range label(texts) {
			pred[te[n]] = l
		}
	}
	return score(gold, pred)
}

// DisjointFrom returns ex without the examples of the given origins that
// share a run of eight words with a text of held (ex itself when origins is
// empty).
func DisjointFrom(ex, held []defaultmodel.Example, origins []string) []defaultmodel.Example {
	if len(origins) == 0 {
		return ex
	}
	set := map[string]bool{}
	for _, e := range held {
		for _, sh := range corpus.Shingles(e.Text) {
			set[sh] = true
		}
	}
	out := make([]defaultmodel.Example, 0, len(ex))
	for _, e := range ex {
		if slices.Contains(origins, e.Origin) && sharesRun(set, e.Text) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func sharesRun(set map[string]bool, text string) bool {
	for _, sh := range corpus.Shingles(text) {
		if set[sh] {
			return true
		}
	}
	return false
}

// Holdout trains on tr and scores te.
func Holdout(tr, te []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Result, *stance.Model, error) {
	m, err := train(tr, cfg, o)
	if err != nil {
		return Result{}, nil, err
	}
	r, err := Predict(m, te, o.Transform)
	return r, m, err
}

// Predict scores a trained model on examples.
func Predict(m *stance.Model, test []defaultmodel.Example, tf Transform) (Result, error) {
	texts, gold, _ := defaultmodel.Columns(test)
	for i := range texts {
		texts[i] = apply(tf, texts[i])
	}
	pred := make([]stance.Label, len(texts))
	for i, r := range m.PredictBatch(texts, 0) {
		if r.Err == nil {
			pred[i] = r.Label
		}
	}
	return score(gold, pred)
}

// Train trains one model on ex with cfg, as a fold of CrossValidate does
// (o's transform and weights; a word-vector block learnt from ex's texts).
func Train(ex []defaultmodel.Example, cfg stance.TrainConfig, o Options) (*stance.Model, error) {
	return train(ex, cfg, o)
}

func train(ex []defaultmodel.Example, cfg stance.TrainConfig, o Options) (*stance.Model, error) {
	texts, labels, _ := defaultmodel.Columns(ex)
	for i := range texts {
		texts[i] = apply(o.Transform, texts[i])
	}
	// A word-vector block learns its table from these training texts and
	// the unlabelled pool, never from the statements held out.
	cfg, err := defaultmodel.WithVectors(cfg, texts)
	if err != nil {
		return nil, err
	}
	if o.Weights == nil && o.ByConfidence == nil {
		return stance.Train(texts, labels, cfg)
	}
	w := make([]float64, len(ex))
	for i, e := range ex {
		w[i] = 1
		if v, ok := o.Weights[e.Origin]; ok {
			w[i] = v
		}
		if v, ok := o.ByConfidence[e.Confidence]; ok {
			w[i] *= v
		}
	}
	return stance.TrainWeighted(texts, labels, w, cfg)
}

func apply(tf Transform, s string) string {
	if tf == nil {
		return s
	}
	return tf(s)
}

// subsample keeps whole groups, drawn at random, until n examples are
// reached (the last group may overshoot; it is then cut to n).
func subsample(ex []defaultmodel.Example, n int, seed uint64) []defaultmodel.Example {
	if n >= len(ex) {
		return ex
	}
	byGroup := map[string][]defaultmodel.Example{}
	var names []string
	for _, e := range ex {
		if _, ok := byGroup[e.Group]; !ok {
			names = append(names, e.Group)
		}
		byGroup[e.Group] = append(byGroup[e.Group], e)
	}
	sort.Strings(names)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	var out []defaultmodel.Example
	for _, g := range names {
		out = append(out, byGroup[g]...)
		if len(out) >= n {
			break
		}
	}
	return slices.Clip(out[:n])
}

// ArticleLOAO is leave-one-article-out on the article corpus: each
// article's on-target statements are predicted by a model trained on the
// other four articles (all their statements) plus extra (the statement
// corpus's training data).
func ArticleLOAO(extra []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Result, error) {
	art, err := defaultmodel.Articles(true)
	if err != nil {
		return Result{}, err
	}
	var docs []string
	for _, e := range art {
		if !slices.Contains(docs, e.Group) {
			docs = append(docs, e.Group)
		}
	}
	var gold, pred []stance.Label
	for _, doc := range docs {
		tr := append([]defaultmodel.Example(nil), extra...)
		var te []defaultmodel.Example
		for _, e := range art {
			switch {
			case e.Group != doc:
				tr = append(tr, e)
			case e.Label != stance.OffTarget:
				te = append(te, e)
			}
		}
		label, err := fitLabeller(tr, cfg, o)
		if err != nil {
			return Result{}, fmt.Errorf("article %s: %w", doc, err)
		}
		r, err := predictWith(label, te, o.Transform)
		if err != nil {
			return Result{}, err
		}
		for _, e := range te {
			gold = append(gold, e.Label)
		}
		pred = append(pred, r.Pred...)
	}
	return score(gold, pred)
}
