package main

import (
	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

// fAvg is the official metric: the mean of the F1 of supportive (FAVOR) and
// opposed (AGAINST); every other label counts as NONE.
func fAvg(r eval.Report) float64 {
	return (r.F1(stance.Supportive) + r.F1(stance.Opposed)) / 2
}

// scoreLabels are the classes the metric is computed over.
var scoreLabels = []stance.Label{stance.Supportive, stance.Opposed, stance.Neutral}

// score computes the official report: predictions outside FAVOR and AGAINST
// count as NONE.
func score(gold, pred []stance.Label) (eval.Report, error) {
	p := make([]stance.Label, len(pred))
	for i, l := range pred {
		if l != stance.Supportive && l != stance.Opposed {
			l = stance.Neutral
		}
		p[i] = l
	}
	return eval.Score(gold, p, scoreLabels)
}

// targetScore is how one target's model did.
type targetScore struct {
	target      string
	train, test int     // tweets of the target in each file
	cv          float64 // cross-validated F_avg on train at the chosen setting
	report      eval.Report
}

// scoreTargets scores the test predictions per target (targets in order;
// trBy and teBy hold each target's rows, cv its cross-validated F_avg) and
// pooled over all targets.
func scoreTargets(test []benchutil.Row, pred []stance.Label, targets []string, trBy, teBy map[string][]int, cv []float64) ([]targetScore, eval.Report, error) {
	gold := benchutil.Labels(test)
	out := make([]targetScore, len(targets))
	for k, tg := range targets {
		idx := teBy[tg]
		g, p := make([]stance.Label, len(idx)), make([]stance.Label, len(idx))
		for n, i := range idx {
			g[n], p[n] = gold[i], pred[i]
		}
		r, err := score(g, p)
		if err != nil {
			return nil, eval.Report{}, err
		}
		out[k] = targetScore{target: tg, train: len(trBy[tg]), test: len(idx), cv: cv[k], report: r}
	}
	pooled, err := score(gold, pred)
	return out, pooled, err
}
