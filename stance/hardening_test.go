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
	"runtime"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

// withHeader wraps payload in a model file header with the right length
// and digest, so that Load gets past the checksum to the decoder: version 1
// (the JSON layout) for a payload that starts with '{', the current binary
// layout otherwise.
func withHeader(payload []byte) []byte {
	sum := sha256.Sum256(payload)
	ver := stance.FormatVersion
	if len(payload) > 0 && payload[0] == '{' {
		ver = 1
	}
	head := fmt.Sprintf("stancekit-model %d sha256=%s bytes=%d\n", ver, hex.EncodeToString(sum[:]), len(payload))
	return append([]byte(head), payload...)
}

// payloadOf returns a model's payload in the version 1 JSON layout, which
// tests edit field by field.
func payloadOf(t testing.TB, m *stance.Model) []byte {
	t.Helper()
	b, err := stance.JSONPayload(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// binaryPayloadOf returns a model's payload in the current binary layout.
func binaryPayloadOf(t testing.TB, m *stance.Model) []byte {
	t.Helper()
	b, err := stance.BinaryPayload(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
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

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// Issue 13, item 2: dense punctuation cost about 300 times its size (16 MB
// of apostrophes peaked at 4.8 GB). A statement is now analysed on its
// first features.MaxStatementBytes, so what one costs is bounded whatever
// its length.
func TestPredictMemoryIsBoundedInBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a 16 MB statement")
	}
	m := defaultModel(t)
	for _, unit := range []string{"'", "' ", "a'", "“”"} {
		s := strings.Repeat(unit, (16<<20)/len(unit))
		var err error
		n := allocated(func() { _, err = m.Predict(s) })
		if err != nil && !errors.Is(err, stance.ErrEmpty) {
			t.Fatal(err)
		}
		t.Logf("%q × %d: %d MiB allocated", unit, len(s)/len(unit), n>>20)
		if n > 32<<20 {
			t.Errorf("%q: predicting a 16 MiB statement allocated %d MiB", unit, n>>20)
		}
	}
	// Cues beyond the budget are not seen; cues before it are.
	pad := strings.Repeat("x ", features.MaxStatementBytes/2)
	if p, _ := m.Predict(pad + "Huawei must be banned."); len(p.Cues) != 0 {
		t.Errorf("a cue beyond the budget was found: %+v", p.Cues)
	}
	if p, _ := m.Predict("Huawei must be banned. " + pad); len(p.Cues) == 0 {
		t.Error("a cue at the start of a long statement was missed")
	}
}

// doublingUnits are pathological statement units: quotes, negations, cue
// words, punctuation runs and invalid bytes repeated to the byte budget.
var doublingUnits = []string{"'", "“ Huawei said “ the ban ", "not ban ' ", "call a ban ", "a,", "\u200b\xff\x00"}

// doublingPair returns a statement of one unit repeated to half the byte
// budget, and the same doubled: sizes where the work really grows.
func doublingPair(unit string) (short, long string) {
	n := features.MaxStatementBytes / 2 / len(unit)
	return strings.Repeat(unit, n), strings.Repeat(unit, 2*n)
}
