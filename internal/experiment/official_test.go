package experiment

import (
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// DisjointFrom leaves out only the examples of the named origins that share
// a run of eight words with a held-out text.
func TestDisjointFrom(t *testing.T) {
	held := []defaultmodel.Example{{Text: "The minister said the review of high-risk vendors would finish in the spring."}}
	ex := []defaultmodel.Example{
		{Text: "As reported, the review of high-risk vendors would finish in the spring, she said.", Origin: "official"},
		{Text: "the review of high-risk vendors would finish in the spring", Origin: "articles"},
		{Text: "Operators oppose a ban on the vendor.", Origin: "official"},
	}
	got := DisjointFrom(ex, held, []string{"official"})
	if len(got) != 2 || got[0].Origin != "articles" || got[1].Text != ex[2].Text {
		t.Errorf("DisjointFrom kept %+v", got)
	}
	if got := DisjointFrom(ex, held, nil); len(got) != 3 {
		t.Errorf("no origins: kept %d of 3", len(got))
	}
}

// An OfficialSpec adds the official statements with its weights, leaves the
// off-target ones out when asked, and names its origins in Disjoint.
func TestOfficialSpec(t *testing.T) {
	all, err := OfficialSpec{Weight: 1}.Examples()
	if err != nil {
		t.Fatal(err)
	}
	on, err := OfficialSpec{Weight: 1, OffWeight: -1}.Examples()
	if err != nil {
		t.Fatal(err)
	}
	half, err := OfficialSpec{Weight: 1, OffWeight: 0.5}.Examples()
	if err != nil {
		t.Fatal(err)
	}
	nOff := 0
	for _, e := range all {
		if e.Label == stance.OffTarget {
			nOff++
		}
	}
	if nOff == 0 || len(on) != len(all)-nOff || len(half) != len(all) {
		t.Errorf("%d statements, %d off target; on-target only %d, off-target halved %d", len(all), nOff, len(on), len(half))
	}
	for _, e := range half {
		if (e.Label == stance.OffTarget) != (e.Origin == OfficialOffOrigin) {
			t.Fatalf("off-target statement with origin %q", e.Origin)
		}
	}
	if none, _ := (OfficialSpec{Weight: -1}).Examples(); none != nil {
		t.Errorf("negative weight added %d statements", len(none))
	}
	o := OfficialSpec{Weight: 2, OffWeight: 0.5}.Apply(Options{Weights: map[string]float64{"synthetic": 3}})
	if o.Weights[defaultmodel.OfficialOrigin] != 2 || o.Weights[OfficialOffOrigin] != 0.5 || o.Weights["synthetic"] != 3 || len(o.Disjoint) != 2 {
		t.Errorf("Apply: %+v", o)
	}
	if o := (OfficialSpec{Weight: 1}).Apply(Options{}); o.Weights != nil {
		t.Errorf("weight 1 set weights %v", o.Weights)
	}
	rows := WithDefaultOfficial([]Ablation{{}, {Official: OfficialSpec{Weight: 0.5}}, {Official: OfficialSpec{Weight: -1}}}, 1)
	if rows[0].Official.Weight != 1 || rows[1].Official.Weight != 0.5 || rows[2].Official.On() {
		t.Errorf("WithDefaultOfficial: %+v", rows)
	}
}
