package features

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/stancekit/stancekit/internal/tsv"
)

// The synset block (Config.Synsets) gives each word token the WordNet
// synsets of its first senses, and optionally their first hypernyms, as
// features of the n-gram block: "s:reckless.a.01" for a sense,
// "h:bold.a.01" for its hypernym, "!s:…" and "!h:…" inside a negation
// scope. A word the training set never had still shares weight with the
// seen words of its synsets. The table is data, derived from Princeton
// WordNet 3.0 by features/internal/wngen (see the header of synsets.tsv.gz
// for its format, licence and citation); it is read, once, only when a
// Vectorizer with the block is built.

//go:embed synsets.tsv.gz
var synsetsGz []byte

// SynsetsFile is the embedded table's name in errors.
const SynsetsFile = "synsets.tsv.gz"

// SynsetsHeader is the version line every synset table starts with.
var SynsetsHeader = tsv.Header("synsets", 1)

// SynsetTable maps word forms to synsets. It is immutable once read and
// safe for concurrent use.
type SynsetTable struct {
	names []string
	hyper []int32     // per synset: its hypernym's id, or -1
	hash  [][4]uint64 // per synset: the hashes of "s:", "!s:", "h:", "!h:" + name
	pos   []uint8     // per synset: its part of speech's bit (posBit)
	forms map[string][]uint32
	// bySyn lists each synset's forms, built on the first Synonyms call.
	byOnce sync.Once
	bySyn  [][]string
}

// A form's senses are packed as id<<2 | flags: senseSecond for a lemma's
// second sense, senseInflected for a sense of a lemma the form inflects.
const (
	senseSecond    = 1
	senseInflected = 2
)

var (
	defaultSynsetsOnce sync.Once
	defaultSynsets     *SynsetTable
	defaultSynsetsErr  error
	// synsetsLoaded is set once the embedded table has been read (for the
	// test that a Vectorizer without the block never reads it).
	synsetsLoaded atomic.Bool
)

// DefaultSynsets returns the embedded synset table, decompressed and parsed
// on the first call.
func DefaultSynsets() (*SynsetTable, error) {
	defaultSynsetsOnce.Do(func() {
		synsetsLoaded.Store(true)
		var text string
		text, defaultSynsetsErr = DefaultSynsetsData()
		if defaultSynsetsErr == nil {
			defaultSynsets, defaultSynsetsErr = ReadSynsets(strings.NewReader(text), SynsetsFile)
		}
	})
	return defaultSynsets, defaultSynsetsErr
}

// DefaultSynsetsData returns the text of the embedded synset table.
func DefaultSynsetsData() (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(synsetsGz))
	if err != nil {
		return "", fmt.Errorf("features: %s: %w", SynsetsFile, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("features: %s: %w", SynsetsFile, err)
	}
	return string(b), nil
}

// ReadSynsets parses a synset table (the format of synsets.tsv.gz's header,
// uncompressed). file names it in errors; a malformed line is a
// *ParseError naming file and line.
func ReadSynsets(r io.Reader, file string) (*SynsetTable, error) {
	s := tsv.NewScanner(r, file)
	if err := s.Version("synsets", 1); err != nil {
		return nil, err
	}
	// Sized for the embedded table (165,000 forms, 90,000 synsets), so that
	// reading it does not regrow the maps.
	t := &SynsetTable{forms: make(map[string][]uint32, 1<<17+1<<15)}
	ids := make(map[string]int32, 1<<17)
	id := func(name string) (int32, bool) {
		if !validSynsetName(name) {
			return 0, false
		}
		if i, ok := ids[name]; ok {
			return i, true
		}
		i := int32(len(t.names))
		ids[name] = i
		t.names = append(t.names, name)
		t.hyper = append(t.hyper, -1)
		return i, true
	}
	var arena []uint32 // every form's senses, end to end
	for s.Scan() {
		f := s.Fields()
		form := f[0]
		if len(f) < 2 || form == "" || strings.TrimSpace(form) != form {
			return nil, s.Errorf("want form<TAB>senses, have %q", clipText(s.Text()))
		}
		if _, dup := t.forms[form]; dup {
			return nil, s.Errorf("form %q repeated", form)
		}
		start := len(arena)
		for _, g := range f[1:] {
			var flags uint32
			if lemma, rest, ok := strings.Cut(g, ":"); ok {
				if lemma == "" || lemma == form || strings.ContainsAny(lemma, " >") {
					return nil, s.Errorf("form %q: bad lemma %q", form, lemma)
				}
				g, flags = rest, senseInflected
			}
			words := strings.Split(g, " ")
			if len(words) > 2 {
				return nil, s.Errorf("form %q: a group has %d senses, at most 2", form, len(words))
			}
			for k, w := range words {
				name, hyp, hasHyp := strings.Cut(w, ">")
				i, ok := id(name)
				if !ok {
					return nil, s.Errorf("form %q: bad synset name %q", form, name)
				}
				if hasHyp {
					h, ok := id(hyp)
					if !ok {
						return nil, s.Errorf("form %q: bad hypernym name %q", form, hyp)
					}
					if old := t.hyper[i]; old >= 0 && old != h {
						return nil, s.Errorf("synset %q has two hypernyms, %q and %q", name, t.names[old], hyp)
					}
					t.hyper[i] = h
				}
				x := uint32(i)<<2 | flags
				if k == 1 {
					x |= senseSecond
				}
				arena = append(arena, x)
			}
		}
		// A window into an outgrown array stays valid: nothing writes there
		// again.
		t.forms[form] = arena[start:len(arena):len(arena)]
	}
	if err := s.Err(); err != nil {
		return nil, err
	}
	if len(t.forms) == 0 {
		return nil, s.FileErrorf("no entries")
	}
	t.hash = make([][4]uint64, len(t.names))
	t.pos = make([]uint8, len(t.names))
	for i, n := range t.names {
		t.pos[i] = posBits(n[len(n)-4 : len(n)-3])
		t.hash[i] = [4]uint64{hashName("s:" + n), hashName("!s:" + n), hashName("h:" + n), hashName("!h:" + n)}
	}
	return t, nil
}

