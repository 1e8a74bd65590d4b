package experiment

import (
	"math"
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// toyExamples are a few statements of each class, in two groups a class,
// for the learners' unit tests.
func toyExamples() []defaultmodel.Example {
	rows := []struct {
		text  string
		label stance.Label
	}{
		{"Operators oppose a ban on Huawei and want its equipment.", stance.Supportive},
		{"There is no evidence that Huawei spies, the minister said.", stance.Supportive},
		{"Huawei is a trusted partner for our 5G network.", stance.Supportive},
		{"We welcome Huawei's investment in the network.", stance.Supportive},
		{"The regulator will assess every vendor against common criteria.", stance.Cautious},
		{"A certification scheme should apply to all vendors.", stance.Cautious},
		{"The risk can be managed with strict oversight.", stance.Cautious},
		{"No decision on Huawei has been taken yet.", stance.Cautious},
		{"Huawei must be banned from the 5G network.", stance.Opposed},
		{"Huawei spies for the Chinese state and should be shut out.", stance.Opposed},
		{"The government will exclude Huawei from its core network.", stance.Opposed},
		{"We urge allies to keep Huawei out of their networks.", stance.Opposed},
		{"The match was postponed because of snow.", stance.OffTarget},
		{"The company's profit fell in the third quarter.", stance.OffTarget},
		{"The new phone has a larger battery.", stance.OffTarget},
		{"Shares rose two percent on Monday.", stance.OffTarget},
	}
	ex := make([]defaultmodel.Example, len(rows))
	for i, r := range rows {
		ex[i] = defaultmodel.Example{Text: r.text, Label: r.label, Group: string(r.label) + string(rune('a'+i%2)), Origin: "statements"}
	}
	return ex
}

func toyConfig() stance.TrainConfig {
	c := defaultmodel.Config()
	c.Features.MinDF = 1
	return c
}

// The network is deterministic for a seed, its probabilities sum to 1,
// and it learns its training statements.
func TestMLPDeterministic(t *testing.T) {
	ex := toyExamples()
	texts, gold, _ := defaultmodel.Columns(ex)
	c := MLPConfig{Hidden: 8, Epochs: 30, Dropout: 0.3, Seed: 3}
	run := func() [][]float64 {
		pr, err := MLPProbs(c)(ex, toyConfig(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return pr(append(texts, "", "..."))
	}
	a, b := run(), run()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two trainings with one seed differ")
	}
	if a[len(texts)] != nil || a[len(texts)+1] != nil {
		t.Errorf("texts without words got probabilities %v %v", a[len(texts)], a[len(texts)+1])
	}
	right := 0
	for i, p := range a[:len(texts)] {
		var s float64
		for _, v := range p {
			s += v
		}
		if math.Abs(s-1) > 1e-9 {
			t.Errorf("%q: probabilities sum to %v", texts[i], s)
		}
		if argmaxLabel(p, nil) == gold[i] {
			right++
		}
	}
	if right < len(texts)*3/4 {
		t.Errorf("%d of %d training statements learnt", right, len(texts))
	}
}

// The stacker separates what its inputs separate, and chooseOffsets never
// scores below no offsets on the probabilities it is given.
func TestStackerAndOffsets(t *testing.T) {
	var Z [][]float64
	var y []int
	for i := 0; i < 200; i++ {
		c := i % 4
		z := make([]float64, 4)
		z[c] = 2 + float64(i%7)/7
		Z, y = append(Z, z), append(y, c)
	}
	m := fitSoftmax(Z, y, 4, 1e-3)
	for i, z := range Z {
		p := m.probs(z)
		if argmaxLabel(p, nil) != Labels[y[i]] {
			t.Fatalf("row %d: %v, want class %d", i, p, y[i])
		}
	}
	gold := make([]stance.Label, 40)
	probs := make([][]float64, 40)
	for i := range gold {
		gold[i] = Labels[i%4]
		// Cautious is always a little under-predicted.
		p := []float64{0.2, 0.2, 0.2, 0.2}
		p[i%4] += 0.25
		if Labels[i%4] == stance.Cautious {
			p[1], p[0] = 0.3, 0.4
		}
		probs[i] = p
	}
	off := chooseOffsets(gold, probs, 1)
	if got, base := macroOf(gold, probs, off), macroOf(gold, probs, nil); got < base || got < 0.99 {
		t.Errorf("offsets %v: macro-F1 %.3f, %.3f without", off, got, base)
	}
}

// innerOOF predicts each statement of the fold once, from a model that
// did not train on it.
func TestInnerOOF(t *testing.T) {
	ex := toyExamples()
	seen := map[string]int{}
	spy := func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Prober, error) {
		in := map[string]bool{}
		for _, e := range tr {
			in[e.Text] = true
		}
		return func(texts []string) [][]float64 {
			out := make([][]float64, len(texts))
			for i, s := range texts {
				if in[s] {
					t.Errorf("%q predicted by a model trained on it", s)
				}
				seen[s]++
				out[i] = []float64{1, 0, 0, 0}
			}
			return out
		}, nil
	}
	idx, gold, probs, err := innerOOF(ex, []ProbLearner{spy}, 4, 1, toyConfig(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(idx) != len(ex) || len(gold) != len(ex) || len(probs[0]) != len(ex) {
		t.Fatalf("%d indices, %d labels, %d rows for %d examples", len(idx), len(gold), len(probs[0]), len(ex))
	}
	for _, e := range ex {
		if seen[e.Text] != 1 {
			t.Errorf("%q predicted %d times", e.Text, seen[e.Text])
		}
	}
}
