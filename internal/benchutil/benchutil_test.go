package benchutil_test

import (
	"testing"

	"github.com/stancekit/stancekit/internal/benchutil"
)

func TestParseGrid(t *testing.T) {
	g, err := benchutil.ParseGrid("0.1, 0.01,1e-3", false)
	if err != nil || len(g) != 3 || g[2] != 0.001 {
		t.Errorf("got %v %v", g, err)
	}
	if g, err := benchutil.ParseGrid("0,0.1", true); err != nil || g[0] != 0 {
		t.Errorf("zero with zero allowed: %v %v", g, err)
	}
	for _, bad := range []string{"", "0", "-1", "x", "0.1,,0.2", "NaN", "Inf"} {
		if _, err := benchutil.ParseGrid(bad, false); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
