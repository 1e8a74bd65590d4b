package stance_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestCompareLabels(t *testing.T) {
	want := []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed, "against", "favor", stance.Neutral, "zzz", stance.OffTarget}
	for _, perm := range [][]int{{7, 6, 5, 4, 3, 2, 1, 0}, {3, 7, 0, 5, 1, 6, 2, 4}, {0, 1, 2, 3, 4, 5, 6, 7}} {
		got := make([]stance.Label, len(perm))
		for i, p := range perm {
			got[i] = want[p]
		}
		slices.SortFunc(got, stance.CompareLabels)
		if !slices.Equal(got, want) {
			t.Errorf("sorted %v, want %v", got, want)
		}
	}
	for _, l := range want {
		if stance.CompareLabels(l, l) != 0 {
			t.Errorf("CompareLabels(%q, %q) != 0", l, l)
		}
	}
	// The order is the one trained models report their classes in.
	texts := []string{"I love this", "great stuff", "hate it", "awful thing", "it is a chair", "the table", "no idea", "whatever"}
	labels := []stance.Label{"favor", "favor", stance.Opposed, stance.Opposed, stance.OffTarget, stance.OffTarget, stance.Supportive, stance.Supportive}
	cfg := stance.DefaultTrainConfig()
	cfg.CuePrior = 0
	m, err := stance.Train(texts, labels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Labels(); !slices.Equal(got, []stance.Label{stance.Supportive, stance.Opposed, "favor"}) {
		t.Errorf("model labels %v", got)
	}
}

func ExampleCompareLabels() {
	ls := []stance.Label{stance.OffTarget, "neutral", stance.Opposed, stance.Supportive, stance.Cautious}
	slices.SortFunc(ls, stance.CompareLabels)
	fmt.Println(ls)
	// Output: [supportive cautious opposed neutral off_target]
}
