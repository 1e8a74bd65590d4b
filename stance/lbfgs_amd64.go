//go:build amd64 && !noasm && !gccgo && !safe

package stance

import "gonum.org/v1/gonum/optimize"

// fusedLBFGS reports whether training uses lbfgs: where gonum's dot
// product is its amd64 assembly, whose order of additions lbfgs follows.
const fusedLBFGS = true

func newLBFGS() optimize.Method { return &lbfgs{} }
