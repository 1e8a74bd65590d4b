package stance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/stancekit/stancekit/internal/jsonnum"
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
// the model's label order: {"supportive":0.1,"cautious":0.2,"opposed":0.7},
// each rounded to 4 decimals (the JSON precision policy, see the README).
func (p Probs) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 2+24*len(p))
	b = append(b, '{')
	for i, lp := range p {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, string(lp.Label))
		b = append(b, ':')
		b = jsonnum.Append(b, lp.P)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads what MarshalJSON writes, keeping the order of the
// labels. Each key must be a label as ParseLabel returns it (lower case),
// and appear once; each value a number. An empty object reads as nil
// Probs, and null leaves p as it is.
func (p *Probs) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("stance: probs: not a JSON object")
	}
	var out Probs
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return fmt.Errorf("stance: probs: %w", err)
		}
		key, _ := k.(string)
		l, err := ParseLabel(key)
		if err != nil || string(l) != key {
			return fmt.Errorf("stance: probs: key %q is not a label", key)
		}
		for _, lp := range out {
			if lp.Label == l {
				return fmt.Errorf("stance: probs: label %q twice", key)
			}
		}
		v, err := dec.Token()
		if err != nil {
			return fmt.Errorf("stance: probs: %w", err)
		}
		n, ok := v.(json.Number)
		if !ok {
			return fmt.Errorf("stance: probs: %q: not a number", key)
		}
		f, err := n.Float64()
		if err != nil {
			return fmt.Errorf("stance: probs: %q: %w", key, err)
		}
		out = append(out, LabelProb{Label: l, P: f})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return fmt.Errorf("stance: probs: %w", err)
	}
	*p = out
	return nil
}

// Reason is one piece of evidence behind a prediction: a feature of the
// statement and how much it pushed the predicted class ahead of the others.
type Reason struct {
	// Feature is the feature's name, such as "w:ban", "!w:ban" (negated),
	// "b:oppos_ban" (bigram) or "cue:opposed" (a lexicon class count),
	// "R:no-target" and the other relevance features of a model with the
	// relevance block (features.RelevanceFeatureNames: what drove an
	// off_target answer, or argued against one), or VectorsReason for a
	// model's word-vector block as a whole.
	Feature string `json:"feature"`
	// Weight is the feature's contribution to the predicted class's score
	// minus its mean contribution to all classes; positive values argue for
	// the prediction.
	Weight float64 `json:"weight"`
}

// MarshalJSON writes {"feature","weight"}, the weight rounded to 4
// decimals (the JSON precision policy).
func (r Reason) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 32+len(r.Feature))
	b = append(b, `{"feature":`...)
	b = appendJSONString(b, r.Feature)
	b = append(b, `,"weight":`...)
	b = jsonnum.Append(b, r.Weight)
	return append(b, '}'), nil
}

// appendJSONString appends s as encoding/json writes a string: directly
// when it needs no escaping (feature names and labels nearly always),
// through encoding/json otherwise.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always marshals
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
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
	// first, five at most.
	Reasons []Reason `json:"reasons,omitempty"`
}

// MarshalJSON writes the prediction as the classify CLI's -json records
// carry it: {"label","confidence","relevance","probs","cues","reasons"},
// every figure rounded to 4 decimals (the JSON precision policy, see the
// README), "cues" [] rather than null when there is none, and "label" and
// "reasons" left out when empty. encoding/json reads it back into a
// Prediction, and so reads the CLI's records: the result equals the
// prediction with its figures rounded.
func (p Prediction) MarshalJSON() ([]byte, error) {
	cues := p.Cues
	if cues == nil {
		cues = []CueHit{}
	}
	return json.Marshal(struct {
		Label      Label    `json:"label,omitempty"`
		Confidence float64  `json:"confidence"`
		Relevance  float64  `json:"relevance"`
		Probs      Probs    `json:"probs"`
		Cues       []CueHit `json:"cues"`
		Reasons    []Reason `json:"reasons,omitempty"`
	}{p.Label, jsonnum.Round(p.Confidence), jsonnum.Round(p.Relevance), p.Probs, cues, p.Reasons})
}

// MarshalJSON writes the prediction as Prediction.MarshalJSON does, or, for
// a statement that gave an error, {"cues":[],"error":"message"}, as the
// classify CLI writes such a record. (Without it the embedded Prediction's
// method would write a failed statement as an empty prediction.)
func (r Result) MarshalJSON() ([]byte, error) {
	if r.Err == nil {
		return r.Prediction.MarshalJSON()
	}
	return json.Marshal(struct {
		Cues  []CueHit `json:"cues"`
		Error string   `json:"error"`
	}{[]CueHit{}, r.Err.Error()})
}

// UnmarshalJSON reads what MarshalJSON writes. An "error" field becomes an
// Err carrying its message (errors.Is no longer matches ErrEmpty and the
// like: only the text travels).
func (r *Result) UnmarshalJSON(b []byte) error {
	var e struct {
		Error *string `json:"error"`
	}
	if err := json.Unmarshal(b, &e); err != nil {
		return err
	}
	var p Prediction
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*r = Result{Prediction: p}
	if e.Error != nil {
		r.Err = errors.New(*e.Error)
	}
	return nil
}
