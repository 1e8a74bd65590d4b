package eval_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
	"github.com/stancekit/stancekit/stance/internal/stancetest"
)

// synthetic and svmConfig are the shared test data set and SVM
// configuration (stance/internal/stancetest).
var (
	synthetic = stancetest.Synthetic
	svmConfig = stancetest.SVMConfig
)

func TestScore(t *testing.T) {
	g := []stance.Label{"a", "a", "b", "b", "c"}
	p := []stance.Label{"a", "b", "b", "b", "x"}
	r, err := eval.Score(g, p, []stance.Label{"a", "b", "c"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Accuracy != 0.6 || r.Confusion[0][1] != 1 || r.F1("c") != 0 {
		t.Errorf("report %+v", r)
	}
	if got := r.F1("b"); got < 0.79 || got > 0.81 { // P 2/3, R 1
		t.Errorf("F1(b) = %v", got)
	}
	if got := r.Classes[2].Support; got != 1 {
		t.Errorf("support of c = %d (an out-of-set prediction must not drop it)", got)
	}
	if _, err := eval.Score(g, p[:4], nil); err == nil {
		t.Error("4 predictions for 5 gold labels accepted")
	}
}

// Without a label set, Score lists the classes in stance.CompareLabels
// order, as models report them.
func TestScoreOrdersClasses(t *testing.T) {
	g := []stance.Label{stance.OffTarget, "neutral", stance.Opposed, stance.Supportive}
	r, err := eval.Score(g, []stance.Label{stance.Cautious, "neutral", stance.Opposed, stance.Supportive}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed, "neutral", stance.OffTarget}
	if !slices.Equal(r.Labels, want) {
		t.Errorf("labels %v, want %v", r.Labels, want)
	}
}

func TestStanceMacroF1(t *testing.T) {
	gold := []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed, stance.OffTarget}
	pred := []stance.Label{stance.Supportive, stance.OffTarget, stance.Opposed, stance.OffTarget}
	r, err := eval.Score(gold, pred, []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed, stance.OffTarget})
	if err != nil {
		t.Fatal(err)
	}
	// supportive 1, cautious 0 (answered off_target), opposed 1.
	if got := eval.StanceMacroF1(r); got != 2.0/3 {
		t.Errorf("StanceMacroF1 = %v, want 2/3", got)
	}
	if got := eval.StanceMacroF1(eval.Report{}); got != 0 {
		t.Errorf("empty report: %v", got)
	}
}

func TestFolds(t *testing.T) {
	labels := []stance.Label{"a", "a", "a", "a", "b", "b", "b", "b", "c", "c"}
	f, err := eval.StratifiedKFold(labels, 2, 7)
	if err != nil {
		t.Fatal(err)
	}
	per := map[int]map[stance.Label]int{0: {}, 1: {}}
	for i, k := range f {
		per[k][labels[i]]++
	}
	for k := range per {
		if per[k]["a"] != 2 || per[k]["b"] != 2 || per[k]["c"] != 1 {
			t.Errorf("fold %d is not stratified: %v", k, per[k])
		}
	}
	g := eval.GroupFolds([]string{"z", "y", "z"})
	if g[0] != 1 || g[1] != 0 || g[2] != 1 {
		t.Errorf("group folds %v", g)
	}
	gk, err := eval.GroupKFold([]string{"a", "b", "a", "c", "b", "a"}, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	if gk[0] != gk[2] || gk[0] != gk[5] || gk[1] != gk[4] {
		t.Errorf("group k-fold split a group: %v", gk)
	}
	if _, err := eval.GroupKFold([]string{"a", "b"}, 3, 1); err == nil {
		t.Error("3 folds of 2 groups accepted")
	}
	if _, err := eval.StratifiedKFold(labels, 1, 1); err == nil {
		t.Error("1 fold accepted")
	}
}

// Issue 13, item 11: CrossValidate left examples of a negative fold
// unpredicted, though its doc says every example is predicted once.
func TestCrossValidateRejectsNegativeFolds(t *testing.T) {
	texts := []string{"Operators oppose a Huawei ban.", "Huawei must be banned.", "No evidence of backdoors.", "Ban Huawei now."}
	labels := []stance.Label{stance.Supportive, stance.Opposed, stance.Supportive, stance.Opposed}
	_, _, err := eval.CrossValidate(texts, labels, eval.Folds{0, 1, -1, 0}, stance.DefaultTrainConfig())
	if err == nil || !strings.Contains(err.Error(), "example 2") {
		t.Fatalf("err = %v, want one naming example 2", err)
	}
	_, err = eval.Tune(texts, labels, eval.Folds{0, 1, -1, 0}, []stance.TrainConfig{stance.DefaultTrainConfig()}, nil)
	if err == nil || !strings.Contains(err.Error(), "example 2") {
		t.Fatalf("Tune: err = %v, want one naming example 2", err)
	}
}

// Evaluate scores what the model predicts, OffTarget included when the
// model can answer it.
func TestEvaluate(t *testing.T) {
	texts, labels := synthetic(300, 3)
	m, err := stance.Train(texts, labels, svmConfig())
	if err != nil {
		t.Fatal(err)
	}
	r, pred, err := eval.Evaluate(m, texts, labels)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Labels, m.Labels()) || len(pred) != len(texts) || r.N != len(texts) {
		t.Errorf("labels %v, %d predictions, N %d", r.Labels, len(pred), r.N)
	}
	for i, s := range texts {
		p, err := m.Predict(s)
		if err != nil || p.Label != pred[i] {
			t.Fatalf("%q: Evaluate says %s, Predict %s (%v)", s, pred[i], p.Label, err)
		}
	}
	if r.Accuracy < 0.8 {
		t.Errorf("training accuracy %.3f", r.Accuracy)
	}
	if _, _, err := eval.Evaluate(m, texts[:2], labels); err == nil {
		t.Error("2 texts for 300 labels accepted")
	}
}

