package stance

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/hugemem"
	"github.com/stancekit/stancekit/internal/parallel"
)

// Compiled is a Model laid out for labelling statements in bulk: it gives
// each statement the label, confidence and relevance Predict gives, without
// the reasons and cue hits a Prediction explains itself with, and computes
// them with fewer memory accesses:
//
//   - every feature's IDF is folded into its weights, one row a feature
//     holding IDF² (for the norm) and IDF × the K class weights;
//   - every known word (a word the vectoriser was fitted on; see
//     features.Lister) holds the sums of the rows of its character n-grams,
//     so that a statement reads one row a known word instead of one per
//     n-gram of it, some fifteen;
//   - a statement's features are marked in an array of the vocabulary,
//     each feature's entry set to the statement's number (so that nothing
//     is cleared between statements): the sums above treat each occurrence
//     of a feature as a feature of its own, and the few features a
//     statement repeats are corrected to their sublinear term frequency
//     afterwards, from their rows.
//
// The scores are the model's up to rounding: the same terms, summed in
// another order (TestCompiledMatchesPredict checks labels exactly and
// probabilities within 1e-9 over every SemEval tweet and fuzzed input).
// Compile serves models whose features are word and character n-grams only
// (features.Lister); it is built once, read-only, and safe for concurrent
// use. The model and its file are unchanged.
type Compiled struct {
	m      *Model
	lister *features.Lister
	k      int          // classes
	rows   []float64    // per feature: IDF², then IDF × its K weights (0 past the model's dim)
	rows4  [][4]float64 // for three classes, rows a row at a time (the same memory); else nil
	// recs holds a record per known word w, from words[w].at: the K+1
	// sums of its n-grams' rows (float64 bits), then the indices of its
	// words[w].n n-grams two to a word, so that a known word's sums and
	// list are read from one place.
	recs  []uint64
	words []knownRec
	sub   bool      // Config.Sublinear
	pool  sync.Pool // *compiledScratch for Predict
}

// ErrNotCompilable is returned by Compile for a model it cannot lay out
// (see Compiled).
var ErrNotCompilable = errors.New("model cannot be compiled")

// Compile lays m out for labelling statements in bulk (see Compiled). It
// returns an error wrapping ErrNotCompilable for a model with features
// besides word and character n-grams, or whose weights do not cover its
// vectoriser's features.
func (m *Model) Compile() (*Compiled, error) {
	l, err := m.vec.Lister()
	if err != nil {
		return nil, fmt.Errorf("stance: compile: %w: %w", ErrNotCompilable, err)
	}
	if m.dim != m.vec.Dim() || m.vec.NGrams() != m.dim {
		return nil, fmt.Errorf("stance: compile: %w: %d weights for %d features", ErrNotCompilable, m.dim, m.vec.Dim())
	}
	K := len(m.labels)
	S := K + 1
	c := &Compiled{m: m, lister: l, k: K, sub: m.vec.Config().Sublinear}
	if K == 3 && m.dim > 0 {
		// rows4 and rows are one table, for three classes read a row at a
		// time with one bounds check.
		c.rows4 = hugemem.Make[[4]float64](c, m.dim)
		c.rows = unsafe.Slice(&c.rows4[0][0], m.dim*S)
	} else {
		c.rows = hugemem.Make[float64](c, m.dim*S)
	}
	for j := range m.dim {
		idf := m.vec.IDF(j)
		row := c.rows[j*S : j*S+S]
		row[0] = idf * idf
		for k, w := range m.w[j*K : j*K+K] {
			row[1+k] = idf * w
		}
	}
	c.records(l)
	c.pool.New = func() any { return c.newScratch() }
	return c, nil
}

// knownRec is where a known word's record starts in Compiled.recs and the
// number of its n-grams.
type knownRec struct{ at, n uint32 }

// records lays out the known words' records (see Compiled.recs).
func (c *Compiled) records(l *features.Lister) {
	S := c.k + 1
	c.words = make([]knownRec, l.KnownWords())
	sum := make([]float64, S)
	for w := range l.KnownWords() {
		list := l.KnownList(w)
		c.words[w] = knownRec{at: uint32(len(c.recs)), n: uint32(len(list))}
		clear(sum)
		for _, j := range list {
			for t, x := range c.rows[int(j)*S : int(j)*S+S] {
				sum[t] += x
			}
		}
		for _, x := range sum {
			c.recs = append(c.recs, math.Float64bits(x))
		}
		for i := 0; i < len(list); i += 2 {
			x := uint64(uint32(list[i]))
			if i+1 < len(list) {
				x |= uint64(uint32(list[i+1])) << 32
			}
			c.recs = append(c.recs, x)
		}
	}
	c.recs = slices.Clip(c.recs)
}