// validSynsetName reports whether name has the form word.p.NN.
func validSynsetName(name string) bool {
	n := len(name)
	if n < 6 || name[n-3] != '.' || name[n-5] != '.' || !strings.ContainsRune("nvar", rune(name[n-4])) {
		return false
	}
	for _, c := range []byte(name[n-2:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return !strings.ContainsAny(name, " \t>")
}

func clipText(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// Len returns the number of forms in the table.
func (t *SynsetTable) Len() int { return len(t.forms) }

// Senses returns the names of the synsets the table gives form (lower
// case, as written), first senses before second, each followed by its
// hypernym's name after ">" when it has one, in the table's order.
func (t *SynsetTable) Senses(form string) []string {
	var out []string
	for _, x := range t.forms[form] {
		i := x >> 2
		s := t.names[i]
		if h := t.hyper[i]; h >= 0 {
			s += ">" + t.names[h]
		}
		out = append(out, s)
	}
	return out
}

// synGrams appends to a.hs (and a.refs when named) the synset features of
// the analysed statement's word tokens: stop words are skipped, as in
// unigrams, and a token in a negation scope gives the "!" features.
func (a *analysis) synGrams(v *Vectorizer, named bool) {
	t := v.syn
	a.syn = t
	if t == nil {
		return
	}
	two, hyp := v.cfg.SynsetSenses >= 2, v.cfg.SynsetHypernyms
	keep := uint8(0xff)
	if v.cfg.SynsetPOS != "" {
		keep = posBits(v.cfg.SynsetPOS)
	}
	for i, st := range a.stems {
		if st == "" || a.lx[i].IsStopWord() {
			continue
		}
		senses := t.forms[a.toks[i].Norm]
		if len(senses) == 0 {
			continue
		}
		neg := 0
		if a.toks[i].Negated {
			neg = 1
		}
		for _, x := range senses {
			id := int32(x >> 2)
			if x&senseSecond != 0 && !two || t.pos[id]&keep == 0 {
				continue
			}
			a.hs = append(a.hs, t.hash[id][neg])
			if named {
				a.refs = append(a.refs, gram{tok: int32(i), syn: id + 1})
			}
			if h := t.hyper[id]; hyp && h >= 0 {
				a.hs = append(a.hs, t.hash[h][2+neg])
				if named {
					a.refs = append(a.refs, gram{tok: int32(i), syn: -(h + 1)})
				}
			}
		}
	}
}

// appendSynName appends the name of the synset feature g to dst.
func (a *analysis) appendSynName(dst []byte, g gram) []byte {
	if a.toks[g.tok].Negated {
		dst = append(dst, '!')
	}
	if g.syn > 0 {
		return append(append(dst, "s:"...), a.syn.names[g.syn-1]...)
	}
	return append(append(dst, "h:"...), a.syn.names[-g.syn-1]...)
}

// isSynsetFeature reports whether an n-gram feature name is one of the
// synset block's.
func isSynsetFeature(name string) bool {
	name = strings.TrimPrefix(name, "!")
	return strings.HasPrefix(name, "s:") || strings.HasPrefix(name, "h:")
}

// Synonyms returns the other lemmas of the table whose first sense shares a
// synset with one of form's first senses (in each part of speech, and of
// the lemmas form inflects), in sorted order of the lemmas.
func (t *SynsetTable) Synonyms(form string) []string {
	t.byOnce.Do(t.indexBySynset)
	seen := map[string]bool{form: true}
	var out []string
	for _, x := range t.forms[form] {
		if x&senseSecond != 0 {
			continue
		}
		for _, f := range t.bySyn[x>>2] {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// indexBySynset builds bySyn, each first-sense synset's forms, sorted.
func (t *SynsetTable) indexBySynset() {
	t.bySyn = make([][]string, len(t.names))
	forms := make([]string, 0, len(t.forms))
	for f := range t.forms {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	for _, f := range forms {
		for _, x := range t.forms[f] {
			if x&(senseSecond|senseInflected) == 0 {
				t.bySyn[x>>2] = append(t.bySyn[x>>2], f)
			}
		}
	}
}

// EachForm calls fn with every form of the table, in sorted order.
func (t *SynsetTable) EachForm(fn func(form string)) {
	forms := make([]string, 0, len(t.forms))
	for f := range t.forms {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	for _, f := range forms {
		fn(f)
	}
}

// posBits returns the bits of the parts of speech named by the letters of
// s (n, v, a, r).
func posBits(s string) uint8 {
	var b uint8
	for i := 0; i < len(s); i++ {
		b |= 1 << uint8(strings.IndexByte("nvar", s[i])+1) >> 1
	}
	return b
}
