package stance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
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
