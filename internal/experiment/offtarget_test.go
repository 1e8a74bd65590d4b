package experiment

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/tokenize"
)

// TestRelevanceMarkers is the golden test of relevance.tsv and the markers
// written from it.
func TestRelevanceMarkers(t *testing.T) {
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	lists, err := DefaultRelevanceLists()
	if err != nil {
		t.Fatal(err)
	}
	preds, err := features.DefaultPredicates()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Britain should ban Huawei from its 5G network.", "qqvtrgt qqvdeox qqvtdeox qqvpredx qqvshrtx"},
		{"The minister said Chinese vendors pose a risk to national security.", "qqvtrgt qqvevax qqvtevax qqvspex qqvtspex qqvpredx qqvshrtx"},
		{"Shares in the bank rose 3% on Tuesday after strong results.", "qqvnotrgt qqvdigx qqvshrtx"},
		{`"We will decide soon," he said.`, "qqvnotrgt qqvspex qqvquotx qqvshrtx"},
	} {
		got := strings.Join(relevanceMarkers(tk, lists, preds, c.text), " ")
		if got != c.want {
			t.Errorf("%q: markers %q, want %q", c.text, got, c.want)
		}
	}
	// Every marker is one word of its own stem, which no English word has.
	for _, m := range []string{"qqvtrgt", "qqvnotrgt", "qqvdeox", "qqvtdeox", "qqvevax", "qqvtevax", "qqvspex", "qqvtspex", "qqvpredx", "qqvquotx", "qqvdigx", "qqvshrtx", "qqvlngx"} {
		if st := stemsOf(tk, "a "+m); len(st) != 2 || st[1] != tokenize.Stem(m) || !strings.HasPrefix(st[1], "qqv") {
			t.Errorf("marker %q: stems %q", m, st)
		}
	}
	if _, err := ReadRelevanceLists("target\thuawei\n"); err == nil {
		t.Error("lists without the version line accepted")
	}
	if _, err := ReadRelevanceLists(relevanceHeader + "\nnoun\thuawei\n"); err == nil {
		t.Error("unknown role accepted")
	}
}

func TestBestThreshold(t *testing.T) {
	score := []float64{0.1, 0.2, 0.3, 0.6, 0.7, 0.8}
	off := []bool{false, false, true, true, true, true}
	if got := bestThreshold(score, off); got < 0.2 || got >= 0.3 {
		t.Errorf("threshold %v, want in [0.2, 0.3)", got)
	}
	if got := bestThreshold(score, make([]bool, len(score))); got != 0.5 {
		t.Errorf("no positives: threshold %v, want 0.5", got)
	}
}
