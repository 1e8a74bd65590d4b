package features

import (
	"bytes"
	"encoding/binary"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// fittedForIndex is a fitted Vectorizer with word and character n-grams and
// cues, and the IDF of its n-gram features.
func fittedForIndex(t *testing.T) (*Vectorizer, []float64) {
	t.Helper()
	cfg := Config{WordNgrams: 2, CharMin: 2, CharMax: 4, MinDF: 1, Sublinear: true, DropStopWords: true, Cues: true, CueWeight: 0.5}
	v := newVec(t, cfg)
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	return v, idfOf(v)
}

// A Vectorizer restored with the index AppendIndex wrote has the table
// Restore builds, slot for slot, and transforms as the fitted one does.
func TestRestoreIndexedIsRestore(t *testing.T) {
	v, idf := fittedForIndex(t)
	index := v.AppendIndex(nil)
	tk, _ := tokenize.Default()
	r, err := Restore(v.Config(), tk, v.Lexicon(), v.Names(), idf)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := ReadIndex(index, len(idf))
	if err != nil {
		t.Fatal(err)
	}
	ri, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()), slices.Clone(idf), ix)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r.AppendIndex(nil), index) || !bytes.Equal(ri.AppendIndex(nil), index) {
		t.Fatal("the restored tables differ from the fitted one")
	}
	if ri.Dim() != v.Dim() || ri.NGrams() != v.NGrams() {
		t.Fatalf("dim %d/%d, n-grams %d/%d", ri.Dim(), v.Dim(), ri.NGrams(), v.NGrams())
	}
	for i := range v.Dim() {
		if ri.Name(i) != v.Name(i) || ri.IDF(i) != v.IDF(i) {
			t.Fatalf("feature %d: %q %v, want %q %v", i, ri.Name(i), ri.IDF(i), v.Name(i), v.IDF(i))
		}
	}
	for _, d := range append(docs, "Huawei is not banned.") {
		a, _ := v.Transform(d)
		b, _ := ri.Transform(d)
		if a.Len() == 0 || a.Len() != b.Len() {
			t.Fatalf("%q: %d vs %d features", d, a.Len(), b.Len())
		}
		for k := range a.Idx {
			if a.Idx[k] != b.Idx[k] || a.Val[k] != b.Val[k] {
				t.Fatalf("%q: feature %d differs", d, k)
			}
		}
	}
}

// A damaged index is an error, never a panic or an endless probe: cut
// anywhere, any byte changed, counts that do not fit the features.
func TestRestoreIndexedDamaged(t *testing.T) {
	v, idf := fittedForIndex(t)
	index := v.AppendIndex(nil)
	tk, _ := tokenize.Default()
	restore := func(p []byte) error {
		ix, err := ReadIndex(p, len(idf))
		if err != nil {
			return err
		}
		_, err = RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()), idf, ix)
		return err
	}
	for n := range len(index) {
		if restore(index[:n]) == nil {
			t.Fatalf("index cut to %d of %d bytes accepted", n, len(index))
		}
	}
	if restore(append(bytes.Clone(index), 0)) == nil {
		t.Error("index with a trailing byte accepted")
	}
	for i := range index {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			p := bytes.Clone(index)
			p[i] ^= x
			restore(p) // an error or a (wrong) table, never a panic
		}
	}
	// Counts: a table of another size, one entry short.
	size, k := binary.Uvarint(index)
	for _, p := range [][]byte{
		append(binary.AppendUvarint(nil, 2*size), index[k:]...),
		append(binary.AppendUvarint(nil, size), binary.AppendUvarint(nil, uint64(len(idf)-1))...),
	} {
		if restore(p) == nil {
			t.Errorf("index %x… accepted", p[:min(len(p), 8)])
		}
	}
	// The checks Restore makes on names and IDF values stay, and the index
	// must be one of as many features.
	ix, err := ReadIndex(index, len(idf))
	if err != nil {
		t.Fatal(err)
	}
	bad := append([]float64(nil), idf...)
	bad[0] = -1
	if _, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()), bad, ix); err == nil {
		t.Error("negative IDF accepted")
	}
	if _, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()[:3]), idf, ix); err == nil {
		t.Error("names shorter than idf accepted")
	}
	if _, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()), idf[:len(idf)-1], ix); err == nil {
		t.Error("an index of more features accepted")
	}
	if _, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()), idf, nil); err == nil {
		t.Error("a nil index accepted")
	}
}

// An unfitted Vectorizer has no index to write.
func TestAppendIndexUnfitted(t *testing.T) {
	v := newVec(t, Config{WordNgrams: 1, MinDF: 1})
	if b := v.AppendIndex([]byte("x")); string(b) != "x" {
		t.Errorf("AppendIndex of an unfitted Vectorizer: %q", b)
	}
}

// A cue block that is not the lexicon's is an error, also when the names
// handed over share their array with the restored Vectorizer's.
func TestRestoreIndexedWrongCues(t *testing.T) {
	v, idf := fittedForIndex(t)
	ix, err := ReadIndex(v.AppendIndex(nil), len(idf))
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := tokenize.Default()
	names := slices.Clone(v.Names())
	names[len(names)-1] = "cue:nonsense"
	if _, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), names, idf, ix); err == nil {
		t.Error("a wrong cue name accepted")
	}
	if _, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()[:len(v.Names())-1]), idf, ix); err == nil {
		t.Error("a missing cue name accepted")
	}
}

// idfOf is the IDF of each of v's n-gram features, in feature order: what
// Restore takes back.
func idfOf(v *Vectorizer) []float64 {
	idf := make([]float64, v.NGrams())
	for i := range idf {
		idf[i] = v.IDF(i)
	}
	return idf
}

// A Vectorizer restored with IndexOf of the slots IndexSlots gives shares
// them, and transforms as the fitted one does; a table of the wrong size
// for its feature count is an error. IndexSlots of an unfitted Vectorizer
// is nil.
func TestIndexOfSlots(t *testing.T) {
	v, idf := fittedForIndex(t)
	slots := slices.Clone(v.IndexSlots())
	ix, err := IndexOf(slots, len(idf))
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := tokenize.Default()
	ri, err := RestoreIndexed(v.Config(), tk, v.Lexicon(), slices.Clone(v.Names()), slices.Clone(idf), ix)
	if err != nil {
		t.Fatal(err)
	}
	if got := ri.IndexSlots(); &got[0] != &slots[0] || !bytes.Equal(ri.AppendIndex(nil), v.AppendIndex(nil)) {
		t.Fatal("the restored table is not the one given")
	}
	for _, d := range append(docs, "Huawei is not banned.") {
		a, _ := v.Transform(d)
		b, _ := ri.Transform(d)
		if a.Len() == 0 || !slices.Equal(a.Idx, b.Idx) || !slices.Equal(a.Val, b.Val) {
			t.Fatalf("%q: %v vs %v", d, a, b)
		}
	}
	for _, bad := range [][]IndexSlot{nil, slots[:len(slots)/2], append(slices.Clone(slots), IndexSlot{})} {
		if _, err := IndexOf(bad, len(idf)); err == nil {
			t.Errorf("%d slots for %d features: no error", len(bad), len(idf))
		}
	}
	if _, err := IndexOf(slots, -1); err == nil {
		t.Error("-1 features: no error")
	}
	if s := newVec(t, v.Config()).IndexSlots(); s != nil {
		t.Errorf("unfitted: %d slots", len(s))
	}
}
