package features

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/stancekit/stancekit/features/internal/glovepack"
	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/internal/wordhash"
	"github.com/stancekit/stancekit/tokenize"
)

// The GloVe cluster block (Config.GloveClusters) gives each word token that
// is no stop word the id of its GloVe word cluster as a feature of the
// n-gram block: "g:<id>", "!g:<id>" inside a negation scope, its TF-IDF
// value scaled by Config.GloveClusters. A word the training set never had
// still shares weight with the seen words of its cluster. The table is
// data, derived from the GloVe 6B 100-d vectors (PDDL) by
// features/internal/glovegen (see the header of gloveclusters.tsv.gz for
// its format, source, licence and citation): 40,000 words, each with its
// cluster among 256 and among 1024.
//
// gloveclusters.tsv.gz is the table's committed source; the package embeds
// its packed form, gloveclusters.bin, which `go generate ./features` writes
// from it (features/internal/glovebin; the layout is glovepack's). The
// default table is read in place from the embedded bytes: opening it checks
// the header and the section sizes, nothing per word, so the first
// Vectorizer with the block pays microseconds, not a parse.

//go:generate go run ./internal/glovebin

//go:embed gloveclusters.bin
var gloveClustersBin []byte

// GloveClustersFile is the embedded table's name in the models that use it
// (GloveClustersID): the source the packed form is written from.
const GloveClustersFile = "gloveclusters.tsv.gz"

// gloveBinFile names the packed table in errors.
const gloveBinFile = "gloveclusters.bin"

// GloveClusterCounts are the cluster counts the table has a column for,
// in column order (the packed layout's, glovepack.Counts).
var GloveClusterCounts = slices.Clone(glovepack.Counts[:])

// GloveClusterTable maps words to their GloVe clusters. It is immutable
// once read and safe for concurrent use. A table read by ReadGloveClusters
// holds a map; the default one reads the embedded packed bytes in place.
type GloveClusterTable struct {
	// ids packs a word's clusters, column c in bits [16c, 16c+16); nil
	// for a packed table.
	ids map[string]uint32
	p   packedGlove
	sum string // the entries' SHA-256 as the header gives it
	// memo, on the default table only, keeps each form's lookupFound on
	// its lexemes: a form seen before costs one load instead of a hash and
	// a probe (see gloveClusters).
	memo *tokenize.Memo
}

// packedGlove is a table in glovepack's layout, checked only for its
// header and section sizes: every lookup bounds-checks what it reads.
type packedGlove struct {
	b                             []byte
	n, slots, wlen                uint32
	slotAt, offAt, wordsAt, idsAt int
}

var (
	defaultGloveOnce sync.Once
	defaultGlove     *GloveClusterTable
	defaultGloveErr  error
	// gloveLoaded is set once the embedded table has been opened (for the
	// test that a Vectorizer without the block never reads it).
	gloveLoaded atomic.Bool
)

// DefaultGloveClusters returns the embedded cluster table, opened in place
// on the first call.
func DefaultGloveClusters() (*GloveClusterTable, error) {
	defaultGloveOnce.Do(func() {
		gloveLoaded.Store(true)
		defaultGlove, defaultGloveErr = openGloveBin(gloveClustersBin, gloveBinFile)
		if defaultGloveErr == nil {
			t := defaultGlove
			t.memo = tokenize.NewMemo(t.lookupFound)
		}
	})
	return defaultGlove, defaultGloveErr
}

// GloveClustersID names the embedded table as a model records it: the
// source's name and the SHA-256 of its entries, which the packed form's
// header carries. It reads the header only.
func GloveClustersID() (string, error) {
	t, err := openGloveBin(gloveClustersBin, gloveBinFile)
	if err != nil {
		return "", err
	}
	return GloveClustersFile + " sha256=" + t.sum, nil
}

// openGloveBin opens a packed table (glovepack's layout) over b without
// copying it: it checks the magic, the version, the counts and that the
// sections fill b exactly. file names it in errors.
func openGloveBin(b []byte, file string) (*GloveClusterTable, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("features: %s: %s", file, fmt.Sprintf(format, args...))
	}
	if len(b) < glovepack.HeaderSize {
		return nil, bad("%d bytes, shorter than the %d-byte header", len(b), glovepack.HeaderSize)
	}
	if string(b[:4]) != glovepack.Magic {
		return nil, bad("magic %q, want %q", b[:4], glovepack.Magic)
	}
	le := binary.LittleEndian
	if v := le.Uint32(b[4:]); v != glovepack.Version {
		return nil, bad("version %d, want %d", v, glovepack.Version)
	}
	n, slots, w := le.Uint32(b[8:]), le.Uint32(b[12:]), le.Uint32(b[16:])
	switch {
	case n == 0:
		return nil, bad("no entries")
	case slots&(slots-1) != 0 || uint64(slots) < 2*uint64(n):
		return nil, bad("%d slots for %d words, want a power of two at least twice as many", slots, n)
	}
	size := uint64(glovepack.HeaderSize) + 4*uint64(slots) + 4*(uint64(n)+1) + uint64(w) + 4*uint64(n)
	if size != uint64(len(b)) {
		return nil, bad("%d bytes, the header's counts (%d words, %d slots, %d bytes of words) make %d", len(b), n, slots, w, size)
	}
	p := packedGlove{b: b, n: n, slots: slots, wlen: w, slotAt: glovepack.HeaderSize}
	p.offAt = p.slotAt + 4*int(slots)
	p.wordsAt = p.offAt + 4*(int(n)+1)
	p.idsAt = p.wordsAt + int(w)
	return &GloveClusterTable{p: p, sum: hex.EncodeToString(b[20:glovepack.HeaderSize])}, nil
}

