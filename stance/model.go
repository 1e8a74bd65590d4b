package stance

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/parallel"
	"github.com/stancekit/stancekit/internal/tfidf"
	"github.com/stancekit/stancekit/tokenize"
)

// Model is a trained linear classifier over a fitted features.Vectorizer:
// one weight per feature and class and one bias per class, learnt by the
// Solver of its TrainConfig, a multinomial logistic regression or a
// one-vs-rest linear SVM. Either way Predict turns the class scores into
// probabilities with a softmax (calibrated for the logistic regression, a
// ranking for the SVM). A Model is immutable and safe for concurrent use.
type Model struct {
	labels []Label
	vec    *features.Vectorizer
	w      []float64 // D×K weights, feature-major: the K weights of feature j at w[j*K:]
	b      []float64 // K biases
	dim    int
	off    int // index of OffTarget in labels (always last), or -1
	// threshold is the relevance below which Predict answers OffTarget;
	// 0: when OffTarget is the most probable class.
	threshold float64
	meta      TrainInfo
	// fused holds the weights laid out for prediction once built (see
	// fusedRows); uses counts the predictions made before.
	fused atomic.Pointer[fused]
	uses  atomic.Int64
}

// TrainInfo records how a model was trained; it is saved with the model.
type TrainInfo struct {
	// Examples is the number of training statements.
	Examples int `json:"examples"`
	// Config is the training configuration.
	Config TrainConfig `json:"config"`
	// Iterations is the number of optimiser iterations run.
	Iterations int `json:"iterations"`
	// Loss is the final value of the regularised objective.
	Loss float64 `json:"loss"`
}

// Labels returns the model's stance classes in the order its probabilities
// are reported. OffTarget is never one of them: a model trained with
// OffTarget examples answers it beside them (see HasRelevance).
func (m *Model) Labels() []Label { return append([]Label(nil), m.labels[:m.stances()]...) }

// stances is the number of stance classes: every class but OffTarget,
// which is always last.
func (m *Model) stances() int {
	if m.off >= 0 {
		return m.off
	}
	return len(m.labels)
}

// Vectorizer returns the model's feature extractor.
func (m *Model) Vectorizer() *features.Vectorizer { return m.vec }

// Info returns how the model was trained.
func (m *Model) Info() TrainInfo { return m.meta }

// classWeights returns class k's weights, one per feature (a copy).
func (m *Model) classWeights(k int) []float64 {
	K := len(m.labels)
	row := make([]float64, m.dim)
	for j := range row {
		row[j] = m.w[j*K+k]
	}
	return row
}

// setClassMajor stores the weights given class by class (row(k) holds
// class k's D weights) in the model's feature-major layout.
func (m *Model) setClassMajor(row func(k int) []float64) {
	K := len(m.labels)
	m.w = make([]float64, m.dim*K)
	for k := range K {
		for j, v := range row(k) {
			m.w[j*K+k] = v
		}
	}
}

// maxReasons is the number of features a Prediction explains itself with.
const maxReasons = 5

// Predict classifies one statement. It returns ErrEmpty (wrapped) when the
// statement has no word to classify; any other text, including invalid UTF-8
// and control bytes, is analysed (see package tokenize), on its first
// features.MaxStatementBytes bytes.
func (m *Model) Predict(text string) (Prediction, error) {
	return m.predict(text, nil, nil)
}

// PredictTokens is Predict for a statement already tokenized: toks must be
// the tokens of text as package tokenize gives them (Tokenizer.AppendTokens
// of text, or Tokenizer.AppendSub for a statement cut from a document the
// caller has tokenized), with offsets into text; their negation marks are
// ignored. The prediction is Predict's, without tokenizing text again (nil
// toks make it Predict). Tokens that do not fit text (out of order or out of
// bounds) are an error.
func (m *Model) PredictTokens(text string, toks []tokenize.Token) (Prediction, error) {
	return m.predict(text, toks, nil)
}

// docs recycles the scratch space of an analysed statement between
// predictions.
var docs = sync.Pool{New: func() any { return new(features.Doc) }}

