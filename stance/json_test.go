package stance_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/stance"
)

// jsonSample are statements whose predictions the JSON tests write and
// read: cues, negated cues, no cue, off-target, odd bytes.
var jsonSample = []string{
	"Huawei poses an unacceptable risk to national security and should be banned.",
	"We have found no evidence of backdoors.",
	"The EU will assess the risks and set common criteria for all vendors.",
	"The weather in Brussels was mild on Tuesday.",
	"Germany will not call for a ban on Huawei.",
	"\"Quoted\" text with \\ backslashes, tabs\tand a line\nbreak",
	"gr\xffeat \xc3 invalid bytes and Huawei",
	"5G",
}

// rounded is p as JSON carries it: every figure under the precision policy,
// empty lists as JSON writes them (cues [], reasons left out).
func rounded(p stance.Prediction) stance.Prediction {
	p.Confidence, p.Relevance = jsonnum.Round(p.Confidence), jsonnum.Round(p.Relevance)
	if p.Probs != nil {
		probs := make(stance.Probs, len(p.Probs))
		for i, lp := range p.Probs {
			probs[i] = stance.LabelProb{Label: lp.Label, P: jsonnum.Round(lp.P)}
		}
		p.Probs = probs
	}
	if len(p.Probs) == 0 {
		p.Probs = nil
	}
	if p.Cues == nil {
		p.Cues = []stance.CueHit{}
	}
	for i := range p.Cues {
		// JSON replaces an invalid byte by U+FFFD.
		p.Cues[i].Text = strings.ToValidUTF8(p.Cues[i].Text, "\uFFFD")
	}
	var reasons []stance.Reason
	for _, r := range p.Reasons {
		reasons = append(reasons, stance.Reason{Feature: r.Feature, Weight: jsonnum.Round(r.Weight)})
	}
	p.Reasons = reasons
	return p
}

// TestPredictionJSONRoundTrip: a prediction written as JSON reads back,
// with encoding/json and no help, as the prediction with its figures
// rounded, and writing it again gives the same bytes.
func TestPredictionJSONRoundTrip(t *testing.T) {
	m := defaultModel(t)
	for _, text := range jsonSample {
		p, err := m.Predict(text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		var back stance.Prediction
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%q: %s does not read back: %v", text, b, err)
		}
		if want := rounded(p); !reflect.DeepEqual(back, want) {
			t.Errorf("%q: read back\n%+v\nwant\n%+v", text, back, want)
		}
		again, err := json.Marshal(back)
		if err != nil || string(again) != string(b) {
			t.Errorf("%q: written again\n%s\nfirst\n%s", text, again, b)
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(b, &keys); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"label", "confidence", "relevance", "probs", "cues"} {
			if _, ok := keys[k]; !ok {
				t.Errorf("%q: no %q in %s", text, k, b)
			}
		}
	}
}

