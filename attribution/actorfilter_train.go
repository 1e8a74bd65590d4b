package attribution

import (
	"errors"
	"math"
	"slices"
)

// filterRow is one labelled actor of a training text: its features, and
// what the gold says of it (listed: the gold lists the actor with a
// position; labelOK: with the label the analyser gave it).
type filterRow struct {
	doc             string
	x               []float64
	listed, labelOK bool
}

// filterL2 is the ridge penalty of the filter's logistic regression, on
// standardised features.
const filterL2 = 1.0

// filterDrop is how much an actor the gold does not list costs when it is
// left labelled, against 1 for a listed actor labelled right that loses
// its label: the objective the threshold is chosen by (as the
// aggregation's settings were: aggObjective).
const filterDrop = 0.5

// trainFilter fits the logistic regression on rows by Newton's method
// (deterministic: no sampling) and chooses the threshold that maximises
// the rows' objective. It fails on rows of only one class.
func trainFilter(rows []filterRow) (*linearFilter, error) {
	return trainFilterWith(rows, filterL2, filterDrop)
}

// trainFilterWith is trainFilter with the penalty l2 and the cost drop.
func trainFilterWith(rows []filterRow, l2, drop float64) (*linearFilter, error) {
	if len(rows) == 0 {
		return nil, errors.New("attribution: actor filter: no training rows")
	}
	d := len(rows[0].x)
	f := &linearFilter{mean: make([]float64, d), scale: make([]float64, d), w: make([]float64, d)}
	pos := 0
	for _, r := range rows {
		for i, v := range r.x {
			f.mean[i] += v
		}
		if r.listed {
			pos++
		}
	}
	if pos == 0 || pos == len(rows) {
		return nil, errors.New("attribution: actor filter: training rows of one class")
	}
	n := float64(len(rows))
	for i := range f.mean {
		f.mean[i] /= n
	}
	for _, r := range rows {
		for i, v := range r.x {
			f.scale[i] += (v - f.mean[i]) * (v - f.mean[i])
		}
	}
	for i := range f.scale {
		f.scale[i] = math.Sqrt(f.scale[i] / n)
		if f.scale[i] < 1e-9 {
			f.scale[i] = 1 // a constant feature: its weight stays 0
		}
	}
	z := make([][]float64, len(rows))
	for k, r := range rows {
		z[k] = make([]float64, d+1)
		z[k][0] = 1
		for i, v := range r.x {
			z[k][i+1] = (v - f.mean[i]) / f.scale[i]
		}
	}
	beta := newtonLogistic(z, rows, l2)
	f.bias, f.w = beta[0], beta[1:]
	f.threshold = chooseThreshold(f, rows, drop)
	return f, nil
}

// newtonLogistic minimises the L2-penalised logistic loss of the rows'
// standardised features z (a leading 1 for the bias, which is not
// penalised) by Newton's method.
func newtonLogistic(z [][]float64, rows []filterRow, l2 float64) []float64 {
	d := len(z[0])
	beta := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for k, x := range z {
			p := 1 / (1 + math.Exp(-dot(beta, x)))
			y := b2f(rows[k].listed)
			for i := range x {
				g[i] += (p - y) * x[i]
				for j := range x {
					h[i][j] += p * (1 - p) * x[i] * x[j]
				}
			}
		}
		for i := 1; i < d; i++ {
			g[i] += l2 * beta[i]
			h[i][i] += l2
		}
		h[0][0] += 1e-9
		step := solve(h, g)
		change := 0.0
		for i := range beta {
			beta[i] -= step[i]
			change = max(change, math.Abs(step[i]))
		}
		if change < 1e-10 {
			break
		}
	}
	return beta
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// solve solves h x = g by Gaussian elimination with partial pivoting (h
// is symmetric positive definite here; it is overwritten).
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(slices.Clone(h[i]), g[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			m := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= m * a[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := a[r][n]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}

// chooseThreshold is the threshold, among the rows' own probabilities
// (and 0: reject nothing), whose rejections gain the most: filterDrop for
// each rejected actor the gold does not list, less 1 for each rejected
// one it lists with the label the analyser gave. Ties keep the lower
// threshold (reject less).
func chooseThreshold(f *linearFilter, rows []filterRow, drop float64) float64 {
	type pr struct {
		p    float64
		gain float64
	}
	ps := make([]pr, len(rows))
	for k, r := range rows {
		g := 0.0
		if !r.listed {
			g = drop
		} else if r.labelOK {
			g = -1
		}
		ps[k] = pr{f.prob(r.x), g}
	}
	slices.SortFunc(ps, func(a, b pr) int {
		if a.p < b.p {
			return -1
		}
		if a.p > b.p {
			return 1
		}
		return 0
	})
	best, bestGain, gain := 0.0, 0.0, 0.0
	for k, x := range ps {
		gain += x.gain
		if k+1 < len(ps) && ps[k+1].p == x.p {
			continue
		}
		if gain > bestGain+1e-12 {
			next := 1.0
			if k+1 < len(ps) {
				next = ps[k+1].p
			}
			best, bestGain = (x.p+next)/2, gain
		}
	}
	return best
}
