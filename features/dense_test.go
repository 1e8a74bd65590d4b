package features

import (
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// toyVectors is a table of 3-dimensional vectors for a few stems.
func toyVectors(t testing.TB) *WordVectors {
	t.Helper()
	wv, err := NewWordVectors(3, []string{"ban", "huawei", "network", "welcom"},
		[]float32{1, 0, 0, 0, 1, 0, 0, 0, 1, 0.6, 0.8, 0})
	if err != nil {
		t.Fatal(err)
	}
	return wv
}

func denseVectorizer(t testing.TB, wv *WordVectors, length float64) *Vectorizer {
	t.Helper()
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Cues = false
	cfg.Vectors, cfg.WordVectors = length, wv
	v, err := NewVectorizer(cfg, tk, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Fit([]string{"Ban Huawei from the network.", "Operators welcome Huawei.", "The match was postponed."}); err != nil {
		t.Fatal(err)
	}
	return v
}

// dense returns the word-vector block of x.
func dense(v *Vectorizer, x Vector) (idx []int32, val []float64) {
	for t, j := range x.Idx {
		if at := v.DenseAt(); at >= 0 && int(j) >= at {
			idx, val = append(idx, j), append(val, x.Val[t])
		}
	}
	return idx, val
}

func TestWordVectorsChecked(t *testing.T) {
	for name, c := range map[string]struct {
		dim   int
		stems []string
		vals  []float32
	}{
		"zero dimension":   {0, []string{"a"}, nil},
		"huge dimension":   {MaxVectorDim + 1, []string{"a"}, make([]float32, MaxVectorDim+1)},
		"no stems":         {1, nil, nil},
		"short values":     {2, []string{"a"}, []float32{1}},
		"unsorted":         {1, []string{"b", "a"}, []float32{1, 1}},
		"repeated":         {1, []string{"a", "a"}, []float32{1, 1}},
		"empty stem":       {1, []string{""}, []float32{1}},
		"NaN":              {1, []string{"a"}, []float32{float32(math.NaN())}},
		"infinite":         {1, []string{"a"}, []float32{float32(math.Inf(1))}},
		"beyond the bound": {1, []string{"a"}, []float32{2 * MaxVectorValue}},
	} {
		if _, err := NewWordVectors(c.dim, c.stems, c.vals); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	wv := toyVectors(t)
	if wv.Dim() != 3 || wv.Len() != 4 || !slices.Equal(wv.Vec("network"), []float32{0, 0, 1}) || wv.Vec("nosuch") != nil {
		t.Errorf("table: dim %d, len %d, network %v", wv.Dim(), wv.Len(), wv.Vec("network"))
	}
}

// The binary form reads back to the same table, and every truncation or
// damage of it is an error, never a panic.
func TestWordVectorsBinary(t *testing.T) {
	wv := toyVectors(t)
	b := wv.AppendBinary([]byte("prefix"))[len("prefix"):]
	got, n, err := ReadWordVectors(append(slices.Clone(b), "trailing"...))
	if err != nil || n != len(b) {
		t.Fatalf("read back: %v, %d of %d bytes", err, n, len(b))
	}
	if !slices.Equal(got.Stems(), wv.Stems()) || !slices.Equal(got.vals, wv.vals) || got.Dim() != wv.Dim() {
		t.Fatal("table differs after a round trip")
	}
	for i := range b {
		if _, _, err := ReadWordVectors(b[:i]); err == nil {
			t.Errorf("truncated to %d bytes: accepted", i)
		}
	}
	nan := slices.Clone(b)
	binary.LittleEndian.PutUint32(nan[len(nan)-4:], math.Float32bits(float32(math.NaN())))
	huge := binary.AppendUvarint(binary.AppendUvarint(nil, 100), 1<<30) // 2^30 stems in a few bytes
	unsorted := unsortedTable(t)
	for name, p := range map[string][]byte{"NaN value": nan, "huge count": huge, "unsorted stems": unsorted, "empty": nil} {
		if _, _, err := ReadWordVectors(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// unsortedTable returns the binary form of a table whose stems are out of
// order, which NewWordVectors refuses to build.
func unsortedTable(t *testing.T) []byte {
	t.Helper()
	b := binary.AppendUvarint(nil, 1)
	b = binary.AppendUvarint(b, 2)
	for _, s := range []string{"b", "a"} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(b, math.Float32bits(1)), math.Float32bits(1))
}

// The block's invariants (dense.go): its names and place, its length, a
// missing word contributing nothing, no block without a known word, and
// FitTransform, Transform and TransformTF agreeing bit for bit.
func TestDenseBlock(t *testing.T) {
	wv := toyVectors(t)
	v := denseVectorizer(t, wv, 0.2)
	at := v.DenseAt()
	if at != v.Dim()-3 || v.Name(at) != "v:0" || v.Name(at+2) != "v:2" {
		t.Fatalf("block at %d of %d features, named %q", at, v.Dim(), v.Name(at))
	}
	x, err := v.Transform("Ban Huawei from the network.")
	if err != nil {
		t.Fatal(err)
	}
	idx, val := dense(v, x)
	if len(idx) != 3 || int(idx[0]) != at || idx[2] != idx[0]+2 {
		t.Fatalf("block %v", idx)
	}
	var ss float64
	for _, y := range val {
		ss += y * y
	}
	if math.Abs(math.Sqrt(ss)-0.2) > 1e-12 {
		t.Errorf("block length %v, want 0.2", math.Sqrt(ss))
	}
	// ban + huawei + network: equal parts of the three axes.
	if math.Abs(val[0]-val[1]) > 1e-15 || math.Abs(val[1]-val[2]) > 1e-15 {
		t.Errorf("block %v, want three equal values", val)
	}
	y, _ := v.Transform("Ban Huawei from the network, zorblax.")
	if _, val2 := dense(v, y); !slices.Equal(val, val2) {
		t.Errorf("an unknown word changed the block: %v, %v", val, val2)
	}
	z, _ := v.Transform("The match was postponed.")
	if idx, _ := dense(v, z); idx != nil {
		t.Errorf("a statement without a known stem has the block %v", idx)
	}
	docs := []string{"Ban Huawei from the network.", "Operators welcome Huawei.", "The match was postponed.", strings.Repeat("huawei ", 50)}
	w := denseVectorizer(t, wv, 0.2)
	X, err := w.FitTransform(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		x, _ := w.Transform(d)
		if !slices.Equal(x.Idx, X[i].Idx) || !slices.Equal(x.Val, X[i].Val) {
			t.Errorf("%q: Transform and FitTransform differ", d)
		}
		var doc Doc
		if err := w.TransformTF(&doc, d, nil); err != nil {
			t.Fatal(err)
		}
		a, b := dense(w, x)
		c, e := dense(w, doc.Vector)
		if !slices.Equal(a, c) || !slices.Equal(b, e) {
			t.Errorf("%q: TransformTF's block differs", d)
		}
	}
	// Restored from its names and IDF, with the same table, the vectoriser
	// gives the same vectors.
	r, err := Restore(w.Config(), w.tok, nil, w.Names(), idfOf(w))
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		x, _ := r.Transform(d)
		if !slices.Equal(x.Idx, X[i].Idx) || !slices.Equal(x.Val, X[i].Val) {
			t.Errorf("%q: restored vectoriser differs", d)
		}
	}
	// Without the table, or with a different dimension, the saved names
	// no longer fit.
	cfg := w.Config()
	cfg.WordVectors = nil
	if _, err := Restore(cfg, w.tok, nil, w.Names(), idfOf(w)); err == nil {
		t.Error("restored a word-vector block without its table")
	}
	cfg.WordVectors, _ = NewWordVectors(2, []string{"ban"}, []float32{1, 0})
	if _, err := Restore(cfg, w.tok, nil, w.Names(), idfOf(w)); err == nil {
		t.Error("restored a block of 3 features with a table of 2 dimensions")
	}
	if w.DenseAt() < 0 || denseOff(t).DenseAt() != -1 {
		t.Error("DenseAt")
	}
}

func denseOff(t *testing.T) *Vectorizer {
	tk, _ := tokenize.Default()
	v, err := NewVectorizer(Config{WordNgrams: 1}, tk, nil)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestDenseConfigChecked(t *testing.T) {
	tk, _ := tokenize.Default()
	for _, c := range []Config{
		{WordNgrams: 1, Vectors: 0.2},
		{WordNgrams: 1, Vectors: -1, WordVectors: toyVectors(t)},
		{WordNgrams: 1, Vectors: math.NaN(), WordVectors: toyVectors(t)},
		{WordNgrams: 1, Vectors: MaxCueWeight + 1, WordVectors: toyVectors(t)},
	} {
		if _, err := NewVectorizer(c, tk, nil); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}

func FuzzReadWordVectors(f *testing.F) {
	f.Add(toyVectors(f).AppendBinary(nil))
	f.Add([]byte{1, 1, 1, 'a', 0, 0, 0x80, 0x3f})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, p []byte) {
		wv, n, err := ReadWordVectors(p)
		if err != nil {
			return
		}
		if n > len(p) || wv.Dim() < 1 {
			t.Fatalf("read %d of %d bytes, dimension %d", n, len(p), wv.Dim())
		}
		again, _, err := ReadWordVectors(wv.AppendBinary(nil))
		if err != nil || !slices.Equal(again.Stems(), wv.Stems()) || !slices.Equal(again.vals, wv.vals) {
			t.Fatalf("a table read back does not round-trip: %v", err)
		}
	})
}
