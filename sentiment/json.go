package sentiment

import (
	"encoding/json"

	"github.com/stancekit/stancekit/internal/jsonnum"
)

// The JSON forms. Keys are snake_case, as everywhere in stancekit's JSON,
// and every figure is rounded to 4 decimals and written in its shortest
// form (the JSON precision policy; see the README's JSON contract). Each
// type reads back with encoding/json as it is, so a decoded value equals
// the original with its figures rounded.

// scoreJSON is Score as JSON writes it.
type scoreJSON struct {
	Compound     float64  `json:"compound"`
	Pos          float64  `json:"pos"`
	Neg          float64  `json:"neg"`
	Neu          float64  `json:"neu"`
	Sum          float64  `json:"sum"`
	Label        Label    `json:"label"`
	Drivers      []Driver `json:"drivers,omitempty"`
	Uncalibrated float64  `json:"uncalibrated"`
	Truncated    bool     `json:"truncated,omitempty"`
}

func (s Score) toJSON() scoreJSON {
	return scoreJSON{
		Compound: jsonnum.Round(s.Compound), Pos: jsonnum.Round(s.Pos), Neg: jsonnum.Round(s.Neg),
		Neu: jsonnum.Round(s.Neu), Sum: jsonnum.Round(s.Sum), Label: s.Label, Drivers: s.Drivers,
		Uncalibrated: jsonnum.Round(s.Uncalibrated), Truncated: s.Truncated,
	}
}

// MarshalJSON writes {"compound","pos","neg","neu","sum","label","drivers",
// "uncalibrated","truncated"}; "drivers" is left out when there is none and
// "truncated" when false.
func (s Score) MarshalJSON() ([]byte, error) { return json.Marshal(s.toJSON()) }

// MarshalJSON writes {"text","start","end","valence","rule"}; "rule" is
// left out when empty.
func (d Driver) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Text    string  `json:"text"`
		Start   int     `json:"start"`
		End     int     `json:"end"`
		Valence float64 `json:"valence"`
		Rule    string  `json:"rule,omitempty"`
	}{d.Text, d.Start, d.End, jsonnum.Round(d.Valence), d.Rule})
}

// MarshalJSON writes {"start","end"} followed by the sentence's Score
// fields. (Without it the embedded Score's method would leave out the
// offsets.)
func (s SentenceScore) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Start int `json:"start"`
		End   int `json:"end"`
		scoreJSON
	}{s.Start, s.End, s.Score.toJSON()})
}

// MarshalJSON writes {"sentences","compound","pos","neg","neu","label",
// "truncated"}; "sentences" is [] for a text without any, and "truncated"
// is left out when false.
func (a ArticleScore) MarshalJSON() ([]byte, error) {
	sents := a.Sentences
	if sents == nil {
		sents = []SentenceScore{}
	}
	return json.Marshal(struct {
		Sentences []SentenceScore `json:"sentences"`
		Compound  float64         `json:"compound"`
		Pos       float64         `json:"pos"`
		Neg       float64         `json:"neg"`
		Neu       float64         `json:"neu"`
		Label     Label           `json:"label"`
		Truncated bool            `json:"truncated,omitempty"`
	}{sents, jsonnum.Round(a.Compound), jsonnum.Round(a.Pos), jsonnum.Round(a.Neg), jsonnum.Round(a.Neu), a.Label, a.Truncated})
}
