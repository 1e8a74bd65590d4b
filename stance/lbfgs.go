package stance

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// lbfgs is an optimize.Method that takes the steps of gonum's
// optimize.LBFGS with its defaults (15 pairs of history, Bisection line
// search, the gradient stop threshold 1e-12) and computes each of them with
// the same floating-point operations in the same order, so that a model
// trained with it is the same bit for bit; only the memory traffic
// differs. gonum's two-loop recursion makes 60-odd passes over
// parameter-length vectors an iteration, one for each dot product and one
// for each update of the direction; with 15 pairs of 93,000 parameters that
// is some 50 MB streamed from memory for every iteration, as much work as
// the objective itself. Here each update of the direction computes the
// dot product the next step needs in the same pass, halving the passes.
//
// The dot products add in the order of gonum's amd64 DotUnitary (four
// running sums over the elements' positions modulo 4, the elements after
// the last full four added to the first, then (s0 + s2) + (s1 + s3)),
// which its portable Go version does not share: elsewhere training uses
// optimize.LBFGS itself (see newLBFGS). fusedDot is tested against
// floats.Dot, and the optimiser against optimize.LBFGS step for step, so a
// change of either shows.
type lbfgs struct {
	status optimize.Status
	err    error
	ls     *optimize.LinesearchMethod

	oldest  int         // index of the oldest pair of the history
	s, y    [][]float64 // the last lbfgsStore steps and gradient changes
	rho, a  []float64
	x, grad []float64 // the location and gradient of the last major iteration
}

// lbfgsStore is the number of pairs of history: optimize.LBFGS's default.
const lbfgsStore = 15

// lbfgsGradStop is optimize.LBFGS's default GradStopThreshold.
const lbfgsGradStop = 1e-12

var (
	_ optimize.Method          = (*lbfgs)(nil)
	_ optimize.Statuser        = (*lbfgs)(nil)
	_ optimize.NextDirectioner = (*lbfgs)(nil)
)

// Init implements optimize.Method: one task at a time.
func (l *lbfgs) Init(dim, tasks int) int {
	l.status, l.err = optimize.NotTerminated, nil
	return 1
}

// Uses implements optimize.Method: the gradient is needed.
func (*lbfgs) Uses(has optimize.Available) (optimize.Available, error) {
	if !has.Grad {
		return optimize.Available{}, optimize.ErrMissingGrad
	}
	return optimize.Available{Grad: true}, nil
}

// Status implements optimize.Statuser.
func (l *lbfgs) Status() (optimize.Status, error) { return l.status, l.err }

// Run implements optimize.Method with the protocol gonum's local methods
// follow: evaluate the starting point, check it, announce it as the first
// major iteration, then let the line search method drive, stopping when
// the gradient at a major iteration is below the threshold.
func (l *lbfgs) Run(operation chan<- optimize.Task, result <-chan optimize.Task, tasks []optimize.Task) {
	l.status, l.err = l.run(operation, result, tasks[0])
	close(operation)
}

