package stance_test

import (
	"reflect"
	"sync"
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

// Goroutines sharing a model while one of them lays out its fused rows all
// get the predictions of the separate weights (run with -race).
func TestFusedRowsBuiltConcurrently(t *testing.T) {
	texts, _, _, err := defaultmodel.ArticleData()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := loadFile("default.model")
	if err != nil {
		t.Fatal(err)
	}
	stance.SetFused(ref, false)
	m, err := loadFile("default.model") // fresh: it fuses after its first few hundred predictions
	if err != nil {
		t.Fatal(err)
	}
	for len(texts) < 2000 {
		texts = append(texts, texts...)
	}
	want := make([]stance.Prediction, len(texts))
	for i, s := range texts {
		want[i], _ = ref.Predict(s)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(texts); i += 4 {
				if p, _ := m.Predict(texts[i]); !reflect.DeepEqual(p, want[i]) {
					t.Errorf("statement %d differs", i)
				}
			}
		})
	}
	wg.Wait()
}