// knownList returns the record of known word w past its sums: its n-gram
// count n and the words holding them.
func (c *Compiled) knownList(w int32) (n int, list []uint64) {
	e := c.words[w]
	n = int(e.n)
	o := int(e.at) + c.k + 1
	return n, c.recs[o : o+(n+1)/2]
}

// Model returns the model c was compiled from.
func (c *Compiled) Model() *Model { return c.m }

// Labelled is one statement's outcome in Compiled.PredictBatch: its label,
// the label's probability and the statement's relevance, as Predict's
// Prediction gives them, or the error it gave.
type Labelled struct {
	Label      Label
	Confidence float64
	Relevance  float64
	Err        error
}

// compiledScratch is one goroutine's scratch space: the statement's parts,
// the marks (a feature's entry is gen when the statement being labelled
// holds it), the repeats and the scores.
type compiledScratch struct {
	parts  features.Parts
	marks  []uint8
	gen    uint8
	reps   []int32
	counts []uint8 // zero between statements (see repeats)
	scores []float64
}

func (c *Compiled) newScratch() *compiledScratch {
	return &compiledScratch{marks: make([]uint8, c.m.dim), counts: make([]uint8, c.m.dim), scores: make([]float64, c.k+1)}
}

// next starts a statement: a number no entry of s.marks holds. The
// numbers run out every 255 statements, and the marks are cleared then,
// one byte a feature: a bitmap cleared word by word after each statement
// cost some 2,400 instructions a SemEval tweet, this costs a few.
func (s *compiledScratch) next() {
	s.gen++
	if s.gen == 0 {
		clear(s.marks)
		s.gen = 1
	}
}

// Predict labels one statement as Model.Predict does: the same label,
// confidence and relevance (up to rounding), and ErrEmpty (wrapped) for a
// statement with no word.
func (c *Compiled) Predict(text string) (Labelled, error) {
	s := c.pool.Get().(*compiledScratch)
	defer c.pool.Put(s)
	r := c.label(text, s)
	return r, r.Err
}

// Probs labels one statement as Predict does and appends to dst every
// stance class's probability given that the statement is on target, in the
// order of Model.Labels: the P of Model.Predict's Probs, up to rounding.
func (c *Compiled) Probs(dst []float64, text string) (Labelled, []float64, error) {
	s := c.pool.Get().(*compiledScratch)
	defer c.pool.Put(s)
	probs, err := c.probs(text, s)
	if err != nil {
		return Labelled{Err: err}, dst, err
	}
	_, l, conf, rel := c.m.decide(probs, nil)
	for _, p := range probs[:c.m.stances()] {
		dst = append(dst, onTarget(p, rel))
	}
	return Labelled{Label: l, Confidence: conf, Relevance: rel}, dst, nil
}

// PredictBatch labels texts on up to workers goroutines (workers <= 0 uses
// GOMAXPROCS) and returns one Labelled per text, in input order; a bad
// statement carries its error. It allocates the results and one scratch
// space a goroutine, nothing per statement.
func (c *Compiled) PredictBatch(texts []string, workers int) []Labelled {
	out := make([]Labelled, len(texts))
	c.PredictInto(out, texts, workers)
	return out
}

// PredictInto is PredictBatch writing into out, which must be as long as
// texts.
func (c *Compiled) PredictInto(out []Labelled, texts []string, workers int) {
	if len(out) != len(texts) {
		panic("stance: PredictInto: out and texts differ in length")
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(texts)))
	scratch := make([]*compiledScratch, workers)
	parallel.For(len(texts), workers, func(w, i int) {
		if scratch[w] == nil {
			scratch[w] = c.pool.Get().(*compiledScratch)
		}
		out[i] = c.label(texts[i], scratch[w])
	})
	for _, s := range scratch {
		if s != nil {
			c.pool.Put(s)
		}
	}
}

// label labels text with scratch space s.
func (c *Compiled) label(text string, s *compiledScratch) Labelled {
	probs, err := c.probs(text, s)
	if err != nil {
		return Labelled{Err: err}
	}
	_, l, conf, rel := c.m.decide(probs, nil)
	return Labelled{Label: l, Confidence: conf, Relevance: rel}
}

