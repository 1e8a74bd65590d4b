package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// roundedPrediction is p as the JSON precision policy writes it.
func roundedPrediction(p stance.Prediction) stance.Prediction {
	p.Confidence, p.Relevance = jsonnum.Round(p.Confidence), jsonnum.Round(p.Relevance)
	probs := make(stance.Probs, len(p.Probs))
	for i, lp := range p.Probs {
		probs[i] = stance.LabelProb{Label: lp.Label, P: jsonnum.Round(lp.P)}
	}
	p.Probs = probs
	var reasons []stance.Reason
	for _, r := range p.Reasons {
		reasons = append(reasons, stance.Reason{Feature: r.Feature, Weight: jsonnum.Round(r.Weight)})
	}
	p.Reasons = reasons
	return p
}

// TestJSONRecordsDecode: every classify -json record decodes, with
// encoding/json and no help, into the library's types: the record less
// "id", "text" and "sentiment" is exactly stance.Prediction's JSON (or
// stance.Result's, for a statement that failed), and it reads back as the
// model's prediction with its figures rounded; "sentiment" reads into
// sentiment.Score.
func TestJSONRecordsDecode(t *testing.T) {
	texts := []string{
		"Huawei poses an unacceptable risk to national security and should be banned.",
		"We have found no evidence of backdoors.",
		"Germany set tougher criteria for all vendors <and> & operators.",
		"The weather in Brussels was mild.",
		"...",
		"gr\xffeat: Huawei \xc3 must be banned from 5G networks",
	}
	code, out, _ := runCLI(t, "", append([]string{"-json", "--"}, texts...)...)
	if code != 1 { // "..." cannot be classified
		t.Fatalf("exit %d", code)
	}
	ls := lines(out)
	if len(ls) != len(texts) {
		t.Fatalf("%d records for %d statements", len(ls), len(texts))
	}
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range ls {
		var rec struct {
			Text string `json:"text"`
			stance.Prediction
			Sentiment *sentiment.Score `json:"sentiment"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("record %d does not decode into stance.Prediction: %v\n%s", i, err, line)
		}
		var res stance.Result
		if err := json.Unmarshal([]byte(line), &res); err != nil {
			t.Fatalf("record %d does not decode into stance.Result: %v", i, err)
		}
		text := texts[i]
		if rec.Text != strings.ToValidUTF8(text, "\uFFFD") && utf8.ValidString(text) {
			t.Errorf("record %d: text %q", i, rec.Text)
		}
		p, perr := m.Predict(text)
		// The record less its id, text and sentiment is the library's JSON.
		var lib []byte
		if perr != nil {
			if res.Err == nil || rec.Sentiment != nil {
				t.Errorf("record %d: the error did not read back: %s", i, line)
			}
			lib, _ = json.Marshal(res)
		} else {
			if res.Err != nil || !reflect.DeepEqual(res.Prediction, rec.Prediction) {
				t.Errorf("record %d: stance.Result and the embedded Prediction differ", i)
			}
			lib, _ = json.Marshal(rec.Prediction)
			if utf8.ValidString(text) {
				if want := roundedPrediction(p); !reflect.DeepEqual(rec.Prediction, want) {
					t.Errorf("record %d read back\n%+v\nwant\n%+v", i, rec.Prediction, want)
				}
			} else if rec.Label != p.Label || len(rec.Cues) != len(p.Cues) {
				t.Errorf("record %d: %+v, the model says %+v", i, rec.Prediction, p)
			}
			for _, c := range rec.Cues {
				if rec.Text[c.Start:c.End] != c.Text {
					t.Errorf("record %d: cue %+v does not locate its text", i, c)
				}
			}
			s := sa.Score(text)
			if rec.Sentiment == nil || rec.Sentiment.Compound != jsonnum.Round(s.Compound) || rec.Sentiment.Label != s.Label {
				t.Errorf("record %d: sentiment %+v, want %v %v", i, rec.Sentiment, s.Compound, s.Label)
			}
		}
		tj, _ := json.Marshal(rec.Text)
		want := `{"text":` + string(tj) + "," + string(lib[1:len(lib)-1])
		if rec.Sentiment != nil {
			sj, _ := json.Marshal(attribution.Sentiment{Compound: rec.Sentiment.Compound, Label: rec.Sentiment.Label})
			want += `,"sentiment":` + string(sj)
		}
		want += "}"
		// encoding/json writes an invalid byte as the escape \ufffd, and the
		// U+FFFD it reads back as the character itself.
		if line = strings.ReplaceAll(line, `\ufffd`, "\uFFFD"); line != want {
			t.Errorf("record %d is not the library's JSON:\n got %s\nwant %s", i, line, want)
		}
	}
}

// TestArticleJSONDecodes: classify -article -json decodes into an
// attribution.Result that writes the same bytes again; its statements
// carry their speaker text, cues and reasons, and the cues locate their
// words in the statement's text as JSON carries it, invalid bytes and all.
func TestArticleJSONDecodes(t *testing.T) {
	article := testArticle + "\nThe US ambassador Richard Grenell warned that Huawei \xff\xfe equipment poses a security risk and must be banned.\n"
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "-article", path, "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res attribution.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("does not decode into attribution.Result: %v\n%s", err, out)
	}
	var again bytes.Buffer
	enc := json.NewEncoder(&again)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		t.Fatal(err)
	}
	if again.String() != strings.ReplaceAll(out, `\ufffd`, "\uFFFD") { // see TestJSONRecordsDecode
		t.Errorf("written again:\n%s\nfirst:\n%s", again.String(), out)
	}
	var raw struct {
		Actors []struct {
			Actor      string                       `json:"actor"`
			ActorType  string                       `json:"actor_type"`
			Label      string                       `json:"label"`
			Confidence *float64                     `json:"confidence"`
			Statements []map[string]json.RawMessage `json:"statements"`
		} `json:"actors"`
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, a := range raw.Actors {
		if a.Actor == "" || a.ActorType == "" || a.Label == "" || a.Confidence == nil || len(a.Statements) == 0 {
			t.Errorf("actor %+v lacks a contract key", a)
		}
		for _, s := range a.Statements {
			for _, k := range []string{"text", "speaker", "speaker_text", "label", "confidence", "cues", "reasons"} {
				if _, ok := s[k]; !ok {
					t.Errorf("%s's statement %s has no %q", a.Actor, s["text"], k)
				}
			}
		}
	}
	jsonText := strings.ToValidUTF8(article, "\uFFFD") // one invalid run only above
	jsonText = strings.Replace(jsonText, "\uFFFD", "\uFFFD\uFFFD", 1)
	invalid, cues := false, 0
	for _, s := range res.Statements {
		if jsonText[s.Start:s.End] != s.Text || s.SpeakerText == "" {
			t.Errorf("statement %+v: offsets or speaker text wrong", s)
		}
		if strings.Contains(s.Text, "\uFFFD") {
			invalid = true
		}
		for _, c := range s.Prediction.Cues {
			cues++
			if s.Text[c.Start:c.End] != c.Text {
				t.Errorf("cue %+v does not locate its text in %q", c, s.Text)
			}
		}
	}
	if !invalid || cues == 0 {
		t.Errorf("the test article gave no statement with an invalid byte (%v) or no cue (%d)", invalid, cues)
	}
}