// predict classifies text, from its tokens toks unless toks is nil. The
// prediction's slices come from mem when it is not nil and they fit it,
// from an allocation of their own otherwise.
func (m *Model) predict(text string, toks []tokenize.Token, mem *predictionMem) (Prediction, error) {
	f := m.fusedRows()
	var d *features.Doc
	var err error
	var t int      // with f, the n-gram entries of d's vector, weighed by IDF
	var ss float64 // and the sum of their squares
	if f != nil {
		// TransformTF with the IDF of f's rows applied as the vector is
		// read back, where weighIDF made a pass of its own over it; d
		// is features' own, from the pool of its scratch space, where
		// docs' pool cost a Get and a Put more.
		var dd, held any
		dd, held, t, ss, err = tfidf.Transform(m.vec, text, toks, f.rows, f.stride)
		defer tfidf.Release(held)
		d, _ = dd.(*features.Doc)
	} else {
		d = docs.Get().(*features.Doc)
		defer docs.Put(d)
		err = m.vec.TransformInto(d, text, toks)
	}
	if err != nil {
		return Prediction{}, fmt.Errorf("predict: %w", err)
	}
	x, hits := d.Vector, d.Hits
	if x.Len() == 0 && d.Words == 0 {
		return Prediction{}, fmt.Errorf("predict: %w", ErrEmpty)
	}
	var buf [8]float64
	var scores []float64
	w, stride, off, means := m.w, len(m.labels), 0, (*fused)(nil)
	if f != nil {
		scores = f.normScores(m, x, t, invNorm(t, ss), buf[:0]) // x is now Transform's vector
		w, stride, off = f.rows, f.stride, 1
		if f.hasMean {
			means = f
		}
	} else {
		scores = m.scores(x, buf[:0])
	}
	var p Prediction
	var reasons []Reason
	if k := m.stances(); mem != nil && k <= len(mem.probs) && len(hits) <= len(mem.cues) {
		p.Probs, reasons, p.Cues = mem.probs[:k:k], mem.reasons[:], mem.cues[:len(hits):len(hits)]
	} else {
		p.Probs, reasons, p.Cues = predictionSlices(k, len(hits))
	}
	var best int
	best, p.Label, p.Confidence, p.Relevance = m.decide(scores, p.Probs)
	for i, h := range hits {
		p.Cues[i] = CueHit{Cue: h.Cue.Pattern, Class: Label(h.Class), Negated: h.Negated,
			Start: h.Start, End: h.End, Text: text[h.Start:h.End]}
	}
	p.Reasons = m.reasons(x, best, w, stride, off, means, reasons)
	runtime.KeepAlive(f) // w may be f's rows, released with f (see hugemem)
	return p, nil
}

// predictionMem holds a typical Prediction's slices, so that a prediction
// allocates once: its probabilities (up to four classes), reasons and cue
// hits (up to two); larger ones get their own. Each slice is capped at its
// length, so appending to one never writes into another.
type predictionMem struct {
	probs   [4]LabelProb
	reasons [maxReasons]Reason
	cues    [2]CueHit
}

// predictionMem4 is predictionMem with room for four cue hits, for the
// statements with three or four: one allocation where predictionMem and
// a slice of hits took two.
type predictionMem4 struct {
	probs   [4]LabelProb
	reasons [maxReasons]Reason
	cues    [4]CueHit
}

// predictionSlices returns a Prediction's Probs for k classes, room for its
// reasons (maxReasons, capped) and its n cue hits, each slice capped at its
// length, from one allocation for up to four classes and four hits.
func predictionSlices(k, n int) (Probs, []Reason, []CueHit) {
	var probs []LabelProb
	var reasons []Reason
	var cues []CueHit
	if n > 2 && n <= 4 {
		mem := new(predictionMem4)
		probs, reasons, cues = mem.probs[:], mem.reasons[:], mem.cues[:n:n]
	} else {
		mem := new(predictionMem)
		probs, reasons, cues = mem.probs[:], mem.reasons[:], mem.cues[:]
		if n > len(mem.cues) {
			cues = make([]CueHit, n)
		}
		cues = cues[:n:n]
	}
	if k <= len(probs) {
		probs = probs[:k:k]
	} else {
		probs = make(Probs, k)
	}
	return probs, reasons, cues
}

