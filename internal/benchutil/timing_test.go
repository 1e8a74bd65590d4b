package benchutil_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/stance"
)

// tinyModel trains a model that tells two made-up words apart.
func tinyModel(t *testing.T, pro, anti string) *stance.Model {
	t.Helper()
	var texts []string
	var labels []stance.Label
	for i := range 12 {
		w, l := pro, stance.Supportive
		if i%2 == 1 {
			w, l = anti, stance.Opposed
		}
		texts, labels = append(texts, strings.Repeat(w+" ", 1+i%3)+"plan"), append(labels, l)
	}
	m, err := stance.Train(texts, labels, stance.TrainConfig{Features: features.Config{WordNgrams: 1, MinDF: 1}, L2: 0.01, MaxIter: 200})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTimePredict(t *testing.T) {
	cats, dogs := tinyModel(t, "purr", "hiss"), tinyModel(t, "wag", "growl")
	test := []benchutil.Row{
		{ID: "1", Target: "cats", Text: "purr purr"}, {ID: "2", Target: "dogs", Text: "growl"},
		{ID: "3", Target: "cats", Text: "hiss"}, {ID: "4", Target: "dogs", Text: "wag wag"},
	}
	modelOf := func(i int) *stance.Model {
		if test[i].Target == "cats" {
			return cats
		}
		return dogs
	}
	pred, tm, err := benchutil.TimePredict(test, modelOf, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range test {
		p, err := modelOf(i).Predict(r.Text)
		if err != nil || pred[i] != p.Label {
			t.Errorf("row %s: batch %s, single %s %v", r.ID, pred[i], p.Label, err)
		}
	}
	if tm.N != 4 || tm.Batch <= 0 || tm.Single <= 0 || tm.Models != 2 || tm.Compiled != 2 {
		t.Errorf("timing %+v", tm)
	}
	// A model that does not compile (the default model has cue features)
	// predicts its batches with Model.PredictBatch, beside one that does.
	def, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	mixed := func(i int) *stance.Model {
		if test[i].Target == "cats" {
			return def
		}
		return dogs
	}
	pred, tm, err = benchutil.TimePredict(test, mixed, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range test {
		p, err := mixed(i).Predict(r.Text)
		if err != nil || pred[i] != p.Label {
			t.Errorf("mixed, row %s: batch %s, single %s %v", r.ID, pred[i], p.Label, err)
		}
	}
	if tm.Models != 2 || tm.Compiled != 1 {
		t.Errorf("mixed: %d models, %d compiled, want 2 and 1", tm.Models, tm.Compiled)
	}
	test[2].Text = "   "
	if _, _, err := benchutil.TimePredict(test, modelOf, 0, 1); err == nil || !strings.HasPrefix(err.Error(), "test row 3 (cats): ") {
		t.Errorf("blank row: err %v", err)
	}
}

func TestPredictTimingRates(t *testing.T) {
	tm := benchutil.PredictTiming{N: 500, Batch: 250 * time.Millisecond, Single: 10 * time.Millisecond}
	if tm.PerSecond() != 2000 || tm.MicrosEach() != 20 {
		t.Errorf("%v statements/s, %v µs each", tm.PerSecond(), tm.MicrosEach())
	}
}
