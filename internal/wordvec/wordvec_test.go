package wordvec

import (
	"fmt"
	"math"
	"slices"
	"testing"
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
