package features

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/stancekit/stancekit/internal/tsv"
)

// The GloVe cluster block (Config.GloveClusters) gives each word token that
// is no stop word the id of its GloVe word cluster as a feature of the
// n-gram block: "g:<id>", "!g:<id>" inside a negation scope, its TF-IDF
// value scaled by Config.GloveClusters. A word the training set never had
// still shares weight with the seen words of its cluster. The table is
// data, derived from the GloVe 6B 100-d vectors (PDDL) by
// features/internal/glovegen (see the header of gloveclusters.tsv.gz for
// its format, source, licence and citation): 40,000 words, each with its
// cluster among 256 and among 1024. It is read, once, only when a
// Vectorizer with the block is built.

//go:embed gloveclusters.tsv.gz
var gloveClustersGz []byte

// GloveClustersFile is the embedded table's name in errors and in the
// models that use it.
const GloveClustersFile = "gloveclusters.tsv.gz"

// GloveClusterCounts are the cluster counts the table has a column for,
// in column order.
var GloveClusterCounts = []int{256, 1024}

// GloveClusterTable maps words to their GloVe clusters. It is immutable
// once read and safe for concurrent use.
type GloveClusterTable struct {
	// ids packs a word's clusters, column c in bits [16c, 16c+16).
	ids map[string]uint32
	// hash[c][id] holds the hashes of "g:<id>" and "!g:<id>".
	hash [][][2]uint64
	sum  string // the entries' SHA-256 as the header gives it
}

var (
	defaultGloveOnce sync.Once
	defaultGlove     *GloveClusterTable
	defaultGloveErr  error
	// gloveLoaded is set once the embedded table has been read (for the
	// test that a Vectorizer without the block never reads it).
	gloveLoaded atomic.Bool
)

// DefaultGloveClusters returns the embedded cluster table, decompressed and
// parsed on the first call.
func DefaultGloveClusters() (*GloveClusterTable, error) {
	defaultGloveOnce.Do(func() {
		gloveLoaded.Store(true)
		zr, err := gzip.NewReader(bytes.NewReader(gloveClustersGz))
		if err != nil {
			defaultGloveErr = fmt.Errorf("features: %s: %w", GloveClustersFile, err)
			return
		}
		defaultGlove, defaultGloveErr = ReadGloveClusters(zr, GloveClustersFile)
	})
	return defaultGlove, defaultGloveErr
}

// GloveClustersID names the embedded table as a model records it: the
// file's name and the SHA-256 of its entries from its header. It reads the
// header only.
func GloveClustersID() (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gloveClustersGz))
	if err != nil {
		return "", fmt.Errorf("features: %s: %w", GloveClustersFile, err)
	}
	sum, err := headerSum(bufio.NewReader(zr))
	if err != nil {
		return "", fmt.Errorf("features: %s: %w", GloveClustersFile, err)
	}
	return GloveClustersFile + " sha256=" + sum, nil
}

// headerSum returns the value of the "# sha256: " line of a data file's
// header.
func headerSum(r *bufio.Reader) (string, error) {
	for {
		line, err := r.ReadString('\n')
		if s, ok := strings.CutPrefix(strings.TrimSpace(line), "# sha256: "); ok {
			return s, nil
		}
		if err != nil || !strings.HasPrefix(line, "#") {
			return "", fmt.Errorf("no sha256 line in the header")
		}
	}
}

