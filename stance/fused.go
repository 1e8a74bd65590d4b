package stance

import (
	"math"
	"unsafe"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/hugemem"
)

// fused lays a model's weights out for prediction: one row per feature
// holding the feature's IDF (0 for a cue feature) and then its K class
// weights, so that weighing a statement's feature and scoring it read one
// row, a single memory access where the IDF and the weights kept apart
// cost two. With character n-grams a statement has some three hundred
// features spread over a vocabulary of megabytes, and these accesses are
// most of what predicting it costs. Read-only once built; the values are
// the model's own, so the arithmetic, and every prediction, is that of the
// separate arrays.
//
// For three and four classes a row ends with one more value, the mean of
// its K weights summed in class order as rows3 and rows4 sum it (from the
// first weight): the reasons' contribution of a feature is its value times
// its class weight less that mean, and the mean, a property of the feature
// alone, was worked out again for every feature of every statement (about
// half of rows4's instructions). The stored mean is the same float64 as
// the one worked out, so the contributions, and the reasons, are the same
// bits (TestFusedMeanIsRowsMean).
type fused struct {
	rows   []float64 // D rows of stride values: IDF, K weights, and the mean when hasMean
	stride int       // 1+K, or 2+K with the mean
	nGram  int       // n-gram features, which have an IDF, come first
	// hasMean reports that each row ends with its weights' mean (three or
	// four classes).
	hasMean bool
	// rows6 is rows a row at a time for four classes (the default
	// model's), the same memory; else nil. A row read as &rows6[j] is one
	// bounds test, where rows[at:at+6:at+6] made two and the arithmetic
	// of at+6, and its fixed-size values need no test of their own.
	rows6 [][6]float64
}

// fuseAfter is how many statements a model predicts before it lays out its
// fused rows: building them costs about what a few hundred predictions gain,
// and a command that classifies a handful of statements should not pay it.
const fuseAfter = 256

// fusedRows returns the fused rows, or nil while prediction takes the path
// over the separate arrays. The prediction that makes the model's count
// reach fuseAfter builds them, on its own goroutine; others go on without
// them until they are published.
func (m *Model) fusedRows() *fused {
	if f := m.fused.Load(); f != nil || m.uses.Load() > fuseAfter {
		return f
	}
	if m.uses.Add(1) == fuseAfter {
		m.fused.Store(m.buildFused())
	}
	return nil
}

// buildFused lays out the fused rows of m.
func (m *Model) buildFused() *fused {
	K := len(m.labels)
	ng := m.vec.NGrams()
	if m.dim != m.vec.Dim() || ng > m.dim {
		return nil // not a vectoriser the rows could describe
	}
	f := &fused{stride: K + 1, nGram: ng}
	if K == 3 || K == 4 {
		f.stride, f.hasMean = K+2, true
	}
	// The rows are read at random, a few hundred per statement: in huge
	// pages they cost a TLB miss less each (see hugemem). Nothing but f
	// holds them, and predict keeps f alive while it reads them.
	S := f.stride
	if K == 4 && m.dim > 0 {
		f.rows6 = hugemem.Make[[6]float64](f, m.dim)
		f.rows = unsafe.Slice(&f.rows6[0][0], m.dim*S)
	} else {
		f.rows = hugemem.Make[float64](f, m.dim*S)
	}
	for j := range m.dim {
		row := f.rows[j*S : (j+1)*S]
		row[0] = m.vec.IDF(j) // 0 for a cue feature
		copy(row[1:], m.w[j*K:(j+1)*K])
		if f.hasMean {
			row[K+1] = rowMean(row[1 : K+1])
		}
	}
	return f
}

// rowMean is the mean of a row of three or four weights as rows3 and rows4
// sum it: from the first weight, in class order, then divided by the count.
func rowMean(w []float64) float64 {
	mean := w[0] // not 0 + w[0]: see rows3
	for _, v := range w[1:] {
		mean += v
	}
	return mean / float64(len(w))
}

// weigh turns x, a vector TransformTF gave, into the vector Transform
// gives, in place, with the IDF of the rows: the same products, summed for
// the norm in the same order, as features' own weighing.
func (f *fused) weigh(x features.Vector) {
	t, inv := f.weighIDF(x)
	for u := range x.Val[:t] {
		x.Val[u] *= inv
	}
}

