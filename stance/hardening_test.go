package stance_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

// withHeader wraps payload in a model file header with the right length
// and digest, so that Load gets past the checksum to the decoder.
func withHeader(payload []byte) []byte {
	sum := sha256.Sum256(payload)
	head := fmt.Sprintf("stancekit-model %d sha256=%s bytes=%d\n", stance.FormatVersion, hex.EncodeToString(sum[:]), len(payload))
	return append([]byte(head), payload...)
}

// payloadOf returns the JSON payload of a saved model.
func payloadOf(t testing.TB, m *stance.Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	return data[bytes.IndexByte(data, '\n')+1:]
}

// tinyModel is a small model (a few dozen features) for tests that rewrite
// model files.
func tinyModel(t testing.TB) *stance.Model {
	t.Helper()
	texts := []string{
		"Operators oppose a Huawei ban.", "There is no evidence of backdoors.",
		"The Commission wants a common approach.", "Huawei gear will be certified first.",
		"Huawei must be banned from 5G.", "Shut Huawei out of the networks.",
	}
	labels := []stance.Label{stance.Supportive, stance.Supportive, stance.Cautious, stance.Cautious, stance.Opposed, stance.Opposed}
	m, err := stance.Train(texts, labels, stance.DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// edit decodes a model payload, lets f change it, and encodes it again.
func edit(t *testing.T, payload []byte, f func(map[string]any)) []byte {
	t.Helper()
	var fm map[string]any
	if err := json.Unmarshal(payload, &fm); err != nil {
		t.Fatal(err)
	}
	f(fm)
	out, err := json.Marshal(fm)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Issue 13, items 4 and 11: a model file with a repeated label, or a weight
// no training produces, used to load; an infinite L2 used to train.
func TestLoadRejectsBadPayloads(t *testing.T) {
	payload := payloadOf(t, tinyModel(t))
	if _, err := stance.Load(bytes.NewReader(withHeader(payload))); err != nil {
		t.Fatalf("the unedited payload does not load: %v", err)
	}
	for name, c := range map[string]struct {
		f    func(map[string]any)
		want string
	}{
		"duplicate label": {func(fm map[string]any) { fm["labels"].([]any)[1] = fm["labels"].([]any)[0] }, "repeated"},
		"huge weight":     {func(fm map[string]any) { fm["weights"].([]any)[0].([]any)[0] = 1e300 }, "weight"},
		"huge bias":       {func(fm map[string]any) { fm["bias"].([]any)[2] = -1e300 }, "bias"},
		"huge idf":        {func(fm map[string]any) { fm["idf"].([]any)[0] = 1e300 }, "IDF"},
		"NaN cue weight": {func(fm map[string]any) {
			fm["lexicon"] = "opposed\tban\t\tNaN\n"
		}, "weight"},
		"infinite cue weight": {func(fm map[string]any) {
			fm["features"].(map[string]any)["cue_weight"] = 1e300
		}, "CueWeight"},
	} {
		_, err := stance.Load(bytes.NewReader(withHeader(edit(t, payload, c.f))))
		if !errors.Is(err, stance.ErrBadModel) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want ErrBadModel mentioning %q", name, err, c.want)
		}
	}
}

func TestTrainRejectsNonFiniteSettings(t *testing.T) {
	texts := []string{"Operators oppose a Huawei ban.", "Huawei must be banned."}
	labels := []stance.Label{stance.Supportive, stance.Opposed}
	for name, f := range map[string]func(*stance.TrainConfig){
		"L2 +Inf":        func(c *stance.TrainConfig) { c.L2 = math.Inf(1) },
		"L2 NaN":         func(c *stance.TrainConfig) { c.L2 = math.NaN() },
		"CuePrior NaN":   func(c *stance.TrainConfig) { c.CuePrior = math.NaN() },
		"CuePrior -Inf":  func(c *stance.TrainConfig) { c.CuePrior = math.Inf(-1) },
		"Tolerance +Inf": func(c *stance.TrainConfig) { c.Tolerance = math.Inf(1) },
		"CueWeight NaN":  func(c *stance.TrainConfig) { c.Features.CueWeight = math.NaN() },
	} {
		cfg := stance.DefaultTrainConfig()
		f(&cfg)
		if _, err := stance.Train(texts, labels, cfg); err == nil {
			t.Errorf("%s: trained", name)
		}
	}
	cfg := stance.DefaultTrainConfig()
	tk := tinyModel(t).Vectorizer()
	x := []features.Vector{{Idx: []int32{0}, Val: []float64{math.NaN()}}, {Idx: []int32{1}, Val: []float64{1}}}
	if _, err := stance.TrainVectors(tk, x, labels, nil, cfg); err == nil {
		t.Error("TrainVectors took a NaN feature value")
	}
}

// zeros is an endless stream of zero bytes, like /dev/zero, that counts
// what was read from it.
type zeros struct{ n int }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += len(p)
	return len(p), nil
}

// Issue 13, item 11: -model /dev/zero read 256 MiB before saying it had no
// header.
func TestLoadReadsLittleOfAForeignStream(t *testing.T) {
	var z zeros
	_, err := stance.Load(&z)
	if !errors.Is(err, stance.ErrBadModel) || !strings.Contains(err.Error(), "header") {
		t.Fatalf("err = %v", err)
	}
	if z.n > 64<<10 {
		t.Fatalf("read %d bytes of a stream with no header", z.n)
	}
	// A header line that ends is still read to its end.
	_, err = stance.Load(io.MultiReader(strings.NewReader("stancekit-model 1 sha256=00 bytes=2\n"), strings.NewReader("{}")))
	if !errors.Is(err, stance.ErrBadModel) || !strings.Contains(err.Error(), "checksum") {
		t.Fatalf("err = %v", err)
	}
}

// Issue 13, item 11: CrossValidate left examples of a negative fold
// unpredicted, though its doc says every example is predicted once.
func TestCrossValidateRejectsNegativeFolds(t *testing.T) {
	texts := []string{"Operators oppose a Huawei ban.", "Huawei must be banned.", "No evidence of backdoors.", "Ban Huawei now."}
	labels := []stance.Label{stance.Supportive, stance.Opposed, stance.Supportive, stance.Opposed}
	_, _, err := stance.CrossValidate(texts, labels, stance.Folds{0, 1, -1, 0}, stance.DefaultTrainConfig())
	if err == nil || !strings.Contains(err.Error(), "example 2") {
		t.Fatalf("err = %v, want one naming example 2", err)
	}
}

// Issue 13, item 8: one zero-width character inside a word flipped a label
// (opposed 0.81 to supportive 0.60); a BOM, a soft hyphen or decomposed
// accents must not change a prediction either.
func TestInvisibleCharactersDoNotChangeTheLabel(t *testing.T) {
	m := defaultModel(t)
	for _, c := range []struct{ plain, marked string }{
		{"The US wants Huawei banned from 5G networks.", "The US wants Huawei ban\u200bned from 5G networks."},
		{"The US wants Huawei banned from 5G networks.", "The US wants Huawei ban\u00adned from 5G networks."},
		{"The US wants Huawei banned from 5G networks.", "The US wants Hua\u200dwei banned from 5G networks."},
		{"The US wants Huawei banned from 5G networks.", "\ufeffThe US wants Huawei banned from 5G networks."},
		{"We have found no evidence of backdoors.", "We have found no evi\u200bdence of back\u2060doors."},
		{"Telefónica opposes a ban.", "Telefo\u0301nica opposes a ban."},
	} {
		a, err := m.Predict(c.plain)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.Predict(c.marked)
		if err != nil {
			t.Fatal(err)
		}
		if a.Label != b.Label || math.Abs(a.Confidence-b.Confidence) > 1e-12 {
			t.Errorf("%q: %s %.4f, but %q: %s %.4f", c.plain, a.Label, a.Confidence, c.marked, b.Label, b.Confidence)
		}
		for _, h := range b.Cues {
			if c.marked[h.Start:h.End] != h.Text {
				t.Errorf("%q: cue %+v does not locate its text", c.marked, h)
			}
		}
	}
}
