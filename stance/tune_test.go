package stance_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

func TestTune(t *testing.T) {
	texts, labels := synthetic(300, 12)
	folds, err := stance.StratifiedKFold(labels, 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	// The first candidate weighs one class so heavily that it predicts
	// little else: it must lose.
	lopsided := svmConfig()
	lopsided.ClassWeights = map[stance.Label]float64{"none": 1000}
	cands := []stance.TrainConfig{lopsided}
	for _, l2 := range []float64{0.01, 0.001} {
		c := svmConfig()
		c.L2 = l2
		cands = append(cands, c)
	}
	words := svmConfig()
	words.Features = features.Config{WordNgrams: 1, MinDF: 1}
	cands = append(cands, words)
	res, err := stance.Tune(texts, labels, folds, cands, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scores) != len(cands) || len(res.Reports) != len(cands) {
		t.Fatalf("%d scores, %d reports for %d candidates", len(res.Scores), len(res.Reports), len(cands))
	}
	if res.Best == 0 || res.Scores[res.Best] < res.Scores[0] {
		t.Errorf("chose %d with scores %v: the lopsided candidate cannot win", res.Best, res.Scores)
	}
	for c, s := range res.Scores {
		if s > res.Scores[res.Best] {
			t.Errorf("candidate %d scores %.3f above the chosen %.3f", c, s, res.Scores[res.Best])
		}
	}
	// Each candidate's pooled report is what CrossValidate gives for it.
	for c, cfg := range cands {
		r, _, err := stance.CrossValidate(texts, labels, folds, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if r.MacroF1 != res.Scores[c] || !slices.Equal(r.Classes, res.Reports[c].Classes) {
			t.Errorf("candidate %d: Tune %.4f, CrossValidate %.4f", c, res.Scores[c], r.MacroF1)
		}
	}
	// A custom score, and ties going to the earlier candidate.
	res, err = stance.Tune(texts, labels, folds, []stance.TrainConfig{cands[1], cands[1]}, func(r stance.Report) float64 { return r.F1("favor") })
	if err != nil || res.Best != 0 || res.Scores[0] != res.Scores[1] || res.Scores[0] != res.Reports[0].F1("favor") {
		t.Errorf("tie: best %d, scores %v, err %v", res.Best, res.Scores, err)
	}
	if _, err := stance.Tune(texts, labels, folds, nil, nil); err == nil {
		t.Error("no candidates accepted")
	}
	if _, err := stance.Tune(texts, labels, folds[:5], cands, nil); err == nil {
		t.Error("short folds accepted")
	}
	bad := svmConfig()
	bad.Solver = -1
	if _, err := stance.Tune(texts, labels, folds, []stance.TrainConfig{cands[1], bad}, nil); err == nil {
		t.Error("bad candidate accepted")
	}
}

// ExampleTune chooses the SVM's L2 penalty by 5-fold cross-validation on
// the training statements alone.
func ExampleTune() {
	texts, labels := synthetic(300, 13)
	folds, _ := stance.StratifiedKFold(labels, 5, 1)
	var cands []stance.TrainConfig
	for _, l2 := range []float64{0.1, 0.01, 0.001} {
		cfg := stance.TrainConfig{
			Features: features.Config{WordNgrams: 2, CharMin: 2, CharMax: 4, Sublinear: true, MinDF: 1},
			L2:       l2, Balanced: true, Solver: stance.SolverSVM,
		}
		cands = append(cands, cfg)
	}
	res, err := stance.Tune(texts, labels, folds, cands, nil)
	if err != nil {
		panic(err)
	}
	m, err := stance.Train(texts, labels, cands[res.Best])
	if err != nil {
		panic(err)
	}
	p, _ := m.Predict("so proud, great plan")
	fmt.Println(len(res.Scores), "candidates scored;", p.Label)
	// Output: 3 candidates scored; favor
}
