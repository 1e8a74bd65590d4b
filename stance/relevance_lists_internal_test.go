package stance

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
)

// TestCheckRelevanceLists: a model with the relevance block loads only
// with this build's word lists, since the lists are not read from the file.
func TestCheckRelevanceLists(t *testing.T) {
	cur := features.DefaultRelevanceData()
	if err := checkRelevanceLists(true, cur); err != nil {
		t.Errorf("this build's lists: %v", err)
	}
	if err := checkRelevanceLists(false, ""); err != nil {
		t.Errorf("no block, no lists: %v", err)
	}
	edited := strings.Replace(cur, "relevance v1", "relevance v0", 1) + "target\tnokia\n"
	for _, c := range []struct {
		block bool
		saved string
		want  string
	}{
		{true, edited, "relevance v0"},
		{true, "", "other relevance word lists"},
		{false, cur, "without the relevance block"},
	} {
		err := checkRelevanceLists(c.block, c.saved)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("block %v, lists %.30q: error %v, want one naming %q", c.block, c.saved, err, c.want)
		}
	}
}