// ReadGloveClusters parses a cluster table (the format of
// gloveclusters.tsv.gz's header, uncompressed). file names it in errors; a
// malformed line is a *ParseError naming file and line.
func ReadGloveClusters(r io.Reader, file string) (*GloveClusterTable, error) {
	br := bufio.NewReader(r)
	// The header's sum is kept for the model's record; the scanner below
	// reads the header again from the buffered copy.
	var head bytes.Buffer
	for {
		line, err := br.ReadString('\n')
		head.WriteString(line)
		if !strings.HasPrefix(line, "#") || err != nil {
			break
		}
	}
	sum, _ := headerSum(bufio.NewReader(bytes.NewReader(head.Bytes())))
	s := tsv.NewScanner(io.MultiReader(&head, br), file)
	if err := s.Version("gloveclusters", 1); err != nil {
		return nil, err
	}
	t := &GloveClusterTable{ids: make(map[string]uint32, 40000), sum: sum}
	for s.Scan() {
		f := s.Fields()
		if len(f) != 1+len(GloveClusterCounts) || f[0] == "" || strings.TrimSpace(f[0]) != f[0] {
			return nil, s.Errorf("want word<TAB>cluster of 256<TAB>cluster of 1024, have %q", clipText(s.Text()))
		}
		if _, dup := t.ids[f[0]]; dup {
			return nil, s.Errorf("word %q repeated", f[0])
		}
		var x uint32
		for c, k := range GloveClusterCounts {
			id, err := strconv.Atoi(f[1+c])
			if err != nil || id < 0 || id >= k {
				return nil, s.Errorf("word %q: cluster %q is not in 0..%d", f[0], f[1+c], k-1)
			}
			x |= uint32(id) << (16 * c)
		}
		t.ids[f[0]] = x
	}
	if err := s.Err(); err != nil {
		return nil, err
	}
	if len(t.ids) == 0 {
		return nil, s.FileErrorf("no entries")
	}
	t.hash = make([][][2]uint64, len(GloveClusterCounts))
	for c, k := range GloveClusterCounts {
		t.hash[c] = make([][2]uint64, k)
		for id := range k {
			n := strconv.Itoa(id)
			t.hash[c][id] = [2]uint64{hashName("g:" + n), hashName("!g:" + n)}
		}
	}
	return t, nil
}

// Len returns the number of words in the table.
func (t *GloveClusterTable) Len() int { return len(t.ids) }

// Sum returns the SHA-256 of the entries the table's header records.
func (t *GloveClusterTable) Sum() string { return t.sum }

// Cluster returns word's cluster among k (one of GloveClusterCounts), or
// -1 when the table lacks the word or has no column for k.
func (t *GloveClusterTable) Cluster(word string, k int) int {
	c := gloveColumn(k)
	x, ok := t.ids[word]
	if !ok || c < 0 {
		return -1
	}
	return int(x >> (16 * c) & 0xffff)
}

// gloveColumn returns the table column of k clusters (0 meaning the
// first), or -1.
func gloveColumn(k int) int {
	if k == 0 {
		return 0
	}
	for c, n := range GloveClusterCounts {
		if n == k {
			return c
		}
	}
	return -1
}

// gloveGrams appends to a.hs (and a.refs when named) the cluster features
// of the analysed statement's word tokens: stop words are skipped, as in
// unigrams, and a token in a negation scope gives the "!" feature.
func (a *analysis) gloveGrams(v *Vectorizer, named bool) {
	t := v.glove
	if t == nil {
		return
	}
	c := gloveColumn(v.cfg.GloveK)
	for i, st := range a.stems {
		if st == "" || a.lx[i].IsStopWord() {
			continue
		}
		x, ok := t.ids[a.toks[i].Norm]
		if !ok {
			continue
		}
		id := int32(x >> (16 * c) & 0xffff)
		neg := 0
		if a.toks[i].Negated {
			neg = 1
		}
		a.hs = append(a.hs, t.hash[c][id][neg])
		if named {
			a.refs = append(a.refs, gram{tok: int32(i), glove: id + 1})
		}
	}
}

// appendGloveName appends the name of the cluster feature g to dst.
func (a *analysis) appendGloveName(dst []byte, g gram) []byte {
	if a.toks[g.tok].Negated {
		dst = append(dst, '!')
	}
	return strconv.AppendInt(append(dst, "g:"...), int64(g.glove-1), 10)
}

// isGloveFeature reports whether an n-gram feature name is one of the
// cluster block's.
func isGloveFeature(name string) bool {
	return strings.HasPrefix(strings.TrimPrefix(name, "!"), "g:")
}
