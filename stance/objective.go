package stance

import (
	"math"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/parallel"
)

// softmax is the logistic solver's objective: the class-weighted mean
// log-loss of a softmax regression plus the L2 penalty ½·L2·‖V − W0‖². Its
// parameters theta are K×D weights, class-major, then K biases; with NB
// scaling theta holds the weights V of the scaled features and the
// weights of the features are W = s ⊙ V.
//
// gonum's L-BFGS asks for the value (Func) and then the gradient (Grad) at
// the same point, one call each. The value's pass over the examples leaves
// each example's class probabilities behind, so the gradient at that point
// only has to spread them over the features.
//
// The work is spread over goroutines without changing one floating-point
// operation or its order, so that the model is the same bit for bit
// whatever GOMAXPROCS is: each example's scores and probabilities are
// computed as a serial loop would (in parallel over examples); the loss
// adds the examples' terms serially in example order; and each gradient
// element receives its examples' contributions in example order, the
// features being shared out among the goroutines, not the examples.
type softmax struct {
	X     []features.Vector
	y     []int
	K, D  int
	wi    []float64 // example i's share of the loss: class weight × weight / total
	w0    []float64 // prior means, class-major
	s     []float64 // NB scaling, class-major; nil without
	l2    float64
	parts int

	wT   []float64 // W feature-major: wT[j*K+c] = W[c*D+j]
	q    []float64 // q[i*K+c]: P(class c | example i) at theta `at`
	term []float64 // example i's weighted log-likelihood at `at`
	at   []float64 // the theta q and term hold for; nil before the first pass
	gT   []float64 // the data gradient, feature-major
	// cut[i*(parts+1)+p] is the position in X[i].Idx of the first feature
	// of part p's range; part p spreads the features [jcut[p], jcut[p+1]).
	cut  []int32
	jcut []int
}

// newSoftmax sets up the objective for examples X with classes y, class
// weights cw, example weights sw (nil for all 1) summing with them to wsum.
func newSoftmax(X []features.Vector, y []int, K, D int, cw []float64, weight func(int) float64, wsum float64, w0, s []float64, l2 float64) *softmax {
	o := &softmax{X: X, y: y, K: K, D: D, w0: w0, s: s, l2: l2, parts: parallel.Workers(0)}
	o.wi = make([]float64, len(X))
	for i := range X {
		o.wi[i] = cw[y[i]] * weight(i) / wsum
	}
	o.wT = make([]float64, K*D)
	o.q = make([]float64, len(X)*K)
	o.term = make([]float64, len(X))
	o.gT = make([]float64, K*D)
	o.splitFeatures()
	return o
}

// splitFeatures shares the features out among the parts in ranges of about
// equal numbers of stored entries, and records where each example's entries
// cross from one range into the next.
func (o *softmax) splitFeatures() {
	P := o.parts
	count := make([]int, o.D)
	var total int
	for _, x := range o.X {
		for _, j := range x.Idx {
			count[j]++
		}
		total += x.Len()
	}
	o.jcut = make([]int, P+1)
	o.jcut[P] = o.D
	p, run := 1, 0
	for j := 0; j < o.D && p < P; j++ {
		run += count[j]
		for p < P && run*P >= total*p {
			o.jcut[p] = j + 1
			p++
		}
	}
	for ; p < P; p++ {
		o.jcut[p] = o.D
	}
	o.cut = make([]int32, len(o.X)*(P+1))
	for i, x := range o.X {
		c := o.cut[i*(P+1) : (i+1)*(P+1)]
		t := 0
		for p := 0; p <= P; p++ {
			for t < len(x.Idx) && int(x.Idx[t]) < o.jcut[p] {
				t++
			}
			c[p] = int32(t)
		}
		c[P] = int32(len(x.Idx))
	}
}

// same reports whether theta is, bit for bit, the point of the last pass.
func (o *softmax) same(theta []float64) bool {
	if o.at == nil || len(o.at) != len(theta) {
		return false
	}
	for j, v := range theta {
		if math.Float64bits(v) != math.Float64bits(o.at[j]) {
			return false
		}
	}
	return true
}

// pass computes every example's class probabilities and loss term at theta.
func (o *softmax) pass(theta []float64) {
	K, D := o.K, o.D
	W, B := theta[:K*D], theta[K*D:]
	parallel.Chunks(D, o.parts, func(_, lo, hi int) {
		for c := range K {
			row := W[c*D : (c+1)*D]
			var srow []float64
			if o.s != nil {
				srow = o.s[c*D : (c+1)*D]
			}
			for j := lo; j < hi; j++ {
				w := row[j]
				if srow != nil {
					w = srow[j] * w
				}
				o.wT[j*K+c] = w
			}
		}
	})
	parallel.Chunks(len(o.X), o.parts, func(_, lo, hi int) {
		if K == 4 {
			o.scores4(B, lo, hi)
			return
		}
		o.scores(B, lo, hi)
	})
	o.at = append(o.at[:0], theta...)
}

