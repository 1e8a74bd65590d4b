package attribution

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
)

// crossFitCache holds, per fold seed, the development texts read with the
// stance models of their folds (five models trained a seed).
var crossFitCache sync.Map

// crossFitTexts reads every development text of g with the default stance
// model trained without the official statements of its fold (folds:
// cvFolds over g's names with seed), the learned label off.
func crossFitTexts(t *testing.T, g *goldCorpus, seed uint64) ([]cvText, map[string]int) {
	t.Helper()
	folds := cvFolds(g.names, crossFitFolds, seed)
	if v, ok := crossFitCache.Load(seed); ok {
		return v.([]cvText), folds
	}
	texts, err := crossFit(g.names, g.docs, folds, crossFitFolds, defaultmodel.BuildWithout)
	if err != nil {
		t.Fatal(err)
	}
	crossFitCache.Store(seed, texts)
	return texts, folds
}

// crossFitSeeds are the fold seeds STANCEKIT_CROSSFIT_SEEDS lists (comma
// separated), crossFitSeed when it is unset.
func crossFitSeeds(t *testing.T) []uint64 {
	env := os.Getenv("STANCEKIT_CROSSFIT_SEEDS")
	if env == "" {
		return []uint64{crossFitSeed, 1, 2}
	}
	var out []uint64
	for _, f := range strings.Split(env, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil {
			t.Fatalf("STANCEKIT_CROSSFIT_SEEDS: %v", err)
		}
		out = append(out, v)
	}
	return out
}

// crossFitCV are the pooled figures of one fold seed's honest CV: the
// aggregation's labels (off), the learned label trained on actors read
// with the default model (in-sample features, as actor_labels.txt was
// trained before the eleventh session) and trained on cross-fitted ones.
type crossFitCV struct {
	off, inSample, crossFit cvFigures
}

// runCrossFitCV scores the learned label by grouped CV with fold seed
// seed: every held-out text is read with the stance model of its fold
// (which never saw its statements), and relabelled by label models trained
// on the other folds' texts only, with their actors' features read either
// by the default model (inSample) or by their own folds' models.
func runCrossFitCV(t *testing.T, g *goldCorpus, seed uint64) crossFitCV {
	t.Helper()
	honest, folds := crossFitTexts(t, g, seed)
	inSample := analyseForFilter(t, g)
	a, err := New(defaultModel(t), nil, WithoutLearnedLabels())
	if err != nil {
		t.Fatal(err)
	}
	var cv crossFitCV
	for fold := 0; fold < crossFitFolds; fold++ {
		mIn, err := trainFold(g, inSample, folds, fold)
		if err != nil {
			t.Fatal(err)
		}
		mX, err := trainFold(g, honest, folds, fold)
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range honest {
			if folds[tx.name] == fold {
				cv.off.add(g, tx, nil)
			}
		}
		scoreRelabelled(a, mIn, g, honest, folds, fold, &cv.inSample)
		scoreRelabelled(a, mX, g, honest, folds, fold, &cv.crossFit)
	}
	return cv
}

// TestLearnedLabelsCrossFitCV is the learned label's honest figure: grouped
// 5-fold CV over the development texts in which a held-out text is read by
// a stance model that never saw its statements (the default model trained
// without its fold's: defaultmodel.BuildWithout) and relabelled by a label
// model that never saw its gold. It compares the label trained on actors
// read with the default model (which has seen every development statement,
// so its features are more confident than on new texts) with the label
// trained on cross-fitted actors, as go generate now trains
// actor_labels.txt. Fold seeds: STANCEKIT_CROSSFIT_SEEDS (default the
// generator's, 20261202, and 1 and 2, the seeds of attribution/RESULTS.md's
// eleventh session); the floors hold on every seed given, the comparison
// with the in-sample-trained label on their sum.
// Trains five stance models a seed, so not with -short.
func TestLearnedLabelsCrossFitCV(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five stance models a fold seed")
	}
	g := loadOfficial(t, "dev")
	seeds := crossFitSeeds(t)
	crossOK, inOK := 0, 0
	defer func() {
		if crossOK < inOK-1 {
			t.Errorf("seeds %v: cross-fitted labels %d right, the in-sample-trained %d", seeds, crossOK, inOK)
		}
	}()
	for _, seed := range seeds {
		cv := runCrossFitCV(t, g, seed)
		t.Logf("seed %d, %d texts: off (aggregation)             %v", seed, len(g.names), cv.off)
		t.Logf("seed %d, %d texts: learned, in-sample features   %v", seed, len(g.names), cv.inSample)
		t.Logf("seed %d, %d texts: learned, cross-fitted         %v", seed, len(g.names), cv.crossFit)
		acc := func(f cvFigures) float64 { return ratio(f.ac.labelOK, f.ac.found) }
		// Cross-fitted and in-sample-trained labels differ by one or two
		// actors either way over seeds (+1, -1, +1 on 20261202, 1, 2 in the
		// eleventh session; -1, 0, +3 before the nineteenth session's names
		// with initials, -2, -1, +2 after, one more actor found): this CV cannot tell
		// them apart seed by seed, so the test asks that cross-fitting
		// costs no more than one actor summed over the seeds (below); it
		// must never fall below the aggregation's labels, and its pooled
		// accuracy stays above the floor on every seed (0.762 / 0.772 /
		// 0.782 measured in the eleventh session, 0.767 / 0.775 / 0.806 in
		// the nineteenth).
		crossOK, inOK = crossOK+cv.crossFit.ac.labelOK, inOK+cv.inSample.ac.labelOK
		if acc(cv.crossFit) < acc(cv.off) {
			t.Errorf("seed %d: cross-fitted label accuracy %.3f below the aggregation's %.3f", seed, acc(cv.crossFit), acc(cv.off))
		}
		if acc(cv.crossFit) < 0.76 {
			t.Errorf("seed %d: cross-fitted label accuracy %.3f below the floor 0.76", seed, acc(cv.crossFit))
		}
		if cv.crossFit.spurious > cv.off.spurious || cv.crossFit.ac.found != cv.off.ac.found {
			t.Errorf("seed %d: the layer changed what is found (%d / %d found, %d / %d spurious)", seed, cv.crossFit.ac.found, cv.off.ac.found, cv.crossFit.spurious, cv.off.spurious)
		}
	}
}
