package stance

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/features"
)

// scoresByClass is scores as a dot product per class, the arithmetic the
// one-pass loops must repeat exactly.
func scoresByClass(m *Model, x features.Vector) []float64 {
	K := len(m.labels)
	d := make([]float64, K)
	for c := range d {
		var s float64
		for t, j := range x.Idx {
			if int(j) < m.dim {
				s += x.Val[t] * m.w[int(j)*K+c]
			}
		}
		d[c] = m.b[c] + s
	}
	mx := math.Inf(-1)
	for _, v := range d {
		mx = max(mx, v)
	}
	var z float64
	for c := range d {
		d[c] = math.Exp(d[c] - mx)
		z += d[c]
	}
	for c := range d {
		d[c] /= z
	}
	return d
}

// The default model's four-class loop and the general one give the scores
// of a dot product per class, bit for bit.
func TestScoresAreDotProducts(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// The same model cut to its first three classes, and grown to five
	// (the general loop).
	three := &Model{labels: m.labels[:3], vec: m.vec, dim: m.dim, b: m.b[:3], off: -1, w: make([]float64, m.dim*3)}
	five := &Model{labels: append(slices.Clone(m.labels), "fifth"), vec: m.vec, dim: m.dim, b: append(slices.Clone(m.b), 0.5), off: -1, w: make([]float64, m.dim*5)}
	for j := 0; j < m.dim; j++ {
		copy(three.w[j*3:j*3+3], m.w[j*4:j*4+3])
		copy(five.w[j*5:j*5+4], m.w[j*4:j*4+4])
		five.w[j*5+4] = m.w[j*4] - m.w[j*4+1]
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, mm := range []*Model{m, three, five} {
		f := mm.buildFused()
		if f == nil {
			t.Fatal("no fused rows")
		}
		if len(mm.labels) == 4 && len(m.labels) != 4 {
			t.Fatalf("the default model has %d classes", len(m.labels))
		}
		for n := 0; n < 500; n++ {
			var x features.Vector
			for j := int32(rng.IntN(50)); j < int32(mm.dim+10); j += 1 + int32(rng.IntN(800)) {
				x.Idx = append(x.Idx, j)
				x.Val = append(x.Val, rng.Float64()-0.3)
			}
			// weighScores is weigh then scores, scores and vector bit for bit.
			xa := features.Vector{Idx: x.Idx, Val: slices.Clone(x.Val)}
			xb := features.Vector{Idx: x.Idx, Val: slices.Clone(x.Val)}
			f.weigh(xa)
			sa, sb := f.scores(mm, xa, nil), f.weighScores(mm, xb, nil)
			for c := range sa {
				if math.Float64bits(sa[c]) != math.Float64bits(sb[c]) {
					t.Fatalf("%d classes, vector %d, class %d: weighScores %v, weigh then scores %v", len(mm.labels), n, c, sb[c], sa[c])
				}
			}
			for u := range xa.Val {
				if math.Float64bits(xa.Val[u]) != math.Float64bits(xb.Val[u]) {
					t.Fatalf("%d classes, vector %d, entry %d: weighScores leaves %v, weigh %v", len(mm.labels), n, u, xb.Val[u], xa.Val[u])
				}
			}
			got, fast, want := mm.scores(x, nil), f.scores(mm, x, nil), scoresByClass(mm, x)
			for c := range want {
				if math.Float64bits(got[c]) != math.Float64bits(want[c]) || math.Float64bits(fast[c]) != math.Float64bits(want[c]) {
					t.Fatalf("%d classes, vector %d, class %d: %v, fused %v, want %v", len(mm.labels), n, c, got[c], fast[c], want[c])
				}
			}
		}
	}
}

// TestFusedMeanIsRowsMean checks that the reasons read from the fused rows'
// stored means (rowsMean3, rowsMean4) are those rows3 and rows4 work out
// from the separate weights, every weight bit for bit, for every class.
func TestFusedMeanIsRowsMean(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	three := &Model{labels: m.labels[:3], vec: m.vec, dim: m.dim, b: m.b[:3], off: -1, w: make([]float64, m.dim*3)}
	for j := 0; j < m.dim; j++ {
		copy(three.w[j*3:j*3+3], m.w[j*4:j*4+3])
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, mm := range []*Model{m, three} {
		f := mm.buildFused()
		if f == nil || !f.hasMean || f.stride != len(mm.labels)+2 {
			t.Fatalf("%d classes: no fused rows with means", len(mm.labels))
		}
		K := len(mm.labels)
		for n := 0; n < 300; n++ {
			var x features.Vector
			for j := int32(rng.IntN(50)); j < int32(mm.dim); j += 1 + int32(rng.IntN(400)) {
				x.Idx = append(x.Idx, j)
				x.Val = append(x.Val, rng.Float64()-0.2)
			}
			for k := range K {
				a := mm.reasons(x, k, mm.w, K, 0, nil, make([]Reason, maxReasons))
				b := mm.reasons(x, k, f.rows, f.stride, 1, f, make([]Reason, maxReasons))
				if len(a) != len(b) {
					t.Fatalf("%d classes, vector %d, class %d: %d reasons from the means, %d from the weights", K, n, k, len(b), len(a))
				}
				for i := range a {
					if a[i].Feature != b[i].Feature || math.Float64bits(a[i].Weight) != math.Float64bits(b[i].Weight) {
						t.Fatalf("%d classes, vector %d, class %d, reason %d: %v from the means, %v from the weights", K, n, k, i, b[i], a[i])
					}
				}
			}
		}
	}
}
