package attribution

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/sentiment"
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
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(m, nil, WithSentiment(sa))
	if err != nil {
		t.Fatal(err)
	}
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
