package features

import (
	"math"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/internal/tfidf"
	"github.com/stancekit/stancekit/tokenize"
)

// tfidf.Transform's vector is TransformTF's with each n-gram entry
// multiplied by the IDF it was given, and its sum the squares of the
// products summed in order, bit for bit: with repeats (the sublinear and
// the plain factor), and from the bitmap read whole or over a range of
// its summary.
func TestTransformIDF(t *testing.T) {
	texts := corpusTexts(t)
	for _, cfg := range []Config{DefaultConfig(), {WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1}, {WordNgrams: 2, MinDF: 1}} {
		v := newVec(t, cfg)
		if err := v.Fit(texts[:len(texts)/2]); err != nil {
			t.Fatal(err)
		}
		// Rows of three values, the IDF first (a fused model's layout):
		// the others must not be read.
		const stride = 3
		rows := make([]float64, stride*v.Dim())
		for i := range rows {
			rows[i] = math.NaN()
		}
		for i := range v.NGrams() {
			rows[i*stride] = v.IDF(i)
		}
		var tf Doc
		for _, s := range append(texts, nastyDocs...) {
			if err := v.TransformTF(&tf, s, nil); err != nil {
				t.Fatal(err)
			}
			x := tf.Vector
			var want float64
			ng := 0
			for ; ng < len(x.Idx) && int(x.Idx[ng]) < v.NGrams(); ng++ {
				x.Val[ng] *= rows[int(x.Idx[ng])*stride]
				want += x.Val[ng] * x.Val[ng]
			}
			dd, held, n, ss, err := tfidf.Transform(v, s, nil, rows, stride)
			if err != nil {
				t.Fatal(err)
			}
			d := *dd.(*Doc)
			if n != ng || math.Float64bits(ss) != math.Float64bits(want) || !slices.Equal(d.Vector.Idx, x.Idx) || !slices.Equal(d.Vector.Val, x.Val) || !slices.Equal(d.Hits, tf.Hits) {
				t.Fatalf("%+v: %q: %d entries, sum %v, %v; want %d, %v, %v", cfg, s, n, ss, d.Vector, ng, want, x)
			}
			tfidf.Release(held)
			// The bitmap read over a range of a summary too large to read
			// whole gives the same.
			var a analysis
			w := v.wordTables()
			a.run(v, w, s, nil)
			a.idx = a.idx[:0]
			a.grams(v.cfg, false)
			a.idx = v.lookup(a.idx, a.hs)
			idx := slices.Clone(a.idx)
			small, sss := a.weighBits(v, Vector{}, nil, idfRows{rows, stride})
			a.idx = idx
			nw := 64 * (smallSummary + 1)
			a.bits, a.dup, a.sum = make([]uint64, nw), make([]uint64, nw), make([]uint64, nw/64)
			large, sls := a.weighBits(v, Vector{}, nil, idfRows{rows, stride})
			if !slices.Equal(small.Idx, large.Idx) || !slices.Equal(small.Val, large.Val) || math.Float64bits(sss) != math.Float64bits(sls) {
				t.Fatalf("%+v: %q: read whole %v (%v), over a range %v (%v)", cfg, s, small, sss, large, sls)
			}
		}
	}
}

// An unfitted Vectorizer, or tokens that do not fit, give TransformTF's
// error and nothing to hold; Release takes that nothing.
func TestTransformIDFErrors(t *testing.T) {
	v := newVec(t, DefaultConfig())
	d, held, n, ss, err := tfidf.Transform(v, "Operators oppose a ban.", nil, nil, 1)
	if err == nil || d != nil || held != nil || n != 0 || ss != 0 {
		t.Fatalf("unfitted: %v, %v, %d, %v, %v", d, held, n, ss, err)
	}
	tfidf.Release(held)
	if err := v.Fit(corpusTexts(t)[:50]); err != nil {
		t.Fatal(err)
	}
	bad := []tokenize.Token{{Start: 5, End: 99}}
	if d, held, _, _, err := tfidf.Transform(v, "short", bad, nil, 1); err == nil || d != nil || held != nil {
		t.Fatalf("tokens out of bounds: %v, %v, %v", d, held, err)
	}
}
