package stance_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

func TestSolverText(t *testing.T) {
	for _, s := range []stance.Solver{stance.SolverLogistic, stance.SolverSVM} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != s.String() {
			t.Errorf("%v: text %q", s, b)
		}
		var back stance.Solver
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%q read back as %v, %v", b, back, err)
		}
	}
	var s stance.Solver = stance.SolverSVM
	if err := s.UnmarshalText(nil); err != nil || s != stance.SolverLogistic {
		t.Errorf("empty text: %v, %v; want the zero value", s, err)
	}
	for _, bad := range []string{"SVM", "tree", " svm"} {
		if err := s.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if _, err := stance.Solver(7).MarshalText(); err == nil {
		t.Error("Solver(7) marshalled")
	}
	if got := stance.Solver(7).String(); got != "Solver(7)" {
		t.Errorf("Solver(7).String() = %q", got)
	}
}

// TrainConfig's JSON holds the solver by name, and leaves out the default.
func TestSolverJSON(t *testing.T) {
	cfg := stance.DefaultTrainConfig()
	b, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"solver"`) {
		t.Errorf("the default solver is written: %s", b)
	}
	cfg.Solver = stance.SolverSVM
	if b, err = json.Marshal(cfg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"solver":"svm"`) {
		t.Errorf("no solver name in %s", b)
	}
	var back stance.TrainConfig
	if err := json.Unmarshal(b, &back); err != nil || back.Solver != stance.SolverSVM {
		t.Errorf("read back %v, %v", back.Solver, err)
	}
	if err := json.Unmarshal([]byte(`{"solver":"forest"}`), &back); err == nil {
		t.Error("unknown solver read")
	}
}

