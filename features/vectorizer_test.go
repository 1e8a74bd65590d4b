package features

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

func TestTable(t *testing.T) {
	tb := newTable(2)
	rng := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint64, 5000)
	for i := range keys {
		keys[i] = rng.Uint64()
		if v, dup := tb.put(keys[i], int32(i)); dup || v != int32(i) {
			t.Fatalf("put %d: %d %v", i, v, dup)
		}
	}
	keys = append(keys, 0) // the zero hash is a key like any other
	if _, dup := tb.put(0, 5000); dup {
		t.Fatal("zero key reported present")
	}
	if tb.len() != len(keys) {
		t.Fatalf("len %d, want %d", tb.len(), len(keys))
	}
	for i, k := range keys {
		if v, ok := tb.get(k); !ok || v != int32(i) {
			t.Fatalf("get key %d: %d %v", i, v, ok)
		}
		if v, dup := tb.put(k, -1); !dup || v != int32(i) {
			t.Fatalf("re-put key %d: %d %v", i, v, dup)
		}
	}
	for range 1000 {
		if _, ok := tb.get(rng.Uint64()); ok {
			t.Fatal("absent key found")
		}
	}
}

func TestSortIndices(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var tmp []int32
	for _, n := range []int{0, 1, 2, 47, 48, 49, radixFrom - 1, radixFrom, radixFrom + 1, 300, 5000} {
		for _, hi := range []int32{1, 255, 256, 70000, 1 << 30} {
			x := make([]int32, n)
			for i := range x {
				x[i] = rng.Int32N(hi)
			}
			want := slices.Clone(x)
			slices.Sort(want)
			tmp = sortIndices(x, tmp)
			if !slices.Equal(x, want) {
				t.Fatalf("n=%d hi=%d: not sorted", n, hi)
			}
		}
	}
}

func TestSortByName(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := "ab c!é"
	for _, n := range []int{3, 255, 256, 3000} {
		feats := make([]featStat, n)
		var arena []byte
		for i := range feats {
			// Short names over a small alphabet: many shared 8-byte
			// prefixes, prefixes of one another, and multi-byte runes.
			start := len(arena)
			for range rng.IntN(12) {
				arena = append(arena, alphabet[rng.IntN(len(alphabet))])
			}
			name := arena[start:]
			feats[i] = featStat{h: uint64(i), key: nameKey(name), off: int32(start), n: int32(len(name))}
		}
		names := arenas{arena}
		want := slices.Clone(feats)
		slices.SortStableFunc(want, func(a, b featStat) int { return bytes.Compare(names.name(a), names.name(b)) })
		sortByName(feats, names)
		for i := range feats {
			if got, w := names.name(feats[i]), names.name(want[i]); !bytes.Equal(got, w) {
				t.Fatalf("n=%d: position %d is %q, want %q", n, i, got, w)
			}
		}
	}
}

// manyDocs returns n distinct statements built from the test documents, so
// that Fit splits them among goroutines.
func manyDocs(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s Item %d, not %c.", docs[i%len(docs)], i, 'a'+rune(i%26))
	}
	return out
}

// TestFitTransformMatchesTransform checks that FitTransform, which reuses
// what Fit saw of each statement, gives exactly the vectors Transform gives
// after Fit.
func TestFitTransformMatchesTransform(t *testing.T) {
	ds := manyDocs(400)
	for _, cfg := range []Config{
		{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1},
		{WordNgrams: 2, CharMin: 3, CharMax: 4, CharAcross: true, MinDF: 2, MaxFeatures: 500, DropStopWords: true},
		{WordNgrams: 2, Sublinear: true, MinDF: 1, Cues: true, CueWeight: 0.5},
	} {
		v := newVec(t, cfg)
		got, err := v.FitTransform(ds)
		if err != nil {
			t.Fatal(err)
		}
		for i, d := range ds {
			want, err := v.Transform(d)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got[i].Idx, want.Idx) || !slices.Equal(got[i].Val, want.Val) {
				t.Fatalf("%+v: statement %d: FitTransform and Transform differ", cfg, i)
			}
		}
	}
}

// TestFitIndependentOfCPUs checks that splitting Fit among goroutines does
// not change the vocabulary, its order or the IDF values.
func TestFitIndependentOfCPUs(t *testing.T) {
	ds := manyDocs(700)
	cfg := Config{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 2, MaxFeatures: 500}
	fit := func(procs int) *Vectorizer {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		v := newVec(t, cfg)
		if err := v.Fit(ds); err != nil {
			t.Fatal(err)
		}
		return v
	}
	a, b := fit(1), fit(4)
	if !slices.Equal(a.Names(), b.Names()) || !slices.Equal(a.idf, b.idf) {
		t.Fatal("Fit on 1 and 4 CPUs differ")
	}
	if a.Dim() != 500 {
		t.Fatalf("MaxFeatures 500 gave %d features", a.Dim())
	}
	if !slices.IsSorted(a.Names()) {
		t.Fatal("features not in name order")
	}
}

func TestCharAcross(t *testing.T) {
	cfg := Config{CharMin: 3, CharMax: 3, CharAcross: true, MinDF: 1}
	v := newVec(t, cfg)
	if err := v.Fit([]string{"No ban, Huawei"}); err != nil {
		t.Fatal(err)
	}
	names := strings.Join(v.Names(), "|")
	// The statement is analysed as " no ban , huawei ": n-grams cross
	// word boundaries and include the punctuation token.
	for _, want := range []string{"c: no", "c:o b", "c:n ,", "c:, h", "c:ei "} {
		if !strings.Contains("|"+names+"|", "|"+want+"|") {
			t.Errorf("missing %q in %s", want, names)
		}
	}
	within := newVec(t, Config{CharMin: 3, CharMax: 3, MinDF: 1})
	if err := within.Fit([]string{"No ban, Huawei"}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Join(within.Names(), "|"); strings.Contains(n, "c:o b") || strings.Contains(n, ",") {
		t.Errorf("per-word character n-grams cross words: %s", n)
	}
	// A restored vectoriser finds every across-word n-gram by its name.
	idf := idfOf(v)
	tk, _ := tokenize.Default()
	r, err := Restore(cfg, tk, nil, v.Names(), idf)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := v.Transform("no ban, Huawei!")
	b, _ := r.Transform("no ban, Huawei!")
	if a.Len() == 0 || !slices.Equal(a.Idx, b.Idx) || !slices.Equal(a.Val, b.Val) {
		t.Fatalf("restored vectoriser differs: %v vs %v", a, b)
	}
}

// The sublinear factor's table holds exactly what the logarithm gives.
func TestSublinearTable(t *testing.T) {
	for run := 1; run < 200; run++ {
		if got, want := sublinear(run), 1+math.Log(float64(run)); got != want {
			t.Errorf("sublinear(%d) = %v, want %v", run, got, want)
		}
	}
}

// sortEntries orders distinct indices as slices.SortFunc does, for the
// few entries it sorts by insertion and the more it hands to SortFunc.
func TestSortEntries(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		for range 50 {
			acc := make([]entry, 0, n)
			for _, i := range rng.Perm(3 * (n + 1))[:n] {
				acc = append(acc, entry{int32(i), rng.Float64()})
			}
			want := slices.Clone(acc)
			slices.SortFunc(want, func(a, b entry) int { return int(a.i - b.i) })
			sortEntries(acc)
			if !slices.Equal(acc, want) {
				t.Fatalf("%d entries: %v, want %v", n, acc, want)
			}
		}
	}
}