// TestPredictionJSONShape pins the written form: snake_case keys, label
// order kept, every figure at most 4 decimals in its shortest form.
func TestPredictionJSONShape(t *testing.T) {
	p := stance.Prediction{
		Label: stance.Opposed, Confidence: 0.948912345, Relevance: 0.99714,
		Probs: stance.Probs{{Label: stance.Supportive, P: 0.0194}, {Label: stance.Cautious, P: 0.03168}, {Label: stance.Opposed, P: 0.97200001}},
		Cues:  []stance.CueHit{{Cue: "ban", Class: stance.Opposed, Negated: true, Start: 3, End: 9, Text: "banned"}},
		Reasons: []stance.Reason{
			{Feature: "cue:opposed", Weight: 2.036512},
			{Feature: "w:risk", Weight: -0.000001},
		},
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"label":"opposed","confidence":0.9489,"relevance":0.9971,` +
		`"probs":{"supportive":0.0194,"cautious":0.0317,"opposed":0.972},` +
		`"cues":[{"cue":"ban","class":"opposed","negated":true,"start":3,"end":9,"text":"banned"}],` +
		`"reasons":[{"feature":"cue:opposed","weight":2.0365},{"feature":"w:risk","weight":0}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	// The zero prediction (an attribution without a classifier) writes too.
	if b, err := json.Marshal(stance.Prediction{}); err != nil || string(b) != `{"confidence":0,"relevance":0,"probs":{},"cues":[]}` {
		t.Errorf("zero prediction: %s %v", b, err)
	}
}

func TestProbsJSON(t *testing.T) {
	var p stance.Probs
	if err := json.Unmarshal([]byte(`{"opposed":0.7,"supportive":0.1,"cautious":0.2}`), &p); err != nil {
		t.Fatal(err)
	}
	want := stance.Probs{{Label: stance.Opposed, P: 0.7}, {Label: stance.Supportive, P: 0.1}, {Label: stance.Cautious, P: 0.2}}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("order not kept: %v", p)
	}
	if err := json.Unmarshal([]byte(`null`), &p); err != nil || !reflect.DeepEqual(p, want) {
		t.Errorf("null changed the value: %v %v", p, err)
	}
	if err := json.Unmarshal([]byte(` {} `), &p); err != nil || p != nil {
		t.Errorf("{} read as %v, %v", p, err)
	}
	for _, bad := range []string{
		`[]`, `"x"`, `1`, `{"opposed":"0.7"}`, `{"opposed":null}`, `{"Opposed":0.7}`, `{"":0.7}`,
		`{"opposed":0.7,"opposed":0.3}`, `{"two words":1}`, `{"opposed":{}}`, `{"opposed":1e999}`,
	} {
		var q stance.Probs
		if err := json.Unmarshal([]byte(bad), &q); err == nil {
			t.Errorf("%s accepted as %v", bad, q)
		}
	}
}

// TestResultJSON: a batch result writes as its prediction, or as the CLI's
// error record, and reads back.
func TestResultJSON(t *testing.T) {
	m := defaultModel(t)
	res := m.PredictBatch([]string{jsonSample[0], "  ...  "}, 1)
	if res[1].Err == nil {
		t.Fatal("punctuation gave no error")
	}
	for i, r := range res {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back stance.Result
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if r.Err != nil {
			if back.Err == nil || back.Err.Error() != r.Err.Error() || !strings.Contains(string(b), `"error":`) {
				t.Errorf("result %d: %s read back with error %v", i, b, back.Err)
			}
			continue
		}
		if back.Err != nil || !reflect.DeepEqual(back.Prediction, rounded(r.Prediction)) {
			t.Errorf("result %d: %s read back as %+v", i, b, back)
		}
	}
	var r stance.Result
	if err := json.Unmarshal([]byte(`{"label":"opposed","probs":[]}`), &r); err == nil {
		t.Error("bad probs accepted")
	}
	if err := json.Unmarshal([]byte(`{"cues":[],"error":"predict: empty statement"}`), &r); err != nil || r.Err == nil || errors.Is(r.Err, stance.ErrEmpty) {
		t.Errorf("error record: %+v %v", r, err)
	}
}

// TestJSONStrings: feature names and labels that need escaping are written
// as encoding/json writes them.
func TestJSONStrings(t *testing.T) {
	for _, s := range []string{"w:ban", "", `a"b`, `a\b`, "ü", "<x>&", "tab\there", "\xff", "\u2028"} {
		b, err := json.Marshal(stance.Reason{Feature: s, Weight: 0.5})
		if err != nil {
			t.Fatal(err)
		}
		q, _ := json.Marshal(s)
		if want := `{"feature":` + string(q) + `,"weight":0.5}`; string(b) != want {
			t.Errorf("%q: %s, want %s", s, b, want)
		}
		p, err := json.Marshal(stance.Probs{{Label: stance.Label(s), P: 1}})
		if err != nil || string(p) != "{"+string(q)+":1}" {
			t.Errorf("%q: probs %s %v", s, p, err)
		}
	}
}
