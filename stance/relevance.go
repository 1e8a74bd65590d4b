package stance

import "fmt"

// A model trained on examples labelled OffTarget beside its stance classes
// scores OffTarget as one more class of its softmax, so that "takes no
// position" competes with each position directly (grouped cross-validation
// on the statement corpus preferred this to a separate on/off-target gate
// before the stance classes: stance/RESULTS.md). Such a model reports:
//
//   - Prediction.Relevance = 1 − P(OffTarget): the probability that the
//     statement takes a position at all;
//   - Prediction.Probs: the stance classes' probabilities given that it
//     does (renormalised to sum to 1);
//   - Prediction.Label = OffTarget when OffTarget is the most probable class
//     (or, with TrainConfig.RelevanceThreshold, when Relevance is below
//     it).
//
// Labels() never includes OffTarget; the model keeps it as its last class.
//
// With TrainConfig.RelevanceHead, training also fits a binary model of off
// target against on target and adds its log-odds to the OffTarget class's
// score (the product of the two models' odds of off target); with
// features.Config.Relevance, both see the relevance block (does the
// statement name the target, has it a deontic, evaluative or reporting
// word, its shape), whose features ("R:no-target", ...) are then among the
// Reasons of an off_target answer. Relevance and Label keep the meaning
// above.

// HasRelevance reports whether the model was trained with OffTarget
// examples, and so can answer OffTarget.
func (m *Model) HasRelevance() bool { return m.off >= 0 }

// indexOff returns the index of OffTarget in labels, or -1.
func indexOff(labels []Label) int {
	for k, l := range labels {
		if l == OffTarget {
			return k
		}
	}
	return -1
}

// decide turns the softmax scores of every class into the prediction's
// label, confidence, relevance and stance probabilities (written to probs,
// which has one entry per stance label, unless it is nil).
func (m *Model) decide(scores []float64, probs Probs) (best int, label Label, conf, rel float64) {
	pOff := 0.0
	if m.off >= 0 {
		pOff = scores[m.off]
	}
	rel = 1 - pOff
	for k, s := range scores[:m.stances()] { // OffTarget, when there, is last
		if probs != nil {
			probs[k] = LabelProb{m.labels[k], onTarget(s, rel)}
		}
		if s > scores[best] {
			best = k
		}
	}
	if m.off >= 0 && (m.threshold > 0 && rel < m.threshold || m.threshold == 0 && pOff > scores[best]) {
		return m.off, OffTarget, pOff, rel
	}
	return best, m.labels[best], onTarget(scores[best], rel), rel
}

// onTarget is a stance class's probability given that the statement is on
// target, P(class | on target), from its softmax score s and the
// statement's relevance rel (s itself when rel is 0).
func onTarget(s, rel float64) float64 {
	if rel > 0 {
		return s / rel
	}
	return s
}

// validLabels checks a model's classes: at least two stance classes,
// OffTarget at most once and last.
func validLabels(labels []Label) error {
	off := indexOff(labels)
	stances := len(labels)
	if off >= 0 {
		stances--
		if off != len(labels)-1 {
			return fmt.Errorf("%s must be the last class", OffTarget)
		}
	}
	if stances < 2 {
		return fmt.Errorf("need at least two classes besides %s, have %v", OffTarget, labels)
	}
	return nil
}
