package stance_test

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
	"github.com/stancekit/stancekit/stance/internal/stancetest"
	"github.com/stancekit/stancekit/tokenize"
)

// synthetic and svmConfig are the shared test data set and SVM
// configuration (stance/internal/stancetest).
var (
	synthetic = stancetest.Synthetic
	svmConfig = stancetest.SVMConfig
)

func accuracy(t *testing.T, m *stance.Model, texts []string, labels []stance.Label) float64 {
	t.Helper()
	r, _, err := eval.Evaluate(m, texts, labels)
	if err != nil {
		t.Fatal(err)
	}
	return r.Accuracy
}

func TestSVMLearnsAndGeneralises(t *testing.T) {
	tr, ty := synthetic(600, 1)
	te, tey := synthetic(300, 2)
	m, err := stance.Train(tr, ty, svmConfig())
	if err != nil {
		t.Fatal(err)
	}
	if acc := accuracy(t, m, te, tey); acc < 0.85 {
		t.Errorf("held-out accuracy %.3f < 0.85", acc)
	}
	lr := svmConfig()
	lr.Solver, lr.L2 = stance.SolverLogistic, 0.001
	ml, err := stance.Train(tr, ty, lr)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := accuracy(t, m, te, tey), accuracy(t, ml, te, tey); math.Abs(a-b) > 0.08 {
		t.Errorf("SVM accuracy %.3f far from logistic regression's %.3f", a, b)
	}
	p, err := m.Predict("i love it and support it")
	if err != nil {
		t.Fatal(err)
	}
	checkPrediction(t, "i love it", p)
	if p.Label != "favor" || len(p.Reasons) == 0 {
		t.Errorf("got %s with reasons %v", p.Label, p.Reasons)
	}
	if m.Info().Iterations < 1 || m.Info().Config.Solver != stance.SolverSVM {
		t.Errorf("train info %+v", m.Info())
	}
}

func TestSVMDeterministicAndSaved(t *testing.T) {
	tr, ty := synthetic(400, 3)
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		m, err := stance.Train(tr, ty, svmConfig())
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two SVM trainings on the same data differ")
	}
	m, err := stance.Load(&a)
	if err != nil {
		t.Fatal(err)
	}
	if m.Info().Config.Solver != stance.SolverSVM {
		t.Errorf("loaded model lost its solver: %+v", m.Info().Config)
	}
	te, _ := synthetic(50, 4)
	orig, _ := stance.Train(tr, ty, svmConfig())
	for _, s := range te {
		p, _ := orig.Predict(s)
		q, _ := m.Predict(s)
		if p.Label != q.Label || p.Confidence != q.Confidence {
			t.Fatalf("%q: %v after loading, %v before", s, q, p)
		}
	}
}

// trainWeighted trains on texts with example weights, through a vectoriser
// fitted on them (cfg has no cue features).
func trainWeighted(t *testing.T, texts []string, labels []stance.Label, w []float64, cfg stance.TrainConfig) (*stance.Model, error) {
	t.Helper()
	return stance.TrainWeighted(texts, labels, w, cfg)
}

// TrainWeighted with nil weights is Train, bit for bit, and it rejects
// weights that do not fit the examples.
func TestTrainWeightedNil(t *testing.T) {
	tr, ty := synthetic(200, 3)
	cfg := svmConfig()
	var a, b bytes.Buffer
	m, err := stance.Train(tr, ty, cfg)
	if err != nil {
		t.Fatal(err)
	}
	m.Save(&a)
	if m, err = stance.TrainWeighted(tr, ty, nil, cfg); err != nil {
		t.Fatal(err)
	}
	m.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("TrainWeighted with nil weights differs from Train")
	}
	for _, w := range [][]float64{make([]float64, len(tr)-1), make([]float64, len(tr))} {
		if _, err := stance.TrainWeighted(tr, ty, w, cfg); err == nil {
			t.Errorf("%d weights (zeros) accepted for %d examples", len(w), len(tr))
		}
	}
}

