package stance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
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
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	fm := m.toFile() // the version Save writes for this model: 2, or 3 with word vectors
	if ver != fm.fileVersion() || n != len(payload) || digest != hex.EncodeToString(sum[:]) {
		t.Errorf("header: version %d, %d bytes, sha256 %s; payload: %d bytes, sha256 %x", ver, n, digest, len(payload), sum)
	}
}

// The embedded model decodes in place, from its tables or from its bytes,
// to the model Load reads from the same bytes, and saves back to them.
func TestLoadEmbeddedIsLoad(t *testing.T) {
	a, err := loadEmbedded(defaultModel, defaultTables)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	c, err := loadEmbedded(defaultModel, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Model{a, b, c} {
		var out bytes.Buffer
		if err := m.Save(&out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), defaultModel) {
			t.Fatal("the decoded model does not save to the embedded bytes")
		}
	}
	samePredictions(t, a, b, "Operators oppose a Huawei ban.", "The match was postponed because of snow.")
	samePredictions(t, c, b, "Operators oppose a Huawei ban.", "The match was postponed because of snow.")
}

// The default model's tables are default.model: the model they give is the
// one Load reads from it, down to the weights' bits, the index table's
// slots and the training record. (TestDefaultTablesAreCurrent checks that
// they are what gentables writes from it.)
func TestDefaultTablesAreLoad(t *testing.T) {
	if defaultTables == nil {
		t.Fatal("no default_tables.go: run go generate ./stance")
	}
	i := bytes.IndexByte(defaultModel, '\n')
	_, digest, _, err := parseHeader(string(defaultModel[:i]))
	if err != nil {
		t.Fatal(err)
	}
	if defaultTables.digest != digest {
		t.Fatalf("default_tables.go is of model %s, default.model is %s: run go generate ./stance", defaultTables.digest, digest)
	}
	a, err := defaultTables.model(defaultModel[i+1:])
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.labels, b.labels) || a.off != b.off || a.dim != b.dim ||
		!sameBits(a.w, b.w) || !sameBits(a.b, b.b) || math.Float64bits(a.threshold) != math.Float64bits(b.threshold) ||
		!reflect.DeepEqual(a.meta, b.meta) {
		t.Fatal("the tables' model differs from default.model's")
	}
	if !sameConfig(a.vec.Config(), b.vec.Config()) || !slices.Equal(a.vec.Names(), b.vec.Names()) ||
		!slices.Equal(a.vec.IndexSlots(), b.vec.IndexSlots()) || a.vec.NGrams() != b.vec.NGrams() ||
		a.vec.Lexicon().String() != b.vec.Lexicon().String() {
		t.Fatal("the tables' vectorizer differs from default.model's")
	}
	for j := range a.vec.NGrams() {
		if math.Float64bits(a.vec.IDF(j)) != math.Float64bits(b.vec.IDF(j)) {
			t.Fatalf("IDF of feature %d: %v, want %v", j, a.vec.IDF(j), b.vec.IDF(j))
		}
	}
	samePredictions(t, a, b, "Operators oppose a Huawei ban.", "Huawei is not a threat, the minister said.", "The match was postponed because of snow.")
}

func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

// Tables written from another model are not used: the embedded file is
// decoded instead.
func TestLoadEmbeddedOtherTables(t *testing.T) {
	other := *defaultTables
	other.digest = "00"
	other.bias = []float64{9, 9, 9, 9}
	m, err := loadEmbedded(defaultModel, &other)
	if err != nil {
		t.Fatal(err)
	}
	if !sameBits(m.b, defaultBias[:]) {
		t.Fatal("the tables of another model were used")
	}
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
		if _, err := loadEmbedded(file, defaultTables); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: %v, want ErrBadModel", name, err)
		}
	}
}

// BenchmarkLoadEmbedded is what Default does once per process: building
// the model from its tables, or (decode) from the embedded file's bytes.
func BenchmarkLoadEmbedded(b *testing.B) {
	for _, bc := range []struct {
		name   string
		tables *modelTables
	}{{"tables", defaultTables}, {"decode", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := loadEmbedded(defaultModel, bc.tables); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/load")
		})
	}
}

// sameConfig reports whether two vectoriser configurations are equal, their
// word-vector tables compared by content.
func sameConfig(a, b features.Config) bool {
	x, y := a.WordVectors, b.WordVectors
	a.WordVectors, b.WordVectors = nil, nil
	if a != b || (x == nil) != (y == nil) {
		return false
	}
	if x == nil {
		return true
	}
	if x.Dim() != y.Dim() || !slices.Equal(x.Stems(), y.Stems()) {
		return false
	}
	for _, s := range x.Stems() {
		if !slices.Equal(x.Vec(s), y.Vec(s)) {
			return false
		}
	}
	return true
}
