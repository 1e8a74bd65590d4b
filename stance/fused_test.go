package stance_test

import (
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// TestFusedPredictionsAreIdentical checks that predicting over the fused
// rows gives every statement the prediction the separate weights give,
// every figure bit for bit: with the default model (four classes, word
// n-grams and cues) and with a three-class model over word and character
// n-grams, SemEval's feature set.
func TestFusedPredictionsAreIdentical(t *testing.T) {
	ex, err := defaultmodel.Statements(corpus.Train, corpus.Dev)
	if err != nil {
		t.Fatal(err)
	}
	texts, labels, _ := defaultmodel.Columns(ex)
	def, err := loadFile("default.model")
	if err != nil {
		t.Fatal(err)
	}
	var tx []string
	var ly []stance.Label
	for i, l := range labels {
		if l == stance.Supportive || l == stance.Opposed || l == stance.Neutral {
			tx, ly = append(tx, texts[i]), append(ly, l)
		}
	}
	cfg := stance.TrainConfig{Features: features.Config{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1},
		L2: 0.003, Balanced: true, MaxIter: 200, Solver: stance.SolverSVM}
	chars, err := stance.Train(tx[:len(tx)/2], ly[:len(ly)/2], cfg)
	if err != nil {
		t.Fatal(err)
	}
	inputs := append(texts, "", "!!!", "not not not", "\xff\xfe ban")
	for name, m := range map[string]*stance.Model{"default": def, "chars": chars} {
		stance.SetFused(m, false)
		want := make([]stance.Result, len(inputs))
		for i, s := range inputs {
			p, err := m.Predict(s)
			want[i] = stance.Result{Prediction: p, Err: err}
		}
		stance.SetFused(m, true)
		for i, s := range inputs {
			p, err := m.Predict(s)
			if !reflect.DeepEqual(stance.Result{Prediction: p, Err: err}, want[i]) {
				t.Fatalf("%s model, %q: fused %+v (%v), separate %+v (%v)", name, s, p, err, want[i].Prediction, want[i].Err)
			}
		}
	}
}
