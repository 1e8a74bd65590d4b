package features

import (
	bits64 "math/bits"

	"github.com/stancekit/stancekit/internal/tfidf"
	"github.com/stancekit/stancekit/tokenize"
)

// idfRows is an IDF a caller keeps itself, for transformInto: feature i's
// at rows[i*stride] (a linear model's fused rows, which hold it beside the
// feature's class weights, so that weighing and scoring a feature read one
// row). The zero idfRows is none.
type idfRows struct {
	rows   []float64
	stride int
}

func init() { tfidf.Transform, tfidf.Release = transformIDF, releaseIDF }

// transformIDF is tfidf.Transform: TransformTF with the n-gram entries
// weighed by the IDF at rows[i*stride] as they are read back from the
// bitmap, and the sum of their squares. The caller (stance's fused rows)
// made that product and that sum in a pass of its own over the entries,
// which TransformTF had just written: the same products of the same
// values, summed in the same order, so the same bits. The vector is
// written to the pooled analysis's own Doc, which the caller reads until
// it hands the analysis back with releaseIDF: one pool for both, where the
// caller kept a pool of Docs of its own (a Get and a Put a statement
// more).
func transformIDF(v any, src string, toks []tokenize.Token, rows []float64, stride int) (d, held any, t int, ss float64, err error) {
	vec := v.(*Vectorizer)
	if err := vec.canTransform(src, toks); err != nil {
		return nil, nil, 0, 0, err
	}
	a := analysisPool.Get().(*analysis)
	t, ss = a.transform(vec, &a.doc, src, toks, nil, idfRows{rows, stride})
	return &a.doc, a, t, ss, nil
}

// releaseIDF is tfidf.Release: it puts back the analysis transformIDF
// gave (nil after an error).
func releaseIDF(held any) {
	if a, ok := held.(*analysis); ok {
		analysisPool.Put(a)
	}
}

// weigh multiplies x's entries, all n-gram entries, by their IDF in place
// and returns the sum of the squares of the products, in order.
func (r idfRows) weigh(x Vector) float64 {
	var ss float64
	val := x.Val[:len(x.Idx)]
	for t, i := range x.Idx {
		v := val[t] * r.rows[int(i)*r.stride]
		val[t] = v
		ss += v * v
	}
	return ss
}

// readIDF is readRaw with each factor multiplied by its feature's IDF,
// from ext, and it returns the sum of the squares of the products in
// index order. A word with no repeat writes the IDF itself: its factor is
// 1, and 1 × x is x.
//
//go:noinline
func readIDF(bits, dup, sum []uint64, out []int32, val []float64, rc *repCounts, sub bool, ext idfRows) float64 {
	// One bounds check for out[k] and val[k], one for bits[w] and dup[w].
	val, dup = val[:len(out)], dup[:len(bits)]
	rows, stride := ext.rows, ext.stride
	var ss float64
	k := 0
	for s, sw := range sum {
		if sw == 0 {
			continue
		}
		sum[s] = 0
		for ; sw != 0; sw &= sw - 1 {
			w := uint(s)<<6 + uint(bits64.TrailingZeros64(sw))
			word, dw := bits[w], dup[w]
			bits[w] = 0
			if dw == 0 {
				base := int32(w << 6)
				for ; word != 0; word &= word - 1 {
					i := base + int32(bits64.TrailingZeros64(word))
					x := rows[int(i)*stride]
					out[k], val[k] = i, x
					k++
					ss += x * x
				}
				continue
			}
			dup[w] = 0
			for ; word != 0; word &= word - 1 {
				i := int32(w<<6 + uint(bits64.TrailingZeros64(word)))
				tf := 1.0
				if dw&word&-word != 0 {
					run := 1 + rc.count(i) // the first and its repeats
					tf = float64(run)
					if sub {
						tf = sublinear(run)
					}
				}
				x := tf * rows[int(i)*stride]
				out[k], val[k] = i, x
				k++
				ss += x * x
			}
		}
	}
	return ss
}
