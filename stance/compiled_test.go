package stance_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// compiledModels are models Compile serves, trained once on the stance
// corpus's training split: three classes over word and character n-grams
// (SemEval's feature set), the same with OffTarget as a fourth class, a
// word n-gram model without sublinear term frequencies, and the first
// saved and loaded again (a restored vectoriser has no character table of
// known words, so its statements take the per-n-gram path throughout).
var compiledModels = sync.OnceValues(func() (map[string]*stance.Model, error) {
	ex, err := defaultmodel.Statements(corpus.Train)
	if err != nil {
		return nil, err
	}
	texts, labels, _ := defaultmodel.Columns(ex)
	var tx []string
	var ly []stance.Label
	for i, l := range labels {
		if l == stance.Supportive || l == stance.Opposed || l == stance.Neutral {
			tx, ly = append(tx, texts[i]), append(ly, l)
		}
	}
	chars := features.Config{WordNgrams: 3, CharMin: 3, CharMax: 5, Sublinear: true, MinDF: 1}
	words := features.Config{WordNgrams: 2, DropStopWords: true, MinDF: 1}
	out := map[string]*stance.Model{}
	for name, tc := range map[string]struct {
		cfg    features.Config
		texts  []string
		labels []stance.Label
	}{
		"chars":     {chars, tx, ly},
		"offtarget": {chars, texts, labels},
		"words":     {words, tx, ly},
	} {
		m, err := stance.Train(tc.texts, tc.labels, stance.TrainConfig{Features: tc.cfg, L2: 0.003, Balanced: true, MaxIter: 200, Solver: stance.SolverSVM})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = m
	}
	var buf bytes.Buffer
	if err := out["chars"].Save(&buf); err != nil {
		return nil, err
	}
	if out["restored"], err = stance.Load(&buf); err != nil {
		return nil, err
	}
	return out, nil
})

// compiledInputs are statements a compiled model is checked on: the stance
// corpus's training and development statements and bad input.
func compiledInputs(t testing.TB) []string {
	t.Helper()
	ex, err := defaultmodel.Statements(corpus.Train, corpus.Dev)
	if err != nil {
		t.Fatal(err)
	}
	texts, _, _ := defaultmodel.Columns(ex)
	return append(texts, compiledEdgeCases...)
}

var compiledEdgeCases = []string{"", " ", "\x00", "!!!", "a", "not not not", "\xff\xfe ban", "ban ban ban ban",
	"Huawei \x00 5G \xc3", strings.Repeat("banana ", 2000), strings.Repeat("x", features.MaxStatementBytes+10),
	strings.Repeat("\xff", 300), "هواوي 华为 🚫", "the the the the the"}

// checkCompiled fails t unless c labels s as its model's Predict does: the
// same error, the same label, the confidence, relevance and every class's
// probability within 1e-9.
func checkCompiled(t testing.TB, m *stance.Model, c *stance.Compiled, s string) {
	t.Helper()
	want, werr := m.Predict(s)
	got, err := c.Predict(s)
	if (werr == nil) != (err == nil) || werr != nil && err.Error() != werr.Error() {
		t.Fatalf("%.80q: compiled error %v, Predict's %v", s, err, werr)
	}
	if werr != nil {
		return
	}
	if got.Label != want.Label || math.Abs(got.Confidence-want.Confidence) > 1e-9 || math.Abs(got.Relevance-want.Relevance) > 1e-9 {
		t.Fatalf("%.80q: compiled %+v, Predict's %s %v %v", s, got, want.Label, want.Confidence, want.Relevance)
	}
	probs, err := stance.CompiledProbs(c, s)
	if err != nil {
		t.Fatal(err)
	}
	for k, lp := range want.Probs {
		p := probs[k]
		if want.Relevance > 0 {
			p /= want.Relevance
		}
		if math.Abs(p-lp.P) > 1e-9 {
			t.Fatalf("%.80q: compiled P(%s) %v, Predict's %v", s, lp.Label, p, lp.P)
		}
	}
	// Probs gives the same label and the same probabilities, appended.
	l, given, err := c.Probs([]float64{-1}, s)
	if err != nil || l != got || len(given) != 1+len(want.Probs) || given[0] != -1 {
		t.Fatalf("%.80q: Probs %+v %v %v, Predict %+v", s, l, given, err, got)
	}
	for k, lp := range want.Probs {
		if math.Abs(given[1+k]-lp.P) > 1e-9 {
			t.Fatalf("%.80q: Probs P(%s) %v, Predict's %v", s, lp.Label, given[1+k], lp.P)
		}
	}
}

