package stance

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
)

// ClassScore is precision, recall and F1 of one class.
type ClassScore struct {
	Label     Label   `json:"label"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// Report is a classification report: scikit-learn's
// classification_report and confusion_matrix in one value.
type Report struct {
	// Labels orders the classes of Classes and Confusion.
	Labels []Label `json:"labels"`
	// Classes scores each class.
	Classes []ClassScore `json:"classes"`
	// Accuracy is the share of correct predictions.
	Accuracy float64 `json:"accuracy"`
	// MacroF1 is the unweighted mean of the classes' F1.
	MacroF1 float64 `json:"macro_f1"`
	// Confusion[i][j] counts gold class i predicted as class j.
	Confusion [][]int `json:"confusion"`
	// N is the number of scored examples.
	N int `json:"n"`
}

// Score compares predictions with gold labels. labels fixes the classes and
// their order; nil takes them from gold and pred, sorted. A prediction
// outside the label set counts as wrong.
func Score(gold, pred []Label, labels []Label) (Report, error) {
	if len(gold) != len(pred) {
		return Report{}, fmt.Errorf("score: %d gold labels but %d predictions", len(gold), len(pred))
	}
	if labels == nil {
		seen := map[Label]bool{}
		for _, l := range append(append([]Label(nil), gold...), pred...) {
			if !seen[l] {
				seen[l] = true
				labels = append(labels, l)
			}
		}
		sort.Slice(labels, func(i, j int) bool { return labels[i] < labels[j] })
	}
	idx := map[Label]int{}
	for i, l := range labels {
		idx[l] = i
	}
	r := Report{Labels: labels, Confusion: make([][]int, len(labels)), N: len(gold)}
	for i := range r.Confusion {
		r.Confusion[i] = make([]int, len(labels))
	}
	correct := 0
	for i := range gold {
		if gold[i] == pred[i] {
			correct++
		}
		g, ok1 := idx[gold[i]]
		p, ok2 := idx[pred[i]]
		if ok1 && ok2 {
			r.Confusion[g][p]++
		}
	}
	if len(gold) > 0 {
		r.Accuracy = float64(correct) / float64(len(gold))
	}
	for i, l := range labels {
		tp, fp := r.Confusion[i][i], 0
		for j := range labels {
			if j != i {
				fp += r.Confusion[j][i]
			}
		}
		// Support counts from gold, so that a prediction outside the label
		// set is still a miss of its gold class.
		support := 0
		for k := range gold {
			if gold[k] == l {
				support++
			}
		}
		cs := ClassScore{Label: l, Support: support}
		if tp+fp > 0 {
			cs.Precision = float64(tp) / float64(tp+fp)
		}
		if support > 0 {
			cs.Recall = float64(tp) / float64(support)
		}
		if cs.Precision+cs.Recall > 0 {
			cs.F1 = 2 * cs.Precision * cs.Recall / (cs.Precision + cs.Recall)
		}
		r.Classes = append(r.Classes, cs)
		r.MacroF1 += cs.F1
	}
	if len(labels) > 0 {
		r.MacroF1 /= float64(len(labels))
	}
	return r, nil
}

// F1 returns the F1 of class l, or 0 when l is not in the report.
func (r Report) F1(l Label) float64 {
	for _, c := range r.Classes {
		if c.Label == l {
			return c.F1
		}
	}
	return 0
}

// String formats the report as a table with the confusion matrix.
func (r Report) String() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tprecision\trecall\tf1\tsupport\t\n")
	for _, c := range r.Classes {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t\n", c.Label, c.Precision, c.Recall, c.F1, c.Support)
	}
	fmt.Fprintf(tw, "accuracy\t\t\t%.3f\t%d\t\n", r.Accuracy, r.N)
	fmt.Fprintf(tw, "macro-F1\t\t\t%.3f\t\t\n", r.MacroF1)
	tw.Flush()
	b.WriteString("confusion (rows gold, columns predicted):\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\t")
	for _, l := range r.Labels {
		fmt.Fprintf(tw, "%s\t", l)
	}
	fmt.Fprintln(tw)
	for i, row := range r.Confusion {
		fmt.Fprintf(tw, "%s\t", r.Labels[i])
		for _, n := range row {
			fmt.Fprintf(tw, "%d\t", n)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	return b.String()
}

// Evaluate predicts texts with m and scores the predictions against gold,
// over m's classes (and OffTarget, when the model can answer it or gold
// holds it). A text the model cannot classify (ErrEmpty) counts as a
// wrong prediction, not as a dropped example.
func Evaluate(m *Model, texts []string, gold []Label) (Report, []Label, error) {
	if len(texts) != len(gold) {
		return Report{}, nil, fmt.Errorf("evaluate: %d texts but %d labels", len(texts), len(gold))
	}
	pred := make([]Label, len(texts))
	for i, res := range m.PredictBatch(texts, 0) {
		if res.Err == nil {
			pred[i] = res.Label
		}
	}
	labels := m.Labels()
	if m.HasRelevance() || slices.Contains(gold, OffTarget) {
		labels = append(labels, OffTarget)
	}
	r, err := Score(gold, pred, labels)
	return r, pred, err
}

// Folds assigns each example to a fold. StratifiedKFold and GroupFolds make
// the usual two kinds.
type Folds []int

// StratifiedKFold splits n examples into k folds that keep each class's
// share, shuffling within classes with the given seed (deterministic).
func StratifiedKFold(labels []Label, k int, seed uint64) (Folds, error) {
	if k < 2 || k > len(labels) {
		return nil, fmt.Errorf("stratified k-fold: k=%d for %d examples", k, len(labels))
	}
	byClass := map[Label][]int{}
	var order []Label
	for i, l := range labels {
		if _, ok := byClass[l]; !ok {
			order = append(order, l)
		}
		byClass[l] = append(byClass[l], i)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	f := make(Folds, len(labels))
	next := 0
	for _, l := range order {
		idx := byClass[l]
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			f[i] = next % k
			next++
		}
	}
	return f, nil
}

// split returns fold f's training part (every other fold) and its test
// part with the test examples' indices.
func (folds Folds) split(f int, texts []string, labels []Label) (trX []string, trY []Label, teX []string, teI []int) {
	for i := range texts {
		if folds[i] == f {
			teX = append(teX, texts[i])
			teI = append(teI, i)
		} else {
			trX = append(trX, texts[i])
			trY = append(trY, labels[i])
		}
	}
	return trX, trY, teX, teI
}

// GroupFolds puts each distinct group in its own fold (leave-one-group-out:
// with groups set to article names, leave-one-article-out). Folds are
// numbered in sorted group order.
func GroupFolds(groups []string) Folds {
	names := map[string]int{}
	var sorted []string
	for _, g := range groups {
		if _, ok := names[g]; !ok {
			names[g] = 0
			sorted = append(sorted, g)
		}
	}
	sort.Strings(sorted)
	for i, g := range sorted {
		names[g] = i
	}
	f := make(Folds, len(groups))
	for i, g := range groups {
		f[i] = names[g]
	}
	return f
}

// GroupKFold splits examples into k folds by group: every example of a
// group lands in the same fold (scikit-learn's GroupKFold, with the groups
// shuffled by seed before they are dealt, largest first, to the fold with
// the fewest examples so far). Use it with groups set to source pages, so
// that no fold's model has seen the page it is scored on. Deterministic.
func GroupKFold(groups []string, k int, seed uint64) (Folds, error) {
	size := map[string]int{}
	var names []string
	for _, g := range groups {
		if size[g] == 0 {
			names = append(names, g)
		}
		size[g]++
	}
	if k < 2 || k > len(names) {
		return nil, fmt.Errorf("group k-fold: k=%d for %d groups", k, len(names))
	}
	sort.Strings(names)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	sort.SliceStable(names, func(i, j int) bool { return size[names[i]] > size[names[j]] })
	fold := map[string]int{}
	load := make([]int, k)
	for _, g := range names {
		best := 0
		for f := range load {
			if load[f] < load[best] {
				best = f
			}
		}
		fold[g] = best
		load[best] += size[g]
	}
	f := make(Folds, len(groups))
	for i, g := range groups {
		f[i] = fold[g]
	}
	return f, nil
}

// StanceMacroF1 is the mean F1 of stancekit's three stance classes in r,
// whatever other labels r holds (an OffTarget column, for one): the figure
// the corpus targets are stated in. Predicting OffTarget for an on-target
// statement counts as a miss of its class.
func StanceMacroF1(r Report) float64 {
	var sum float64
	n := 0
	for _, l := range StanceLabels {
		for _, c := range r.Classes {
			if c.Label == l {
				sum += c.F1
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// CrossValidate trains one model per fold on the other folds and predicts
// the fold, returning the pooled report and the out-of-fold predictions
// (scikit-learn's cross_val_predict). Every example is predicted exactly
// once by a model that never saw it.
func CrossValidate(texts []string, labels []Label, folds Folds, cfg TrainConfig) (Report, []Label, error) {
	if len(texts) != len(labels) || len(folds) != len(texts) {
		return Report{}, nil, errors.New("cross-validate: texts, labels and folds differ in length")
	}
	nf := 0
	for i, f := range folds {
		if f < 0 {
			return Report{}, nil, fmt.Errorf("cross-validate: example %d has fold %d; folds are numbered from 0", i, f)
		}
		nf = max(nf, f+1)
	}
	pred := make([]Label, len(texts))
	for f := 0; f < nf; f++ {
		trX, trY, teX, teI := folds.split(f, texts, labels)
		if len(teX) == 0 {
			continue
		}
		m, err := Train(trX, trY, cfg)
		if err != nil {
			return Report{}, nil, fmt.Errorf("cross-validate: fold %d: %w", f, err)
		}
		for k, res := range m.PredictBatch(teX, 0) {
			if res.Err == nil {
				pred[teI[k]] = res.Label
			}
		}
	}
	r, err := Score(labels, pred, sortedClasses(labels))
	return r, pred, err
}