// lookup returns word's clusters packed as ids holds them. In a packed
// table it probes at most every slot once, and an entry whose index,
// offsets or cluster ids are out of range is no match: a corrupt table
// answers "absent", never panics or loops.
func (t *GloveClusterTable) lookup(word string) (uint32, bool) {
	if t.ids != nil {
		x, ok := t.ids[word]
		return x, ok
	}
	p := &t.p
	if p.slots == 0 {
		return 0, false
	}
	le := binary.LittleEndian
	mask := p.slots - 1
	s := wordhash.String(word) & mask
	for range p.slots {
		e := le.Uint32(p.b[p.slotAt+4*int(s):])
		if e == 0 {
			return 0, false
		}
		if i := e - 1; i < p.n {
			o0, o1 := le.Uint32(p.b[p.offAt+4*int(i):]), le.Uint32(p.b[p.offAt+4*int(i)+4:])
			if o0 <= o1 && o1 <= p.wlen && int(o1-o0) == len(word) &&
				string(p.b[p.wordsAt+int(o0):p.wordsAt+int(o1)]) == word {
				x := le.Uint32(p.b[p.idsAt+4*int(i):])
				if int(x&0xffff) >= GloveClusterCounts[0] || int(x>>16) >= GloveClusterCounts[1] {
					return 0, false
				}
				return x, true
			}
		}
		s = (s + 1) & mask
	}
	return 0, false
}

// gloveFound marks a word the table holds in the value a memo keeps: the
// packed clusters leave bit 31 clear (the second column's ids are below
// 2^15).
const gloveFound = 1 << 31

// lookupFound is lookup with the answer packed as the default table's memo
// keeps it: gloveFound set when the table holds the word (0 when not). It
// is kept out of line so that gloveClusters' loop stays small.
//
//go:noinline
func (t *GloveClusterTable) lookupFound(word string) uint32 {
	x, ok := t.lookup(word)
	if !ok {
		return 0
	}
	return x | gloveFound
}

// ReadGloveClusters parses a cluster table (the format of
// gloveclusters.tsv.gz's header, uncompressed). file names it in errors; a
// malformed line is a *ParseError naming file and line.
func ReadGloveClusters(r io.Reader, file string) (*GloveClusterTable, error) {
	br := bufio.NewReader(r)
	// The header's "# sha256: " line is kept for the model's record; the
	// scanner below reads the header again from the buffered copy.
	var head bytes.Buffer
	sum := ""
	for {
		line, err := br.ReadString('\n')
		head.WriteString(line)
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "# sha256: "); ok && sum == "" {
			sum = v
		}
		if !strings.HasPrefix(line, "#") || err != nil {
			break
		}
	}
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
	return t, nil
}

// Len returns the number of words in the table.
func (t *GloveClusterTable) Len() int {
	if t.ids == nil {
		return int(t.p.n)
	}
	return len(t.ids)
}

// Sum returns the SHA-256 of the entries the table's header records.
func (t *GloveClusterTable) Sum() string { return t.sum }

