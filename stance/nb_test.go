package stance_test

import (
	"bytes"
	"math"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

func nbConfig(nb float64) stance.TrainConfig {
	return stance.TrainConfig{
		Features: features.Config{WordNgrams: 2, Sublinear: true, MinDF: 1},
		L2:       1e-3, Balanced: true, MaxIter: 300, NB: nb,
	}
}

// NB scaling learns the synthetic classes as well as plain L2 does, is
// deterministic, and survives a save and load.
func TestNBLearnsAndGeneralises(t *testing.T) {
	tr, ty := synthetic(600, 11)
	te, tey := synthetic(300, 12)
	plain, err := stance.Train(tr, ty, nbConfig(0))
	if err != nil {
		t.Fatal(err)
	}
	for _, nb := range []float64{0.5, 1} {
		m, err := stance.Train(tr, ty, nbConfig(nb))
		if err != nil {
			t.Fatal(err)
		}
		a, p := accuracy(t, m, te, tey), accuracy(t, plain, te, tey)
		if a < p-0.03 || a < 0.7 {
			t.Errorf("NB %g: held-out accuracy %.3f, plain L2 %.3f", nb, a, p)
		}
		again, err := stance.Train(tr, ty, nbConfig(nb))
		if err != nil {
			t.Fatal(err)
		}
		var x, y bytes.Buffer
		if err := m.Save(&x); err != nil {
			t.Fatal(err)
		}
		again.Save(&y)
		if !bytes.Equal(x.Bytes(), y.Bytes()) {
			t.Errorf("NB %g: two trainings differ", nb)
		}
		back, err := stance.Load(bytes.NewReader(x.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if back.Info().Config.NB != nb {
			t.Errorf("saved NB %g, loaded %g", nb, back.Info().Config.NB)
		}
		for _, s := range te[:30] {
			p, _ := m.Predict(s)
			q, _ := back.Predict(s)
			if p.Label != q.Label || p.Confidence != q.Confidence {
				t.Fatalf("%q: %s %.4f before saving, %s %.4f after", s, p.Label, p.Confidence, q.Label, q.Confidence)
			}
			if len(p.Reasons) == 0 {
				t.Errorf("%q: no reasons", s)
			}
		}
	}
}

// A feature seen as often in each class as in the others carries no
// evidence, and NB scaling leaves its weights at zero.
func TestNBZeroesFeaturesWithoutEvidence(t *testing.T) {
	var texts []string
	var labels []stance.Label
	for i := 0; i < 40; i++ {
		texts = append(texts, "shared word alpha", "shared word beta")
		labels = append(labels, "a", "b")
	}
	m, err := stance.Train(texts, labels, nbConfig(1))
	if err != nil {
		t.Fatal(err)
	}
	vec := m.Vectorizer()
	for j := 0; j < vec.NGrams(); j++ {
		name := vec.Name(j)
		for k := range stance.Classes(m) {
			w := stance.Weight(m, k, j)
			switch name {
			case "w:share", "w:word", "b:share word":
				if w != 0 {
					t.Errorf("%s, class %d: weight %v, want 0", name, k, w)
				}
			default:
				if w == 0 {
					t.Errorf("%s, class %d: weight 0", name, k)
				}
			}
		}
	}
}

// OffTargetBias moves the relevance of every statement and leaves the
// stance probabilities given relevance as they were.
func TestOffTargetBias(t *testing.T) {
	tr, ty := synthetic(300, 13)
	for i, l := range ty {
		if l == "none" {
			ty[i] = stance.OffTarget
		}
	}
	cfg := nbConfig(0)
	base, err := stance.Train(tr, ty, cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.OffTargetBias = 1
	more, err := stance.Train(tr, ty, cfg)
	if err != nil {
		t.Fatal(err)
	}
	nOff := [2]int{}
	for _, s := range tr[:60] {
		p, _ := base.Predict(s)
		q, _ := more.Predict(s)
		if !(q.Relevance < p.Relevance) {
			t.Errorf("%q: relevance %.4f with the bias, %.4f without", s, q.Relevance, p.Relevance)
		}
		// The odds of off target against on target grow by e.
		odds := func(r float64) float64 { return (1 - r) / r }
		if got := odds(q.Relevance) / odds(p.Relevance); math.Abs(got-math.E) > 1e-6 {
			t.Errorf("%q: off-target odds grew %.6f times, want e", s, got)
		}
		for k, lp := range p.Probs {
			if math.Abs(lp.P-q.Probs[k].P) > 1e-12 {
				t.Errorf("%q: P(%s | on target) %.6f, with the bias %.6f", s, lp.Label, lp.P, q.Probs[k].P)
			}
		}
		nOff[0] += b2i(p.Label == stance.OffTarget)
		nOff[1] += b2i(q.Label == stance.OffTarget)
	}
	if nOff[1] < nOff[0] {
		t.Errorf("the bias answered off_target %d times, %d without", nOff[1], nOff[0])
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestNBAndBiasConfigErrors(t *testing.T) {
	tr, ty := synthetic(30, 14)
	for name, f := range map[string]func(*stance.TrainConfig){
		"NB negative":             func(c *stance.TrainConfig) { c.NB = -1 },
		"NB NaN":                  func(c *stance.TrainConfig) { c.NB = math.NaN() },
		"NB huge":                 func(c *stance.TrainConfig) { c.NB = 100 },
		"NB with SVM":             func(c *stance.TrainConfig) { c.NB, c.Solver = 1, stance.SolverSVM },
		"bias NaN":                func(c *stance.TrainConfig) { c.OffTargetBias = math.NaN() },
		"bias huge":               func(c *stance.TrainConfig) { c.OffTargetBias = math.Inf(1) },
		"bias without off-target": func(c *stance.TrainConfig) { c.OffTargetBias = 1 },
	} {
		c := nbConfig(0)
		f(&c)
		if _, err := stance.Train(tr, ty, c); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
