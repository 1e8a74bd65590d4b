// Package wordvec learns dense vectors of word stems from unlabelled text:
// positive pointwise mutual information over a window, reduced by a seeded
// randomized truncated SVD. The stance experiments (internal/experiment)
// and the default model's build (internal/defaultmodel) learn them with it.
package wordvec

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/tokenize"
)

// WordVectors are dense vectors of word stems learnt from unlabelled text:
// positive pointwise mutual information over a symmetric window, reduced
// by a truncated SVD (Levy, Goldberg and Dagan 2015's recipe). They are
// deterministic for a seed and the same texts in the same order.
type WordVectors struct {
	Dim   int
	Words []string       // stems, sorted
	index map[string]int // stem -> row
	vecs  []float64      // len(Words) × Dim, each row of unit length
}

// WordVecConfig sets how TrainWordVectors learns.
type WordVecConfig struct {
	Dim      int     // vector length (default 100)
	Window   int     // words either side (default 4)
	MinCount int     // drop rarer stems (default 3)
	Alpha    float64 // context distribution smoothing (default 0.75)
	Power    int     // subspace iterations of the randomized SVD (default 3)
	Seed     uint64
}

// WithDefaults fills in the zero fields of c.
func (c WordVecConfig) WithDefaults() WordVecConfig {
	if c.Dim == 0 {
		c.Dim = 100
	}
	if c.Window == 0 {
		c.Window = 4
	}
	if c.MinCount == 0 {
		c.MinCount = 3
	}
	if c.Alpha == 0 {
		c.Alpha = 0.75
	}
	if c.Power == 0 {
		c.Power = 3
	}
	return c
}

// Stems returns the stems of the word tokens of s, in order.
func Stems(tk *tokenize.Tokenizer, s string) []string {
	var out []string
	for _, t := range tk.Tokens(s) {
		if t.IsWord() {
			out = append(out, tokenize.Stem(t.Norm))
		}
	}
	return out
}