// PredictVector classifies a vector that the model's Vectorizer produced
// (by Transform, or FitTransform when the model was trained with
// TrainVectors), returning the label and its probability (see
// Prediction.Confidence). It skips the
// analysis of text, for evaluations that transform each statement once and
// score it under many models. A vector from another vectoriser gives
// meaningless results; indices beyond the model's features are ignored.
func (m *Model) PredictVector(x features.Vector) (Label, float64) {
	var buf [8]float64
	_, l, c, _ := m.decide(m.scores(x, buf[:0]), nil)
	return l, c
}

// Result is one statement's outcome in a batch: a prediction, or the error
// that statement gave.
type Result struct {
	Prediction
	Err error
}

// PredictBatch classifies texts on up to workers goroutines (workers <= 0
// uses GOMAXPROCS) and returns one Result per text, in input order: no
// statement is dropped, and a bad one carries its error.
func (m *Model) PredictBatch(texts []string, workers int) []Result {
	out := make([]Result, len(texts))
	// The predictions' slices, for the nine in ten statements with up to
	// two cue hits, in one block: an allocation a batch, not one a
	// statement. (A caller that keeps a few results of a large batch
	// keeps the whole block, as it would the []Result.)
	mem := make([]predictionMem, len(texts))
	parallel.For(len(texts), workers, func(_, i int) {
		p, err := m.predict(texts[i], nil, &mem[i])
		out[i] = Result{p, err}
	})
	return out
}

// scores returns softmax probabilities of x, appended to dst.
func (m *Model) scores(x features.Vector, dst []float64) []float64 {
	// One pass over x reads the K weights of each feature side by side.
	// Each class's sum runs in x's order from zero and the bias is added
	// last, the same arithmetic as a dot product per class.
	K := len(m.labels)
	start := len(dst)
	for range K {
		dst = append(dst, 0)
	}
	d := dst[start:]
	if K == 4 {
		// The default model's four classes, with the sums in registers:
		// the same additions in the same order.
		var s0, s1, s2, s3 float64
		for t, j := range x.Idx {
			if int(j) >= m.dim {
				continue
			}
			v, row := x.Val[t], m.w[int(j)*4:int(j)*4+4]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
			s3 += v * row[3]
		}
		d[0], d[1], d[2], d[3] = s0, s1, s2, s3
	} else if K == 3 {
		// Three classes (SemEval's), likewise.
		var s0, s1, s2 float64
		for t, j := range x.Idx {
			if int(j) >= m.dim {
				continue
			}
			v, row := x.Val[t], m.w[int(j)*3:int(j)*3+3]
			s0 += v * row[0]
			s1 += v * row[1]
			s2 += v * row[2]
		}
		d[0], d[1], d[2] = s0, s1, s2
	} else {
		for t, j := range x.Idx {
			if int(j) >= m.dim {
				continue
			}
			v, row := x.Val[t], m.w[int(j)*K:int(j)*K+K]
			for c := range d {
				d[c] += v * row[c]
			}
		}
	}
	return m.softmax(d, dst)
}

// softmax adds the biases to the class sums d, the tail of dst, and turns
// them into probabilities in place; it returns dst.
func (m *Model) softmax(d, dst []float64) []float64 {
	mx := math.Inf(-1)
	for c := range d {
		d[c] = m.b[c] + d[c]
		mx = max(mx, d[c])
	}
	var z float64
	for c := range d {
		d[c] = math.Exp(d[c] - mx)
		z += d[c]
	}
	for c := range d {
		d[c] /= z
	}
	return dst
}

// centred is row[k] less the mean of row, the mean summed in class order
// from zero: what a feature of weights row gives class k over the others.
func centred(row []float64, k int) float64 {
	var mean float64
	for _, v := range row {
		mean += v
	}
	mean /= float64(len(row))
	return row[k] - mean
}

