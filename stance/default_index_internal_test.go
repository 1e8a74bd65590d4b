package stance

import (
	"bytes"
	"errors"
	"testing"
)

// The embedded index belongs to the embedded model, and the model loaded
// with it has the table, the names and the predictions of the model loaded
// without it.
func TestLoadEmbeddedIndexed(t *testing.T) {
	i := bytes.IndexByte(defaultModel, '\n')
	_, digest, _, err := parseHeader(string(defaultModel[:i]))
	if err != nil {
		t.Fatal(err)
	}
	if indexFor(defaultIndex, digest) == nil {
		t.Fatal("default.index does not name default.model: run go generate ./stance")
	}
	a, err := loadEmbedded(defaultModel, defaultIndex)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadEmbedded(defaultModel, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.vec.AppendIndex(nil), b.vec.AppendIndex(nil)) {
		t.Fatal("the indexed model's table differs from the one Load builds")
	}
	var sa, sb bytes.Buffer
	if err := a.Save(&sa); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(&sb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sa.Bytes(), sb.Bytes()) {
		t.Fatal("the indexed model saves differently")
	}
	samePredictions(t, a, b, "Operators oppose a Huawei ban.", "Huawei is not a threat, the minister said.", "The match was postponed because of snow.")
}

// An index naming another model is ignored (the model loads as Load loads
// it); a damaged one naming this model is an error wrapping ErrBadModel.
func TestLoadEmbeddedIndexDamaged(t *testing.T) {
	nl := bytes.IndexByte(defaultIndex, '\n')
	if nl < 0 {
		t.Fatal("default.index has no header line")
	}
	for name, index := range map[string][]byte{
		"empty":       nil,
		"no header":   []byte("stancekit-index"),
		"other model": append([]byte(indexMagic+"00"), defaultIndex[nl:]...),
	} {
		m, err := loadEmbedded(defaultModel, index)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if _, err := m.Predict("Operators oppose a Huawei ban."); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, index := range map[string][]byte{
		"truncated": defaultIndex[:len(defaultIndex)-1],
		"appended":  append(bytes.Clone(defaultIndex), 0),
		"no body":   defaultIndex[:nl+1],
	} {
		if _, err := loadEmbedded(defaultModel, index); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: %v, want ErrBadModel", name, err)
		}
	}
}
