package attribution

import (
	"errors"
	"fmt"

	"github.com/stancekit/stancekit/attribution/internal/deflabels"
	"github.com/stancekit/stancekit/stance"
)

// holderL2, holderTau and holderUnlisted are the holder detector's ridge
// penalty (on standardised features), threshold, and training rows (true:
// the candidates the rules did not list only), chosen by text-grouped
// cross-validation over the development texts (TestHolderSweep: of the
// settings that act on both fold seeds, the best found-less-spurious
// gain, here -2: no setting gains; attribution/RESULTS.md, fifteenth
// session).
const (
	holderL2       = 1.0
	holderTau      = 0.6
	holderUnlisted = true
)

func init() { deflabels.BuildHolders = buildHolderModel }

// holderText is one text analysed by the rules alone (learned label off,
// no detector) with its candidate holders and their features.
type holderText struct {
	name string
	res  *Result
	cs   []holderCand
	xs   [][]float64
}

// analyseCandidates analyses text as Analyze does with the learned label
// and the detector off, and gives its candidate holders and their features.
func (a *Analyzer) analyseCandidates(text string) (*Result, []holderCand, [][]float64, error) {
	hc := &holderCands{}
	stmts, err := a.statements(text, hc)
	if err != nil {
		return nil, nil, nil, err
	}
	res := &Result{Statements: stmts}
	res.Actors = a.holderAgg().aggregate(stmts)
	cs, xs := a.holderRows(text, hc, res)
	return res, cs, xs, nil
}

// holderAgg is the aggregation Analyze uses.
func (a *Analyzer) holderAgg() aggSettings {
	agg := defaultAgg
	agg.defending, agg.defendingStates = a.lx.defendingVendors, a.lx.defendingStates
	return agg
}

// holderTexts analyses every named text of docs with m (learned label and
// detector off).
func holderTexts(m *stance.Model, names []string, docs map[string]string) ([]holderText, error) {
	a, err := New(m, nil, WithoutLearnedLabels())
	if err != nil {
		return nil, err
	}
	out := make([]holderText, 0, len(names))
	for _, n := range names {
		res, cs, xs, err := a.analyseCandidates(docs[n])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, holderText{name: n, res: res, cs: cs, xs: xs})
	}
	return out, nil
}

// holderTrainRows are the rows of texts (skip: texts left out) and whether
// each candidate is a gold actor of its text; with unlisted, only the
// candidates the rules did not list (those the detector decides on).
func holderTrainRows(texts []holderText, gold map[string]map[string]stance.Label, skip func(string) bool, unlisted bool) ([][]float64, []bool) {
	var xs [][]float64
	var ys []bool
	for _, tx := range texts {
		if skip != nil && skip(tx.name) {
			continue
		}
		y := holderGold(tx.cs, gold[tx.name])
		for i, c := range tx.cs {
			if !unlisted || c.actor < 0 {
				xs, ys = append(xs, tx.xs[i]), append(ys, y[i])
			}
		}
	}
	return xs, ys
}

// buildHolderModel trains the detector on every development text, read
// with the default stance model, and writes the weights file.
func buildHolderModel() ([]byte, error) {
	m, err := stance.Default()
	if err != nil {
		return nil, err
	}
	names, docs, gold, err := officialDevGold()
	if err != nil {
		return nil, err
	}
	texts, err := holderTexts(m, names, docs)
	if err != nil {
		return nil, err
	}
	xs, ys := holderTrainRows(texts, gold, nil, holderUnlisted)
	hm, err := trainHolderModel(xs, ys, holderL2, holderTau)
	if err != nil {
		return nil, errors.Join(errors.New("attribution: holder detector"), err)
	}
	pos := 0
	for _, y := range ys {
		pos += int(b2f(y))
	}
	note := []string{fmt.Sprintf("Trained on %d development texts, %d candidates (%d gold actors); ridge penalty %g, threshold %g.",
		len(names), len(xs), pos, holderL2, holderTau)}
	return writeHolderModel(hm, note), nil
}