// reasons lists the features that pushed class k ahead: x_j times the
// weight of k minus the mean weight over classes, the K weights of feature
// j being w[j*stride+off:] (the model's weights, or its fused rows). The
// list is written to dst, which must have room for maxReasons, and capped
// at its length. means, when not nil, is the fused rows w is, whose rows
// of three or four weights are followed by their mean (see fused); nil
// when w's rows have no mean.
func (m *Model) reasons(x features.Vector, k int, w []float64, stride, off int, means *fused, dst []Reason) []Reason {
	// Keep the maxReasons best in order as they come (heaviest first, ties
	// by name): the same list as sorting every positive contribution and
	// cutting it, without building that list. A feature's name is read only
	// to break a tie, and for the list's final entries. The mean is summed
	// in class order (from zero, or, in rows3 and rows4, from the first
	// weight, which gives the same lists); three and four classes
	// (SemEval's, the default model's) have loops of their own, unrolled. A contribution
	// below top.lim cannot enter the list, the common case, so only the
	// others go through offer.
	top := topReasons{m: m}
	x, dense := m.splitDense(x) // the word-vector block is one reason
	switch K := len(m.labels); K {
	case 3:
		if uint(k) >= 3 {
			break
		}
		if means != nil {
			top.rowsMean3(x, k, w, stride, off)
		} else {
			top.rows3(x, k, w, stride, off)
		}
	case 4:
		if uint(k) >= 4 {
			break
		}
		if means != nil && means.rows6 != nil {
			top.rowsMean4(x, k, means.rows6) // w a row at a time (see fused.rows6)
		} else {
			top.rows4(x, k, w, stride, off)
		}
	default:
		for t, j := range x.Idx {
			at := int(j)*stride + off
			if c := x.Val[t] * centred(w[at:at+K], k); !(c < top.lim) {
				top.offer(contribution{j, c})
			}
		}
	}
	if len(dense.Idx) > 0 {
		top.offer(contribution{int32(m.vec.DenseAt()), denseContribution(dense, k, len(m.labels), w, stride, off)})
	}
	dst = dst[:top.n:top.n]
	for i, r := range top.list[:top.n] {
		dst[i] = Reason{Feature: m.reasonName(r.j), Weight: r.w}
	}
	return dst
}

// rows3 offers top the contribution of every feature of x towards class k
// (below 3) of a three-class model's rows w (see reasons): each feature's
// K weights are read once, their mean summed in class order, and
// only a contribution that is not below the list's floor goes to offer.
// The floor is kept in a local between offers, and x's values are resliced
// to its indices, so that the loop carries no reload and no bounds check
// beyond the row's. The mean starts from the row's first weight, not from
// zero as centred sums it: the two differ only when every weight of the row
// is a zero, one of them -0, and then only in the sign of a zero mean and so
// of a zero contribution, which no list takes (offer turns away weights
// not above 0, and the floor is never below 0).
func (top *topReasons) rows3(x features.Vector, k int, w []float64, stride, off int) {
	val := x.Val[:len(x.Idx)]
	lim := top.lim
	if uint(k) >= 3 {
		return // never (reasons calls it for a class of three): it spares the loop row[k]'s bounds check
	}
	for t, j := range x.Idx {
		at := int(j)*stride + off
		row := w[at : at+3 : at+3]
		mean := row[0] // not 0 + row[0], which differs only for -0 (below)
		mean += row[1]
		mean += row[2]
		mean /= 3
		if c := val[t] * (row[k] - mean); !(c < lim) {
			top.offer(contribution{j, c})
			lim = top.lim
		}
	}
}

// rows4 is rows3 for four classes (the default model's), k below 4.
func (top *topReasons) rows4(x features.Vector, k int, w []float64, stride, off int) {
	val := x.Val[:len(x.Idx)]
	lim := top.lim
	if uint(k) >= 4 {
		return // never (reasons calls it for a class of four): it spares the loop row[k]'s bounds check
	}
	for t, j := range x.Idx {
		at := int(j)*stride + off
		row := w[at : at+4 : at+4]
		mean := row[0] // not 0 + row[0]: see rows3
		mean += row[1]
		mean += row[2]
		mean += row[3]
		mean /= 4
		if c := val[t] * (row[k] - mean); !(c < lim) {
			top.offer(contribution{j, c})
			lim = top.lim
		}
	}
}