// TestExampleWeights checks the meaning of example weights: scaling them
// all changes nothing (the loss is a weighted mean), and a heavier example
// wins over a lighter contradicting one.
func TestExampleWeights(t *testing.T) {
	tr, ty := synthetic(300, 5)
	for _, solver := range []stance.Solver{stance.SolverSVM, stance.SolverLogistic} {
		cfg := svmConfig()
		cfg.Solver = solver
		var plain, doubled bytes.Buffer
		m, err := stance.Train(tr, ty, cfg)
		if err != nil {
			t.Fatal(err)
		}
		m.Save(&plain)
		w := make([]float64, len(tr))
		for i := range w {
			w[i] = 2
		}
		m, err = trainWeighted(t, tr, ty, w, cfg)
		if err != nil {
			t.Fatal(err)
		}
		m.Save(&doubled)
		if !bytes.Equal(plain.Bytes(), doubled.Bytes()) {
			t.Errorf("%s: doubling every weight changed the model", solver)
		}

		texts := append([]string{"zebra quokka", "zebra quokka"}, tr...)
		labels := append([]stance.Label{"favor", "against"}, ty...)
		for _, heavy := range []int{0, 1} {
			w := make([]float64, len(texts))
			for i := range w {
				w[i] = 1
			}
			w[heavy] = 20
			m, err := trainWeighted(t, texts, labels, w, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if p, _ := m.Predict("zebra quokka"); p.Label != labels[heavy] {
				t.Errorf("%s: weight on %s, predicted %s", solver, labels[heavy], p.Label)
			}
		}
	}
}

func TestClassWeights(t *testing.T) {
	tr, ty := synthetic(600, 6)
	te, _ := synthetic(300, 7)
	count := func(cw map[stance.Label]float64) int {
		cfg := svmConfig()
		cfg.ClassWeights = cw
		m, err := stance.Train(tr, ty, cfg)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range m.PredictBatch(te, 0) {
			if r.Label == "none" {
				n++
			}
		}
		return n
	}
	less, base, more := count(map[stance.Label]float64{"none": 0.2}), count(nil), count(map[stance.Label]float64{"none": 5})
	if !(less < base && base < more) {
		t.Errorf("predicted 'none' %d / %d / %d times with its weight 0.2 / 1 / 5", less, base, more)
	}
}

// TestTrainVectors trains two models over one shared vectoriser and checks
// that they predict like models trained from text.
func TestTrainVectors(t *testing.T) {
	tr, ty := synthetic(400, 8)
	te, _ := synthetic(60, 9)
	cfg := svmConfig()
	tk, _ := tokenize.Default()
	vec, err := features.NewVectorizer(cfg.Features, tk, nil)
	if err != nil {
		t.Fatal(err)
	}
	X, err := vec.FitTransform(tr)
	if err != nil {
		t.Fatal(err)
	}
	fromVec, err := stance.TrainVectors(vec, X, ty, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	fromText, err := stance.Train(tr, ty, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	fromVec.Save(&a)
	fromText.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("TrainVectors on FitTransform's vectors differs from Train")
	}
	// A second model over the same vectoriser, with other labels.
	flipped := make([]stance.Label, len(ty))
	for i, l := range ty {
		flipped[i] = map[stance.Label]stance.Label{"favor": "against", "against": "favor", "none": "none"}[l]
	}
	other, err := stance.TrainVectors(vec, X, flipped, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if other.Vectorizer() != fromVec.Vectorizer() {
		t.Error("models do not share the vectoriser")
	}
	for _, s := range te {
		p, _ := fromVec.Predict(s)
		x, _ := vec.Transform(s)
		if l, c := fromVec.PredictVector(x); l != p.Label || c != p.Confidence {
			t.Fatalf("%q: PredictVector %s %.3f, Predict %s %.3f", s, l, c, p.Label, p.Confidence)
		}
		q, _ := other.Predict(s)
		if want := map[stance.Label]stance.Label{"favor": "against", "against": "favor", "none": "none"}[p.Label]; q.Label != want && q.Confidence > 0.5 && p.Confidence > 0.5 {
			t.Errorf("%q: flipped model says %s, want %s", s, q.Label, want)
		}
	}
}

func TestTrainConfigErrors(t *testing.T) {
	tr, ty := synthetic(30, 10)
	tk, _ := tokenize.Default()
	vec, _ := features.NewVectorizer(svmConfig().Features, tk, nil)
	X, _ := vec.FitTransform(tr)
	for name, f := range map[string]func() error{
		"unknown solver": func() error { c := svmConfig(); c.Solver = 7; _, err := stance.Train(tr, ty, c); return err },
		"svm without L2": func() error { c := svmConfig(); c.L2 = 0; _, err := stance.Train(tr, ty, c); return err },
		"tolerance":      func() error { c := svmConfig(); c.Tolerance = -1; _, err := stance.Train(tr, ty, c); return err },
		"class weight": func() error {
			c := svmConfig()
			c.ClassWeights = map[stance.Label]float64{"none": 0}
			_, err := stance.Train(tr, ty, c)
			return err
		},
		"weights length": func() error { _, err := stance.TrainVectors(vec, X, ty, []float64{1}, svmConfig()); return err },
		"weight zero": func() error {
			w := make([]float64, len(tr))
			_, err := stance.TrainVectors(vec, X, ty, w, svmConfig())
			return err
		},
		"weight NaN": func() error {
			w := make([]float64, len(tr))
			for i := range w {
				w[i] = math.NaN()
			}
			_, err := stance.TrainVectors(vec, X, ty, w, svmConfig())
			return err
		},
		"nil vectorizer": func() error { _, err := stance.TrainVectors(nil, X, ty, nil, svmConfig()); return err },
		"foreign vector": func() error {
			bad := append([]features.Vector{{Idx: []int32{int32(vec.Dim())}, Val: []float64{1}}}, X[1:]...)
			_, err := stance.TrainVectors(vec, bad, ty, nil, svmConfig())
			return err
		},
		"vectors and labels": func() error { _, err := stance.TrainVectors(vec, X[:3], ty, nil, svmConfig()); return err },
	} {
		if err := f(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestSVMOnCorpus checks the SVM on the real corpus with the default
// features and cues: leave-one-article-out macro-F1 far above chance.
func TestSVMOnCorpus(t *testing.T) {
	texts, labels, docs, err := defaultmodel.ArticleData()
	if err != nil {
		t.Fatal(err)
	}
	cfg := stance.DefaultTrainConfig()
	cfg.Solver, cfg.L2 = stance.SolverSVM, 0.05
	r, _, err := eval.CrossValidate(texts, labels, eval.GroupFolds(docs), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("SVM, leave-one-article-out:\n%s", r)
	if r.MacroF1 < 0.6 {
		t.Errorf("macro-F1 %.3f < 0.6", r.MacroF1)
	}
}

// BenchmarkTrainSVM trains the SVM with word and character n-grams on 3,000
// statements (featurisation included).
func BenchmarkTrainSVM(b *testing.B) {
	tr, ty := synthetic(3000, 11)
	cfg := svmConfig()
	cfg.Features.WordNgrams, cfg.Features.CharMax = 3, 5
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stance.Train(tr, ty, cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/train")
}

// BenchmarkTrainVectorsSVM is the solver alone on those 3,000 statements.
func BenchmarkTrainVectorsSVM(b *testing.B) {
	tr, ty := synthetic(3000, 11)
	cfg := svmConfig()
	cfg.Features.WordNgrams, cfg.Features.CharMax = 3, 5
	tk, _ := tokenize.Default()
	vec, _ := features.NewVectorizer(cfg.Features, tk, nil)
	X, _ := vec.FitTransform(tr)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stance.TrainVectors(vec, X, ty, nil, cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/train")
}

// TestReasonsAreTheTopContributions recomputes every feature's contribution
// from the public weights and checks that Predict's reasons are the
// heaviest MaxReasons of them, in order (ties by name).
func TestReasonsAreTheTopContributions(t *testing.T) {
	tr, ty := synthetic(400, 14)
	te, _ := synthetic(80, 15)
	for _, m := range []*stance.Model{defaultModel(t), func() *stance.Model {
		m, err := stance.Train(tr, ty, svmConfig())
		if err != nil {
			t.Fatal(err)
		}
		return m
	}()} {
		texts := append(te, "We have found no evidence that Huawei has installed backdoors, and oppose a ban.")
		for _, s := range texts {
			p, err := m.Predict(s)
			if err != nil {
				t.Fatal(err)
			}
			x, _ := m.Vectorizer().Transform(s)
			k := slices.Index(stance.Classes(m), p.Label)
			var all []stance.Reason
			var dense float64 // the word-vector block is one reason
			at, inDense := m.Vectorizer().DenseAt(), false
			for n, j := range x.Idx {
				var mean float64
				for c := range stance.Classes(m) {
					mean += stance.Weight(m, c, int(j))
				}
				mean /= float64(len(stance.Classes(m)))
				c := x.Val[n] * (stance.Weight(m, k, int(j)) - mean)
				if at >= 0 && int(j) >= at {
					dense, inDense = dense+c, true
				} else if c > 0 {
					all = append(all, stance.Reason{Feature: m.Vectorizer().Name(int(j)), Weight: c})
				}
			}
			if inDense && dense > 0 {
				all = append(all, stance.Reason{Feature: stance.VectorsReason, Weight: dense})
			}
			slices.SortFunc(all, func(a, b stance.Reason) int {
				if a.Weight != b.Weight {
					if a.Weight > b.Weight {
						return -1
					}
					return 1
				}
				return strings.Compare(a.Feature, b.Feature)
			})
			want := all[:min(len(all), stance.MaxReasons)]
			if !slices.Equal(p.Reasons, want) {
				t.Fatalf("%q: reasons %v, want %v", s, p.Reasons, want)
			}
		}
	}
}