func compiledFor(t testing.TB, name string) (*stance.Model, *stance.Compiled) {
	t.Helper()
	ms, err := compiledModels()
	if err != nil {
		t.Fatal(err)
	}
	m := ms[name]
	c, err := m.Compile()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m, c
}

func TestCompiledMatchesPredict(t *testing.T) {
	inputs := compiledInputs(t)
	for _, name := range []string{"chars", "offtarget", "words", "restored"} {
		t.Run(name, func(t *testing.T) {
			m, c := compiledFor(t, name)
			for _, s := range inputs {
				checkCompiled(t, m, c, s)
			}
			// The batch gives each statement what Predict gives it.
			for i, r := range c.PredictBatch(inputs, 3) {
				one, err := c.Predict(inputs[i])
				if r.Err != nil || err != nil {
					if fmt.Sprint(r.Err) != fmt.Sprint(err) {
						t.Fatalf("%.80q: batch error %v, one at a time %v", inputs[i], r.Err, err)
					}
					continue
				}
				if r != one {
					t.Fatalf("%.80q: batch %+v, one at a time %+v", inputs[i], r, one)
				}
			}
		})
	}
}

func TestCompileRefusesOtherBlocks(t *testing.T) {
	def, err := loadFile("default.model") // cue features
	if err != nil {
		t.Fatal(err)
	}
	if _, err := def.Compile(); !errors.Is(err, stance.ErrNotCompilable) || !errors.Is(err, features.ErrNotNGrams) {
		t.Fatalf("default model: %v, want ErrNotCompilable and ErrNotNGrams", err)
	}
}

// Goroutines sharing a compiled model get Predict's labels (run with -race).
func TestCompiledConcurrent(t *testing.T) {
	m, c := compiledFor(t, "chars")
	inputs := compiledInputs(t)[:400]
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, r := range c.PredictBatch(inputs, 2) {
				if p, err := m.Predict(inputs[i]); err == nil && p.Label != r.Label {
					t.Errorf("%.80q: %s, want %s", inputs[i], r.Label, p.Label)
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzCompiled(f *testing.F) {
	for _, s := range compiledEdgeCases[:10] {
		f.Add(s)
	}
	f.Add("Operators oppose a Huawei ban, not the 5G rollout.")
	m, c := compiledFor(f, "chars")
	r := compiledModelsMust(f)["restored"]
	rc, err := r.Compile()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCompiled(t, m, c, s)
		checkCompiled(t, r, rc, s)
	})
}

func compiledModelsMust(t testing.TB) map[string]*stance.Model {
	ms, err := compiledModels()
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func BenchmarkCompiledPredictBatch(b *testing.B) {
	_, c := compiledFor(b, "chars")
	inputs := compiledInputs(b)
	inputs = inputs[:len(inputs)-len(compiledEdgeCases)]
	out := make([]stance.Labelled, len(inputs))
	c.PredictInto(out, inputs, 0)
	b.ReportAllocs()
	for b.Loop() {
		c.PredictInto(out, inputs, 0)
	}
	b.ReportMetric(float64(b.N*len(inputs))/b.Elapsed().Seconds(), "statements/s")
}

// The statement numbers that mark features wrap every 255 statements:
// the statements labelled across the wrap get what Predict gives them.
func TestCompiledMarksWrap(t *testing.T) {
	m, c := compiledFor(t, "chars")
	texts := compiledInputs(t)[:6]
	texts = append(texts, texts...) // repeats right after the wrap too
	got, err := stance.CompiledAcrossWrap(c, texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		want, err := stance.CompiledProbs(c, s)
		if err != nil {
			t.Fatal(err)
		}
		for k := range want {
			if math.Abs(got[i][k]-want[k]) > 1e-12 {
				t.Fatalf("%.80q, statement %d across the wrap: %v, want %v", s, i, got[i], want)
			}
		}
		checkCompiled(t, m, c, s)
	}
}
