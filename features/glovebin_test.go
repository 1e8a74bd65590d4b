package features

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/features/internal/glovepack"
)

// The committed gloveclusters.bin is what `go generate ./features`
// (glovebin) writes from the committed gloveclusters.tsv.gz, byte for byte.
func TestGloveBinIsCurrent(t *testing.T) {
	b, err := glovepack.Pack([]byte(gloveText(t)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, gloveClustersBin) {
		t.Errorf("gloveclusters.bin (%d bytes) is not what glovebin writes from gloveclusters.tsv.gz (%d bytes): run go generate ./features", len(gloveClustersBin), len(b))
	}
	again, err := glovepack.Pack([]byte(gloveText(t)))
	if err != nil || !bytes.Equal(again, b) {
		t.Errorf("two packings differ: %v", err)
	}
}

// Every word of the source has the same clusters in the packed default
// table as in the map ReadGloveClusters builds; words it lacks give -1;
// both tables carry the header's sum and the model's id is unchanged.
func TestGloveBinMatchesSource(t *testing.T) {
	m, err := ReadGloveClusters(strings.NewReader(gloveText(t)), GloveClustersFile)
	if err != nil {
		t.Fatal(err)
	}
	p, err := DefaultGloveClusters()
	if err != nil {
		t.Fatal(err)
	}
	if p.ids != nil {
		t.Fatal("the default table is not the packed one")
	}
	if p.Len() != m.Len() || p.Sum() != m.Sum() {
		t.Errorf("packed %d words sum %s, source %d words sum %s", p.Len(), p.Sum(), m.Len(), m.Sum())
	}
	for w := range m.ids {
		for _, k := range []int{0, 256, 1024} {
			if a, b := p.Cluster(w, k), m.Cluster(w, k); a != b || a < 0 {
				t.Fatalf("%q of %d: packed %d, source %d", w, k, a, b)
			}
		}
		for _, miss := range []string{w + "x", "x" + w, w[:len(w)-1], strings.ToUpper(w)} {
			_, in := m.ids[miss]
			if a, b := p.Cluster(miss, 256), m.Cluster(miss, 256); a != b || (!in && a != -1) {
				t.Fatalf("%q: packed %d, source %d", miss, a, b)
			}
		}
		if p.Cluster(w, 300) != -1 {
			t.Fatalf("%q has a cluster of 300", w)
		}
	}
	for _, w := range []string{"", "\x00", "qqqxq", "the\x00", strings.Repeat("a", 1000), "\xff\xfe"} {
		if c := p.Cluster(w, 256); c != -1 {
			t.Errorf("%q: cluster %d", w, c)
		}
	}
	id, err := GloveClustersID()
	if want := "gloveclusters.tsv.gz sha256=a68e4b7640900672800c7ddb97e76fa28bb23d4d3ffc588dfb27ee388ae281ee"; err != nil || id != want {
		t.Errorf("GloveClustersID() = %q, %v; want %q", id, err, want)
	}
}

// The cluster feature's hash, computed from the id, is hashName of its
// name, so that models trained before the table was packed still match.
func TestGloveHash(t *testing.T) {
	for id := range int32(1024) {
		n := strconv.Itoa(int(id))
		if gloveHash(id, false) != hashName("g:"+n) || gloveHash(id, true) != hashName("!g:"+n) {
			t.Fatalf("cluster %d: hash differs from hashName", id)
		}
	}
}

// smallGlove packs a table of the given entries ("word\tc256\tc1024").
func smallGlove(t testing.TB, entries ...string) []byte {
	t.Helper()
	body := strings.Join(entries, "\n") + "\n"
	sum := sha256.Sum256([]byte(body))
	b, err := glovepack.Pack([]byte("# stancekit-data gloveclusters v1\n# sha256: " + hex.EncodeToString(sum[:]) + "\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var smallEntries = []string{"ban\t30\t95", "spying\t103\t172", "the\t0\t0", "risky\t27\t39", "a\t255\t1023"}

// A packed table that is not whole or not well formed is an error when it
// is opened, naming the file.
func TestGloveBinOpenErrors(t *testing.T) {
	good := smallGlove(t, smallEntries...)
	if _, err := openGloveBin(good, "small.bin"); err != nil {
		t.Fatal(err)
	}
	put := func(at int, v uint32) []byte {
		b := bytes.Clone(good)
		binary.LittleEndian.PutUint32(b[at:], v)
		return b
	}
	cases := map[string][]byte{
		"empty":           nil,
		"short header":    good[:glovepack.HeaderSize-1],
		"header only":     good[:glovepack.HeaderSize],
		"truncated":       good[:len(good)-1],
		"one byte more":   append(bytes.Clone(good), 0),
		"magic":           append([]byte("SKGX"), good[4:]...),
		"version":         put(4, 2),
		"no words":        put(8, 0),
		"more words":      put(8, 6),
		"slots not pow 2": put(12, 24),
		"too few slots":   put(12, 8),
		"huge slots":      put(12, 1<<31),
		"word bytes":      put(16, 1<<32-1),
		"huge n":          put(8, 1<<32-1),
	}
	for name, b := range cases {
		tb, err := openGloveBin(b, "small.bin")
		if err == nil || !strings.Contains(err.Error(), "small.bin") {
			t.Errorf("%s: table %v, error %v; want an error naming the file", name, tb, err)
		}
	}
	for n := range len(good) {
		if _, err := openGloveBin(good[:n], "small.bin"); err == nil {
			t.Fatalf("truncated to %d bytes: opened", n)
		}
	}
}

// A packed table whose header is right but whose sections are corrupt
// answers -1 for what it cannot read, never panics and never loops.
func TestGloveBinCorruptLookups(t *testing.T) {
	good := smallGlove(t, smallEntries...)
	g, err := openGloveBin(good, "small.bin")
	if err != nil {
		t.Fatal(err)
	}
	p := g.p
	le := binary.LittleEndian
	edit := func(f func(b []byte)) *GloveClusterTable {
		b := bytes.Clone(good)
		f(b)
		tb, err := openGloveBin(b, "small.bin")
		if err != nil {
			t.Fatal(err)
		}
		return tb
	}
	slotsDo := func(f func(b []byte, at int)) func([]byte) {
		return func(b []byte) {
			for s := range int(p.slots) {
				f(b, p.slotAt+4*s)
			}
		}
	}
	cases := map[string]*GloveClusterTable{
		"slot past n": edit(slotsDo(func(b []byte, at int) {
			if le.Uint32(b[at:]) != 0 {
				le.PutUint32(b[at:], p.n+1)
			}
		})),
		"slot huge": edit(slotsDo(func(b []byte, at int) {
			if le.Uint32(b[at:]) != 0 {
				le.PutUint32(b[at:], 1<<32-1)
			}
		})),
		// Every slot full and pointing at the same entry: a word that is
		// not that entry probes every slot and stops.
		"no empty slot": edit(slotsDo(func(b []byte, at int) { le.PutUint32(b[at:], 1) })),
		"offsets past the words": edit(func(b []byte) {
			for i := 1; i <= int(p.n); i++ {
				le.PutUint32(b[p.offAt+4*i:], p.wlen+uint32(i))
			}
		}),
		"offsets descending": edit(func(b []byte) {
			for i := 0; i <= int(p.n); i++ {
				le.PutUint32(b[p.offAt+4*i:], p.wlen-uint32(i))
			}
		}),
		"offsets huge": edit(func(b []byte) {
			for i := 0; i <= int(p.n); i++ {
				le.PutUint32(b[p.offAt+4*i:], 1<<32-1-uint32(i))
			}
		}),
		"clusters out of range": edit(func(b []byte) {
			for i := range int(p.n) {
				le.PutUint16(b[p.idsAt+4*i:], 256)
				le.PutUint16(b[p.idsAt+4*i+2:], 1024)
			}
		}),
	}
	for name, tb := range cases {
		for _, e := range smallEntries {
			w, _, _ := strings.Cut(e, "\t")
			if name == "no empty slot" && w == "ban" {
				continue // the entry every slot points at is still found
			}
			for _, k := range GloveClusterCounts {
				if c := tb.Cluster(w, k); c != -1 {
					t.Errorf("%s: %q of %d: cluster %d, want -1", name, w, k, c)
				}
			}
		}
		if c := tb.Cluster("absent", 256); c != -1 {
			t.Errorf("%s: an absent word has cluster %d", name, c)
		}
	}
	if c := cases["no empty slot"].Cluster("ban", 256); c != 30 {
		t.Errorf("no empty slot: ban has cluster %d, want 30", c)
	}
	var zero GloveClusterTable
	if zero.Cluster("ban", 256) != -1 || zero.Len() != 0 {
		t.Error("the zero table has a word")
	}
}

// Pack rejects a source that is not a whole, well-formed table.
func TestGlovePackErrors(t *testing.T) {
	sumOf := func(body string) string {
		s := sha256.Sum256([]byte(body))
		return hex.EncodeToString(s[:])
	}
	head := "# stancekit-data gloveclusters v1\n# sha256: "
	for _, body := range []string{"ban\t1\n", "ban\t256\t2\n", "ban\t1\t1024\n", "ban\t-1\t2\n", "ban\tx\t2\n", "ban\t1\t2\nban\t1\t2\n", " ban\t1\t2\n", "\t1\t2\n", ""} {
		if _, err := glovepack.Pack([]byte(head + sumOf(body) + "\n" + body)); err == nil {
			t.Errorf("%q packed", body)
		}
	}
	for _, src := range []string{
		"", "ban\t1\t2\n", "# stancekit-data synsets v1\n# sha256: " + sumOf("ban\t1\t2\n") + "\nban\t1\t2\n",
		head + sumOf("ban\t1\t3\n") + "\nban\t1\t2\n", head + "xyz\nban\t1\t2\n", "# stancekit-data gloveclusters v1\nban\t1\t2\n",
	} {
		if _, err := glovepack.Pack([]byte(src)); err == nil {
			t.Errorf("%q packed", src)
		}
	}
}

// Lookups from many goroutines agree with one goroutine's (run with -race).
func TestGloveConcurrent(t *testing.T) {
	tb, err := DefaultGloveClusters()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"the", "espionage", "spying", "ban", "banned", "threat", "risky", "ericsson", "nokia", "qqqxq", ""}
	want := make([]int, len(words))
	for i, w := range words {
		want[i] = tb.Cluster(w, 1024)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			t2, err := DefaultGloveClusters()
			if err != nil || t2 != tb {
				errs <- fmt.Sprintf("goroutine %d: another table %v", g, err)
				return
			}
			for range 200 {
				for i, w := range words {
					if c := t2.Cluster(w, 1024); c != want[i] {
						errs <- fmt.Sprintf("goroutine %d: %q cluster %d, want %d", g, w, c, want[i])
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// FuzzGloveBin: any bytes either fail to open or answer every lookup with
// -1 or a cluster in range, never a panic or an endless probe.
func FuzzGloveBin(f *testing.F) {
	good := smallGlove(f, smallEntries...)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(glovepack.Magic))
	f.Add(smallGlove(f, "x\t1\t2"))
	words := []string{"ban", "spying", "the", "risky", "a", "", "absent", "\x00\x00\x00\x00"}
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := openGloveBin(b, "fuzz.bin")
		if err != nil {
			return
		}
		if tb.Len() <= 0 {
			t.Fatalf("opened with %d words", tb.Len())
		}
		ws := words
		if len(b) > glovepack.HeaderSize+8 {
			ws = append(ws, string(b[glovepack.HeaderSize:glovepack.HeaderSize+8]), string(b[len(b)-5:]))
		}
		for _, w := range ws {
			for _, k := range GloveClusterCounts {
				if c := tb.Cluster(w, k); c < -1 || c >= k {
					t.Fatalf("%q of %d: cluster %d", w, k, c)
				}
			}
		}
	})
}

// BenchmarkDefaultGloveClusters is the first use of the default table
// from a fresh state (the sync.Once reset): what the first Vectorizer with
// the block pays. Compare BenchmarkReadGloveClusters, the parse it
// replaces.
func BenchmarkDefaultGloveClusters(b *testing.B) {
	b.ReportAllocs()
	var n int
	for b.Loop() {
		defaultGloveOnce = sync.Once{}
		tb, err := DefaultGloveClusters()
		if err != nil {
			b.Fatal(err)
		}
		n = tb.Len()
	}
	b.ReportMetric(float64(n), "words")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e3, "us/first-use")
}

// BenchmarkGloveCluster is one Cluster lookup in the packed default table
// and in the map form of the same table, over words of the table and words
// it lacks (one in eight).
func BenchmarkGloveCluster(b *testing.B) {
	text, err := gloveSource()
	if err != nil {
		b.Fatal(err)
	}
	m, err := ReadGloveClusters(bytes.NewReader(text), GloveClustersFile)
	if err != nil {
		b.Fatal(err)
	}
	p, err := DefaultGloveClusters()
	if err != nil {
		b.Fatal(err)
	}
	var words []string
	for i, line := range strings.Split(string(text), "\n") {
		if w, _, ok := strings.Cut(line, "\t"); ok && i%37 == 0 {
			words = append(words, w)
			if len(words)%8 == 0 {
				words = append(words, w+"qz")
			}
		}
	}
	for _, c := range []struct {
		name string
		t    *GloveClusterTable
	}{{"packed", p}, {"map", m}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			s, i := 0, 0
			for b.Loop() {
				s += c.t.Cluster(words[i], 1024)
				if i++; i == len(words) {
					i = 0
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/lookup")
			_ = s
		})
	}
}
