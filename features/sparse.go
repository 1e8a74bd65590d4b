package features

import "math"

// Vector is a sparse vector: Idx holds strictly increasing feature indices
// and Val the matching values. The zero Vector is the zero vector.
type Vector struct {
	Idx []int32
	Val []float64
}

// Len returns the number of stored (non-zero) entries.
func (v Vector) Len() int { return len(v.Idx) }

// Dot returns the inner product of v with the dense vector w. Indices past
// the end of w count as zero.
func (v Vector) Dot(w []float64) float64 {
	var s float64
	for k, i := range v.Idx {
		if int(i) < len(w) {
			s += v.Val[k] * w[i]
		}
	}
	return s
}

// Norm returns the Euclidean norm of v.
func (v Vector) Norm() float64 {
	var s float64
	for _, x := range v.Val {
		s += x * x
	}
	return math.Sqrt(s)
}

// Get returns the value at index i (0 when absent).
func (v Vector) Get(i int32) float64 {
	lo, hi := 0, len(v.Idx)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case v.Idx[m] < i:
			lo = m + 1
		case v.Idx[m] > i:
			hi = m
		default:
			return v.Val[m]
		}
	}
	return 0
}
