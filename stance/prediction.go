package stance

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
)

// ErrEmpty is returned for a statement with no words to classify: empty,
// white space, or punctuation and control bytes only.
var ErrEmpty = errors.New("empty statement")

// LabelProb is one class and its probability.
type LabelProb struct {
	Label Label
	P     float64
}

// Probs is a probability for every class of a model, in the model's label
// order. The probabilities sum to 1.
type Probs []LabelProb

// Of returns the probability of l, or 0 when l is not one of the classes.
func (p Probs) Of(l Label) float64 {
	for _, lp := range p {
		if lp.Label == l {
			return lp.P
		}
	}
	return 0
}

// MarshalJSON writes the probabilities as one JSON object keyed by label, in
// the model's label order: {"supportive":0.1,"cautious":0.2,"opposed":0.7}.
func (p Probs) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, lp := range p {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(string(lp.Label))
		b.Write(k)
		b.WriteByte(':')
		b.WriteString(strconv.FormatFloat(lp.P, 'f', 4, 64))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Reason is one piece of evidence behind a prediction: a feature of the
// statement and how much it pushed the predicted class ahead of the others.
type Reason struct {
	// Feature is the feature's name, such as "w:ban", "!w:ban" (negated),
	// "b:oppos_ban" (bigram) or "cue:opposed" (a lexicon class count).
	Feature string `json:"feature"`
	// Weight is the feature's contribution to the predicted class's score
	// minus its mean contribution to all classes; positive values argue for
	// the prediction.
	Weight float64 `json:"weight"`
}

// CueHit is a match of the stance cue lexicon in a statement.
type CueHit struct {
	// Cue is the lexicon entry as written, such as "oppose * ban".
	Cue string `json:"cue"`
	// Class is the class the cue signals.
	Class Label `json:"class"`
	// Negated reports that the match lies in a negation scope opened
	// before it ("will not call for a ban"), which weakens or reverses it.
	Negated bool `json:"negated,omitempty"`
	// Start and End are byte offsets of the matched words in the statement.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the statement's text at [Start:End].
	Text string `json:"text"`
}

// Prediction is a model's answer for one statement.
type Prediction struct {
	// Label is the most probable class, or OffTarget (for a model trained
	// with OffTarget examples) when taking no position is the most probable
	// answer.
	Label Label `json:"label"`
	// Confidence is the probability of Label: for a stance class, given
	// that the statement is on target (the class's entry in Probs); for
	// OffTarget, 1 − Relevance.
	Confidence float64 `json:"confidence"`
	// Relevance is the probability that the statement takes a position on
	// the question at all; 1 for a model that cannot answer OffTarget.
	Relevance float64 `json:"relevance"`
	// Probs holds every class's probability, given that the statement is
	// on target; they sum to 1.
	Probs Probs `json:"probs"`
	// Cues lists the lexicon cues found in the statement, in text order.
	Cues []CueHit `json:"cues"`
	// Reasons lists the features that weighed most for Label, strongest
	// first.
	Reasons []Reason `json:"reasons,omitempty"`
}