func TestTune(t *testing.T) {
	texts, labels := synthetic(300, 12)
	folds, err := eval.StratifiedKFold(labels, 3, 1)
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
	logistic := words
	logistic.Solver = stance.SolverLogistic
	cands = append(cands, words, logistic)
	res, err := eval.Tune(texts, labels, folds, cands, nil)
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
		r, _, err := eval.CrossValidate(texts, labels, folds, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if r.MacroF1 != res.Scores[c] || !slices.Equal(r.Classes, res.Reports[c].Classes) {
			t.Errorf("candidate %d: Tune %.4f, CrossValidate %.4f", c, res.Scores[c], r.MacroF1)
		}
	}
	// A custom score, and ties going to the earlier candidate.
	res, err = eval.Tune(texts, labels, folds, []stance.TrainConfig{cands[1], cands[1]}, func(r eval.Report) float64 { return r.F1("favor") })
	if err != nil || res.Best != 0 || res.Scores[0] != res.Scores[1] || res.Scores[0] != res.Reports[0].F1("favor") {
		t.Errorf("tie: best %d, scores %v, err %v", res.Best, res.Scores, err)
	}
	if _, err := eval.Tune(texts, labels, folds, nil, nil); err == nil {
		t.Error("no candidates accepted")
	}
	if _, err := eval.Tune(texts, labels, folds[:5], cands, nil); err == nil {
		t.Error("short folds accepted")
	}
	bad := svmConfig()
	bad.Solver = -1
	if _, err := eval.Tune(texts, labels, folds, []stance.TrainConfig{cands[1], bad}, nil); err == nil {
		t.Error("bad candidate accepted")
	}
}

// ExampleTune chooses the SVM's L2 penalty by 5-fold cross-validation on
// the training statements alone.
func ExampleTune() {
	texts, labels := synthetic(300, 13)
	folds, _ := eval.StratifiedKFold(labels, 5, 1)
	var cands []stance.TrainConfig
	for _, l2 := range []float64{0.1, 0.01, 0.001} {
		cfg := stance.TrainConfig{
			Features: features.Config{WordNgrams: 2, CharMin: 2, CharMax: 4, Sublinear: true, MinDF: 1},
			L2:       l2, Balanced: true, Solver: stance.SolverSVM,
		}
		cands = append(cands, cfg)
	}
	res, err := eval.Tune(texts, labels, folds, cands, nil)
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

func ExampleScore() {
	gold := []stance.Label{stance.Supportive, stance.Opposed, stance.Opposed}
	pred := []stance.Label{stance.Supportive, stance.Opposed, stance.Cautious}
	r, _ := eval.Score(gold, pred, []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed})
	fmt.Printf("accuracy %.2f macro-F1 %.2f\n", r.Accuracy, r.MacroF1)
	// Output: accuracy 0.67 macro-F1 0.56
}