// weighIDF is the first half of weigh: it multiplies x's n-gram entries,
// the first t, by their IDF in place and returns t and the factor inv
// that normalises them (1 when t is 0), without applying it.
func (f *fused) weighIDF(x features.Vector) (t int, inv float64) {
	idx, val := x.Idx, x.Val[:len(x.Idx)]
	rows, S, ng := f.rows, f.stride, f.nGram
	var ss float64
	for ; t < len(idx); t++ {
		j := int(idx[t])
		if j >= ng {
			break
		}
		v := val[t] * rows[j*S]
		val[t] = v
		ss += v * v
	}
	return t, invNorm(t, ss)
}

// invNorm is the factor that normalises t n-gram entries whose squares
// sum to ss: 1 when t is 0 (nothing to normalise).
func invNorm(t int, ss float64) float64 {
	if t == 0 {
		return 1
	}
	return 1 / math.Sqrt(ss)
}

// weighScores is weigh then scores, with the normalisation of the n-gram
// entries made in the scoring pass for three and four classes: each entry
// is scaled and stored, then multiplied into its row, the values and sums
// of the two passes, in one pass over x fewer.
func (f *fused) weighScores(m *Model, x features.Vector, dst []float64) []float64 {
	t, inv := f.weighIDF(x)
	return f.normScores(m, x, t, inv, dst)
}

// normScores is weighScores once the first t entries of x, its n-gram
// entries, are weighed by their IDF (by weighIDF, or as features read
// them back: see tfidf), inv being the factor that normalises them.
func (f *fused) normScores(m *Model, x features.Vector, t int, inv float64, dst []float64) []float64 {
	K := len(m.labels)
	if K != 3 && K != 4 {
		for u := range x.Val[:t] {
			x.Val[u] *= inv
		}
		return f.scores(m, x, dst)
	}
	start := len(dst)
	idx, val := x.Idx, x.Val[:len(x.Idx)]
	rows, S := f.rows, f.stride
	// The first t entries are n-grams, below nGram and so below m.dim;
	// tv is val cut to them, so that its index needs no bounds check.
	tv := val[:t]
	if K == 3 {
		var s0, s1, s2 float64
		for u, j := range idx[:t] {
			v := tv[u] * inv
			tv[u] = v
			at := int(j)*S + 1
			row := rows[at : at+3 : at+3]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
		}
		for u := t; u < len(idx); u++ {
			j := int(idx[u])
			if j >= m.dim {
				continue
			}
			at := j*S + 1
			v, row := val[u], rows[at:at+3:at+3]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
		}
		// One append of the three sums, where a loop appended K zeros
		// and the sums were stored over them, each store with its test.
		dst = append(dst, s0, s1, s2)
	} else {
		var s0, s1, s2, s3 float64
		rows6 := f.rows6 // four classes: the rows have their mean (see fused)
		for u, j := range idx[:t] {
			v := tv[u] * inv
			tv[u] = v
			row := &rows6[j]
			s0 += v * row[1]
			s1 += v * row[2]
			s2 += v * row[3]
			s3 += v * row[4]
		}
		for u := t; u < len(idx); u++ {
			j := int(idx[u])
			if j >= m.dim {
				continue
			}
			at := j*S + 1
			v, row := val[u], rows[at:at+4:at+4]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
			s3 += v * row[3]
		}
		dst = append(dst, s0, s1, s2, s3) // as for three classes
	}
	return m.softmax(dst[start:], dst)
}

// scores is Model.scores over the fused rows: the same sums in the same
// order.
func (f *fused) scores(m *Model, x features.Vector, dst []float64) []float64 {
	K := len(m.labels)
	start := len(dst)
	for range K {
		dst = append(dst, 0)
	}
	d := dst[start:]
	S := f.stride
	switch K {
	case 3:
		var s0, s1, s2 float64
		for t, j := range x.Idx {
			if int(j) >= m.dim {
				continue
			}
			at := int(j)*S + 1
			v, row := x.Val[t], f.rows[at:at+3:at+3]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
		}
		d[0], d[1], d[2] = s0, s1, s2
	case 4:
		var s0, s1, s2, s3 float64
		for t, j := range x.Idx {
			if int(j) >= m.dim {
				continue
			}
			at := int(j)*S + 1
			v, row := x.Val[t], f.rows[at:at+4:at+4]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
			s3 += v * row[3]
		}
		d[0], d[1], d[2], d[3] = s0, s1, s2, s3
	default:
		for t, j := range x.Idx {
			if int(j) >= m.dim {
				continue
			}
			at := int(j)*S + 1
			v, row := x.Val[t], f.rows[at:at+K]
			for c := range d {
				d[c] += v * row[c]
			}
		}
	}
	return m.softmax(d, dst)
}
