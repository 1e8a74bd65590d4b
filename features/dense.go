package features

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
)

// The word-vector block (Config.Vectors and Config.WordVectors) is a dense
// block of Dim features after every other block: the sum of the vectors of
// the statement's word stems that WordVectors holds (each stem counted as
// often as it occurs), scaled to Euclidean length Config.Vectors. Its
// invariants:
//
//   - the block's features are "v:0" … "v:<Dim-1>", indices
//     [DenseAt, DenseAt+Dim), the last of the vector;
//   - a stem that WordVectors lacks contributes nothing, and a statement
//     none of whose stems has a vector gets no entry of the block (nor
//     does one whose vectors sum to zero): the block is all there or absent;
//   - when present, its entries are Dim values, in index order, whose
//     Euclidean norm is Config.Vectors (up to rounding);
//   - the sums run in token order in float64 from the table's float32
//     values, so Transform, TransformTF and FitTransform give the block bit
//     for bit alike.

// MaxVectorDim bounds a word-vector table's dimension.
const MaxVectorDim = 1024

// MaxVectorValue bounds the magnitude of a word-vector value. The tables
// the default model learns hold unit vectors; a far larger value can only
// come from a corrupt or hostile file.
const MaxVectorValue = 1e3

// maxVectorStems bounds a table's stem count, so that a hostile count
// cannot ask for memory before the bytes that back it are read.
const maxVectorStems = 1 << 22

// WordVectors is a table of dense word vectors: one vector of Dim float32
// values per word stem (as tokenize stems words). It is immutable and safe
// for concurrent use.
type WordVectors struct {
	dim   int
	stems []string
	vals  []float32 // len(stems)*dim; row i is stems[i]'s vector
	at    map[string]int32
}

// NewWordVectors builds a table of len(stems) vectors of dim values, row i
// of vals (vals[i*dim:(i+1)*dim]) being stems[i]'s. Stems must be non-empty
// and strictly increasing (sorted, no repeats) and every value finite and
// within ±MaxVectorValue. The table keeps stems and vals: the caller must
// not change them afterwards.
func NewWordVectors(dim int, stems []string, vals []float32) (*WordVectors, error) {
	if dim < 1 || dim > MaxVectorDim {
		return nil, fmt.Errorf("features: word-vector dimension %d out of range 1..%d", dim, MaxVectorDim)
	}
	if len(stems) == 0 || len(stems) > maxVectorStems {
		return nil, fmt.Errorf("features: %d word vectors (want 1..%d)", len(stems), maxVectorStems)
	}
	if len(vals) != len(stems)*dim {
		return nil, fmt.Errorf("features: %d word-vector values for %d stems of %d dimensions", len(vals), len(stems), dim)
	}
	for i, s := range stems {
		if s == "" {
			return nil, fmt.Errorf("features: word vector %d has no stem", i)
		}
		if i > 0 && stems[i-1] >= s {
			return nil, fmt.Errorf("features: word-vector stems not strictly increasing at %d (%q after %q)", i, s, stems[i-1])
		}
	}
	for i, x := range vals {
		if !(math.Abs(float64(x)) <= MaxVectorValue) {
			return nil, fmt.Errorf("features: word vector of %q: value %v is not a finite number within ±%g", stems[i/dim], x, float64(MaxVectorValue))
		}
	}
	t := &WordVectors{dim: dim, stems: stems, vals: vals, at: make(map[string]int32, len(stems))}
	for i, s := range stems {
		t.at[s] = int32(i)
	}
	return t, nil
}

// Dim returns the vectors' dimension.
func (t *WordVectors) Dim() int { return t.dim }

// Len returns the number of stems with a vector.
func (t *WordVectors) Len() int { return len(t.stems) }

// Stems returns the stems, sorted. The slice must not be modified.
func (t *WordVectors) Stems() []string { return t.stems }

// Vec returns stem's vector, or nil. The slice must not be modified.
func (t *WordVectors) Vec(stem string) []float32 {
	i, ok := t.at[stem]
	if !ok {
		return nil
	}
	return t.vals[int(i)*t.dim : (int(i)+1)*t.dim]
}