// TrainWordVectors learns vectors from texts. It returns nil and no error
// when the texts hold fewer distinct frequent stems than the dimension
// asks for, and an error when the tokenizer or the SVD fails.
func TrainWordVectors(texts []string, c WordVecConfig) (*WordVectors, error) {
	c = c.WithDefaults()
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	docs := make([][]string, len(texts))
	count := map[string]int{}
	for i, t := range texts {
		docs[i] = Stems(tk, t)
		for _, w := range docs[i] {
			count[w]++
		}
	}
	var words []string
	for w, n := range count {
		if n >= c.MinCount {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	V := len(words)
	if V <= c.Dim+10 {
		return nil, nil
	}
	index := make(map[string]int, V)
	for i, w := range words {
		index[w] = i
	}
	// Co-occurrence counts, each pair weighted by 1/distance.
	co := make([]map[int32]float64, V)
	for i := range co {
		co[i] = map[int32]float64{}
	}
	for _, d := range docs {
		ids := make([]int, 0, len(d))
		for _, w := range d {
			if i, ok := index[w]; ok {
				ids = append(ids, i)
			}
		}
		for a, i := range ids {
			for b := a + 1; b < len(ids) && b <= a+c.Window; b++ {
				j := ids[b]
				w := 1 / float64(b-a)
				co[i][int32(j)] += w
				co[j][int32(i)] += w
			}
		}
	}
	// Sums run over sorted columns: a map's order would change them in
	// the last bits from run to run.
	sorted := make([][]int32, V)
	for i, m := range co {
		cols := make([]int32, 0, len(m))
		for j := range m {
			cols = append(cols, j)
		}
		slices.Sort(cols)
		sorted[i] = cols
	}
	row := make([]float64, V)
	ctx := make([]float64, V)
	var ctxTotal float64
	for i, cols := range sorted {
		for _, j := range cols {
			v := co[i][j]
			row[i] += v
			ctx[j] += v
		}
	}
	for j := range ctx {
		ctx[j] = math.Pow(ctx[j], c.Alpha)
		ctxTotal += ctx[j]
	}
	// The PPMI matrix in compressed rows.
	type csr struct {
		ptr []int
		col []int32
		val []float64
	}
	M := csr{ptr: make([]int, V+1)}
	for i, cols := range sorted {
		for _, j := range cols {
			pmi := math.Log(co[i][j] * ctxTotal / (row[i] * ctx[j]))
			if pmi > 0 {
				M.col = append(M.col, j)
				M.val = append(M.val, pmi)
			}
		}
		M.ptr[i+1] = len(M.col)
	}
	// mul returns M × B for a dense V×k B (M is symmetric up to the
	// smoothing, which the range finder does not need exactly).
	mul := func(B *mat.Dense, transpose bool) *mat.Dense {
		_, k := B.Dims()
		out := mat.NewDense(V, k, nil)
		bd, bs := B.RawMatrix().Data, B.RawMatrix().Stride
		od, os := out.RawMatrix().Data, out.RawMatrix().Stride
		for i := 0; i < V; i++ {
			for p := M.ptr[i]; p < M.ptr[i+1]; p++ {
				j, v := int(M.col[p]), M.val[p]
				src, dst := bd[j*bs:j*bs+k], od[i*os:i*os+k]
				if transpose {
					src, dst = bd[i*bs:i*bs+k], od[j*os:j*os+k]
				}
				for q := range dst {
					dst[q] += v * src[q]
				}
			}
		}
		return out
	}
	// orth returns an orthonormal basis of Y's columns (modified
	// Gram-Schmidt, twice for stability; thin, unlike mat.QR's Q).
	orth := func(Y *mat.Dense) *mat.Dense {
		_, k := Y.Dims()
		cols := make([][]float64, k)
		for q := range cols {
			cols[q] = mat.Col(nil, q, Y)
		}
		for pass := 0; pass < 2; pass++ {
			for q := range cols {
				for p := 0; p < q; p++ {
					var d float64
					for i, x := range cols[q] {
						d += x * cols[p][i]
					}
					for i := range cols[q] {
						cols[q][i] -= d * cols[p][i]
					}
				}
				var n float64
				for _, x := range cols[q] {
					n += x * x
				}
				if n > 0 {
					n = 1 / math.Sqrt(n)
				}
				for i := range cols[q] {
					cols[q][i] *= n
				}
			}
		}
		out := mat.NewDense(V, k, nil)
		for q, col := range cols {
			out.SetCol(q, col)
		}
		return out
	}
	k := c.Dim + 10
	rng := rand.New(rand.NewPCG(c.Seed, 0x77ec))
	omega := mat.NewDense(V, k, nil)
	for i := 0; i < V; i++ {
		for q := 0; q < k; q++ {
			omega.Set(i, q, rng.NormFloat64())
		}
	}
	Q := orth(mul(omega, false))
	for it := 0; it < c.Power; it++ {
		Q = orth(mul(Q, true))
		Q = orth(mul(Q, false))
	}
	// B = Qᵀ M (k × V) = (Mᵀ Q)ᵀ.
	BT := mul(Q, true)
	var svd mat.SVD
	if !svd.Factorize(BT.T(), mat.SVDThin) {
		return nil, errors.New("word vectors: the SVD of the sketched PPMI matrix failed")
	}
	var Ub mat.Dense
	svd.UTo(&Ub)
	s := svd.Values(nil)
	var U mat.Dense
	U.Mul(Q, &Ub)
	wv := &WordVectors{Dim: c.Dim, Words: words, index: index, vecs: make([]float64, V*c.Dim)}
	for i := 0; i < V; i++ {
		r := wv.vecs[i*c.Dim : (i+1)*c.Dim]
		var n float64
		for q := 0; q < c.Dim; q++ {
			r[q] = U.At(i, q) * math.Sqrt(s[q])
			n += r[q] * r[q]
		}
		if n > 0 {
			n = 1 / math.Sqrt(n)
			for q := range r {
				r[q] *= n
			}
		}
	}
	return wv, nil
}

// Vec returns the unit vector of stem w, or nil.
func (wv *WordVectors) Vec(w string) []float64 {
	i, ok := wv.index[w]
	if !ok {
		return nil
	}
	return wv.vecs[i*wv.Dim : (i+1)*wv.Dim]
}

// Mean returns the normalised mean vector of the stems of s (nil when
// none has a vector).
func (wv *WordVectors) Mean(tk *tokenize.Tokenizer, s string) []float64 {
	out := make([]float64, wv.Dim)
	n := 0
	for _, w := range Stems(tk, s) {
		if v := wv.Vec(w); v != nil {
			for q, x := range v {
				out[q] += x
			}
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var norm float64
	for _, x := range out {
		norm += x * x
	}
	norm = math.Sqrt(norm)
	for q := range out {
		out[q] /= norm
	}
	return out
}

// Neighbours returns up to n stems whose cosine with w is at least min,
// most similar first (w itself excluded).
func (wv *WordVectors) Neighbours(w string, n int, min float64) []string {
	v := wv.Vec(w)
	if v == nil {
		return nil
	}
	type sc struct {
		i int
		c float64
	}
	var best []sc
	for i := range wv.Words {
		if wv.Words[i] == w {
			continue
		}
		u := wv.vecs[i*wv.Dim : (i+1)*wv.Dim]
		var c float64
		for q := range u {
			c += u[q] * v[q]
		}
		if c >= min {
			best = append(best, sc{i, c})
		}
	}
	sort.Slice(best, func(a, b int) bool {
		if best[a].c != best[b].c {
			return best[a].c > best[b].c
		}
		return best[a].i < best[b].i
	})
	var out []string
	for _, b := range best[:min2(n, len(best))] {
		out = append(out, wv.Words[b.i])
	}
	return out
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// Clusters groups the vectors into k clusters by spherical k-means
// (seeded, a fixed number of rounds) and returns each stem's cluster.
func (wv *WordVectors) Clusters(k, rounds int, seed uint64) map[string]int {
	V, D := len(wv.Words), wv.Dim
	if k > V {
		k = V
	}
	rng := rand.New(rand.NewPCG(seed, 0xc1))
	cent := make([]float64, k*D)
	for c, i := range rng.Perm(V)[:k] {
		copy(cent[c*D:(c+1)*D], wv.vecs[i*D:(i+1)*D])
	}
	assign := make([]int, V)
	for r := 0; r < rounds; r++ {
		for i := 0; i < V; i++ {
			v := wv.vecs[i*D : (i+1)*D]
			best, bc := 0, math.Inf(-1)
			for c := 0; c < k; c++ {
				u := cent[c*D : (c+1)*D]
				var s float64
				for q := range u {
					s += u[q] * v[q]
				}
				if s > bc {
					best, bc = c, s
				}
			}
			assign[i] = best
		}
		clear(cent)
		for i := 0; i < V; i++ {
			c := assign[i]
			for q := 0; q < D; q++ {
				cent[c*D+q] += wv.vecs[i*D+q]
			}
		}
		for c := 0; c < k; c++ {
			u := cent[c*D : (c+1)*D]
			var n float64
			for _, x := range u {
				n += x * x
			}
			if n > 0 {
				n = 1 / math.Sqrt(n)
				for q := range u {
					u[q] *= n
				}
			}
		}
	}
	out := make(map[string]int, V)
	for i, w := range wv.Words {
		out[w] = assign[i]
	}
	return out
}

// Table returns the vectors as a features.WordVectors table (float32
// values), the form a model's word-vector block reads and saves.
func (wv *WordVectors) Table() (*features.WordVectors, error) {
	vals := make([]float32, len(wv.vecs))
	for i, x := range wv.vecs {
		vals[i] = float32(x)
	}
	return features.NewWordVectors(wv.Dim, slices.Clone(wv.Words), vals)
}