// probs returns the softmax probabilities of text's class scores, in s.
func (c *Compiled) probs(text string, s *compiledScratch) ([]float64, error) {
	p := &s.parts
	if err := c.lister.Append(p, text); err != nil {
		return nil, fmt.Errorf("predict: %w", err)
	}
	if len(p.Idx) == 0 && len(p.Known) == 0 && p.Words == 0 {
		return nil, fmt.Errorf("predict: %w", ErrEmpty)
	}
	acc := s.scores[:c.k+1]
	clear(acc)
	if c.k == 3 {
		c.sums3(p, s, acc)
	} else {
		c.sums(p, s, acc)
	}
	c.repeats(s, acc)
	runtime.KeepAlive(c) // c.rows is released with c (see hugemem)
	inv := 1.0
	if acc[0] > 0 {
		inv = 1 / math.Sqrt(acc[0])
	}
	d := acc[1:]
	for k := range d {
		d[k] *= inv
	}
	return c.m.softmax(d, d), nil
}

// sums adds to acc the rows of every occurrence of p's features, a known
// word's as its record's sums, and marks each feature in s.marks,
// collecting in s.reps every occurrence of a feature already marked.
func (c *Compiled) sums(p *features.Parts, s *compiledScratch, acc []float64) {
	S := c.k + 1
	m := c.marker(p, s)
	for _, w := range p.Known {
		r := c.recs[c.words[w].at:]
		for t := range acc {
			acc[t] += math.Float64frombits(r[t])
		}
		m.packed(c.knownList(w))
	}
	for _, j := range p.Idx {
		for t, x := range c.rows[int(j)*S : int(j)*S+S] {
			acc[t] += x
		}
	}
	m.list(p.Idx)
	s.reps = m.reps[:m.n]
}

// sums3 is sums for three classes (SemEval's), the four sums in registers
// and the marking loops written out in place, with no count of the
// statement's features beforehand: reps grows, rarely, as a word's list
// would overrun it.
func (c *Compiled) sums3(p *features.Parts, s *compiledScratch, acc []float64) {
	s.next()
	marks, gen := s.marks[:c.m.dim], s.gen
	reps := s.reps[:cap(s.reps)]
	k := 0
	var a0, a1, a2, a3 float64
	recs, words, rows := c.recs, c.words, c.rows4
	for _, w := range p.Known {
		e := words[w]
		n := int(e.n)
		if k+n > len(reps) {
			reps = growReps(reps, k, n)
		}
		o := int(e.at)
		r := recs[o : o+4+(n+1)/2]
		a0 += math.Float64frombits(r[0])
		a1 += math.Float64frombits(r[1])
		a2 += math.Float64frombits(r[2])
		a3 += math.Float64frombits(r[3])
		list := r[4:]
		for _, x := range list[:n/2] {
			j := uint32(x)
			old := marks[j]
			marks[j] = gen
			reps[k] = int32(j)
			k += seen(old, gen)
			j = uint32(x >> 32)
			old = marks[j]
			marks[j] = gen
			reps[k] = int32(j)
			k += seen(old, gen)
		}
		if n%2 == 1 {
			j := uint32(list[n/2])
			old := marks[j]
			marks[j] = gen
			reps[k] = int32(j)
			k += seen(old, gen)
		}
	}
	if k+len(p.Idx) > len(reps) {
		reps = growReps(reps, k, len(p.Idx))
	}
	for _, j := range p.Idx {
		row := &rows[j]
		a0 += row[0]
		a1 += row[1]
		a2 += row[2]
		a3 += row[3]
		old := marks[j]
		marks[j] = gen
		reps[k] = j
		k += seen(old, gen)
	}
	s.reps = reps[:k]
	acc[0], acc[1], acc[2], acc[3] = a0, a1, a2, a3
}

// growReps returns reps, whose first k entries are kept, with room for n
// more.
func growReps(reps []int32, k, n int) []int32 {
	grown := make([]int32, k+n+(k+n)/2+64)
	copy(grown, reps[:k])
	return grown
}

// marker marks features with the statement's number gen, writing each
// feature marked already to reps[n] and counting it in n, with no branch on
// whether it was: reps has room for every feature of the statement.
type marker struct {
	marks []uint8
	gen   uint8
	reps  []int32
	n     int
}

// marker starts a statement in s and returns a marker over its marks with
// room in reps for every feature of p.
func (c *Compiled) marker(p *features.Parts, s *compiledScratch) marker {
	total := len(p.Idx)
	for _, w := range p.Known {
		total += int(c.words[w].n)
	}
	if cap(s.reps) < total+1 {
		s.reps = make([]int32, total+total/2+64)
	}
	s.next()
	return marker{marks: s.marks[:c.m.dim], gen: s.gen, reps: s.reps[:cap(s.reps)]}
}

