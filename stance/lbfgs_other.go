//go:build !amd64 || noasm || gccgo || safe

package stance

import "gonum.org/v1/gonum/optimize"

// fusedLBFGS reports whether training uses lbfgs. Here gonum's dot product
// is its portable Go loop, whose order lbfgs does not follow, so training
// uses gonum's own L-BFGS.
const fusedLBFGS = false

func newLBFGS() optimize.Method { return &optimize.LBFGS{} }
