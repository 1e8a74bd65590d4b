package experiment

import (
	"fmt"
	"io"
	"math"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

// FoldScores splits a cross-validation result of d (CrossValidate with o)
// back into its folds and scores each: the stance macro-F1 and the accuracy
// of every fold, in fold order, so that two settings run on the same folds
// can be compared fold by fold.
func FoldScores(d Data, r Result, o Options) (macro, acc []float64, err error) {
	macro, acc, _, err = foldScores(d, r, o)
	return macro, acc, err
}

// FoldOffTarget is FoldScores for the off-target F1 of every fold.
func FoldOffTarget(d Data, r Result, o Options) ([]float64, error) {
	_, _, off, err := foldScores(d, r, o)
	return off, err
}

func foldScores(d Data, r Result, o Options) (macro, acc, off []float64, err error) {
	k := o.Folds
	if k == 0 {
		k = 10
	}
	_, gold, groups := defaultmodel.Columns(d.Scored)
	if len(r.Pred) != len(gold) {
		return nil, nil, nil, fmt.Errorf("%d predictions for %d examples", len(r.Pred), len(gold))
	}
	folds, err := eval.GroupKFold(groups, k, o.Seed)
	if err != nil {
		return nil, nil, nil, err
	}
	for f := 0; f < k; f++ {
		var g, p []stance.Label
		for i := range gold {
			if folds[i] == f {
				g, p = append(g, gold[i]), append(p, r.Pred[i])
			}
		}
		s, err := score(g, p)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("fold %d: %w", f, err)
		}
		macro, acc, off = append(macro, s.MacroF1), append(acc, s.Report.Accuracy), append(off, s.OffTargetF1)
	}
	return macro, acc, off, nil
}

// Paired summarises fold-paired differences b-a: their mean, their
// standard error, and how many folds b wins, ties and loses.
type Paired struct {
	Mean, SE         float64
	Wins, Ties, Loss int
}

// PairFolds compares two settings' per-fold scores.
func PairFolds(a, b []float64) Paired {
	var p Paired
	n := float64(len(a))
	if len(a) == 0 || len(a) != len(b) {
		return p
	}
	for i := range a {
		d := b[i] - a[i]
		p.Mean += d / n
		switch {
		case d > 1e-12:
			p.Wins++
		case d < -1e-12:
			p.Loss++
		default:
			p.Ties++
		}
	}
	if len(a) > 1 {
		var ss float64
		for i := range a {
			d := b[i] - a[i] - p.Mean
			ss += d * d
		}
		p.SE = math.Sqrt(ss / (n - 1) / n)
	}
	return p
}

// RunPaired measures each ablation against the first by grouped
// cross-validation on the same folds and writes a Markdown table of the
// pooled scores and the fold-paired differences in stance macro-F1,
// accuracy and off-target F1.
func RunPaired(w io.Writer, abl []Ablation, o Options) error {
	fmt.Fprintln(w, "| setting | stance macro-F1 | off-target F1 | accuracy | Δ macro-F1 (fold-paired, ± SE; wins/ties/losses) | Δ accuracy | Δ off-target F1 (± SE; W/T/L) | F1 supportive / cautious / opposed |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- |")
	var base, baseAcc, baseOff []float64
	for n, a := range abl {
		d, err := a.Data()
		if err != nil {
			return err
		}
		ao := a.RowOptions(o)
		r, err := CrossValidate(d, a.Config, ao)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		m, acc, off, err := foldScores(d, r, ao)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		diff, dacc, doff := "", "", ""
		if n == 0 {
			base, baseAcc, baseOff = m, acc, off
		} else {
			p, q, v := PairFolds(base, m), PairFolds(baseAcc, acc), PairFolds(baseOff, off)
			diff = fmt.Sprintf("%+.4f ± %.4f; %d/%d/%d", p.Mean, p.SE, p.Wins, p.Ties, p.Loss)
			dacc = fmt.Sprintf("%+.4f ± %.4f", q.Mean, q.SE)
			doff = fmt.Sprintf("%+.4f ± %.4f; %d/%d/%d", v.Mean, v.SE, v.Wins, v.Ties, v.Loss)
		}
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %s | %s | %s | %.3f / %.3f / %.3f |\n", a.Name, r.MacroF1, r.OffTargetF1, r.Report.Accuracy, diff, dacc, doff,
			r.Report.F1(stance.Supportive), r.Report.F1(stance.Cautious), r.Report.F1(stance.Opposed))
	}
	return nil
}