func (l *lbfgs) run(operation chan<- optimize.Task, result <-chan optimize.Task, task optimize.Task) (optimize.Status, error) {
	var op optimize.Operation
	if task.Op&optimize.FuncEvaluation == 0 {
		op |= optimize.FuncEvaluation
	}
	if task.Op&optimize.GradEvaluation == 0 {
		op |= optimize.GradEvaluation
	}
	task.Op = op
	operation <- task
	if task = <-result; task.Op == optimize.PostIteration {
		drain(result)
		return optimize.NotTerminated, nil
	}
	if math.IsInf(task.F, 1) || math.IsNaN(task.F) {
		stopMethod(operation, result, task)
		return optimize.Failure, optimize.ErrFunc(task.F)
	}
	for i, v := range task.Gradient {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			stopMethod(operation, result, task)
			return optimize.Failure, optimize.ErrGrad{Grad: v, Index: i}
		}
	}
	task.Op = optimize.MajorIteration
	operation <- task
	if task = <-result; task.Op == optimize.PostIteration {
		drain(result)
		return optimize.NotTerminated, nil
	}
	l.ls = &optimize.LinesearchMethod{NextDirectioner: l, Linesearcher: &optimize.Bisection{}}
	op, err := l.ls.Init(task.Location)
	if err != nil {
		stopMethod(operation, result, task)
		return optimize.Failure, err
	}
	task.Op = op
	operation <- task
	for {
		r := <-result
		switch r.Op {
		case optimize.PostIteration:
			drain(result)
			return optimize.NotTerminated, nil
		case optimize.MajorIteration:
			if r.Gradient != nil && allBelow(r.Gradient, lbfgsGradStop) {
				// gonum reports the task of the starting point here.
				stopMethod(operation, result, task)
				return optimize.GradientThreshold, nil
			}
		}
		op, err := l.ls.Iterate(r.Location)
		if err != nil {
			stopMethod(operation, result, r)
			return optimize.Failure, err
		}
		r.Op = op
		operation <- r
	}
}

// allBelow reports whether floats.Norm(g, math.Inf(1)) < t, stopping at
// the first element that says no (a NaN says no, as it makes the norm NaN).
func allBelow(g []float64, t float64) bool {
	for _, v := range g {
		if !(math.Abs(v) < t) {
			return false
		}
	}
	return true
}

// stopMethod tells Minimize that the method has finished, and reads the
// results until it closes them.
func stopMethod(operation chan<- optimize.Task, result <-chan optimize.Task, task optimize.Task) {
	task.Op = optimize.MethodDone
	operation <- task
	if task = <-result; task.Op != optimize.PostIteration {
		panic("stance: optimiser: a task other than PostIteration after MethodDone")
	}
	drain(result)
}

func drain(result <-chan optimize.Task) {
	for range result {
	}
}

// InitDirection implements optimize.NextDirectioner: steepest descent,
// with a step of unit length.
func (l *lbfgs) InitDirection(loc *optimize.Location, dir []float64) float64 {
	n := len(loc.X)
	l.oldest = 0
	l.rho = make([]float64, lbfgsStore)
	l.a = make([]float64, lbfgsStore)
	l.s, l.y = make([][]float64, lbfgsStore), make([][]float64, lbfgsStore)
	for i := range lbfgsStore {
		l.s[i], l.y[i] = make([]float64, n), make([]float64, n)
	}
	l.x = append([]float64(nil), loc.X...)
	l.grad = append([]float64(nil), loc.Gradient...)
	for i, g := range loc.Gradient {
		dir[i] = g * -1
	}
	return 1 / floats.Norm(dir, 2)
}

