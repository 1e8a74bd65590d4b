package experiment

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

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
