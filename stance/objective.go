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
// element receives its examples' contributions in example order, gathered
// feature by feature from a copy of the examples laid out by feature, the
// features (not the examples) being shared out among the goroutines.
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
	g    []float64 // g[i*K+c]: example i's gradient factor for class c
	// The examples by feature (compressed sparse columns): feature j's
	// entries are colEx[colAt[j]:colAt[j+1]] (examples, in order) and the
	// same stretch of colVal; part p of the gradient gathers the features
	// [jcut[p], jcut[p+1]).
	colAt  []int32
	colEx  []int32
	colVal []float64
	jcut   []int
	// With four classes and every example's indices increasing, the scores
	// are taken by feature too: part p scores the examples [icut[p],
	// icut[p+1]), whose entries of feature j are colPart[j*(parts+1)+p] up
	// to colPart[j*(parts+1)+p+1]. colPart is nil otherwise.
	icut    []int
	colPart []int32
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
	o.g = make([]float64, len(X)*K)
	o.byFeature()
	return o
}

// byFeature lays the examples out by feature, each feature's entries in
// example order (and, within an example, in the order it stores them), and
// shares the features out among the parts in ranges of about equal numbers
// of entries.
func (o *softmax) byFeature() {
	count := make([]int32, o.D+1)
	var total int
	for _, x := range o.X {
		for _, j := range x.Idx {
			count[j+1]++
		}
		total += x.Len()
	}
	for j := range o.D {
		count[j+1] += count[j]
	}
	o.colAt = count
	o.colEx = make([]int32, total)
	o.colVal = make([]float64, total)
	next := append([]int32(nil), count[:o.D]...)
	for i, x := range o.X {
		for t, j := range x.Idx {
			o.colEx[next[j]], o.colVal[next[j]] = int32(i), x.Val[t]
			next[j]++
		}
	}
	P := o.parts
	o.jcut = make([]int, P+1)
	p := 1
	for j := 0; j < o.D && p < P; j++ {
		for p < P && int(count[j+1])*P >= total*p {
			o.jcut[p] = j + 1
			p++
		}
	}
	for ; p <= P; p++ {
		o.jcut[p] = o.D
	}
	if o.K != 4 {
		return
	}
	for _, x := range o.X {
		for t := 1; t < len(x.Idx); t++ {
			if x.Idx[t] <= x.Idx[t-1] {
				return
			}
		}
	}
	n := len(o.X)
	o.icut = make([]int, P+1)
	for p := range o.icut {
		o.icut[p] = p * n / P
	}
	o.colPart = make([]int32, o.D*(P+1))
	for j := range o.D {
		cp := o.colPart[j*(P+1) : (j+1)*(P+1)]
		e := o.colAt[j]
		for p := range P {
			for e < o.colAt[j+1] && int(o.colEx[e]) < o.icut[p] {
				e++
			}
			cp[p] = e
		}
		cp[P] = o.colAt[j+1]
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
	if o.colPart != nil {
		parallel.Chunks(o.parts, o.parts, func(p, _, _ int) { o.scoresByFeature4(B, p) })
	} else {
		parallel.Chunks(len(o.X), o.parts, func(_, lo, hi int) {
			if K == 4 {
				o.scores4(B, lo, hi)
				return
			}
			o.scores(B, lo, hi)
		})
	}
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

// scoresByFeature4 is scores4 for part p's examples, feature by feature:
// each feature's weights are read once and added into the sums of its
// examples (kept in q, which stays in cache) rather than read again for
// each example. As the examples' indices increase, every sum still adds
// its terms in the order of the example's entries.
func (o *softmax) scoresByFeature4(B []float64, p int) {
	P := o.parts
	lo, hi := o.icut[p], o.icut[p+1]
	clear(o.q[lo*4 : hi*4])
	for j := range o.D {
		from, to := o.colPart[j*(P+1)+p], o.colPart[j*(P+1)+p+1]
		if from == to {
			continue
		}
		w := o.wT[j*4 : j*4+4 : j*4+4]
		w0, w1, w2, w3 := w[0], w[1], w[2], w[3]
		ex, val := o.colEx[from:to], o.colVal[from:to]
		val = val[:len(ex)]
		for e, i := range ex {
			v, a := val[e], o.q[int(i)*4:int(i)*4+4:int(i)*4+4]
			a[0] += v * w0
			a[1] += v * w1
			a[2] += v * w2
			a[3] += v * w3
		}
	}
	for i := lo; i < hi; i++ {
		o.softmaxOf(i, B, o.q[i*4:i*4+4])
	}
}

// softmaxOf turns example i's feature sums acc into its probabilities and
// loss term (acc is overwritten; it may be example i's row of q).
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
	parallel.Chunks(len(o.X), P, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			o.weighted(i, o.g[i*K:(i+1)*K])
		}
	})
	bias := grad[K*D:]
	clear(bias)
	for i := range o.X {
		for c := range bias {
			bias[c] += o.g[i*K+c]
		}
	}
	V := theta[:K*D]
	parallel.Chunks(P, P, func(p, _, _ int) {
		if K == 4 {
			o.gather4(grad, V, o.jcut[p], o.jcut[p+1])
			return
		}
		o.gather(grad, V, o.jcut[p], o.jcut[p+1])
	})
}

// gather sets the gradient of the weights of features [lo, hi): the sum,
// in example order, of each example's factor times its value, scaled by NB,
// plus the penalty's L2·(V − W0).
func (o *softmax) gather(grad, V []float64, lo, hi int) {
	K, D := o.K, o.D
	acc := make([]float64, K)
	for j := lo; j < hi; j++ {
		clear(acc)
		for e := o.colAt[j]; e < o.colAt[j+1]; e++ {
			v, g := o.colVal[e], o.g[int(o.colEx[e])*K:int(o.colEx[e])*K+K]
			for c := range acc {
				acc[c] += g[c] * v
			}
		}
		for c, a := range acc {
			o.finish(grad, V, c*D+j, a)
		}
	}
}

// gather4 is gather for four classes, the sums kept in registers.
func (o *softmax) gather4(grad, V []float64, lo, hi int) {
	D := o.D
	for j := lo; j < hi; j++ {
		var a0, a1, a2, a3 float64
		ex := o.colEx[o.colAt[j]:o.colAt[j+1]]
		val := o.colVal[o.colAt[j]:o.colAt[j+1]]
		val = val[:len(ex)]
		for e, i := range ex {
			v, g := val[e], o.g[int(i)*4:int(i)*4+4:int(i)*4+4]
			a0 += g[0] * v
			a1 += g[1] * v
			a2 += g[2] * v
			a3 += g[3] * v
		}
		o.finish(grad, V, j, a0)
		o.finish(grad, V, D+j, a1)
		o.finish(grad, V, 2*D+j, a2)
		o.finish(grad, V, 3*D+j, a3)
	}
}

// finish stores at grad[k] the data gradient a of weight k, scaled by NB,
// plus the penalty's gradient.
func (o *softmax) finish(grad, V []float64, k int, a float64) {
	if o.s != nil {
		a *= o.s[k]
	}
	grad[k] = a + o.l2*(V[k]-o.w0[k])
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