// scores computes the probabilities and loss terms of examples [lo, hi)
// for any number of classes.
func (o *softmax) scores(B []float64, lo, hi int) {
	K := o.K
	acc := make([]float64, K)
	for i := lo; i < hi; i++ {
		x := o.X[i]
		clear(acc)
		for t, j := range x.Idx {
			v := x.Val[t]
			wj := o.wT[int(j)*K : int(j)*K+K]
			for c := range acc {
				acc[c] += v * wj[c]
			}
		}
		o.softmaxOf(i, B, acc)
	}
}

// scores4 is scores for four classes, the class sums kept in registers.
func (o *softmax) scores4(B []float64, lo, hi int) {
	var acc [4]float64
	for i := lo; i < hi; i++ {
		x := o.X[i]
		var a0, a1, a2, a3 float64
		val := x.Val[:len(x.Idx)]
		for t, j := range x.Idx {
			v := val[t]
			wj := o.wT[int(j)*4 : int(j)*4+4 : int(j)*4+4]
			a0 += v * wj[0]
			a1 += v * wj[1]
			a2 += v * wj[2]
			a3 += v * wj[3]
		}
		acc = [4]float64{a0, a1, a2, a3}
		o.softmaxOf(i, B, acc[:])
	}
}

// softmaxOf turns example i's feature sums acc into its probabilities and
// loss term (acc is overwritten).
func (o *softmax) softmaxOf(i int, B, acc []float64) {
	mx := math.Inf(-1)
	for c := range acc {
		acc[c] = B[c] + acc[c]
		mx = math.Max(mx, acc[c])
	}
	var z float64
	for c := range acc {
		acc[c] = math.Exp(acc[c] - mx)
		z += acc[c]
	}
	yi := o.y[i]
	o.term[i] = o.wi[i] * (math.Log(acc[yi]) - math.Log(z))
	q := o.q[i*o.K : (i+1)*o.K]
	for c := range acc {
		q[c] = acc[c] / z
	}
}

// value returns the objective at theta.
func (o *softmax) value(theta []float64) float64 {
	if !o.same(theta) {
		o.pass(theta)
	}
	var loss float64
	for _, t := range o.term {
		loss -= t
	}
	V := theta[:o.K*o.D]
	for j, v := range V {
		d := v - o.w0[j]
		loss += 0.5 * o.l2 * d * d
	}
	return loss
}

// gradient stores the objective's gradient at theta in grad.
func (o *softmax) gradient(grad, theta []float64) {
	if !o.same(theta) {
		o.pass(theta)
	}
	K, D, P := o.K, o.D, o.parts
	parallel.Chunks(P, P, func(p, _, _ int) {
		lo, hi := o.jcut[p], o.jcut[p+1]
		clear(o.gT[lo*K : hi*K])
		g := make([]float64, K)
		for i, x := range o.X {
			c := o.cut[i*(P+1)+p : i*(P+1)+p+2]
			if c[0] == c[1] {
				continue
			}
			o.weighted(i, g)
			idx, val := x.Idx[c[0]:c[1]], x.Val[c[0]:c[1]]
			for t, j := range idx {
				v := val[t]
				gj := o.gT[int(j)*K : int(j)*K+K]
				for k := range gj {
					gj[k] += g[k] * v
				}
			}
		}
	})
	bias := grad[K*D:]
	clear(bias)
	g := make([]float64, K)
	for i := range o.X {
		o.weighted(i, g)
		for c := range bias {
			bias[c] += g[c]
		}
	}
	V := theta[:K*D]
	parallel.Chunks(D, P, func(_, lo, hi int) {
		for c := range K {
			row := grad[c*D : (c+1)*D]
			for j := lo; j < hi; j++ {
				e := o.gT[j*K+c]
				if o.s != nil {
					e *= o.s[c*D+j]
				}
				row[j] = e + o.l2*(V[c*D+j]-o.w0[c*D+j])
			}
		}
	})
}

// weighted stores in g example i's gradient factor for each class: its
// weight times (P(c) − [c is its class]).
func (o *softmax) weighted(i int, g []float64) {
	q := o.q[i*o.K : (i+1)*o.K]
	yi := o.y[i]
	for c := range g {
		g[c] = o.wi[i] * (q[c] - b2f(c == yi))
	}
}
