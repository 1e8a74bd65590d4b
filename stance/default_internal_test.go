package stance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

// loadEmbedded skips the digest, so the embedded file's header must carry
// the right one and the right length.
func TestEmbeddedModelDigest(t *testing.T) {
	i := bytes.IndexByte(defaultModel, '\n')
	if i < 0 {
		t.Fatal("no header line")
	}
	ver, digest, n, err := parseHeader(string(defaultModel[:i]))
	if err != nil {
		t.Fatal(err)
	}
	payload := defaultModel[i+1:]
	sum := sha256.Sum256(payload)
	if ver != formatVersion || n != len(payload) || digest != hex.EncodeToString(sum[:]) {
		t.Errorf("header: version %d, %d bytes, sha256 %s; payload: %d bytes, sha256 %x", ver, n, digest, len(payload), sum)
	}
}

// The embedded model decodes in place to the model Load reads from the same
// bytes, and saves back to them.
func TestLoadEmbeddedIsLoad(t *testing.T) {
	a, err := loadEmbedded(defaultModel, defaultIndex)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Model{a, b} {
		var out bytes.Buffer
		if err := m.Save(&out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), defaultModel) {
			t.Fatal("the decoded model does not save to the embedded bytes")
		}
	}
	samePredictions(t, a, b, "Operators oppose a Huawei ban.", "The match was postponed because of snow.")
}

// samePredictions checks that a and b give each text the same label and
// confidence.
func samePredictions(t *testing.T, a, b *Model, texts ...string) {
	t.Helper()
	for _, text := range texts {
		pa, err1 := a.Predict(text)
		pb, err2 := b.Predict(text)
		if err1 != nil || err2 != nil || pa.Label != pb.Label || pa.Confidence != pb.Confidence {
			t.Errorf("%q: %v %v / %v %v", text, pa, err1, pb, err2)
		}
	}
}

// A damaged embedded file is an error, never a panic.
func TestLoadEmbeddedDamaged(t *testing.T) {
	i := bytes.IndexByte(defaultModel, '\n')
	for name, file := range map[string][]byte{
		"empty":     nil,
		"no header": []byte(strings.Repeat("x", 5000)),
		"header":    defaultModel[:i+1],
		"truncated": defaultModel[:len(defaultModel)-1],
		"appended":  append(bytes.Clone(defaultModel), 0),
		"version":   append([]byte("stancekit-model 9"), defaultModel[len("stancekit-model 2"):]...),
	} {
		if _, err := loadEmbedded(file, defaultIndex); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: %v, want ErrBadModel", name, err)
		}
	}
}

// BenchmarkLoadEmbedded is the decoding Default does once per process.
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadEmbedded(defaultModel, defaultIndex); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/load")
}
