package attribution

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/stance"
)

// reflectActor and reflectResult write an Actor and a Result the way
// encoding/json does with the statements nested in them, which
// MarshalJSON splices in instead: the reference its output must equal.
type reflectActor Actor

func (a reflectActor) MarshalJSON() ([]byte, error) {
	type plain Actor
	p := struct {
		plain
		ActorType string `json:"actor_type"`
	}{plain(a), a.Type}
	p.Confidence = jsonnum.Round(p.Confidence)
	if p.Statements == nil {
		p.Statements = []Statement{}
	}
	return json.Marshal(p)
}

func reflectResult(r Result) ([]byte, error) {
	p := struct {
		Actors     []reflectActor `json:"actors"`
		Statements []Statement    `json:"statements"`
	}{[]reflectActor{}, r.Statements}
	for _, a := range r.Actors {
		p.Actors = append(p.Actors, reflectActor(a))
	}
	if p.Statements == nil {
		p.Statements = []Statement{}
	}
	return json.Marshal(p)
}

// TestSplicedJSONAgrees checks that a Result's and its actors' JSON are
// byte for byte what encoding/json writes of them, on every development
// text and sample article, and on texts with characters JSON escapes.
func TestSplicedJSONAgrees(t *testing.T) {
	a := withSentiment(t)
	texts := devTexts(t)
	for _, text := range jsonArticles(t) {
		texts = append(texts, text)
	}
	texts = append(texts, "The Commission said: \"<b>Huawei</b> & ZTE \u2028are risks\xff.\"\nHuawei said \"no\tbackdoor\x01\" exists.")
	results := []Result{{}, {Actors: []Actor{{Name: "EU", Type: "x"}}}}
	for _, text := range texts {
		res, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, *res)
	}
	// an actor's statement that is not the article's of its span: written
	// anew, not taken from the article's
	for _, r := range results[2:] {
		if len(r.Actors) == 0 || len(r.Actors[0].Statements) == 0 {
			continue
		}
		v := r
		v.Actors = append([]Actor(nil), r.Actors...)
		v.Actors[0].Statements = append([]Statement(nil), r.Actors[0].Statements...)
		v.Actors[0].Statements[0].Speaker += " (edited)"
		if len(v.Actors[0].Statements[0].Prediction.Cues) > 0 {
			v.Actors[0].Statements[0].Prediction.Cues = append([]stance.CueHit(nil), v.Actors[0].Statements[0].Prediction.Cues...)
			v.Actors[0].Statements[0].Prediction.Cues[0].Text += "x"
		}
		results = append(results, v)
	}
	for _, r := range results {
		got, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want, err := reflectResult(r)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("result JSON differs:\n%.400s\nwant\n%.400s", got, want)
		}
		// as json.Marshal and an Encoder leave it: compact already
		var c bytes.Buffer
		if err := json.Compact(&c, got); err != nil || !bytes.Equal(c.Bytes(), got) {
			t.Fatalf("result JSON not compact: %v", err)
		}
		if m, err := json.Marshal(r); err != nil || !bytes.Equal(m, got) {
			t.Fatalf("json.Marshal of the result differs: %v", err)
		}
	}
}

// TestSameValue checks that a statement is the same as its copy, and not
// the same once any of its fields (and its prediction's, its cues') is
// changed, or its slices copied elsewhere with a change.
func TestSameValue(t *testing.T) {
	base := Statement{Text: "t", Start: 1, End: 2, Speaker: "s", SpeakerText: "st", Actor: "a", ActorType: "x", Kind: KindQuote,
		Reporter: "r", Weight: 0.5, Sentiment: &Sentiment{Compound: 0.1},
		Prediction: stance.Prediction{Label: stance.Opposed, Confidence: 0.7, Relevance: 0.9,
			Probs: stance.Probs{{Label: stance.Opposed, P: 0.7}}, Cues: []stance.CueHit{{Cue: "ban", Start: 0, End: 1}},
			Reasons: []stance.Reason{{Feature: "f", Weight: 1}}}}
	same := func(a, b Statement) bool { return sameValue(reflect.ValueOf(a), reflect.ValueOf(b)) }
	if c := base; !same(base, c) {
		t.Fatal("a copy is not the same")
	}
	var change func(v reflect.Value, path string)
	change = func(v reflect.Value, path string) {
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			name := path + v.Type().Field(i).Name
			if f.Kind() == reflect.Struct {
				change(f, name+".")
				continue
			}
			old := reflect.New(f.Type()).Elem()
			old.Set(f)
			switch f.Kind() {
			case reflect.String:
				f.SetString(f.String() + "x")
			case reflect.Int:
				f.SetInt(f.Int() + 1)
			case reflect.Float64:
				f.SetFloat(f.Float() + 1)
			case reflect.Pointer:
				p := reflect.New(f.Type().Elem())
				p.Elem().Set(f.Elem())
				f.Set(p)
			case reflect.Slice:
				f.Set(reflect.AppendSlice(reflect.MakeSlice(f.Type(), 0, f.Len()), f))
			default:
				t.Fatalf("%s: a %s field: TestSameValue does not change it", name, f.Kind())
			}
			if same(base, probe) {
				t.Errorf("%s changed, yet the same", name)
			}
			f.Set(old)
		}
	}
	probe = base
	change(reflect.ValueOf(&probe).Elem(), "")
	if !same(base, probe) {
		t.Error("restored, yet not the same")
	}
}

var probe Statement
