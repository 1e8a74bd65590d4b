package stance_test

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func FuzzPredict(f *testing.F) {
	for _, s := range []string{"", " ", "\x00", "Huawei \xff ban", "Operators oppose a Huawei ban.", strings.Repeat("'", 300), "هواوي 华为 🚫"} {
		f.Add(s)
	}
	m := defaultModel(f)
	f.Fuzz(func(t *testing.T, s string) {
		p, err := m.Predict(s)
		if err != nil {
			if !errors.Is(err, stance.ErrEmpty) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		var sum float64
		for _, lp := range p.Probs {
			if math.IsNaN(lp.P) || lp.P < 0 {
				t.Fatalf("probability %v", lp.P)
			}
			sum += lp.P
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Fatalf("probabilities sum to %v", sum)
		}
		for _, c := range p.Cues {
			if c.Start < 0 || c.End > len(s) || s[c.Start:c.End] != c.Text {
				t.Fatalf("cue %+v does not locate its text", c)
			}
		}
		q, _ := m.Predict(s)
		if q.Label != p.Label || q.Confidence != p.Confidence {
			t.Fatal("prediction is not deterministic")
		}
	})
}

func FuzzLoad(f *testing.F) {
	var good bytes.Buffer
	if err := defaultModel(f).Save(&good); err != nil {
		f.Fatal(err)
	}
	b := good.Bytes()
	f.Add(b[:200])
	f.Add([]byte("stancekit-model 1 sha256=x bytes=1\n{"))
	f.Add([]byte("stancekit-model 9 sha256=00 bytes=0\n"))
	f.Add([]byte("\x00\x01\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := stance.Load(bytes.NewReader(data))
		if err == nil {
			// Only a well-formed file with a matching digest gets here.
			if _, err := m.Predict("Operators oppose a Huawei ban."); err != nil {
				t.Fatalf("loaded model cannot predict: %v", err)
			}
			return
		}
		if !errors.Is(err, stance.ErrBadModel) {
			t.Fatalf("error %v does not wrap ErrBadModel", err)
		}
	})
}

// FuzzLoadPayload fuzzes what FuzzLoad cannot reach: the payload decoder and
// the lexicon compiler behind the checksum. Each input is taken as a payload
// and given a header with its true length and digest. A payload that loads
// must give a model that predicts, with finite probabilities summing to 1
// and cues that locate their text, in time linear in the statement (the
// cue matcher's bound; see features.FuzzCuePattern).
func FuzzLoadPayload(f *testing.F) {
	tiny := payloadOf(f, tinyModel(f))
	f.Add(tiny)
	bin := binaryPayloadOf(f, tinyModel(f))
	f.Add(bin)
	f.Add(bin[:len(bin)/2])
	f.Add(bytes.Replace(tiny, []byte(`"lexicon":"`), []byte(`"lexicon":"opposed\ta * a * a * a * a * a * a * a * a * a * a * a * a * a z\n`), 1))
	f.Add(bytes.Replace(tiny, []byte(`"lexicon":"`), []byte(`"lexicon":"opposed\tban\t\tNaN\n`), 1))
	f.Add([]byte(`{"labels":["a","a"]}`))
	f.Add([]byte(`{}`))
	statements := []string{"Operators oppose a Huawei ban.", strings.Repeat("a ", 60), "\xff\x00 ban", ""}
	f.Fuzz(func(t *testing.T, payload []byte) {
		m, err := stance.Load(bytes.NewReader(withHeader(payload)))
		if err != nil {
			if !errors.Is(err, stance.ErrBadModel) {
				t.Fatalf("error %v does not wrap ErrBadModel", err)
			}
			return
		}
		for _, s := range statements {
			p, err := m.Predict(s)
			if err != nil {
				if !errors.Is(err, stance.ErrEmpty) {
					t.Fatalf("%q: %v", s, err)
				}
				continue
			}
			var sum float64
			for _, lp := range p.Probs {
				if !(lp.P >= 0 && lp.P <= 1) {
					t.Fatalf("%q: probability %v", s, lp.P)
				}
				sum += lp.P
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Fatalf("%q: probabilities sum to %v", s, sum)
			}
			for _, c := range p.Cues {
				if c.Start < 0 || c.End > len(s) || s[c.Start:c.End] != c.Text {
					t.Fatalf("cue %+v does not locate its text", c)
				}
			}
		}
	})
}
