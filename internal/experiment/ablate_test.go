package experiment

import (
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
)

// The ablation table starts from the default and names each row once; the
// NB rows set the NB power they name.
func TestAblations(t *testing.T) {
	def := defaultmodel.Config()
	abl := Ablations(def)
	if !reflect.DeepEqual(abl[0].Config, def) {
		t.Errorf("first row %q is not the default", abl[0].Name)
	}
	seen := map[string]bool{}
	for _, a := range abl {
		if seen[a.Name] {
			t.Errorf("row %q twice", a.Name)
		}
		seen[a.Name] = true
	}
	for _, a := range abl {
		switch a.Name {
		case "NB scaling 0.25, L2 3e-5, off-target bias 0.25 (best grouped CV)":
			if c := a.Config; c.NB != 0.25 || c.L2 != 3e-5 || c.OffTargetBias != 0.25 {
				t.Errorf("%q: NB %v, L2 %v, bias %v", a.Name, c.NB, c.L2, c.OffTargetBias)
			}
		case "word trigrams":
			if c := a.Config; c.NB != def.NB || c.Features.WordNgrams != 3 {
				t.Errorf("%q: NB %v, word n-grams %d", a.Name, c.NB, c.Features.WordNgrams)
			}
		}
	}
}
