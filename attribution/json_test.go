package attribution

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/stance"
)

// jsonVisible is r as its JSON carries it: figures rounded, what does not
// travel (a statement's own-voice flag) cleared, and each empty list in the
// one form it reads back as.
func jsonVisible(r Result) Result {
	stmts := func(list []Statement) []Statement {
		out := make([]Statement, len(list))
		for i, s := range list {
			p := s.Prediction
			p.Confidence, p.Relevance = jsonnum.Round(p.Confidence), jsonnum.Round(p.Relevance)
			var probs stance.Probs
			for _, lp := range p.Probs {
				probs = append(probs, stance.LabelProb{Label: lp.Label, P: jsonnum.Round(lp.P)})
			}
			if probs == nil {
				p.Relevance = 0 // not written without a prediction
			}
			p.Probs = probs
			p.Cues = append([]stance.CueHit{}, p.Cues...)
			var reasons []stance.Reason
			for _, rs := range p.Reasons {
				reasons = append(reasons, stance.Reason{Feature: rs.Feature, Weight: jsonnum.Round(rs.Weight)})
			}
			p.Reasons = reasons
			s.Prediction, s.Weight = p, jsonnum.Round(s.Weight)
			out[i] = s
		}
		return out
	}
	out := Result{Statements: stmts(r.Statements), Actors: []Actor{}}
	for _, a := range r.Actors {
		a.Confidence = jsonnum.Round(a.Confidence)
		var probs stance.Probs
		for _, lp := range a.Probs {
			probs = append(probs, stance.LabelProb{Label: lp.Label, P: jsonnum.Round(lp.P)})
		}
		a.Probs, a.Statements = probs, stmts(a.Statements)
		out.Actors = append(out.Actors, a)
	}
	return out
}

// jsonArticles are the repository's sample articles and this package's.
func jsonArticles(t *testing.T) map[string]string {
	t.Helper()
	arts := map[string]string{"sample": sample, "empty": ""}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts[filepath.Base(f)] = string(b)
	}
	return arts
}

// TestResultJSONRoundTrip: an article's result written as JSON reads back
// with encoding/json as the result with its figures rounded, and writing
// it again gives the same bytes; every statement carries its speaker text,
// cues and reasons.
func TestResultJSONRoundTrip(t *testing.T) {
	analyzers := map[string]*Analyzer{"model": withSentiment(t), "none": newTest(t, nil)}
	cues := 0
	for aname, a := range analyzers {
		for name, text := range jsonArticles(t) {
			res, err := a.Analyze(text)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			b, err := json.Marshal(res)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var back Result
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s %s: does not read back: %v", aname, name, err)
			}
			if got, want := jsonVisible(back), jsonVisible(*res); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: read back differs", aname, name)
				for i := range min(len(got.Statements), len(want.Statements)) {
					if !reflect.DeepEqual(got.Statements[i], want.Statements[i]) {
						t.Errorf("statement %d:\n%+v\nwant\n%+v", i, got.Statements[i], want.Statements[i])
						break
					}
				}
			}
			if again, err := json.Marshal(back); err != nil || string(again) != string(b) {
				t.Errorf("%s %s: written again, the bytes differ (%v)", aname, name, err)
			}
			var raw struct {
				Actors []struct {
					Statements []map[string]json.RawMessage `json:"statements"`
				} `json:"actors"`
				Statements []map[string]json.RawMessage `json:"statements"`
			}
			if err := json.Unmarshal(b, &raw); err != nil {
				t.Fatal(err)
			}
			all := raw.Statements
			for _, ac := range raw.Actors {
				all = append(all, ac.Statements...)
			}
			for _, st := range all {
				for _, k := range []string{"text", "start", "end", "speaker", "speaker_text", "actor", "actor_type", "kind", "confidence", "cues", "weight"} {
					if _, ok := st[k]; !ok {
						t.Fatalf("%s %s: statement without %q", aname, name, k)
					}
				}
			}
			for _, s := range back.Statements {
				for _, c := range s.Prediction.Cues {
					cues++
					if c.Start < 0 || c.End > len(s.Text) || s.Text[c.Start:c.End] != c.Text {
						t.Errorf("%s: cue %+v does not locate its text in %q", name, c, s.Text)
					}
				}
				if aname == "model" && s.SpeakerText == "" {
					t.Errorf("%s: statement %q read back without its speaker text", name, s.Text)
				}
			}
		}
	}
	if cues == 0 {
		t.Error("no statement of the sample articles has a cue: the test checks nothing")
	}
}

func TestActorJSON(t *testing.T) {
	a := Actor{Name: "EU", Type: "government", Label: stance.Cautious, Confidence: 0.123456789,
		Probs: stance.Probs{{Label: stance.Supportive, P: 0.3}, {Label: stance.Cautious, P: 0.5}, {Label: stance.Opposed, P: 0.2}}}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"actor":"EU","type":"government","label":"cautious","confidence":0.1235,` +
		`"probs":{"supportive":0.3,"cautious":0.5,"opposed":0.2},"statements":[],"actor_type":"government"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var back Actor
	for _, in := range []string{want, strings.Replace(want, `,"actor_type":"government"`, "", 1), strings.Replace(want, `"type":"government"`, `"type":"x"`, 1)} {
		if err := json.Unmarshal([]byte(in), &back); err != nil || back.Type != "government" || back.Name != "EU" || back.Confidence != 0.1235 {
			t.Errorf("%s read as %+v, %v", in, back, err)
		}
	}
	if err := json.Unmarshal([]byte(`{"actor":"EU","probs":{"Opposed":1}}`), &back); err == nil {
		t.Error("a bad probs key was accepted")
	}
	var s Statement
	if err := json.Unmarshal([]byte(`{"text":"x","cues":{}}`), &s); err == nil || !strings.Contains(err.Error(), "attribution") {
		t.Errorf("bad cues: %v", err)
	}
}
