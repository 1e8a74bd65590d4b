package eval

import (
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/stancekit/stancekit/stance"
)

// ClassScore is precision, recall and F1 of one class.
type ClassScore struct {
	Label     stance.Label `json:"label"`
	Precision float64      `json:"precision"`
	Recall    float64      `json:"recall"`
	F1        float64      `json:"f1"`
	Support   int          `json:"support"`
}

// Report is a classification report: scikit-learn's
// classification_report and confusion_matrix in one value.
type Report struct {
	// Labels orders the classes of Classes and Confusion.
	Labels []stance.Label `json:"labels"`
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
// their order; nil takes them from gold and pred, in stance.CompareLabels
// order. A prediction outside the label set counts as wrong.
func Score(gold, pred []stance.Label, labels []stance.Label) (Report, error) {
	if len(gold) != len(pred) {
		return Report{}, fmt.Errorf("score: %d gold labels but %d predictions", len(gold), len(pred))
	}
	if labels == nil {
		labels = classes(slices.Concat(gold, pred))
	}
	idx := map[stance.Label]int{}
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

// classes returns the distinct labels in stance.CompareLabels order, the
// order models report them in.
func classes(labels []stance.Label) []stance.Label {
	var out []stance.Label
	seen := map[stance.Label]bool{}
	for _, l := range labels {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	slices.SortFunc(out, stance.CompareLabels)
	return out
}

// F1 returns the F1 of class l, or 0 when l is not in the report.
func (r Report) F1(l stance.Label) float64 {
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

// StanceMacroF1 is the mean F1 of stancekit's three stance classes in r,
// whatever other labels r holds (an OffTarget column, for one): the figure
// the corpus targets are stated in. Predicting OffTarget for an on-target
// statement counts as a miss of its class.
func StanceMacroF1(r Report) float64 {
	var sum float64
	n := 0
	for _, l := range []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed} {
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
