package stance_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/datatest"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/experiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

// Floors are set just below what was measured (see README, "Accuracy",
// and stance/RESULTS.md) and are never lowered to let a change pass.
const (
	floorTrainCVMacroF1 = 0.61 // measured 0.625 (grouped 10-fold CV, train split, seed 1); 0.628 with the official statements (tenth session)
	floorTrainCVOffF1   = 0.67 // measured 0.685; 0.683 with the official statements; 0.678 once the 17 sharing a run with a sealed official text were dropped and the eighth batch's joined (tenth session: lowered, see stance/RESULTS.md chronology 12)
	floorArticleLOAO    = 0.85 // measured 0.862 (stance macro-F1, leave-one-article-out); 0.859 with the official statements
	// measured 0.778 (stance macro-F1 on huawei-external-dev; 0.778 with the
	// official statements too, tenth session). The earlier
	// 0.830 was measured with 104 statements of the dev set's own pages in
	// training; TestNoExternalDevStatements now keeps them out, and this
	// floor is the first honest measurement's, not a loosening.
	floorDevMacroF1 = 0.77
)

// TestTrainSplitCrossValidation is the figure every setting of the default
// model was chosen by: grouped 10-fold cross-validation on the train split
// of the statement corpus.
func TestTrainSplitCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: grouped cross-validation trains ten models")
	}
	// The default trains on the official statements too (tenth session):
	// each fold takes those that share no run of eight words with it.
	def := experiment.Ablation{Official: experiment.DefaultOfficial()}
	d, err := def.Data()
	if err != nil {
		t.Fatal(err)
	}
	r, err := experiment.CrossValidate(d, defaultmodel.Config(), def.RowOptions(experiment.Options{Folds: 10, Seed: 1}))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("train split, grouped 10-fold: stance macro-F1 %.3f, off-target F1 %.3f\n%s", r.MacroF1, r.OffTargetF1, r.Report)
	if r.MacroF1 < floorTrainCVMacroF1 || r.OffTargetF1 < floorTrainCVOffF1 {
		t.Errorf("macro-F1 %.3f / off-target F1 %.3f below floors %.2f / %.2f", r.MacroF1, r.OffTargetF1, floorTrainCVMacroF1, floorTrainCVOffF1)
	}
}

// TestArticleCorpusLOAO scores each article of the article corpus with a
// model trained on the other four and the statement corpus.
func TestArticleCorpusLOAO(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: trains five models")
	}
	extra, err := defaultmodel.Statements(corpus.Train, corpus.Dev)
	if err != nil {
		t.Fatal(err)
	}
	official, err := experiment.DefaultOfficial().Examples()
	if err != nil {
		t.Fatal(err)
	}
	r, err := experiment.ArticleLOAO(append(extra, official...), defaultmodel.Config(), experiment.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("article corpus, leave-one-article-out: stance macro-F1 %.3f\n%s", r.MacroF1, r.Report)
	if r.MacroF1 < floorArticleLOAO {
		t.Errorf("stance macro-F1 %.3f < floor %.2f", r.MacroF1, floorArticleLOAO)
	}
}

// TestOffTargetProbes: sentences about nothing in the debate get no
// position from the default model.
func TestOffTargetProbes(t *testing.T) {
	m := defaultModel(t)
	for _, p := range experiment.Probes {
		if p.Want != stance.OffTarget {
			continue
		}
		got, err := m.Predict(p.Text)
		if err != nil {
			t.Fatal(err)
		}
		if got.Label != stance.OffTarget {
			t.Errorf("%q: %s (relevance %.2f), want off_target", p.Text, got.Label, got.Relevance)
		}
	}
}

// TestExternalDev measures generalisation on new Huawei/5G statements. The
// data stays in the shared folder; the test skips when it is absent.
func TestExternalDev(t *testing.T) {
	path := filepath.Join(corpus.DataDir(), "huawei-external-dev", "dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		datatest.Skip(t, path)
	}
	dev, err := corpus.LoadLabelled(path)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var gold []stance.Label
	for _, d := range dev {
		texts = append(texts, d.Text)
		gold = append(gold, stance.Label(d.Label))
	}
	r, _, err := eval.Evaluate(defaultModel(t), texts, gold)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("external dev: stance macro-F1 %.3f\n%s", eval.StanceMacroF1(r), r)
	if f := eval.StanceMacroF1(r); f < floorDevMacroF1 {
		t.Errorf("external dev stance macro-F1 %.3f < floor %.2f", f, floorDevMacroF1)
	}
}
