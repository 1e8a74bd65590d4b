package stance

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"
)

// offerBefore is topReasons.offer as the fourteenth session had it (two
// loops to find the place, a third to shift), kept to check that the one
// pass that replaced it keeps the same list.
func (top *topReasons) offerBefore(r contribution) {
	n := top.n
	if r.w <= 0 {
		return
	}
	if n == maxReasons {
		if !(r.w > top.lim) && !(r.w == top.lim && top.m.heavier(r, top.list[n-1])) {
			return
		}
		n--
	}
	l := &top.list
	i := n
	for i > 0 && l[i-1].w < r.w {
		i--
	}
	for i > 0 && l[i-1].w == r.w && top.m.heavier(r, l[i-1]) {
		i--
	}
	for j := n; j > i; j-- {
		l[j] = l[j-1]
	}
	l[i] = r
	top.n = n + 1
	if top.n == maxReasons {
		top.lim = l[maxReasons-1].w
	}
}

// TestOfferIsOfferBefore offers random contributions, with many ties of
// weight (broken by name), zeros, negatives and NaNs, to both forms of
// offer, filtered by the floor as rows3 and rows4 filter them, and wants
// the same list after every offer.
func TestOfferIsOfferBefore(t *testing.T) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(15, 3))
	weights := []float64{0, -1, 0.5, 1, 1, 2, 3, math.NaN()}
	for round := range 20000 {
		a, b := topReasons{m: m}, topReasons{m: m}
		for range rng.IntN(40) {
			r := contribution{j: int32(rng.IntN(m.dim)), w: weights[rng.IntN(len(weights))]}
			if rng.IntN(3) == 0 {
				r.w = rng.Float64()
			}
			if !(r.w < a.lim) {
				a.offer(r)
			}
			if !(r.w < b.lim) {
				b.offerBefore(r)
			}
			if a.n != b.n || !sameList(a.list[:a.n], b.list[:b.n]) || !sameFloat(a.lim, b.lim) {
				t.Fatalf("round %d, after %v: %v (lim %v), want %v (lim %v)", round, r, a.list[:a.n], a.lim, b.list[:b.n], b.lim)
			}
		}
	}
}

func sameFloat(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) }

func sameList(x, y []contribution) bool {
	for i := range x {
		if x[i].j != y[i].j || !sameFloat(x[i].w, y[i].w) {
			return false
		}
	}
	return true
}