// Cluster returns word's cluster among k (one of GloveClusterCounts), or
// -1 when the table lacks the word or has no column for k.
func (t *GloveClusterTable) Cluster(word string, k int) int {
	c := gloveColumn(k)
	x, ok := t.lookup(word)
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

// gloveWord reports whether a token whose stem is st and lexeme l may
// give a cluster feature: a word (as in unigrams) that is no stop word.
func gloveWord(st string, l *tokenize.Lexeme) bool { return st != "" && !l.IsStopWord() }

// gloveID returns the cluster, in the table column whose bits start at
// shift (16 times the column), of clusters packed as lookupFound gives
// them, or false for a word the table lacks.
func gloveID(x uint32, shift uint) (int32, bool) {
	// shift is 0 or 16 (a uint32 holds two columns, and a Config's
	// GloveK must name one: see Config's checks), so & 31 changes
	// nothing; it spares the shift the test Go makes for a count of 32 or
	// more, three instructions a word.
	return int32((x &^ gloveFound) >> (shift & 31) & 0xffff), x&gloveFound != 0
}

// gloveClusters sets a.gl to the cluster, in the table column whose bits
// start at shift, of each of the analysed statement's tokens, -1 for a
// token that gives no cluster feature: one gloveWord rules out, or a word t
// lacks. gloveGrams reads it; gloveIdx, on the fast path, takes the same
// steps (gloveWord, the memo, gloveID) in a loop of its own.
func (a *analysis) gloveClusters(t *GloveClusterTable, shift uint) []int32 {
	n := len(a.stems)
	a.gl = grown(a.gl, n)
	gl, lx, stems := a.gl[:n], a.lx[:n], a.stems[:n]
	m := t.memo
	for i, l := range lx {
		gl[i] = -1
		if !gloveWord(stems[i], l) {
			continue
		}
		var x uint32
		if m != nil {
			x = m.Of(l)
		} else {
			x = t.lookupFound(l.Norm)
		}
		if id, ok := gloveID(x, shift); ok {
			gl[i] = id
		}
	}
	return gl
}

// gloveGrams appends to a.hs (and a.refs when named) the cluster features
// of the analysed statement's word tokens (see gloveClusters); a token in a
// negation scope gives the "!" feature.
func (a *analysis) gloveGrams(v *Vectorizer, named bool) {
	t := v.glove
	if t == nil {
		return
	}
	for i, id := range a.gloveClusters(t, 16*uint(gloveColumn(v.cfg.GloveK))) {
		if id < 0 {
			continue
		}
		a.hs = append(a.hs, gloveHash(id, a.toks[i].Negated))
		if named {
			a.refs = append(a.refs, gram{tok: int32(i), glove: id + 1})
		}
	}
}

// gloveIndices returns the table wordTables.glove holds: the vocabulary
// index of every cluster feature the block can give, or nil without the
// block.
func (v *Vectorizer) gloveIndices() []int32 {
	if v.glove == nil {
		return nil
	}
	k := GloveClusterCounts[gloveColumn(v.cfg.GloveK)]
	idx := make([]int32, 2*k)
	for id := range k {
		for neg := range 2 {
			idx[2*id+neg] = -1
			if i, ok := v.index.get(gloveHash(int32(id), neg == 1)); ok {
				idx[2*id+neg] = i
			}
		}
	}
	return idx
}

// gloveIdx is gloveGrams for Transform's fast path: it appends to dst the
// vocabulary indices of the statement's cluster features, in the order
// gloveGrams gives their hashes, read from w.glove instead of looked up by
// hash (the same indices: TestWordGramsFastPath).
func (a *analysis) gloveIdx(v *Vectorizer, w *wordTables, dst []int32) []int32 {
	t := v.glove
	if t == nil || w.glove == nil {
		return dst
	}
	shift := 16 * uint(gloveColumn(v.cfg.GloveK))
	if m := t.memo; m != nil {
		// The default table: gloveClusters' steps, fused with the
		// index lookup, without the list of clusters in between.
		n := len(a.stems)
		lx, stems, toks := a.lx[:n], a.stems[:n], a.toks[:n]
		for i, l := range lx {
			if !gloveWord(stems[i], l) {
				continue
			}
			id, ok := gloveID(m.Of(l), shift)
			if !ok {
				continue
			}
			j := 2*int(id) + b2i(toks[i].Negated)
			if j < len(w.glove) && w.glove[j] >= 0 {
				dst = append(dst, w.glove[j])
			}
		}
		return dst
	}
	toks := a.toks[:len(a.stems)]
	for i, id := range a.gloveClusters(t, shift) {
		if id < 0 {
			continue
		}
		j := 2 * int(id)
		if toks[i].Negated {
			j++
		}
		if j < len(w.glove) && w.glove[j] >= 0 {
			dst = append(dst, w.glove[j])
		}
	}
	return dst
}

// gloveHash is hashName of the cluster feature's name, "g:<id>" or, when
// neg is set, "!g:<id>", computed without building the name; id is a
// cluster id, never negative.
func gloveHash(id int32, neg bool) uint64 {
	h := uint64(fnvOffset)
	if neg {
		h = mixByte(h, '!')
	}
	h = mixByte(mixByte(h, 'g'), ':')
	// The decimal digits of id, most significant first, as
	// strconv.AppendInt writes them (TestGloveHash checks the two agree),
	// without its buffer and call on the hot path.
	var buf [10]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + id%10)
		id /= 10
		if id == 0 {
			break
		}
	}
	for _, d := range buf[i:] {
		h = mixByte(h, d)
	}
	return h
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
