package stance

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/tokenize"
)

// Model is a trained multinomial logistic regression over a fitted
// features.Vectorizer. A Model is immutable and safe for concurrent use.
type Model struct {
	labels []Label
	vec    *features.Vectorizer
	tok    *tokenize.Tokenizer
	w      []float64 // K rows of D weights, row-major
	b      []float64 // K biases
	dim    int
	meta   TrainInfo
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

// Labels returns the model's classes in the order its probabilities are
// reported.
func (m *Model) Labels() []Label { return append([]Label(nil), m.labels...) }

// Vectorizer returns the model's feature extractor.
func (m *Model) Vectorizer() *features.Vectorizer { return m.vec }

// Info returns how the model was trained.
func (m *Model) Info() TrainInfo { return m.meta }

// Weight returns the weight of feature j for class k.
func (m *Model) Weight(k, j int) float64 { return m.w[k*m.dim+j] }

// Bias returns the intercept of class k.
func (m *Model) Bias(k int) float64 { return m.b[k] }

// MaxReasons is the number of features a Prediction explains itself with.
const MaxReasons = 5

// Predict classifies one statement. It returns ErrEmpty (wrapped) when the
// statement has no word to classify; any other text, including invalid UTF-8
// and control bytes, is analysed (see package tokenize).
func (m *Model) Predict(text string) (Prediction, error) {
	x, hits, err := m.vec.TransformHits(text)
	if err != nil {
		return Prediction{}, fmt.Errorf("predict: %w", err)
	}
	if x.Len() == 0 && !hasWord(m.tok, text) {
		return Prediction{}, fmt.Errorf("predict: %w", ErrEmpty)
	}
	var buf [8]float64
	scores := m.scores(x, buf[:0])
	p := Prediction{Probs: make(Probs, len(m.labels))}
	best := 0
	for k, s := range scores {
		p.Probs[k] = LabelProb{m.labels[k], s}
		if s > scores[best] {
			best = k
		}
	}
	p.Label, p.Confidence = m.labels[best], scores[best]
	p.Cues = make([]CueHit, len(hits))
	for i, h := range hits {
		p.Cues[i] = CueHit{Cue: h.Cue.Pattern, Class: Label(h.Class), Negated: h.Negated,
			Start: h.Start, End: h.End, Text: text[h.Start:h.End]}
	}
	p.Reasons = m.reasons(x, best)
	return p, nil
}

// PredictProba returns the class probabilities of one statement in Labels()
// order, without cues or reasons.
func (m *Model) PredictProba(text string) ([]float64, error) {
	p, err := m.Predict(text)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(p.Probs))
	for i, lp := range p.Probs {
		out[i] = lp.P
	}
	return out, nil
}

// PredictVector classifies a vector that the model's Vectorizer produced
// (by Transform, or FitTransform when the model was trained with
// TrainVectors), returning the label and its probability. It skips the
// analysis of text, for evaluations that transform each statement once and
// score it under many models. A vector from another vectoriser gives
// meaningless results; indices beyond the model's features are ignored.
func (m *Model) PredictVector(x features.Vector) (Label, float64) {
	var buf [8]float64
	scores := m.scores(x, buf[:0])
	best := 0
	for k, s := range scores {
		if s > scores[best] {
			best = k
		}
	}
	return m.labels[best], scores[best]
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
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > len(texts) {
		workers = len(texts)
	}
	var wg sync.WaitGroup
	next := make(chan int, len(texts))
	for i := range texts {
		next <- i
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				p, err := m.Predict(texts[i])
				out[i] = Result{p, err}
			}
		}()
	}
	wg.Wait()
	return out
}

// scores returns softmax probabilities of x, appended to dst.
func (m *Model) scores(x features.Vector, dst []float64) []float64 {
	k := len(m.labels)
	mx := math.Inf(-1)
	for c := 0; c < k; c++ {
		s := m.b[c] + x.Dot(m.w[c*m.dim:(c+1)*m.dim])
		dst = append(dst, s)
		if s > mx {
			mx = s
		}
	}
	var z float64
	for c := range dst {
		dst[c] = math.Exp(dst[c] - mx)
		z += dst[c]
	}
	for c := range dst {
		dst[c] /= z
	}
	return dst
}

// reasons lists the features that pushed class k ahead: x_j times the
// weight of k minus the mean weight over classes.
func (m *Model) reasons(x features.Vector, k int) []Reason {
	rs := make([]Reason, 0, x.Len())
	K := float64(len(m.labels))
	for n, j := range x.Idx {
		var mean float64
		for c := range m.labels {
			mean += m.w[c*m.dim+int(j)]
		}
		mean /= K
		c := x.Val[n] * (m.w[k*m.dim+int(j)] - mean)
		if c > 0 {
			rs = append(rs, Reason{Feature: m.vec.Name(int(j)), Weight: c})
		}
	}
	sort.Slice(rs, func(a, b int) bool {
		if rs[a].Weight != rs[b].Weight {
			return rs[a].Weight > rs[b].Weight
		}
		return rs[a].Feature < rs[b].Feature
	})
	if len(rs) > MaxReasons {
		rs = rs[:MaxReasons]
	}
	return rs
}

// hasWord reports whether text holds any word token.
func hasWord(tk *tokenize.Tokenizer, text string) bool {
	if strings.TrimSpace(text) == "" {
		return false
	}
	for _, t := range tk.Tokens(text) {
		if t.IsWord() {
			return true
		}
	}
	return false
}
