package stance

import (
	"bytes"
	"strings"
	"testing"
)

// A model with the synset block explains with synset features, saves as
// format version 5 and loads back to the same predictions; a version 4 file
// claiming the block is refused.
func TestSynsetBlockModel(t *testing.T) {
	cfg := DefaultTrainConfig()
	cfg.Features.Synsets, cfg.Features.SynsetHypernyms = 1, true
	texts := append(append([]string{}, headTexts...), "the ban is baseless", "the claims are groundless")
	labels := append(append([]Label{}, headLabels...), Supportive, Supportive)
	m, err := Train(texts, labels, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// "unfounded" was never seen; its synset was.
	p, err := m.Predict("the fears are unfounded")
	if err != nil {
		t.Fatal(err)
	}
	named := false
	for _, r := range p.Reasons {
		named = named || strings.HasPrefix(r.Feature, "s:baseless.a.01")
	}
	if !named {
		t.Errorf("reasons %v do not name the synset", p.Reasons)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("stancekit-model 5 ")) {
		t.Fatalf("saved as %q", b.Bytes()[:20])
	}
	again, err := Load(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(texts, "the fears are unfounded", "a ban is not planned") {
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
	if err := decodeBinary(4, payload, &fileModel{}); err == nil {
		t.Error("a version 4 payload with the synset block loads")
	}
}
