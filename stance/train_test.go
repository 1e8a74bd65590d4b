package stance_test

import (
	"encoding/json"
	"flag"
	"io"
	"strings"
	"testing"

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
