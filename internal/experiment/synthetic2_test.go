package experiment

import (
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// countSynthetic2 returns how many of ex are of the second synthetic set, and how
// many of those are off-target.
func countSynthetic2(ex []defaultmodel.Example) (all, off int) {
	for _, e := range ex {
		if e.Origin == defaultmodel.Synthetic2Origin {
			all++
			if e.Label == stance.OffTarget {
				off++
			}
		}
	}
	return all, off
}

// The second synthetic set is train-only wherever a row takes it, in the
// default only as defaultmodel.Synthetic2InDefault says, and split by
// Synthetic2Part; taking it or not never changes the scored statements.
func TestSynthetic2Rows(t *testing.T) {
	st, err := defaultmodel.StatementsWith(true, corpus.Train)
	if err != nil {
		t.Fatal(err)
	}
	total, off := countSynthetic2(st)
	if total == 0 || off == 0 || off == total {
		t.Fatalf("second synthetic set: %d statements, %d off-target", total, off)
	}
	def, err := defaultmodel.Statements(corpus.Train, corpus.Dev)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := countSynthetic2(def); (n > 0) != defaultmodel.Synthetic2InDefault {
		t.Errorf("default statements hold %d of the set, Synthetic2InDefault %v", n, defaultmodel.Synthetic2InDefault)
	}
	base, err := Ablation{Synthetic2: -1}.Data()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a         Ablation
		all, offs int
	}{
		{Ablation{Synthetic2: -1}, 0, 0},
		{Ablation{Synthetic2: 1}, total, off},
		{Ablation{Synthetic2: 1, Synthetic2Part: 1}, off, off},
		{Ablation{Synthetic2: 1, Synthetic2Part: -1}, total - off, 0},
	} {
		d, err := c.a.Data()
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := countSynthetic2(d.Scored); n != 0 || len(d.Scored) != len(base.Scored) {
			t.Errorf("%+v: %d scored (%d of the set), want %d (none)", c.a, len(d.Scored), n, len(base.Scored))
		}
		if n, o := countSynthetic2(d.TrainOnly); n != c.all || o != c.offs {
			t.Errorf("%+v: train-only holds %d of the set (%d off-target), want %d (%d)", c.a, n, o, c.all, c.offs)
		}
		w, err := c.a.WithSynthetic2(def)
		if err != nil {
			t.Fatal(err)
		}
		if n, o := countSynthetic2(w); n != c.all || o != c.offs {
			t.Errorf("%+v: WithSynthetic2 gives %d of the set (%d off-target), want %d (%d)", c.a, n, o, c.all, c.offs)
		}
	}
}
