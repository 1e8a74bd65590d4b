package stance

import (
	"errors"
	"fmt"
	"math"

	"github.com/stancekit/stancekit/features"
)

// A model trained on examples labelled OffTarget beside its stance classes
// answers in two steps. A relevance head, a binary logistic regression over
// the same features, gives the probability that the statement takes a
// position on the question at all (Prediction.Relevance). Below the model's
// relevance threshold the statement is labelled OffTarget and gives its
// actor no position; otherwise the stance head, trained on the on-target
// examples only, picks the class. Keeping the two apart means off-target
// text ("Ericsson's profit fell in the third quarter") never has to be
// forced into a stance class, and a statement with no stance cue is not
// pushed towards whichever class the bias favours.

// DefaultRelevanceThreshold is the relevance below which a model with a
// relevance head answers OffTarget, unless TrainConfig.RelevanceThreshold
// sets another.
const DefaultRelevanceThreshold = 0.5

// relevance is a model's on-target/off-target head: P(on target | x) =
// σ(w·x + b).
type relevance struct {
	w         []float64 // one weight per feature
	b         float64
	threshold float64
}

// prob returns P(on target) for x.
func (r *relevance) prob(x features.Vector) float64 {
	z := r.b
	for t, j := range x.Idx {
		if int(j) < len(r.w) {
			z += x.Val[t] * r.w[j]
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// validate checks a relevance head against a model of dim features.
func (r *relevance) validate(dim int) error {
	if len(r.w) != dim {
		return fmt.Errorf("relevance head has %d weights for %d features", len(r.w), dim)
	}
	if !(r.threshold > 0 && r.threshold < 1) {
		return fmt.Errorf("relevance threshold %v is not in (0, 1)", r.threshold)
	}
	for _, v := range append(r.w, r.b) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return errors.New("relevance head has a non-finite weight")
		}
	}
	return nil
}

// HasRelevance reports whether the model has a relevance head, and so can
// answer OffTarget.
func (m *Model) HasRelevance() bool { return m.rel != nil }

// RelevanceThreshold returns the relevance below which the model answers
// OffTarget (0 for a model without a relevance head).
func (m *Model) RelevanceThreshold() float64 {
	if m.rel == nil {
		return 0
	}
	return m.rel.threshold
}

// WithRelevanceThreshold returns a copy of m that answers OffTarget below
// threshold t instead of the threshold it was trained with (the copy shares
// m's weights). It is an error for a model without a relevance head or for t
// outside (0, 1).
func (m *Model) WithRelevanceThreshold(t float64) (*Model, error) {
	if m.rel == nil {
		return nil, errors.New("relevance threshold: the model has no relevance head (train it with off_target examples)")
	}
	if !(t > 0 && t < 1) {
		return nil, fmt.Errorf("relevance threshold %v is not in (0, 1)", t)
	}
	c := *m
	r := *m.rel
	r.threshold = t
	c.rel = &r
	return &c, nil
}

// RelevanceWeight returns the relevance head's weight of feature j (0 for
// a model without one): positive weights argue that a statement is on
// target.
func (m *Model) RelevanceWeight(j int) float64 {
	if m.rel == nil {
		return 0
	}
	return m.rel.w[j]
}

// relevanceOf returns P(on target) for x, 1 for a model with no head.
func (m *Model) relevanceOf(x features.Vector) float64 {
	if m.rel == nil {
		return 1
	}
	return m.rel.prob(x)
}

// offTargetReasons lists the features that pushed the statement towards
// OffTarget: those whose relevance contribution is negative, strongest
// first.
func (m *Model) offTargetReasons(x features.Vector) []Reason {
	var top [MaxReasons]Reason
	n := 0
	for t, j := range x.Idx {
		if int(j) >= len(m.rel.w) {
			continue
		}
		c := -x.Val[t] * m.rel.w[j]
		if c <= 0 || (n == MaxReasons && c < top[n-1].Weight) {
			continue
		}
		r := Reason{Feature: m.vec.Name(int(j)), Weight: c}
		if n == MaxReasons && !heavier(r.Weight, r.Feature, top[n-1]) {
			continue
		}
		i := min(n, MaxReasons-1)
		for i > 0 && heavier(r.Weight, r.Feature, top[i-1]) {
			top[i] = top[i-1]
			i--
		}
		top[i] = r
		n = min(n+1, MaxReasons)
	}
	return append(make([]Reason, 0, n), top[:n]...)
}

// splitOffTarget separates the examples labelled OffTarget: on holds the
// indices of the others, and any reports whether there was one.
func splitOffTarget(labels []Label) (on []int, any bool) {
	for i, l := range labels {
		if l == OffTarget {
			any = true
		} else {
			on = append(on, i)
		}
	}
	return on, any
}

// relevanceLabel names the on-target side of the relevance head while it is
// trained as a two-class softmax.
const relevanceLabel Label = "on_target"

// fitRelevance trains the relevance head on every example of X: the
// OffTarget ones against the rest, class-balanced, with plain L2 (no cue
// prior: a cue of any class is evidence of relevance, learned as such).
func (m *Model) fitRelevance(X []features.Vector, labels []Label, weights []float64, cfg TrainConfig) error {
	y := make([]int, len(labels))
	for i, l := range labels {
		if l != OffTarget {
			y[i] = 1
		}
	}
	rcfg := cfg
	rcfg.CuePrior, rcfg.ClassWeights, rcfg.Balanced = 0, nil, true
	if cfg.RelevanceL2 > 0 {
		rcfg.L2 = cfg.RelevanceL2
	}
	h := &Model{labels: []Label{OffTarget, relevanceLabel}, vec: m.vec, tok: m.tok, dim: m.dim}
	if err := h.fit(X, &prepared{classes: h.labels, y: y, sw: weights}, rcfg); err != nil {
		return fmt.Errorf("relevance head: %w", err)
	}
	// A two-class softmax is a logistic regression on the difference of its
	// class scores.
	w := make([]float64, m.dim)
	for j := range w {
		w[j] = h.Weight(1, j) - h.Weight(0, j)
	}
	t := cfg.RelevanceThreshold
	if t == 0 {
		t = DefaultRelevanceThreshold
	}
	m.rel = &relevance{w: w, b: h.Bias(1) - h.Bias(0), threshold: t}
	return nil
}
