package senteval

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
)

func f(x float64) *float64 { return &x }

func TestEvaluate(t *testing.T) {
	rows := []Row{
		{Text: "a", Score: f(2), Label: "positive"},
		{Text: "b", Score: f(-1), Label: "negative"},
		{Text: "c", Score: f(0), Label: "neutral"},
		{Text: "d", Score: f(1), Label: "positive"},
	}
	// predictions: pos, pos, neutral, pos -> 3 of 4 right
	m := Evaluate(rows, []float64{0.5, 0.2, 0, 0.9})
	if m.N != 4 || math.Abs(m.Accuracy-0.75) > 1e-12 || math.Abs(m.Rec-0.75) > 1e-12 {
		t.Errorf("accuracy %v recall %v", m.Accuracy, m.Rec)
	}
	// positive: P 2/3 R 1 F1 .8 (support 2); negative: 0 (support 1); neutral: 1 (support 1)
	if want := (2*0.8 + 0 + 1) / 4; math.Abs(m.F1-want) > 1e-12 {
		t.Errorf("weighted F1 %v, want %v", m.F1, want)
	}
	if want := (0.8 + 0 + 1) / 3; math.Abs(m.MacroF1-want) > 1e-12 {
		t.Errorf("macro F1 %v, want %v", m.MacroF1, want)
	}
	if math.IsNaN(m.R) || m.R <= 0 {
		t.Errorf("r %v", m.R)
	}
	if m := Evaluate([]Row{{Label: "neutral"}, {Label: "neutral"}}, []float64{0, 0}); !math.IsNaN(m.R) || m.Accuracy != 1 {
		t.Errorf("unrated rows: %+v", m)
	}
}

func TestFoldAndDataDir(t *testing.T) {
	if a, b := Fold("same text", Folds), Fold("same text", Folds); a != b {
		t.Error("Fold not deterministic")
	}
	t.Setenv(EnvData, "/from/env")
	if got := DataDir("/flag", true, "fb"); got != "/flag" {
		t.Errorf("explicit flag: %s", got)
	}
	if got := DataDir("ignored", false, "fb"); got != "/from/env" {
		t.Errorf("env: %s", got)
	}
	t.Setenv(EnvData, "")
	if got := DataDir("ignored", false, "fb"); got != "fb" {
		t.Errorf("fallback: %s", got)
	}
	if _, err := Load(t.TempDir(), Sets[0]); !errors.Is(err, ErrNoData) {
		t.Errorf("missing data: %v", err)
	}
}

func TestCrossValidate(t *testing.T) {
	words := []string{"great", "awful", "fine", "bad", "lovely", "poor", "the plan", "a report"}
	var a, b []Row
	for i := range 60 {
		w := words[i%len(words)]
		s := 0.0
		switch w {
		case "great", "lovely", "fine":
			s = 2
		case "awful", "bad", "poor":
			s = -2
		}
		a = append(a, Row{Text: fmt.Sprintf("%s news number %d", w, i), Score: f(s), Label: "neutral"})
		b = append(b, Row{Text: fmt.Sprintf("item %d was %s", i, w), Score: f(s / 2), Label: "neutral"})
	}
	out, err := CrossValidate([][]Row{a, b}, sentiment.News, sentiment.FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rules, err := sentiment.New(sentiment.WithoutCalibration())
	if err != nil {
		t.Fatal(err)
	}
	for k, rows := range [][]Row{a, b} {
		if len(out[k]) != len(rows) {
			t.Fatalf("set %d: %d scores for %d rows", k, len(out[k]), len(rows))
		}
		for i, r := range rows {
			if got, want := sentiment.LabelOf(out[k][i]), rules.Score(r.Text).Label; got != want {
				t.Errorf("%q: cross-validated label %v, rule label %v", r.Text, got, want)
			}
		}
	}
	again, _ := CrossValidate([][]Row{a, b}, sentiment.News, sentiment.FitOptions{})
	for k := range out {
		for i := range out[k] {
			if out[k][i] != again[k][i] {
				t.Fatal("CrossValidate is not deterministic")
			}
		}
	}
	// The Social profile fits with its own rule layer: polar rule labels
	// are kept there too.
	social, err := CrossValidate([][]Row{a, b}, sentiment.Social, sentiment.FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	socialRules, err := sentiment.New(sentiment.WithProfile(sentiment.Social), sentiment.WithoutCalibration())
	if err != nil {
		t.Fatal(err)
	}
	for k, rows := range [][]Row{a, b} {
		for i, r := range rows {
			if want := socialRules.Score(r.Text).Label; want != sentiment.Neutral && sentiment.LabelOf(social[k][i]) != want {
				t.Errorf("social %q: cross-validated label %v, rule label %v", r.Text, sentiment.LabelOf(social[k][i]), want)
			}
		}
	}
	if _, err := CrossValidate([][]Row{{{Text: "x", Label: "neutral"}}}, sentiment.News, sentiment.FitOptions{}); err == nil {
		t.Error("unrated rows accepted")
	}
}
