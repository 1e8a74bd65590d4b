package experiment

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// wvTexts is a small corpus in which "ban" and "bar" share their contexts
// and "welcome" and "embrace" theirs.
func wvTexts() []string {
	var out []string
	for i := 0; i < 40; i++ {
		out = append(out,
			fmt.Sprintf("The government will ban Huawei from the core network in year %d.", i),
			fmt.Sprintf("The regulator may bar Huawei from the core network, officials said on day %d.", i),
			fmt.Sprintf("Operators welcome Huawei equipment and cheaper networks in region %d.", i),
			fmt.Sprintf("Operators embrace Huawei equipment and cheaper networks, analysts said in %d.", i),
			"The weather was cold and the match was postponed because of snow.",
		)
	}
	return out
}

func TestWordVectorsDeterministic(t *testing.T) {
	c := WordVecConfig{Dim: 8, MinCount: 2, Seed: 3}
	a, errA := TrainWordVectors(wvTexts(), c)
	b, errB := TrainWordVectors(wvTexts(), c)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a == nil || b == nil {
		t.Fatal("no vectors")
	}
	if !slices.Equal(a.Words, b.Words) || !slices.Equal(a.vecs, b.vecs) {
		t.Fatal("two runs on the same texts differ")
	}
	for _, w := range a.Words {
		var n float64
		for _, x := range a.Vec(w) {
			n += x * x
		}
		if math.Abs(n-1) > 1e-9 {
			t.Errorf("%s: squared length %v", w, n)
		}
	}
	cos := func(x, y string) float64 {
		var c float64
		for q, v := range a.Vec(x) {
			c += v * a.Vec(y)[q]
		}
		return c
	}
	if cos("ban", "bar") <= cos("ban", "snow") || cos("welcom", "embrac") <= cos("welcom", "snow") {
		t.Errorf("cos(ban, bar) %.2f, cos(ban, snow) %.2f, cos(welcom, embrac) %.2f, cos(welcom, snow) %.2f",
			cos("ban", "bar"), cos("ban", "snow"), cos("welcom", "embrac"), cos("welcom", "snow"))
	}
	if nb := a.Neighbours("ban", 3, -1); len(nb) != 3 || slices.Contains(nb, "ban") {
		t.Errorf("neighbours of ban: %v", nb)
	}
	if a.Vec("nosuchword") != nil || a.Neighbours("nosuchword", 3, 0) != nil {
		t.Error("unknown word has a vector")
	}
	if few, err := TrainWordVectors([]string{"too few words"}, c); few != nil || err != nil {
		t.Errorf("vectors from three words: %v, %v", few, err)
	}
	if cl := a.Clusters(3, 10, 1); len(cl) != len(a.Words) {
		t.Errorf("%d words clustered of %d", len(cl), len(a.Words))
	}
}

func TestSlotWordsDistinct(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 300; i++ {
		w := slotWord(i)
		if seen[w] {
			t.Fatalf("slot word %q twice", w)
		}
		seen[w] = true
	}
}

// learnerSet is a labelled toy set for the learners.
func learnerSet() []defaultmodel.Example {
	var ex []defaultmodel.Example
	add := func(l stance.Label, f string) {
		for i := 0; i < 12; i++ {
			ex = append(ex, defaultmodel.Example{Text: fmt.Sprintf(f, i), Label: l, Group: fmt.Sprint(l, i)})
		}
	}
	add(stance.Opposed, "The minister will ban Huawei from the network over espionage risks, case %d.")
	add(stance.Supportive, "Operators welcome Huawei equipment and reject a ban as protectionism, case %d.")
	add(stance.Cautious, "The government will assess the risks of all vendors before deciding, case %d.")
	add(stance.OffTarget, "The football match was postponed because of snow, report %d.")
	return ex
}

// Each learner trains on a toy set and labels statements; the ordinal
// learner with mix 1 is the plain model.
func TestLearners(t *testing.T) {
	tr := learnerSet()
	cfg := defaultmodel.Config()
	plain, err := fitLabeller(tr, cfg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	probe := []string{"They will ban Huawei.", "Operators welcome Huawei.", "The match was postponed.", "Risks of vendors will be assessed."}
	want := plain(probe)
	wc := WordVecConfig{Dim: 8, MinCount: 2, Seed: 1}
	for name, l := range map[string]Learner{
		"ordinal 1":  OrdinalLearner(1),
		"ordinal 0":  OrdinalLearner(0),
		"dense 0":    DenseLearner(wc, 0),
		"dense 0.5":  DenseLearner(wc, 0.5),
		"clusters":   ClusterLearner(wc, 5),
		"lexicon":    LexiconLearner(wc, 2, 0.3, 0.5),
		"self-train": SelfTrain(0.9, 0.3, 20, 1),
	} {
		label, err := l(tr, cfg, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := label(probe)
		if len(got) != len(probe) {
			t.Fatalf("%s: %d labels for %d texts", name, len(got), len(probe))
		}
		if (name == "ordinal 1" || name == "dense 0") && !slices.Equal(got, want) {
			t.Errorf("%s: %v, want the plain model's %v", name, got, want)
		}
		if got[2] != stance.OffTarget {
			t.Errorf("%s: %q labelled %v", name, probe[2], got[2])
		}
	}
}