// A Solver is a command-line flag as it is.
func TestSolverFlag(t *testing.T) {
	fl := flag.NewFlagSet("t", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	var s stance.Solver
	fl.TextVar(&s, "solver", stance.SolverLogistic, "")
	if err := fl.Parse([]string{"-solver", "svm"}); err != nil || s != stance.SolverSVM {
		t.Errorf("-solver svm: %v, %v", s, err)
	}
	if err := fl.Parse([]string{"-solver", "tree"}); err == nil {
		t.Error("-solver tree accepted")
	}
}

// labelTexts are six statements for the label-set tests, two per class.
var labelTexts = []string{
	"Huawei should be banned from the network", "we must exclude the vendor",
	"Huawei equipment is safe and welcome", "the operator trusts its supplier",
	"we will assess every vendor against the criteria", "a common approach to the risk",
}

// cueWeight returns the weight that ties the lexicon class l's cue feature
// to the model class l.
func cueWeight(t *testing.T, m *stance.Model, l stance.Label) float64 {
	t.Helper()
	vec := m.Vectorizer()
	for j := range vec.Dim() {
		if vec.Name(j) == "cue:"+string(l) {
			return stance.Weight(m, slices.Index(stance.Classes(m), l), j)
		}
	}
	t.Fatalf("no cue feature for %q", l)
	return 0
}

// Issue 14: Train took "Supportive" as a class apart from "supportive",
// reported it capitalised in Labels() and dropped the cue prior without a
// word. Labels must now be as ParseLabel writes them.
func TestTrainRejectsLabelsNotLowerCase(t *testing.T) {
	cfg := stance.DefaultTrainConfig()
	for name, c := range map[string]struct {
		labels []stance.Label
		index  int
		bad    string
	}{
		"capitalised":                           {[]stance.Label{"Opposed", "Opposed", "Supportive", "Supportive", "Cautious", "Cautious"}, 0, `"Opposed"`},
		"one capitalised beside its lower case": {[]stance.Label{"opposed", "opposed", "supportive", "Supportive", "cautious", "cautious"}, 3, `"Supportive"`},
		"upper case":                            {[]stance.Label{"opposed", "opposed", "supportive", "supportive", "cautious", "CAUTIOUS"}, 5, `"CAUTIOUS"`},
		"spaces":                                {[]stance.Label{"opposed", "opposed", "supportive", " supportive", "cautious", "cautious"}, 3, `" supportive"`},
		"empty":                                 {[]stance.Label{"opposed", "", "supportive", "supportive", "cautious", "cautious"}, 1, `""`},
		"two words":                             {[]stance.Label{"opposed", "opposed", "supportive", "supportive", "cautious", "a b"}, 5, `"a b"`},
	} {
		_, err := stance.Train(labelTexts, c.labels, cfg)
		if !errors.Is(err, stance.ErrBadLabel) {
			t.Errorf("%s: got %v, want ErrBadLabel", name, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, fmt.Sprintf("example %d:", c.index)) || !strings.Contains(msg, c.bad) {
			t.Errorf("%s: %q does not name example %d and label %s", name, msg, c.index, c.bad)
		}
	}
	cfg.ClassWeights = map[stance.Label]float64{"Opposed": 2}
	if _, err := stance.Train(labelTexts, []stance.Label{"opposed", "opposed", "supportive", "supportive", "cautious", "cautious"}, cfg); !errors.Is(err, stance.ErrBadLabel) || !strings.Contains(err.Error(), `"Opposed"`) {
		t.Errorf("class weight for \"Opposed\": got %v, want ErrBadLabel", err)
	}
}

// TrainVectors checks labels and the cue prior as Train does.
func TestTrainVectorsChecksLabels(t *testing.T) {
	m, err := stance.Train(labelTexts, []stance.Label{"opposed", "opposed", "supportive", "supportive", "cautious", "cautious"}, stance.DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	vec := m.Vectorizer()
	X := make([]features.Vector, len(labelTexts))
	for i, s := range labelTexts {
		X[i], _ = vec.Transform(s)
	}
	_, err = stance.TrainVectors(vec, X, []stance.Label{"opposed", "opposed", "Supportive", "supportive", "cautious", "cautious"}, nil, stance.DefaultTrainConfig())
	if !errors.Is(err, stance.ErrBadLabel) || !strings.Contains(err.Error(), "example 2:") {
		t.Errorf("capitalised label: got %v", err)
	}
	_, err = stance.TrainVectors(vec, X, []stance.Label{"anti", "anti", "pro", "pro", "mixed", "mixed"}, nil, stance.DefaultTrainConfig())
	if err == nil || !strings.Contains(err.Error(), "CuePrior") {
		t.Errorf("pro/mixed/anti with a cue prior: got %v", err)
	}
}

// With stancekit's own lower-case labels the cue prior ties each lexicon
// class's cue feature to its class.
func TestTrainAppliesCuePrior(t *testing.T) {
	labels := []stance.Label{"opposed", "opposed", "supportive", "supportive", "cautious", "cautious"}
	cfg := stance.DefaultTrainConfig()
	cfg.L2 = 10 // the prior all but fixes the weights
	for _, prior := range []float64{0, 1, -0.5} {
		cfg.CuePrior = prior
		m, err := stance.Train(labelTexts, labels, cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed} {
			if w := cueWeight(t, m, l); math.Abs(w-prior) > 0.05 {
				t.Errorf("CuePrior %v: weight of cue:%s for %s is %v", prior, l, l, w)
			}
		}
	}
	// A label set that shares some classes with the lexicon ties those.
	cfg.CuePrior = 1
	m, err := stance.Train(labelTexts, []stance.Label{"opposed", "opposed", "supportive", "supportive", stance.Neutral, stance.Neutral}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if w := cueWeight(t, m, stance.Opposed); math.Abs(w-1) > 0.05 {
		t.Errorf("opposed/supportive/neutral: weight of cue:opposed is %v", w)
	}
}

// A nonzero cue prior that can tie nothing is an error, not plain L2 in
// disguise.
func TestTrainCuePriorWithNothingToTie(t *testing.T) {
	other := []stance.Label{"anti", "anti", "pro", "pro", "mixed", "mixed"}
	cfg := stance.DefaultTrainConfig()
	if cfg.CuePrior == 0 {
		t.Fatal("DefaultTrainConfig has no cue prior")
	}
	if _, err := stance.Train(labelTexts, other, cfg); err == nil || !strings.Contains(err.Error(), "CuePrior") {
		t.Errorf("pro/mixed/anti with CuePrior %v: got %v, want an error about CuePrior", cfg.CuePrior, err)
	}
	noCues := cfg
	noCues.Features.Cues = false
	if _, err := stance.Train(labelTexts, []stance.Label{"opposed", "opposed", "supportive", "supportive", "cautious", "cautious"}, noCues); err == nil || !strings.Contains(err.Error(), "Features.Cues") {
		t.Errorf("cues off with CuePrior %v: got %v, want an error about Features.Cues", cfg.CuePrior, err)
	}
	svm := cfg
	svm.Solver = stance.SolverSVM
	if _, err := stance.Train(labelTexts, other, svm); err == nil || !strings.Contains(err.Error(), "CuePrior") {
		t.Errorf("SVM, pro/mixed/anti with CuePrior %v: got %v, want an error", cfg.CuePrior, err)
	}
	cfg.CuePrior = 0
	m, err := stance.Train(labelTexts, other, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Labels(); !slices.Equal(got, []stance.Label{"anti", "mixed", "pro"}) {
		t.Errorf("labels %v", got)
	}
}
