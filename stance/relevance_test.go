package stance

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

var headTexts = []string{
	"ban Huawei now", "Huawei must be banned", "keep Huawei please", "Huawei is a trusted partner",
	"assess every vendor", "weigh the risks of Huawei", "the weather was fine", "shares rose on Tuesday",
	"the match ended in a draw", "Huawei opened a shop",
}

var headLabels = []Label{Opposed, Opposed, Supportive, Supportive, Cautious, Cautious, OffTarget, OffTarget, OffTarget, OffTarget}

// A relevance head changes only the OffTarget class: the stance
// probabilities given relevance are those of the model without it, and the
// odds of off target are the softmax's times the binary model's. The model
// saves as format version 4 and loads back to the same predictions.
func TestRelevanceHead(t *testing.T) {
	cfg := DefaultTrainConfig()
	cfg.Features.Relevance = 0.5
	plain, err := Train(headTexts, headLabels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RelevanceHead = true
	m, err := Train(headTexts, headLabels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The binary model alone, trained as the head is.
	on := make([]Label, len(headLabels))
	for i, l := range headLabels {
		on[i] = "on"
		if l == OffTarget {
			on[i] = "off"
		}
	}
	bc := cfg
	bc.RelevanceHead, bc.CuePrior = false, 0
	bin, err := Train(headTexts, on, bc)
	if err != nil {
		t.Fatal(err)
	}
	changed := false
	for _, s := range append(headTexts, "an unseen statement about 5G", "Huawei") {
		p, err := plain.Predict(s)
		if err != nil {
			t.Fatal(err)
		}
		q, err := m.Predict(s)
		if err != nil {
			t.Fatal(err)
		}
		b, err := bin.Predict(s)
		if err != nil {
			t.Fatal(err)
		}
		for k := range p.Probs {
			if math.Abs(p.Probs[k].P-q.Probs[k].P) > 1e-12 {
				t.Errorf("%q: %s %v with the head, %v without", s, p.Probs[k].Label, q.Probs[k].P, p.Probs[k].P)
			}
		}
		odds := func(x float64) float64 { return x / (1 - x) }
		pb := b.Probs.Of("off")
		if want, got := odds(1-p.Relevance)*odds(pb), odds(1-q.Relevance); math.Abs(math.Log(got/want)) > 1e-6 {
			t.Errorf("%q: off-target odds %v, want %v × %v", s, got, odds(1-p.Relevance), odds(pb))
		}
		changed = changed || q.Relevance != p.Relevance
	}
	if !changed {
		t.Error("the head changed no relevance")
	}
	// The reasons of an off_target answer name the relevance features that
	// drove it.
	p, err := m.Predict("the weather was fine")
	if err != nil {
		t.Fatal(err)
	}
	named := false
	for _, r := range p.Reasons {
		named = named || r.Feature == "R:no-target" && r.Weight > 0
	}
	if p.Label != OffTarget || !named {
		t.Errorf("%v with reasons %v, want off_target for R:no-target among them", p.Label, p.Reasons)
	}
	var a bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.String(), magic+" 4 ") {
		t.Fatalf("header %.40q, want version 4", a.String())
	}
	got, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range headTexts {
		p, _ := m.Predict(s)
		q, _ := got.Predict(s)
		if p.Label != q.Label || p.Relevance != q.Relevance {
			t.Errorf("%q: loaded %v %v, saved %v %v", s, q.Label, q.Relevance, p.Label, p.Relevance)
		}
	}
	// A version 4 header on a model without the relevance block or head,
	// or a lower one on a model with them, is refused.
	for _, c := range []struct {
		m    *Model
		from string
		to   string
	}{{plain, " 4 ", " 3 "}, {m, " 4 ", " 2 "}} {
		var buf bytes.Buffer
		if err := c.m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		s := buf.String()
		if c.m == plain {
			if !strings.HasPrefix(s, magic+" 4 ") {
				t.Fatalf("relevance block alone: header %.30q, want version 4", s)
			}
		}
		if _, err := Load(strings.NewReader(strings.Replace(s, c.from, c.to, 1))); err == nil {
			t.Errorf("version%sfile loaded as%s", c.from, c.to)
		}
	}
	// No head without off-target examples, nor with the SVM.
	if _, err := Train(headTexts[:6], headLabels[:6], cfg); err == nil {
		t.Error("a relevance head without off-target examples trained")
	}
	sc := cfg
	sc.Solver, sc.L2 = SolverSVM, 1e-3
	if _, err := Train(headTexts, headLabels, sc); err == nil {
		t.Error("a relevance head with the SVM trained")
	}
}