// rowsMean4 is rows4 over the fused rows of four classes, which end with
// their weights' mean (see fused): feature j's four weights are
// rows[j][1:5] and its mean rows[j][5]. The contribution val*(row[k]-mean)
// is rows4's, bit for bit, with two loads a feature where rows4 made four
// loads, three additions and a division; a row read as &rows[j] is one
// bounds test.
func (top *topReasons) rowsMean4(x features.Vector, k int, rows [][6]float64) {
	val := x.Val[:len(x.Idx)]
	lim := top.lim
	if uint(k) >= 4 {
		return // never (reasons calls it for a class of four): it spares the loop row[1+k]'s bounds check
	}
	for t, j := range x.Idx {
		row := &rows[j]
		if c := val[t] * (row[1+k] - row[5]); !(c < lim) {
			top.offer(contribution{j, c})
			lim = top.lim
		}
	}
}

// rowsMean3 is rowsMean4 for three classes, k below 3, over rows w of
// stride values whose weights start at off (the fused rows).
func (top *topReasons) rowsMean3(x features.Vector, k int, w []float64, stride, off int) {
	val := x.Val[:len(x.Idx)]
	lim := top.lim
	if uint(k) >= 3 {
		return // never (reasons calls it for a class of three): it spares the loop row[k]'s bounds check
	}
	for t, j := range x.Idx {
		at := int(j)*stride + off
		row := w[at : at+4 : at+4]
		if c := val[t] * (row[k] - row[3]); !(c < lim) {
			top.offer(contribution{j, c})
			lim = top.lim
		}
	}
}

// topReasons is the list reasons keeps: the n heaviest contributions so
// far, in order. lim is 0 while the list has room and the weight of its
// last entry once full: nothing lighter can enter.
type topReasons struct {
	m    *Model
	list [maxReasons]contribution
	n    int
	lim  float64
}

// offer puts r in its place in the list if it belongs there. The list is
// in heavier's order, so r's place is found by weight, past the lighter
// entries, and by name only past those of its weight that heavier puts
// after it; a full list's last entry falls off.
func (top *topReasons) offer(r contribution) {
	n := top.n
	if r.w <= 0 {
		return
	}
	if n == maxReasons {
		// Only a contribution heavier than the last gets in (a NaN never
		// does).
		if !(r.w > top.lim) && !(r.w == top.lim && top.byName(r, top.list[n-1])) {
			return
		}
		n--
	}
	if uint(n) >= maxReasons {
		return // never (n is at most maxReasons-1 here): it spares the loop its bounds checks
	}
	// One pass from the end moves each entry r goes before one place on.
	// Between NaN weights (which stop it) the list is in heavier's order,
	// so the entries passed are the lighter ones and then those of r's
	// weight that heavier puts after r.
	l := &top.list
	i := n
	for ; i > 0; i-- {
		// The lighter entry moves on in a branch of its own: written as
		// one condition, the loop made a boolean of it and tested that.
		p := l[i-1]
		if p.w < r.w {
			l[i] = p
			continue
		}
		if !(p.w == r.w && top.byName(r, p)) {
			break
		}
		l[i] = p
	}
	l[i] = r
	top.n = n + 1
	if top.n == maxReasons {
		top.lim = l[maxReasons-1].w
	}
}

// byName is heavier for two contributions of one weight: whether a's
// feature name sorts before b's. It is kept out of offer, which calls it
// only for a tie, so that offer's loop does not carry the names' lookups
// and their comparison, with the registers they take, inlined.
//
//go:noinline
func (top *topReasons) byName(a, b contribution) bool {
	return top.m.vec.Name(int(a.j)) < top.m.vec.Name(int(b.j))
}

// contribution is feature j's push w towards the predicted class.
type contribution struct {
	j int32
	w float64
}

// heavier orders contributions: larger weight first, then by feature name.
func (m *Model) heavier(a, b contribution) bool {
	if a.w != b.w {
		return a.w > b.w
	}
	return m.vec.Name(int(a.j)) < m.vec.Name(int(b.j))
}
