package debate

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/synth"
)

// TestRecordJSONEqual: a record read back from its JSON equals the record
// written (its figures are rounded when it is made), and the probabilities
// are written under the precision policy, as stance.Probs writes them.
func TestRecordJSONEqual(t *testing.T) {
	recs := runAll(t, corpus(t))
	if len(recs) == 0 {
		t.Fatal("no records")
	}
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Record
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !reflect.DeepEqual(back, r) {
			t.Fatalf("read back\n%+v\nwant\n%+v", back, r)
		}
		probs, _ := json.Marshal(r.Probs)
		if !strings.Contains(string(b), `"probs":`+string(probs)) {
			t.Fatalf("probs written otherwise than stance.Probs writes them (%s): %s", probs, b)
		}
	}
	var r Record
	if err := json.Unmarshal([]byte(`{"article_id":"a","probs":{"Opposed":1}}`), &r); err == nil {
		t.Error("a bad probs key was accepted")
	}
	if err := json.Unmarshal([]byte(`{"article_id":"a","probs":{}}`), &r); err != nil || r.Probs != nil {
		t.Errorf("empty probs: %v %v", r.Probs, err)
	}
}

// TestPositionJSONRoundTrip: a position (the Beam pipeline passes them as
// JSON) reads back equal, but for the evidence's ranking keys, which do
// not travel.
func TestPositionJSONRoundTrip(t *testing.T) {
	g := NewAggregator(Month)
	for _, r := range runAll(t, corpus(t)) {
		g.Add(r)
	}
	ps := g.Positions()
	if len(ps) == 0 {
		t.Fatal("no positions")
	}
	for _, p := range ps {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back Position
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		want := p
		want.Evidence = append([]Evidence(nil), p.Evidence...)
		for i := range want.Evidence {
			want.Evidence[i].score, want.Evidence[i].key = 0, 0
		}
		if len(want.Evidence) == 0 {
			want.Evidence = back.Evidence // null and [] alike
		}
		if !reflect.DeepEqual(back, want) {
			t.Errorf("read back\n%+v\nwant\n%+v", back, want)
		}
		if again, _ := json.Marshal(back); string(again) != string(b) {
			t.Errorf("written again %s, first %s", again, b)
		}
	}
}

// TestGeneratedLinesAreFlat checks the generated stream's lines take the
// one-pass reader, and that it gives what encoding/json gives.
func TestGeneratedLinesAreFlat(t *testing.T) {
	var in bytes.Buffer
	if err := synth.Write(&in, synth.Config{N: 50, Seed: 5, Sources: sources(t)}); err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(in.Bytes()), []byte("\n")) {
		got, ok := flatObject(line)
		if !ok {
			t.Fatalf("a generated line is not read in one pass: %.80s", line)
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(line, &want); err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("one-pass read differs from encoding/json (%v)", err)
		}
	}
}
