package stance

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/stancekit/stancekit/features"
)

// referenceObjective is the logistic objective written as one serial loop,
// as Model.fit had it before the work was split: the softmax objective must
// give the same value and gradient, bit for bit, at any point.
func referenceObjective(X []features.Vector, y []int, K, D int, wi, w0, s []float64, l2 float64) func(theta, grad []float64) float64 {
	p := make([]float64, K)
	wbuf := make([]float64, K*D)
	return func(theta, grad []float64) float64 {
		for i := range grad {
			grad[i] = 0
		}
		W, B := theta[:K*D], theta[K*D:]
		V := W
		if s != nil {
			for j := range wbuf {
				wbuf[j] = s[j] * V[j]
			}
			W = wbuf
		}
		var loss float64
		for i, x := range X {
			mx := math.Inf(-1)
			for c := 0; c < K; c++ {
				p[c] = B[c] + x.Dot(W[c*D:(c+1)*D])
				mx = math.Max(mx, p[c])
			}
			var z float64
			for c := range p {
				p[c] = math.Exp(p[c] - mx)
				z += p[c]
			}
			loss -= wi[i] * (math.Log(p[y[i]]) - math.Log(z))
			if grad == nil {
				continue
			}
			for c := 0; c < K; c++ {
				g := wi[i] * (p[c]/z - b2f(c == y[i]))
				grad[K*D+c] += g
				row := grad[c*D : (c+1)*D]
				for t, j := range x.Idx {
					row[j] += g * x.Val[t]
				}
			}
		}
		if s != nil && grad != nil {
			for j := 0; j < K*D; j++ {
				grad[j] *= s[j]
			}
		}
		for j := 0; j < K*D; j++ {
			d := V[j] - w0[j]
			loss += 0.5 * l2 * d * d
			if grad != nil {
				grad[j] += l2 * d
			}
		}
		return loss
	}
}

// randomProblem makes n sparse examples over D features in K classes, with
// skewed feature frequencies as text has.
func randomProblem(r *rand.Rand, n, K, D int) ([]features.Vector, []int) {
	X := make([]features.Vector, n)
	y := make([]int, n)
	for i := range X {
		seen := map[int32]bool{}
		for range 1 + r.IntN(30) {
			j := int32(float64(D) * math.Pow(r.Float64(), 3))
			seen[min(j, int32(D-1))] = true
		}
		for j := range int32(D) {
			if seen[j] {
				X[i].Idx = append(X[i].Idx, j)
				X[i].Val = append(X[i].Val, r.NormFloat64())
			}
		}
		y[i] = r.IntN(K)
	}
	return X, y
}

// firstBitDiff returns the first index where a and b differ bit for bit, or
// -1.
func firstBitDiff(a, b []float64) int {
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return i
		}
	}
	return -1
}

// TestSoftmaxMatchesReference checks the split objective against the
// serial loop at random points, for four classes (the unrolled paths) and
// three, with and without NB scaling, on one and on several goroutines,
// and in the order gonum calls it (value then gradient at one point) as
// well as gradient first.
func TestSoftmaxMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, K := range []int{4, 3, -4} {
		// -4: four classes, with each example's entries out of order (not
		// what a Vectorizer makes), which takes the scores by example.
		shuffled := K < 0
		K = max(K, -K)
		for _, nb := range []bool{false, true} {
			for _, procs := range []int{1, 3} {
				old := runtime.GOMAXPROCS(procs)
				const n, D = 300, 200
				X, y := randomProblem(r, n, K, D)
				if shuffled {
					for _, x := range X {
						r.Shuffle(x.Len(), func(a, b int) {
							x.Idx[a], x.Idx[b] = x.Idx[b], x.Idx[a]
							x.Val[a], x.Val[b] = x.Val[b], x.Val[a]
						})
					}
				}
				cw := []float64{1, 0.5, 2, 1.5}
				sw := make([]float64, n)
				var wsum float64
				for i := range sw {
					sw[i] = 0.5 + r.Float64()
					wsum += cw[y[i]] * sw[i]
				}
				wi := make([]float64, n)
				for i := range wi {
					wi[i] = cw[y[i]] * sw[i] / wsum
				}
				w0 := make([]float64, K*D)
				w0[D-1] = 0.7
				var s []float64
				if nb {
					s = make([]float64, K*D)
					for j := range s {
						s[j] = r.Float64() * 2
					}
				}
				obj := newSoftmax(X, y, K, D, cw, func(i int) float64 { return sw[i] }, wsum, w0, s, 0.01)
				ref := referenceObjective(X, y, K, D, wi, w0, s, 0.01)
				theta := make([]float64, K*D+K)
				want, got := make([]float64, len(theta)), make([]float64, len(theta))
				for trial := range 4 {
					for j := range theta {
						theta[j] = r.NormFloat64() * float64(trial)
					}
					fw := ref(theta, want)
					var fg float64
					if trial%2 == 0 {
						fg = obj.value(theta)
						obj.gradient(got, theta)
					} else {
						obj.gradient(got, theta)
						fg = obj.value(theta)
					}
					if math.Float64bits(fw) != math.Float64bits(fg) {
						t.Errorf("K=%d nb=%v procs=%d trial %d: value %v, want %v", K, nb, procs, trial, fg, fw)
					}
					if j := firstBitDiff(want, got); j >= 0 {
						t.Errorf("K=%d nb=%v procs=%d trial %d: gradient[%d] = %v, want %v", K, nb, procs, trial, j, got[j], want[j])
					}
				}
				runtime.GOMAXPROCS(old)
			}
		}
	}
}
