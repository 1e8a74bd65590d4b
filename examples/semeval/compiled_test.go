package main

import (
	"math"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestCompiledMatchesModel checks what compare.sh's batches now run on:
// every SemEval test tweet, with its target's final model compiled
// (stance.Model.Compile), gets the label Model.Predict gives it, and its
// confidence, relevance and every class's probability within 1e-9, one
// at a time and in one batch per target. It skips when the SemEval data is
// absent.
func TestCompiledMatchesModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the five final models")
	}
	f := trainedFor(t)
	compiled := map[string]*stance.Compiled{}
	for tg, m := range f.modelOf {
		c, err := m.Compile()
		if err != nil {
			t.Fatalf("%s: %v", tg, err)
		}
		compiled[tg] = c
	}
	want := f.predictions(t, -1)
	texts := map[string][]string{}
	at := make([]int, len(f.test))
	for i, r := range f.test {
		at[i] = len(texts[r.Target])
		texts[r.Target] = append(texts[r.Target], r.Text)
	}
	batch := map[string][]stance.Labelled{}
	for tg, c := range compiled {
		batch[tg] = c.PredictBatch(texts[tg], 0)
	}
	var probs []float64
	for i, r := range f.test {
		w := want[i]
		got, p, err := compiled[r.Target].Probs(probs[:0], r.Text)
		probs = p
		if err != nil {
			t.Fatalf("test row %s (%s): %v", r.ID, r.Target, err)
		}
		if got.Label != w.Label || math.Abs(got.Confidence-w.Confidence) > 1e-9 || math.Abs(got.Relevance-w.Relevance) > 1e-9 {
			t.Fatalf("test row %s (%s): compiled %+v, Predict %s %v %v", r.ID, r.Target, got, w.Label, w.Confidence, w.Relevance)
		}
		if len(p) != len(w.Probs) {
			t.Fatalf("test row %s: %d probabilities, Predict gives %d", r.ID, len(p), len(w.Probs))
		}
		for k, lp := range w.Probs {
			if math.Abs(p[k]-lp.P) > 1e-9 {
				t.Fatalf("test row %s (%s): compiled P(%s) %v, Predict's %v", r.ID, r.Target, lp.Label, p[k], lp.P)
			}
		}
		if b := batch[r.Target][at[i]]; b != got {
			t.Fatalf("test row %s (%s): compiled batch %+v, one at a time %+v", r.ID, r.Target, b, got)
		}
	}
}