// NextDirection implements optimize.NextDirectioner: the two-loop
// recursion (Nocedal and Wright, Numerical Optimization, algorithm 7.4)
// over the whole history, unfilled pairs (zero) included, as gonum runs it.
func (l *lbfgs) NextDirection(loc *optimize.Location, dir []float64) float64 {
	n := len(l.x)
	if len(loc.X) != n || len(loc.Gradient) != n || len(dir) != n {
		panic("stance: optimiser: dimension changed")
	}
	// One pass records the newest pair, moves the last location on,
	// starts the direction at the gradient and takes the three dot
	// products that need nothing else: s·y, y·y and, for the first
	// backward step, s·dir.
	o := l.oldest
	sNew, yNew := l.s[o], l.y[o]
	X, G := loc.X, loc.Gradient
	var sy, yy, sd dot4
	i := 0
	for ; i+4 <= n; i += 4 {
		for k := range 4 {
			e := i + k
			yv := G[e] - l.grad[e]
			sv := X[e] - l.x[e]
			yNew[e], sNew[e] = yv, sv
			l.x[e], l.grad[e], dir[e] = X[e], G[e], G[e]
			sy[k] += sv * yv
			yy[k] += yv * yv
			sd[k] += sv * G[e]
		}
	}
	for ; i < n; i++ {
		yv := G[i] - l.grad[i]
		sv := X[i] - l.x[i]
		yNew[i], sNew[i] = yv, sv
		l.x[i], l.grad[i], dir[i] = X[i], G[i], G[i]
		sy[0] += sv * yv
		yy[0] += yv * yv
		sd[0] += sv * G[i]
	}
	sDotY := sy.sum()
	l.rho[o] = 1 / sDotY
	l.oldest = (o + 1) % lbfgsStore
	gamma := sDotY / yy.sum()

	// Backward, newest pair first: dir -= a·y, each pass also taking the
	// next pair's s·dir; the last scales dir by gamma and takes the first
	// forward step's y·dir.
	d := sd.sum()
	for k := range lbfgsStore {
		idx := (l.oldest - k - 1 + lbfgsStore) % lbfgsStore
		l.a[idx] = l.rho[idx] * d
		if k < lbfgsStore-1 {
			next := (idx - 1 + lbfgsStore) % lbfgsStore
			d = fusedStep(dir, -l.a[idx], l.y[idx], false, 0, l.s[next])
		} else {
			d = fusedStep(dir, -l.a[idx], l.y[idx], true, gamma, l.y[l.oldest])
		}
	}
	// Forward, oldest pair first: dir += (a − b)·s, each pass also taking
	// the next pair's y·dir; the last negates dir.
	for k := range lbfgsStore {
		idx := (k + l.oldest) % lbfgsStore
		beta := l.rho[idx] * d
		if k < lbfgsStore-1 {
			d = fusedStep(dir, l.a[idx]-beta, l.s[idx], false, 0, l.y[(idx+1)%lbfgsStore])
		} else {
			fusedStep(dir, l.a[idx]-beta, l.s[idx], true, -1, nil)
		}
	}
	return 1
}

// dot4 holds the four running sums of a dot product in DotUnitary's order.
type dot4 [4]float64

func (s *dot4) sum() float64 { return (s[0] + s[2]) + (s[1] + s[3]) }

// fusedStep sets dir to dir + alpha·v, then, if scale, multiplies it by
// c, and returns the dot product of the result with next (0 for nil next),
// element by element as gonum's AddScaled, Scale and Dot would in turn.
func fusedStep(dir []float64, alpha float64, v []float64, scale bool, c float64, next []float64) float64 {
	n := len(dir)
	v = v[:n]
	var s dot4
	if next == nil {
		for e := range dir {
			x := dir[e] + alpha*v[e]
			if scale {
				x *= c
			}
			dir[e] = x
		}
		return 0
	}
	next = next[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		d, vv, w := dir[i:i+4:i+4], v[i:i+4:i+4], next[i:i+4:i+4]
		x0 := d[0] + alpha*vv[0]
		x1 := d[1] + alpha*vv[1]
		x2 := d[2] + alpha*vv[2]
		x3 := d[3] + alpha*vv[3]
		if scale {
			x0 *= c
			x1 *= c
			x2 *= c
			x3 *= c
		}
		d[0], d[1], d[2], d[3] = x0, x1, x2, x3
		s[0] += w[0] * x0
		s[1] += w[1] * x1
		s[2] += w[2] * x2
		s[3] += w[3] * x3
	}
	for ; i < n; i++ {
		x := dir[i] + alpha*v[i]
		if scale {
			x *= c
		}
		dir[i] = x
		s[0] += next[i] * x
	}
	return s.sum()
}

// fusedDot is floats.Dot in DotUnitary's order, for the test that pins it.
func fusedDot(x, y []float64) float64 {
	var s dot4
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s[0] += x[i] * y[i]
		s[1] += x[i+1] * y[i+1]
		s[2] += x[i+2] * y[i+2]
		s[3] += x[i+3] * y[i+3]
	}
	for ; i < len(x); i++ {
		s[0] += x[i] * y[i]
	}
	return s.sum()
}
