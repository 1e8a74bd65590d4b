package stance

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// TestFusedDotIsFloatsDot pins fusedDot, and with it the order every dot
// product of lbfgs adds in, to floats.Dot, bit for bit, over lengths that
// leave every remainder modulo 4 and values of mixed magnitudes.
func TestFusedDotIsFloatsDot(t *testing.T) {
	if !fusedLBFGS {
		t.Skip("gonum's dot product is not its amd64 assembly here: training uses gonum's L-BFGS")
	}
	r := rand.New(rand.NewPCG(4, 5))
	for n := range 40 {
		for range 20 {
			x, y := make([]float64, n), make([]float64, n)
			for i := range x {
				x[i] = r.NormFloat64() * math.Pow(10, float64(r.IntN(20)-10))
				y[i] = r.NormFloat64() * math.Pow(10, float64(r.IntN(20)-10))
			}
			if got, want := fusedDot(x, y), floats.Dot(x, y); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("n=%d: fusedDot %v, floats.Dot %v", n, got, want)
			}
		}
	}
}

// TestLBFGSIsGonums minimises the softmax objective of random problems
// (dimensions that are and are not multiples of 4, runs long enough for
// the history to wrap round) with lbfgs and with optimize.LBFGS under the
// settings Model.fit uses, and wants the same minimiser bit for bit, the
// same value, status and counts of iterations and evaluations.
func TestLBFGSIsGonums(t *testing.T) {
	if !fusedLBFGS {
		t.Skip("gonum's dot product is not its amd64 assembly here: training uses gonum's L-BFGS")
	}
	r := rand.New(rand.NewPCG(6, 7))
	for _, c := range []struct{ K, D int }{{3, 41}, {4, 60}, {4, 150}} {
		X, y := randomProblem(r, 200, c.K, c.D)
		cw := []float64{1, 1, 1, 1}
		w0 := make([]float64, c.K*c.D)
		for _, tol := range []float64{0, 1e-5} {
			run := func(m optimize.Method) *optimize.Result {
				obj := newSoftmax(X, y, c.K, c.D, cw, func(int) float64 { return 1 }, 200, w0, nil, 1e-4)
				settings := &optimize.Settings{
					MajorIterations:   300,
					GradientThreshold: 1e-7,
					Converger:         &optimize.FunctionConverge{Absolute: 1e-10, Relative: 1e-10, Iterations: 20},
				}
				if tol > 0 {
					settings.GradientThreshold = 1e-9
					settings.Converger = &optimize.FunctionConverge{Absolute: 1e-12, Relative: tol, Iterations: 10}
				}
				res, err := optimize.Minimize(optimize.Problem{Func: obj.value, Grad: obj.gradient}, make([]float64, c.K*c.D+c.K), settings, m)
				if err != nil && res == nil {
					t.Fatal(err)
				}
				return res
			}
			want, got := run(&optimize.LBFGS{}), run(&lbfgs{})
			if want.Stats.MajorIterations <= lbfgsStore {
				t.Errorf("K=%d D=%d tol=%v: %d iterations leave the history unwrapped", c.K, c.D, tol, want.Stats.MajorIterations)
			}
			if j := firstBitDiff(want.X, got.X); j >= 0 {
				t.Errorf("K=%d D=%d tol=%v: x[%d] = %v, gonum %v", c.K, c.D, tol, j, got.X[j], want.X[j])
			}
			if math.Float64bits(want.F) != math.Float64bits(got.F) || want.Status != got.Status ||
				want.Stats.MajorIterations != got.Stats.MajorIterations ||
				want.Stats.FuncEvaluations != got.Stats.FuncEvaluations || want.Stats.GradEvaluations != got.Stats.GradEvaluations {
				t.Errorf("K=%d D=%d tol=%v: F %v status %v stats %+v; gonum F %v status %v stats %+v",
					c.K, c.D, tol, got.F, got.Status, got.Stats, want.F, want.Status, want.Stats)
			}
		}
	}
}

// TestAllBelowIsTheNormTest checks allBelow against the test gonum makes
// with floats.Norm, NaN and infinities included.
func TestAllBelowIsTheNormTest(t *testing.T) {
	for _, g := range [][]float64{
		nil, {}, {0}, {1e-13, -1e-13}, {1e-13, 1e-12}, {-1e-12}, {math.NaN()}, {1e-13, math.NaN()},
		{math.Inf(-1)}, {math.Copysign(0, -1), 5e-13},
	} {
		if got, want := allBelow(g, 1e-12), floats.Norm(g, math.Inf(1)) < 1e-12; got != want {
			t.Errorf("%v: allBelow %v, the norm test %v", g, got, want)
		}
	}
}
