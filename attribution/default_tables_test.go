package attribution

import (
	"bytes"
	"go/format"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/attribution/internal/deftables"
	"github.com/stancekit/stancekit/stance"
)

// TestDefaultTablesAreCurrent proves the committed default_tables.go is
// what `go generate ./attribution` (internal/gentables) writes from the
// embedded data files, byte for byte.
func TestDefaultTablesAreCurrent(t *testing.T) {
	src, err := deftables.Source()
	if err != nil {
		t.Fatal(err)
	}
	want, err := format.Source(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("default_tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("attribution/default_tables.go (%d bytes) is not what `go generate ./attribution` writes from the data files (%d bytes): run it and commit the file", len(got), len(want))
	}
	if defaultTablesData.digest != dataDigest() {
		t.Fatalf("the tables' digest %d is not the data files' %d", defaultTablesData.digest, dataDigest())
	}
}

// literal is writeLiteral of v, which leaves out what a pattern compiles
// into, so that two rule sets compare by pattern text and gate whether or
// not their patterns have been matched yet.
func literal(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	if err := writeLiteral(&b, reflect.ValueOf(v), false); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDefaultTablesEqualCompiled checks that the default Analyzer's
// compiled state from the tables is what compiling the data files gives:
// every word set, clutter and layout rule (pattern and gate), actor,
// registry phrase and word-table entry.
func TestDefaultTablesEqualCompiled(t *testing.T) {
	slow, err := slowDefault()
	if err != nil {
		t.Fatal(err)
	}
	fast, ok := tablesCompiled(&defaultTablesData)
	if !ok {
		t.Fatal("the tables are not the embedded data files'")
	}
	want, got := *slow.lx, *fast.lx
	if a, b := literal(t, want.clutter), literal(t, got.clutter); a != b {
		t.Errorf("clutter rules differ:\n%.300s\nwant\n%.300s", b, a)
	}
	if a, b := literal(t, want.layout), literal(t, got.layout); a != b {
		t.Errorf("layout rules differ:\n%.300s\nwant\n%.300s", b, a)
	}
	want.clutter, got.clutter, want.layout, got.layout = clutterRules{}, clutterRules{}, layout{}, layout{}
	if !reflect.DeepEqual(want, got) {
		t.Error("the lexicon's word sets differ")
	}
	if !reflect.DeepEqual(slow.m.actors, fast.m.actors) || !reflect.DeepEqual(slow.m.firsts, fast.m.firsts) {
		t.Error("the matcher's actors or phrases differ")
	}
	if !reflect.DeepEqual(slow.info, fast.info) || !reflect.DeepEqual(slow.vendors, fast.vendors) {
		t.Error("the word table or the vendor names differ")
	}
	infos := wordInfos(slow.lx, slow.m)
	if fast.info.len() != len(infos) {
		t.Errorf("word table holds %d forms, want %d", fast.info.len(), len(infos))
	}
	for w, wi := range infos {
		if got := fast.info.get(w); got != wi {
			t.Errorf("%q: %+v, want %+v", w, got, wi)
		}
	}
}

// TestTablesOfAnyGrammar checks that tables made of a grammar other than
// the built-in one (extended with verbs, among them clause forms in -ing
// that are their own lemma, words, clutter and layout rules) give back its
// compiled lexicon and matcher.
func TestTablesOfAnyGrammar(t *testing.T) {
	g, err := DefaultGrammar()
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"my-verbs.txt":   "# stancekit-data grammar-verbs v1\nclause bring\nclause sing\nspeech zing\n",
		"my-words.txt":   "# stancekit-data grammar-words v1\n[titles]\nfoo-title\n[junk_names]\nzorp\n",
		"my-clutter.txt": "# stancekit-data grammar-clutter v1\nregexp ^Zz\\d+$\nprefix zz top\n",
		"my-layout.txt":  "# stancekit-data grammar-layout v1\nsection | | ^§\\d+\n",
	} {
		if err := g.Load(name, strings.NewReader(text)); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	if err := reg.Add(ActorEntry{Name: "Zing Corp", Type: TypeCompany, Aliases: []string{"Zing"}}); err != nil {
		t.Fatal(err)
	}
	tk := newTest(t, nil).tk
	slow := &Analyzer{tk: tk, gram: g}
	slow.compile(reg)
	tb := tablesOf(g, slow.compiled, 1)
	if len(tb.selfLemmas) == 0 {
		t.Fatal("no clause form in -ing kept: the test checks nothing")
	}
	fast := tb.compiled()
	want, got := *slow.lx, *fast.lx
	if literal(t, want.clutter) != literal(t, got.clutter) || literal(t, want.layout) != literal(t, got.layout) {
		t.Error("rules differ")
	}
	want.clutter, got.clutter, want.layout, got.layout = clutterRules{}, clutterRules{}, layout{}, layout{}
	if !reflect.DeepEqual(want, got) {
		t.Error("the lexicon's word sets differ")
	}
	if !reflect.DeepEqual(slow.m.actors, fast.m.actors) || !reflect.DeepEqual(slow.m.firsts, fast.m.firsts) ||
		!reflect.DeepEqual(slow.info, fast.info) || !reflect.DeepEqual(slow.vendors, fast.vendors) {
		t.Error("the matcher, word table or vendors differ")
	}
}

// TestDefaultTablesAnalyzeAlike checks that an Analyzer reading the tables
// finds, attributes and labels the same statements as one compiled from
// the data files, on every development text.
func TestDefaultTablesAnalyzeAlike(t *testing.T) {
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	fast, err := New(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := slowDefault()
	if err != nil {
		t.Fatal(err)
	}
	slow := *fast
	slow.gram, slow.compiled = d.gram, d.compiled
	if fast.m == slow.m {
		t.Fatal("the default Analyzer does not read the tables")
	}
	texts := devTexts(t)
	if len(texts) < 50 {
		t.Fatalf("%d development texts", len(texts))
	}
	for _, text := range texts {
		a, err := fast.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		b, err := slow.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("the tables and the compiled files analyze %.80q differently", text)
		}
	}
}

// TestDefaultTablesStale checks that tables not made from the embedded
// files are not used: New then compiles the files.
func TestDefaultTablesStale(t *testing.T) {
	stale := defaultTablesData
	stale.digest++
	if _, ok := tablesCompiled(&stale); ok {
		t.Error("tables of other data files used")
	}
	if _, ok := tablesCompiled(&defaultTables{}); ok {
		t.Error("empty tables used")
	}
}

// TestWordTable checks the hash table against the map it is built from,
// on its keys and on strings that are not.
func TestWordTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 8, 9, 100, 1000, 5000} {
		m := map[string]wordInfo{}
		for len(m) < n {
			m[randWord(r)] = wordInfo{cls: wordClass(r.Uint32()), pat: r.Int32(), id: r.Int32()}
		}
		if n > 0 {
			m[""] = wordInfo{id: 7}
		}
		tb := newWordTable(m)
		if tb.len() != len(m) {
			t.Errorf("%d keys: table holds %d", len(m), tb.len())
		}
		for w, wi := range m {
			if got := tb.get(w); got != wi {
				t.Errorf("%q: %+v, want %+v", w, got, wi)
			}
		}
		for range 2000 {
			w := randWord(r)
			if got := tb.get(w); got != m[w] {
				t.Errorf("%q: %+v, want %+v", w, got, m[w])
			}
		}
	}
	var zero wordTable
	if zero.get("x") != (wordInfo{}) {
		t.Error("the empty table holds x")
	}
}

func randWord(r *rand.Rand) string {
	var b strings.Builder
	for range 1 + r.IntN(12) {
		b.WriteByte("abcdefghijklmnopqrstuvwxyz'-.é"[r.IntN(31)])
	}
	return b.String()
}

// FuzzWordTable checks lookups of any string in the default table against
// the map it is made from.
func FuzzWordTable(f *testing.F) {
	d, err := slowDefault()
	if err != nil {
		f.Fatal(err)
	}
	infos := wordInfos(d.lx, d.m)
	for _, s := range []string{"the", "huawei", "said", "", "\xff", "commission's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := defaultTablesData.info.get(s), infos[s]; got != want {
			t.Errorf("%q: %+v, want %+v", s, got, want)
		}
	})
}
