package experiment

import (
	"bytes"
	"math"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

func TestPairFolds(t *testing.T) {
	p := PairFolds([]float64{0.5, 0.6, 0.7}, []float64{0.6, 0.6, 0.6})
	if math.Abs(p.Mean) > 1e-12 || p.Wins != 1 || p.Ties != 1 || p.Loss != 1 {
		t.Errorf("got %+v", p)
	}
	if want := math.Sqrt(0.01 / 3); math.Abs(p.SE-want) > 1e-12 {
		t.Errorf("SE %v, want %v", p.SE, want)
	}
	if (PairFolds(nil, nil) != Paired{}) || (PairFolds([]float64{1}, nil) != Paired{}) {
		t.Error("empty or mismatched folds give a difference")
	}
}

// A model trained with the predicate layer saves and loads with it: the
// loaded model has the layer's features and predicts exactly as the saved
// one. (The default model, without the layer, is covered by package
// stance's tests: its file does not change.)
func TestPredicateModelRoundTrip(t *testing.T) {
	texts := []string{
		"The US urged allies to ban Huawei.", "Operators oppose a ban on Huawei.",
		"The government will assess the risks of all vendors.", "The new phone has a larger battery.",
		"Letting the vendor in would be reckless.", "A ban without proof would be unjustified.",
		"The regulator set conditions for every supplier.", "Ericsson's profit rose.",
	}
	labels := []stance.Label{stance.Opposed, stance.Supportive, stance.Cautious, stance.OffTarget,
		stance.Opposed, stance.Supportive, stance.Cautious, stance.OffTarget}
	cfg := stance.DefaultTrainConfig()
	cfg.Features.Predicates = 0.5
	m, err := stance.Train(texts, labels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	names := m.Vectorizer().Names()
	if !slices.Equal(names[len(names)-len(features.PredicateFeatureNames()):], features.PredicateFeatureNames()) {
		t.Fatal("trained model lacks the predicate block")
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := stance.Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Vectorizer().Config().Predicates != 0.5 {
		t.Fatalf("loaded config %+v", back.Vectorizer().Config())
	}
	for _, s := range append(texts, "A ban on Huawei is not planned.") {
		a, err := m.Predict(s)
		if err != nil {
			t.Fatal(err)
		}
		b, err := back.Predict(s)
		if err != nil {
			t.Fatal(err)
		}
		if a.Label != b.Label || !slices.Equal(a.Probs, b.Probs) {
			t.Errorf("%q: saved %v %v, loaded %v %v", s, a.Label, a.Probs, b.Label, b.Probs)
		}
	}
}
