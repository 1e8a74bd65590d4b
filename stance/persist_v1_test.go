package stance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

// A version 1 file (JSON payload) written before the binary codec still
// loads, and predicts exactly as the model it was written from.
func TestLoadVersion1(t *testing.T) {
	texts := []string{"ban huawei now", "huawei must be banned", "we assess the risks of all vendors",
		"a common approach and certification", "no evidence of back doors", "we oppose a ban on huawei",
		"the match was postponed", "profits fell in the quarter"}
	labels := []Label{Opposed, Opposed, Cautious, Cautious, Supportive, Supportive, OffTarget, OffTarget}
	m, err := Train(texts, labels, DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	fm := m.toFile()
	payload, err := json.Marshal(fm)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(payload)
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s 1 sha256=%s bytes=%d\n", magic, hex.EncodeToString(sum[:]), len(payload))
	b.Write(payload)
	got, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	if !got.HasRelevance() {
		t.Error("relevance head lost")
	}
	for _, s := range append(texts, "an unseen statement about a ban") {
		p, _ := m.Predict(s)
		q, _ := got.Predict(s)
		if p.Label != q.Label || p.Confidence != q.Confidence || p.Relevance != q.Relevance {
			t.Errorf("%q: saved %v %v %v, loaded %v %v %v", s, p.Label, p.Confidence, p.Relevance, q.Label, q.Confidence, q.Relevance)
		}
	}
}

// The binary payload is checked like the JSON one: a non-finite bias, a
// truncated weight block, a count larger than the payload and trailing
// bytes are each refused with ErrBadModel.
func TestLoadRejectsBadBinaryPayloads(t *testing.T) {
	m, err := Train([]string{"ban it now", "keep it please", "assess all vendors", "the weather was fine"},
		[]Label{Opposed, Supportive, Cautious, OffTarget}, DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	fm := m.toFile()
	good, err := encodeBinary(&fm)
	if err != nil {
		t.Fatal(err)
	}
	wrap := func(p []byte) *bytes.Buffer {
		sum := sha256.Sum256(p)
		var b bytes.Buffer
		fmt.Fprintf(&b, "%s %d sha256=%s bytes=%d\n", magic, fm.fileVersion(), hex.EncodeToString(sum[:]), len(p))
		b.Write(p)
		return &b
	}
	if _, err := Load(wrap(good)); err != nil {
		t.Fatalf("good payload: %v", err)
	}
	nan := append([]byte(nil), good...)
	copy(nan[len(nan)-8:], []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f}) // the last bias: NaN
	huge := append([]byte(nil), good...)
	huge[0] = 0xff // the header's length: far beyond the payload
	for name, p := range map[string][]byte{
		"NaN bias":   nan,
		"truncated":  good[:len(good)-5],
		"trailing":   append(append([]byte(nil), good...), 0, 0, 0, 0, 0, 0, 0, 0),
		"huge count": huge,
		"empty":      {},
	} {
		if _, err := Load(wrap(p)); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: err = %v, want ErrBadModel", name, err)
		}
	}
}
