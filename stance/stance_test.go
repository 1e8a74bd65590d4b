package stance_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

func defaultModel(t testing.TB) *stance.Model {
	t.Helper()
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func checkPrediction(t *testing.T, text string, p stance.Prediction) {
	t.Helper()
	var sum float64
	for _, lp := range p.Probs {
		if lp.P < 0 || lp.P > 1 || math.IsNaN(lp.P) {
			t.Fatalf("%q: probability %v", text, lp.P)
		}
		sum += lp.P
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Fatalf("%q: probabilities sum to %v", text, sum)
	}
	// The confidence of a stance is its probability given relevance; of
	// off_target, 1 − relevance.
	if want := p.Probs.Of(p.Label); p.Label == stance.OffTarget {
		if math.Abs(p.Confidence-(1-p.Relevance)) > 1e-12 {
			t.Fatalf("%q: off_target confidence %v, relevance %v", text, p.Confidence, p.Relevance)
		}
	} else if want != p.Confidence {
		t.Fatalf("%q: confidence %v is not P(%s)", text, p.Confidence, p.Label)
	}
	for _, c := range p.Cues {
		if c.Start < 0 || c.End > len(text) || text[c.Start:c.End] != c.Text {
			t.Fatalf("%q: cue %+v does not locate its text", text, c)
		}
	}
}

func TestDefaultModelOnClearStatements(t *testing.T) {
	m := defaultModel(t)
	for text, want := range map[string]stance.Label{
		"Big telecoms operators oppose a Huawei ban.":                                        stance.Supportive,
		"We have found no evidence that Huawei has installed backdoors in its equipment.":    stance.Supportive,
		"The Commission will not call for a ban but wants a common approach to 5G security.": stance.Cautious,
		"Germany set tougher criteria for all vendors without singling out Huawei.":          stance.Cautious,
		"The United States wants allies to shut Huawei out of their 5G networks.":            stance.Opposed,
		"Australia and New Zealand have stopped operators using Huawei equipment.":           stance.Opposed,
	} {
		p, err := m.Predict(text)
		if err != nil {
			t.Fatal(err)
		}
		checkPrediction(t, text, p)
		if p.Label != want {
			t.Errorf("%q: %s (%.2f), want %s; reasons %v", text, p.Label, p.Confidence, want, p.Reasons)
		}
		if len(p.Reasons) == 0 {
			t.Errorf("%q: no reasons given", text)
		}
	}
}

func TestPredictBadInput(t *testing.T) {
	m := defaultModel(t)
	for _, text := range []string{"", "   \n\t", "\x00\x00", "!!! ... ???"} {
		if _, err := m.Predict(text); !errors.Is(err, stance.ErrEmpty) {
			t.Errorf("%q: err %v, want ErrEmpty", text, err)
		}
	}
	for _, text := range []string{
		"Huawei \xff\xfe ban \x00 now",
		strings.Repeat("Huawei must be banned from 5G networks. ", 250_000), // 10 MB line
		"华为 5G 禁令 هواوي 🚫",
		strings.Repeat("“", 1000) + "ban",
	} {
		p, err := m.Predict(text)
		if err != nil {
			t.Fatalf("%.30q: %v", text, err)
		}
		checkPrediction(t, text, p)
	}
}

func TestPredictBatchKeepsOrderAndErrors(t *testing.T) {
	m := defaultModel(t)
	texts := []string{"Operators oppose a Huawei ban.", "", "Shut Huawei out of 5G.", "  "}
	res := m.PredictBatch(texts, 3)
	if len(res) != len(texts) {
		t.Fatalf("%d results for %d texts", len(res), len(texts))
	}
	for i, r := range res {
		blank := strings.TrimSpace(texts[i]) == ""
		if blank != (r.Err != nil) {
			t.Errorf("text %d %q: err %v", i, texts[i], r.Err)
		}
		if !blank {
			single, _ := m.Predict(texts[i])
			if single.Label != r.Label || single.Confidence != r.Confidence {
				t.Errorf("text %d: batch %v differs from single %v", i, r.Prediction, single)
			}
		}
	}
}

func TestConcurrentPredict(t *testing.T) {
	m := defaultModel(t)
	texts, _, _, err := defaultmodel.ArticleData()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]stance.Prediction, len(texts))
	for i, s := range texts {
		want[i], _ = m.Predict(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range texts {
				k := (i + g) % len(texts)
				p, err := m.Predict(texts[k])
				if err != nil || p.Label != want[k].Label || p.Confidence != want[k].Confidence {
					t.Errorf("goroutine %d text %d: %v %v", g, k, p.Label, err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestDefaultModelIsReproducible proves the committed model is what
// `go generate ./stance` produces from the committed corpus and code.
func TestDefaultModelIsReproducible(t *testing.T) {
	want, err := defaultmodel.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(corpus.Dir(), "..", defaultmodel.Path))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("stance/default.model (%d bytes) is not what `go generate ./stance` builds (%d bytes): regenerate and commit it", len(got), len(want))
	}
}

func TestTrainDeterministic(t *testing.T) {
	texts, labels, _, err := defaultmodel.ArticleData()
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		m, err := stance.Train(texts, labels, stance.DefaultTrainConfig())
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same data differ")
	}
}

func TestTrainAnyLabelSet(t *testing.T) {
	texts := []string{"I love this", "great stuff", "hate it", "awful thing", "it is a chair", "the table"}
	labels := []stance.Label{"favor", "favor", "against", "against", stance.Neutral, stance.Neutral}
	cfg := stance.DefaultTrainConfig()
	cfg.Features.Cues = false
	cfg.CuePrior = 0 // no cue features to tie (see TestTrainCuePriorWithNothingToTie)
	m, err := stance.Train(texts, labels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Labels(); len(got) != 3 || got[0] != "against" || got[1] != "favor" || got[2] != stance.Neutral {
		t.Errorf("labels %v", got)
	}
	p, err := m.Predict("great, I love it")
	if err != nil || p.Label != "favor" {
		t.Errorf("got %v %v", p.Label, err)
	}
}

func TestTrainErrors(t *testing.T) {
	cfg := stance.DefaultTrainConfig()
	for name, c := range map[string]struct {
		texts  []string
		labels []stance.Label
	}{
		"mismatch":  {[]string{"a b"}, nil},
		"empty":     {nil, nil},
		"one class": {[]string{"ban it", "ban them"}, []stance.Label{"opposed", "opposed"}},
		"blank":     {[]string{"ban it", "  "}, []stance.Label{"opposed", "supportive"}},
		"bad label": {[]string{"ban it", "keep it"}, []stance.Label{"opposed", "no way"}},
	} {
		if _, err := stance.Train(c.texts, c.labels, cfg); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestLabelText(t *testing.T) {
	var l stance.Label
	if err := l.UnmarshalText([]byte("SUPPORTIVE")); err != nil || l != stance.Supportive {
		t.Errorf("got %q %v", l, err)
	}
	if err := l.UnmarshalText([]byte("")); err == nil {
		t.Error("empty label accepted")
	}
	if _, err := stance.Label("").MarshalText(); err == nil {
		t.Error("empty label marshalled")
	}
}

// TestPredictBatchIsPredict checks that a batch, whose predictions share one
// block of memory, gives every statement of the article corpus exactly the
// prediction Predict gives it, and that no prediction's slices reach into
// another's.
func TestPredictBatchIsPredict(t *testing.T) {
	m := defaultModel(t)
	texts, _, _, err := defaultmodel.ArticleData()
	if err != nil {
		t.Fatal(err)
	}
	res := m.PredictBatch(texts, 2)
	for i, s := range texts {
		p, err := m.Predict(s)
		if err != nil || res[i].Err != nil {
			t.Fatalf("text %d: %v / %v", i, err, res[i].Err)
		}
		if !reflect.DeepEqual(p, res[i].Prediction) {
			t.Fatalf("text %d: batch %+v, Predict %+v", i, res[i].Prediction, p)
		}
	}
	// Appending to one result's slices must not write into the next one's.
	for i := 0; i+1 < len(res); i++ {
		before := fmt.Sprint(res[i+1].Prediction)
		r := res[i].Prediction
		_ = append(r.Probs, stance.LabelProb{Label: "x", P: 9})
		_ = append(r.Reasons, stance.Reason{Feature: "x", Weight: 9})
		_ = append(r.Cues, stance.CueHit{Cue: "x"})
		if fmt.Sprint(res[i+1].Prediction) != before {
			t.Fatalf("appending to result %d changed result %d", i, i+1)
		}
	}
}
