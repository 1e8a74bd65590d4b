package experiment

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/internal/corpus"
)

// SecondLabel is one statement of the agreement sample as the second,
// independent annotator labelled it (testdata/statements/agreement/).
type SecondLabel struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	// Adjudicated is the label both annotators settled on after
	// discussing a disagreement ("" where they agreed).
	Adjudicated string `json:"adjudicated,omitempty"`
	// Note says why, for an adjudicated disagreement.
	Note string `json:"note,omitempty"`
}

// Agreement is the inter-annotator agreement of the sample.
type Agreement struct {
	N         int
	Observed  float64 // share of identical labels
	Kappa     float64 // Cohen's κ
	Labels    []string
	Confusion [][]int // rows: first annotator, columns: second
}

// LoadSecond reads the second annotation; a malformed line names its file
// and line.
func LoadSecond(path string) ([]SecondLabel, error) {
	return corpus.ReadJSONL(path, func(s *SecondLabel) error {
		if !slices.Contains(corpus.Labels, s.Label) {
			return fmt.Errorf("label %q not in %v", s.Label, corpus.Labels)
		}
		return nil
	})
}

// Kappa compares the corpus's labels (the first annotation, as it was when
// the sample was drawn: first) with the second annotation.
func Kappa(first map[string]string, second []SecondLabel) (Agreement, error) {
	a := Agreement{Labels: corpus.Labels}
	idx := map[string]int{}
	for i, l := range a.Labels {
		idx[l] = i
	}
	K := len(a.Labels)
	a.Confusion = make([][]int, K)
	for i := range a.Confusion {
		a.Confusion[i] = make([]int, K)
	}
	for _, s := range second {
		f, ok := first[s.ID]
		if !ok {
			return a, fmt.Errorf("agreement: %s is not in the first annotation", s.ID)
		}
		a.Confusion[idx[f]][idx[s.Label]]++
		a.N++
	}
	if a.N == 0 {
		return a, fmt.Errorf("agreement: empty sample")
	}
	n := float64(a.N)
	var po, pe float64
	for i := 0; i < K; i++ {
		po += float64(a.Confusion[i][i])
		var row, col float64
		for j := 0; j < K; j++ {
			row += float64(a.Confusion[i][j])
			col += float64(a.Confusion[j][i])
		}
		pe += (row / n) * (col / n)
	}
	po /= n
	a.Observed = po
	a.Kappa = (po - pe) / (1 - pe)
	return a, nil
}

// String formats the agreement with its confusion matrix.
func (a Agreement) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d statements, observed agreement %.3f, Cohen's κ %.3f\n", a.N, a.Observed, a.Kappa)
	fmt.Fprintf(&b, "%-12s", "first\\second")
	for _, l := range a.Labels {
		fmt.Fprintf(&b, " %11s", l)
	}
	b.WriteByte('\n')
	for i, l := range a.Labels {
		fmt.Fprintf(&b, "%-12s", l)
		for j := range a.Labels {
			fmt.Fprintf(&b, " %11d", a.Confusion[i][j])
		}
		b.WriteByte('\n')
	}
	return b.String()
}
