package stance

import (
	"bytes"
	"strings"
	"testing"
)

// A model with the GloVe cluster block records the embedded table's name
// and checksum instead of a copy, loads back to the same predictions, and
// is refused when it names a table this build lacks, or names one without
// the block.
func TestGloveBlockModel(t *testing.T) {
	cfg := DefaultTrainConfig()
	cfg.Features.GloveClusters, cfg.Features.GloveK = 1, 1024
	texts := append(append([]string{}, headTexts...), "they warn of espionage", "spying is the risk")
	labels := append(append([]Label{}, headLabels...), Cautious, Cautious)
	m, err := Train(texts, labels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"glove_table":"gloveclusters.tsv.gz sha256=`)) {
		t.Error("the saved model does not name its GloVe table")
	}
	if b.Len() > 1<<20 {
		t.Errorf("a small model with the block saves as %d bytes: is the table copied in?", b.Len())
	}
	again, err := Load(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(texts, "covert spies", "it is not spying") {
		x, _ := m.Predict(s)
		y, _ := again.Predict(s)
		if x.Label != y.Label || x.Confidence != y.Confidence {
			t.Errorf("%q: %v/%v after the round trip, %v/%v before", s, y.Label, y.Confidence, x.Label, x.Confidence)
		}
	}
	fm := m.toFile()
	payload, err := encodeBinary(&fm)
	if err != nil {
		t.Fatal(err)
	}
	ver := fm.fileVersion()
	// Another table of the same name: one hex digit of its sum changed,
	// which keeps the JSON's length.
	other := bytes.Clone(payload)
	at := bytes.Index(other, []byte("gloveclusters.tsv.gz sha256=")) + len("gloveclusters.tsv.gz sha256=")
	if other[at] == '0' {
		other[at] = '1'
	} else {
		other[at] = '0'
	}
	if err := decodeBinary(ver, other, &fileModel{}); err == nil || !strings.Contains(err.Error(), "GloVe cluster table") {
		t.Errorf("a model naming another table: %v", err)
	}
	if err := checkGloveTable(false, "x"); err == nil {
		t.Error("a table named without the block is accepted")
	}
	if err := checkGloveTable(true, ""); err == nil {
		t.Error("the block without a table name is accepted")
	}
}