// AppendBinary appends the table's binary form to b, which ReadWordVectors
// reads back: uvarint dimension, uvarint stem count, each stem as a uvarint
// length and its bytes, then every value as a little-endian float32, row
// by row. The output is a function of the table alone.
func (t *WordVectors) AppendBinary(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(t.dim))
	b = binary.AppendUvarint(b, uint64(len(t.stems)))
	for _, s := range t.stems {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, x := range t.vals {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

// ReadWordVectors decodes a table AppendBinary wrote at the start of p and
// returns it with the number of bytes it took. Every count is checked
// against the bytes that remain before anything is allocated, and the
// table is checked as NewWordVectors checks one, so damaged or hostile
// bytes give an error, never a panic or a huge allocation.
func ReadWordVectors(p []byte) (*WordVectors, int, error) {
	off := 0
	uv := func(what string) (int, error) {
		x, n := binary.Uvarint(p[off:])
		if n <= 0 || x > math.MaxInt32 {
			return 0, fmt.Errorf("features: word vectors: bad %s at byte %d", what, off)
		}
		off += n
		return int(x), nil
	}
	dim, err := uv("dimension")
	if err != nil {
		return nil, 0, err
	}
	n, err := uv("stem count")
	if err != nil {
		return nil, 0, err
	}
	if dim < 1 || dim > MaxVectorDim || n < 1 || n > maxVectorStems || n > len(p)-off {
		return nil, 0, fmt.Errorf("features: word vectors: %d stems of %d dimensions do not fit %d bytes", n, dim, len(p))
	}
	stems := make([]string, n)
	for i := range stems {
		l, err := uv("stem length")
		if err != nil {
			return nil, 0, err
		}
		if l > len(p)-off {
			return nil, 0, errors.New("features: word vectors: a stem runs past the end")
		}
		stems[i] = string(p[off : off+l])
		off += l
	}
	if need := 4 * n * dim; need > len(p)-off {
		return nil, 0, fmt.Errorf("features: word vectors: %d bytes of values, %d left", need, len(p)-off)
	}
	vals := make([]float32, n*dim)
	for i := range vals {
		vals[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[off:]))
		off += 4
	}
	t, err := NewWordVectors(dim, stems, vals)
	if err != nil {
		return nil, 0, err
	}
	return t, off, nil
}

// DenseAt returns the index of the word-vector block's first feature, or
// -1 when the block is off.
func (v *Vectorizer) DenseAt() int {
	if !v.dense() {
		return -1
	}
	return int(v.denseAt)
}

// dense reports whether the word-vector block is on.
func (v *Vectorizer) dense() bool { return v.cfg.Vectors > 0 && v.cfg.WordVectors != nil }

// addDenseFeatures appends the block's names when it is on.
func (v *Vectorizer) addDenseFeatures() {
	if !v.dense() {
		return
	}
	v.denseAt = int32(len(v.names))
	for q := range v.cfg.WordVectors.dim {
		v.names = append(v.names, "v:"+strconv.Itoa(q))
	}
}

// denseRows appends to dst the table row of each stem that has one, in
// order ("" for a token that is no word).
func (v *Vectorizer) denseRows(dst []int32, stems []string) []int32 {
	if !v.dense() {
		return dst
	}
	at := v.cfg.WordVectors.at
	for _, s := range stems {
		if s == "" {
			continue
		}
		if i, ok := at[s]; ok {
			dst = append(dst, i)
		}
	}
	return dst
}

// addDense appends the block for the table rows rows (denseRows), using sum
// (grown as needed and returned) as scratch space.
func (v *Vectorizer) addDense(vec Vector, rows []int32, sum []float64) (Vector, []float64) {
	if !v.dense() || len(rows) == 0 {
		return vec, sum
	}
	sum = v.zeroSum(sum)
	for _, r := range rows {
		v.addRow(sum, r)
	}
	return v.appendDense(vec, sum), sum
}

// addDenseStems is addDense for the rows of stems, found as it goes (the
// same sums in the same order), without a list of rows.
func (v *Vectorizer) addDenseStems(vec Vector, stems []string, sum []float64) (Vector, []float64) {
	if !v.dense() {
		return vec, sum
	}
	at := v.cfg.WordVectors.at
	n := 0
	for _, s := range stems {
		if s == "" {
			continue
		}
		if r, ok := at[s]; ok {
			if n == 0 {
				sum = v.zeroSum(sum)
			}
			v.addRow(sum, r)
			n++
		}
	}
	if n == 0 {
		return vec, sum
	}
	return v.appendDense(vec, sum), sum
}

// zeroSum returns sum grown to the table's dimension and cleared.
func (v *Vectorizer) zeroSum(sum []float64) []float64 {
	D := v.cfg.WordVectors.dim
	if cap(sum) < D {
		sum = make([]float64, D)
	}
	sum = sum[:D]
	clear(sum)
	return sum
}

// addRow adds table row r to sum.
func (v *Vectorizer) addRow(sum []float64, r int32) {
	t := v.cfg.WordVectors
	D := t.dim
	row := t.vals[int(r)*D : (int(r)+1)*D : (int(r)+1)*D]
	sum = sum[:len(row)]
	for q, x := range row {
		sum[q] += float64(x)
	}
}

// appendDense appends the block of the summed vectors sum, scaled to length
// Config.Vectors (nothing when they sum to zero).
func (v *Vectorizer) appendDense(vec Vector, sum []float64) Vector {
	var ss float64
	for _, x := range sum {
		ss += x * x
	}
	if !(ss > 0) {
		return vec
	}
	k := v.cfg.Vectors / math.Sqrt(ss)
	for q, x := range sum {
		vec.Idx = append(vec.Idx, v.denseAt+int32(q))
		vec.Val = append(vec.Val, k*x)
	}
	return vec
}