// seen is 1 when mark, a feature's entry before it was marked, is gen, else
// 0, without a branch.
func seen(mark, gen uint8) int { return int((uint32(mark^gen) - 1) >> 31) }

// list marks the features idx.
func (m *marker) list(idx []int32) {
	marks, gen, reps, n := m.marks, m.gen, m.reps, m.n
	for _, j := range idx {
		old := marks[j]
		marks[j] = gen
		reps[n] = j
		n += seen(old, gen)
	}
	m.n = n
}

// packed marks the n features list holds two to a word (see Compiled.recs).
func (m *marker) packed(n int, list []uint64) {
	marks, gen, reps, k := m.marks, m.gen, m.reps, m.n
	for _, x := range list[:n/2] {
		j := uint32(x)
		old := marks[j]
		marks[j] = gen
		reps[k] = int32(j)
		k += seen(old, gen)
		j = uint32(x >> 32)
		old = marks[j]
		marks[j] = gen
		reps[k] = int32(j)
		k += seen(old, gen)
	}
	if n%2 == 1 {
		j := uint32(list[n/2])
		old := marks[j]
		marks[j] = gen
		reps[k] = int32(j)
		k += seen(old, gen)
	}
	m.n = k
}

// repeats corrects acc for the features s.reps holds: sums counted a
// feature seen n times as n features of term frequency 1, where Transform
// counts it once at 1 + ln(n) (Config.Sublinear) or n. Each feature's
// repeats are counted in s.counts, one byte a feature, zero again after:
// a pass over reps to count and one to correct, in the order the repeats
// came, instead of sorting them. A statement with more repeats than a
// byte counts sorts them instead.
func (c *Compiled) repeats(s *compiledScratch, acc []float64) {
	reps := s.reps
	if len(reps) == 0 {
		return
	}
	if len(reps) > 254 {
		c.sortedRepeats(reps, acc)
		return
	}
	counts := s.counts[:c.m.dim]
	for _, j := range reps {
		counts[j]++
	}
	if c.rows4 != nil {
		c.repeats3(reps, counts, acc)
		return
	}
	S := c.k + 1
	for _, j := range reps {
		r := counts[j]
		if r == 0 {
			continue
		}
		counts[j] = 0
		c.correct(acc, c.rows[int(j)*S:int(j)*S+S], int(r)+1) // the first occurrence is not in reps
	}
}

// repeats3 is the correcting pass of repeats for three classes.
func (c *Compiled) repeats3(reps []int32, counts []uint8, acc []float64) {
	a0, a1, a2, a3 := acc[0], acc[1], acc[2], acc[3]
	rows, sub := c.rows4, c.sub
	for _, j := range reps {
		r := counts[j]
		if r == 0 {
			continue
		}
		counts[j] = 0
		n := int(r) + 1 // the first occurrence is not in reps
		seen, tf := float64(n), float64(n)
		if sub {
			tf = features.SublinearTF(n)
		}
		row := &rows[j]
		a0 += (tf*tf - seen) * row[0]
		a1 += (tf - seen) * row[1]
		a2 += (tf - seen) * row[2]
		a3 += (tf - seen) * row[3]
	}
	acc[0], acc[1], acc[2], acc[3] = a0, a1, a2, a3
}

// correct corrects acc for a feature with the given row seen n times.
func (c *Compiled) correct(acc, row []float64, n int) {
	seen, tf := float64(n), float64(n)
	if c.sub {
		tf = features.SublinearTF(n)
	}
	acc[0] += (tf*tf - seen) * row[0]
	for t := 1; t < len(row) && t < len(acc); t++ {
		acc[t] += (tf - seen) * row[t]
	}
}

// sortedRepeats is repeats for any number of repeats: it sorts them.
func (c *Compiled) sortedRepeats(reps []int32, acc []float64) {
	sortSmall(reps)
	S := c.k + 1
	for i := 0; i < len(reps); {
		j, n := reps[i], 1
		for i+n < len(reps) && reps[i+n] == j {
			n++
		}
		i += n
		c.correct(acc, c.rows[int(j)*S:int(j)*S+S], n+1) // the first occurrence is not in reps
	}
}

// sortSmall sorts x, insertion sort for the few tens of repeats a
// statement has, slices.Sort past that.
func sortSmall(x []int32) {
	if len(x) > 48 {
		slices.Sort(x)
		return
	}
	for i := 1; i < len(x); i++ {
		v, k := x[i], i
		for k > 0 && x[k-1] > v {
			x[k] = x[k-1]
			k--
		}
		x[k] = v
	}
}
