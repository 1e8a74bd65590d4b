package features

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/tokenize"
)

// MaxGap is the most words a "*" in a cue pattern may stand for.
const MaxGap = 3

// Cue is one entry of a stance cue lexicon.
type Cue struct {
	// Class is the stance class the cue signals ("supportive", "cautious",
	// "opposed", or any class name of a user's scheme).
	Class string
	// Pattern is the cue as written in the lexicon: words separated by
	// spaces, "a|b" for alternatives, "*" for a gap of 0 to MaxGap words.
	// A word is matched on its stem, or, written "=word", only in exactly
	// that (normalised) form: "=willing" does not match "will", whose stem
	// it shares.
	Pattern string
	// NegatedClass, when set, is the class the cue signals when it stands in
	// a negation scope opened before it: "ban" is opposed, "will not call for
	// a ban" is cautious. When empty, a negated hit counts as a negated hit of
	// Class.
	NegatedClass string
	// Weight scales the cue's feature value (default 1).
	Weight float64

	elems []elem
	// need holds the masks of the word positions after the first (gaps
	// left out), set by Lexicon.index: possible tests a candidate with
	// them, one stemSet after another, where walking elems tested each
	// position for a gap and stepped over its slices.
	need []stemSet
}

// elem is one position of a compiled pattern: a set of stems, or a gap.
type elem struct {
	stems  []string // alternatives; nil for a gap
	hashes []uint64 // hashName of each of stems
	mask   stemSet  // the hashes' bits
	// forms[k], when non-empty, restricts alternative k to that exact
	// normalised word form (written "=form"); nil when no alternative is
	// restricted.
	forms []string
}

// Lexicon is a compiled set of cues, matched on stems. It is immutable once
// built and safe for concurrent use.
type Lexicon struct {
	cues    []Cue
	byFirst map[string][]int // first stem -> cue indices, longest first
	classes []string         // sorted distinct classes, incl. negated ones
}

// Hit is one cue matched in a token sequence.
type Hit struct {
	// Cue is the matched entry.
	Cue *Cue
	// Class is the effective class: Cue.NegatedClass for a negated hit that
	// has one, Cue.Class otherwise.
	Class string
	// Negated reports that the match lies in a negation scope opened before
	// it.
	Negated bool
	// First and Last are the indices of the first and last matched tokens.
	First, Last int
	// Start and End are the byte offsets of the match in the source.
	Start, End int
}

// Feature returns the name of the feature a hit contributes to:
// "cue:<class>", or "cue:!<class>" for a negated hit with no NegatedClass.
func (h Hit) Feature() string {
	if h.Negated && h.Cue.NegatedClass == "" {
		return "cue:!" + h.Class
	}
	return "cue:" + h.Class
}

//go:embed cues.tsv
var defaultCues string

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	if t := builtinCues; t != nil && t.source == defaultCues {
		l := &Lexicon{cues: t.cues}
		if err := l.index(); err != nil {
			return nil, err
		}
		return l, nil
	}
	return readLexicon(strings.NewReader(defaultCues), "features/cues.tsv")
})

// DefaultLexicon returns stancekit's built-in Huawei/5G stance cue lexicon
// (features/cues.tsv), compiled once.
func DefaultLexicon() (*Lexicon, error) { return defaultLexicon() }

// DefaultCues returns the text of the built-in lexicon file, for users who
// want to extend it: append lines and pass the result to ReadLexicon.
func DefaultCues() string { return defaultCues }

// CuesHeader is the version line every lexicon file starts with: the file
// kind "cues" and the version of the format ReadLexicon reads.
const CuesHeader = "# stancekit-data cues v1"

// ParseError is the error about a line of a data file that ReadLexicon
// returns (wrapped): File names the file (its name when the reader is an
// *os.File, else "lexicon"), Line is 1-based (0: the file as a whole) and
// Err says what is wrong. Test for it with errors.As. The same type is
// sentiment.ParseError and attribution.ParseError.
type ParseError = tsv.ParseError

// ReadLexicon parses a lexicon in stancekit's tab-separated format:
//
//	# stancekit-data cues v1
//	# comment
//	class<TAB>pattern[<TAB>negated_class[<TAB>weight]]
//
// The first line must be CuesHeader. A weight is a number in
// (0, MaxCueWeight]; NaN and infinities are rejected.
// Patterns are matched on snowball stems of normalised words, so "ban"
// also matches "bans", "banned" and "banning"; "=word" matches that word
// form only, for words whose stem collides with another's ("=willing",
// stem "will"; "=openness", stem "open"). Blank lines and lines
// starting with '#' are skipped. An error about the content is a
// *ParseError naming the line ("features: cues.tsv:12: bad class").
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	return readLexicon(r, tsv.Name(r, "lexicon"))
}

func readLexicon(r io.Reader, name string) (*Lexicon, error) {
	var cues []Cue
	sc := tsv.NewScanner(r, name)
	if err := sc.Version("cues", 1); err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	for sc.Scan() {
		f := strings.Split(strings.TrimSpace(sc.Text()), "\t")
		if len(f) < 2 || len(f) > 4 {
			return nil, fmt.Errorf("features: %w", sc.Errorf("want 2 to 4 tab-separated fields, got %d", len(f)))
		}
		c := Cue{Class: strings.TrimSpace(f[0]), Pattern: strings.TrimSpace(f[1]), Weight: 1}
		if len(f) > 2 {
			c.NegatedClass = strings.TrimSpace(f[2])
		}
		if len(f) > 3 {
			w, err := strconv.ParseFloat(strings.TrimSpace(f[3]), 64)
			if err != nil || !validWeight(w) || w == 0 {
				return nil, fmt.Errorf("features: %w", sc.Errorf("weight %q is not a positive finite number", f[3]))
			}
			c.Weight = w
		}
		if c.Class == "" || strings.ContainsAny(c.Class, " :!") {
			return nil, fmt.Errorf("features: %w", sc.Errorf("bad class %q", c.Class))
		}
		if err := c.compile(); err != nil {
			return nil, fmt.Errorf("features: %w", sc.Wrap(err))
		}
		cues = append(cues, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	return NewLexicon(cues)
}

// NewLexicon compiles cues into a Lexicon. Cue patterns are compiled if
// they are not already.
func NewLexicon(cues []Cue) (*Lexicon, error) {
	l := &Lexicon{cues: make([]Cue, len(cues))}
	copy(l.cues, cues)
	if err := l.index(); err != nil {
		return nil, err
	}
	return l, nil
}

// index compiles l's cues that are not yet and indexes them by first stem
// and by class.
func (l *Lexicon) index() error {
	l.byFirst = make(map[string][]int, len(l.cues))
	classes := map[string]bool{}
	for i := range l.cues {
		c := &l.cues[i]
		if c.elems == nil {
			if err := c.compile(); err != nil {
				return fmt.Errorf("cue %q: %w", c.Pattern, err)
			}
		}
		if !validWeight(c.Weight) {
			return fmt.Errorf("cue %q: weight %v is not a positive finite number", c.Pattern, c.Weight)
		}
		if c.Weight == 0 {
			c.Weight = 1
		}
		if c.need == nil { // set with elems, as compile sets them once
			for k := 1; k < len(c.elems); k++ {
				if e := &c.elems[k]; e.stems != nil {
					c.need = append(c.need, e.mask)
				}
			}
		}
		for _, st := range c.elems[0].stems {
			l.byFirst[st] = append(l.byFirst[st], i)
		}
		classes[c.Class] = true
		if c.NegatedClass != "" {
			classes[c.NegatedClass] = true
		}
	}
	for _, idx := range l.byFirst {
		sort.SliceStable(idx, func(a, b int) bool { return len(l.cues[idx[a]].elems) > len(l.cues[idx[b]].elems) })
	}
	for c := range classes {
		l.classes = append(l.classes, c)
	}
	sort.Strings(l.classes)
	return nil
}

// MaxCueWeight is the largest weight a cue may have. Lexicon weights are
// scales around 1; the bound keeps the sum of a statement's cue weights (a
// feature value) far from overflowing.
const MaxCueWeight = 1e6

// validWeight reports whether w is a usable cue weight: a number in
// [0, MaxCueWeight] (0 stands for the default, 1). NaN and ±Inf would turn
// every prediction that hits the cue into NaN.
func validWeight(w float64) bool { return w >= 0 && w <= MaxCueWeight }

func (c *Cue) compile() error {
	words := strings.Fields(c.Pattern)
	if len(words) == 0 {
		return fmt.Errorf("empty pattern")
	}
	if words[0] == "*" || words[len(words)-1] == "*" {
		return fmt.Errorf("pattern %q starts or ends with a gap", c.Pattern)
	}
	c.elems = make([]elem, 0, len(words))
	for _, w := range words {
		if w == "*" {
			c.elems = append(c.elems, elem{})
			continue
		}
		var e elem
		for k, a := range strings.Split(w, "|") {
			exact := strings.HasPrefix(a, "=")
			a = tokenize.Normalize(strings.TrimPrefix(a, "="))
			if a == "" {
				return fmt.Errorf("pattern %q has an empty alternative", c.Pattern)
			}
			e.stems = append(e.stems, cueStem(a))
			if exact {
				if e.forms == nil {
					e.forms = make([]string, k, k+1)
				}
				e.forms = append(e.forms, a)
			} else if e.forms != nil {
				e.forms = append(e.forms, "")
			}
		}
		e.hashes = make([]uint64, len(e.stems))
		for k, st := range e.stems {
			e.hashes[k] = hashName(st)
			e.mask.add(e.hashes[k])
		}
		c.elems = append(c.elems, e)
	}
	return nil
}

// Cues returns the lexicon's entries in file order.
func (l *Lexicon) Cues() []Cue { return l.cues }

// Classes returns the sorted distinct classes the lexicon can signal.
func (l *Lexicon) Classes() []string { return l.classes }

// Match finds the cues in toks, whose stems are given in stems (one per
// token, "" for punctuation), and appends the hits to dst in text order.
// At each position the longest matching cue wins and the tokens it covers
// start no other match. A gap never crosses clause punctuation. Quote marks
// are transparent: a cue matches across them as if they were absent, since
// news text quotes words inside a clause (a ban would be "hugely costly")
// without ending it.
//
// Matching takes time linear in len(toks) for any lexicon: a pattern with
// several gaps remembers the (position, token) pairs it has ruled out, so
// no pair is tried twice (see matcher).
func (l *Lexicon) Match(dst []Hit, toks []tokenize.Token, stems []string) []Hit {
	dst, _ = l.match(dst, toks, stems)
	return dst
}

// match is Match that also returns the number of matching steps taken, the
// measure the linear-time tests bound.
func (l *Lexicon) match(dst []Hit, toks []tokenize.Token, stems []string) ([]Hit, int) {
	steps := 0
	for i := 0; i < len(toks); i++ {
		if stems[i] == "" {
			continue
		}
		var n int
		dst, i, n, _ = l.matchAt(dst, toks, stems, nil, nil, i, l.byFirst[stems[i]])
		steps += n
	}
	return dst, steps
}

// matchHashed is Match given, as well, the hashName of each token's stem
// (hs) and the set of the statement's stem hashes (present), which
// Transform's analysis has at hand: the same hits (see matchAt), with most
// cues ruled out by the set and most words by their hashes instead of by
// comparing stems.
func (l *Lexicon) matchHashed(dst []Hit, toks []tokenize.Token, stems []string, hs []uint64, present *stemSet) []Hit {
	for i := 0; i < len(toks); i++ {
		if stems[i] == "" {
			continue
		}
		if cands := l.byFirst[stems[i]]; len(cands) > 0 {
			dst, i, _, _ = l.matchAt(dst, toks, stems, hs, present, i, cands)
		}
	}
	return dst
}

// matchAt tries the cues cands (indices into l.cues, longest first), which
// start with the stem of token i, at token i. It appends the first that
// matches to dst and returns the index of its last token, or i when none
// does, the number of matching steps taken, and the index in l.cues of the
// cue that matched, or -1. hs, when not nil, holds the
// hashName of each token's stem, which makes ruling a word out cheaper, and
// present the set of the statement's stem hashes: a cue with a word none of
// whose stems is present is not tried.
func (l *Lexicon) matchAt(dst []Hit, toks []tokenize.Token, stems []string, hs []uint64, present *stemSet, i int, cands []int) ([]Hit, int, int, int) {
	return l.matchFrom(dst, toks, stems, hs, present, i, cands, false)
}

// matchKnown is matchAt for cands found by the stem of token i in the word
// tables (Transform's fast path), which identify a stem by its hash as the
// rest of that path does: the token fills the first position of each of
// cands, unless that position restricts a form, so the position is not
// tested again (see matcher.at).
func (l *Lexicon) matchKnown(dst []Hit, toks []tokenize.Token, stems []string, hs []uint64, present *stemSet, i int, cands []int) ([]Hit, int, int) {
	dst, i, _, ci := l.matchFrom(dst, toks, stems, hs, present, i, cands, true)
	return dst, i, ci
}

// matchFrom is matchAt; known says that token i's stem is one of every
// candidate's first position's alternatives.
func (l *Lexicon) matchFrom(dst []Hit, toks []tokenize.Token, stems []string, hs []uint64, present *stemSet, i int, cands []int, known bool) ([]Hit, int, int, int) {
	steps := 0
	for _, ci := range cands {
		c := &l.cues[ci]
		if present != nil && !c.possible(present) {
			continue
		}
		m := matcher{elems: c.elems, toks: toks, stems: stems, hs: hs, byHash: known}
		last, ok := m.at(i, known)
		steps += m.steps
		if ok {
			h := Hit{Cue: c, Class: c.Class, Negated: toks[i].Negated, First: i, Last: last,
				Start: toks[i].Start, End: toks[last].End}
			if h.Negated && c.NegatedClass != "" {
				h.Class = c.NegatedClass
			}
			return append(dst, h), last, steps, ci
		}
	}
	return dst, i, steps, -1
}

// stemSet is a 256-bit Bloom filter of stem hashes: it may hold a hash it
// was not given, never lacks one it was.
type stemSet [4]uint64

func (s *stemSet) add(h uint64) { s[h>>62] |= 1 << (h >> 56 & 63) }

// may reports whether s may hold h: false means it does not.
func (s *stemSet) may(h uint64) bool { return s[h>>62]&(1<<(h>>56&63)) != 0 }

// meets reports whether s and t may share a hash.
func (s *stemSet) meets(t *stemSet) bool {
	return s[0]&t[0]|s[1]&t[1]|s[2]&t[2]|s[3]&t[3] != 0
}

// possible reports whether every word position of c after the first may be
// filled by a stem of present: when not, c cannot match.
func (c *Cue) possible(present *stemSet) bool {
	for k := range c.need {
		if !c.need[k].meets(present) {
			return false
		}
	}
	return true
}

// memoAfter is how many steps a match attempt takes before it starts to
// remember its dead ends. Below it (every cue of the built-in lexicon on
// ordinary text) nothing is allocated.
const memoAfter = 64

// matcher tries one cue at one start. Word positions skip only quote marks;
// a gap consumes 0 to MaxGap word tokens (quote marks not counted) and stops
// at any other punctuation ("" stems); shorter gaps are tried first, and the
// first complete match wins.
//
// Plain backtracking over k gaps tries up to (MaxGap+1)^k paths. But whether
// the rest of a pattern matches from elem e at token j depends on (e, j)
// alone (a pattern ends with a word, so the last matched token is always
// found after j), so once that pair has failed it fails again: after
// memoAfter steps the matcher records failed pairs and never retries one.
// That bounds an attempt by len(elems) × (len(elems)·(MaxGap+1)+1) states,
// each costing at most MaxGap+2 steps, without changing which match is found.
type matcher struct {
	elems []elem
	toks  []tokenize.Token
	stems []string
	hs    []uint64 // the hash of each of stems, or nil
	// byHash says that a word fills a position when its stem's hash is
	// an alternative's, with no comparison of the stems: the word tables'
	// fast path (matchKnown), which identifies every stem by its 64-bit
	// hash as the vocabulary does (see stemTable.find), so that a memequal
	// call a matched word is saved.
	byHash bool
	steps  int
	failed map[[2]int]struct{} // (elem, token) pairs known to fail; nil until memoAfter
}

// at reports whether the pattern matches starting at token i, and the index
// of the last matched token. known says that token i's stem is one of the
// first position's alternatives, so that only a form restriction needs
// testing there.
func (m *matcher) at(i int, known bool) (int, bool) {
	m.steps++
	if e := &m.elems[0]; !(known && e.forms == nil) && !m.fills(e, i) {
		return 0, false
	}
	return m.rest(1, i+1, i)
}

func (m *matcher) rest(e, j, last int) (int, bool) {
	m.steps++
	if e == len(m.elems) {
		return last, true
	}
	j = skipQuotes(m.toks, j)
	el := &m.elems[e]
	if el.stems != nil {
		if j >= len(m.stems) || !m.fills(el, j) {
			return 0, false
		}
		return m.rest(e+1, j+1, j)
	}
	// A gap: try the shortest first.
	key := [2]int{e, j}
	if m.failed != nil {
		if _, dead := m.failed[key]; dead {
			return 0, false
		}
	} else if m.steps > memoAfter {
		m.failed = map[[2]int]struct{}{}
	}
	for g, k := 0, j; ; g++ {
		m.steps++
		if end, ok := m.rest(e+1, k, last); ok {
			return end, true
		}
		if g == MaxGap || k >= len(m.stems) || m.stems[k] == "" {
			break
		}
		k = skipQuotes(m.toks, k+1)
	}
	if m.failed != nil {
		m.failed[key] = struct{}{}
	}
	return 0, false
}

// skipQuotes returns the index of the first token at or after j that is not
// a quote mark.
func skipQuotes(toks []tokenize.Token, j int) int {
	for j < len(toks) && isQuote(toks[j].Norm) {
		j++
	}
	return j
}

// isQuote reports whether a normalised token is a quote mark (curly quotes
// normalise to these).
func isQuote(norm string) bool {
	// Every quote mark starts with one of three bytes: other tokens are
	// turned away by the first.
	if len(norm) == 0 || (norm[0] != '"' && norm[0] != '\'' && norm[0] != '`') {
		return false
	}
	switch norm {
	case `"`, "'", "`", "``", "''":
		return true
	}
	return false
}

// fills reports whether token j fills the position e.
func (m *matcher) fills(e *elem, j int) bool {
	if m.hs == nil {
		return e.has(m.stems[j], m.toks[j].Norm)
	}
	h := m.hs[j]
	// The position's Bloom bits turn most tokens away without the loop
	// over its alternatives (mask holds the bit of every one of them).
	if !e.mask.may(h) {
		return false
	}
	for k, x := range e.hashes {
		if x == h && (m.byHash || e.stems[k] == m.stems[j]) && (e.forms == nil || e.forms[k] == "" || e.forms[k] == m.toks[j].Norm) {
			return true
		}
	}
	return false
}

// has reports whether a token with this stem and normalised form fills the
// position.
func (e *elem) has(stem, norm string) bool {
	for k, s := range e.stems {
		if s == stem && (e.forms == nil || e.forms[k] == "" || e.forms[k] == norm) {
			return true
		}
	}
	return false
}

// String renders the lexicon in the format ReadLexicon reads: CuesHeader,
// then one cue a line in order, without comments;
// ReadLexicon(strings.NewReader(l.String())) gives an equal lexicon. Saved
// models carry their lexicon this way, less the version line (the model
// file's own version covers it).
func (l *Lexicon) String() string {
	var b strings.Builder
	b.WriteString(CuesHeader)
	b.WriteByte('\n')
	for _, c := range l.cues {
		b.WriteString(c.Class)
		b.WriteByte('\t')
		b.WriteString(c.Pattern)
		if c.NegatedClass != "" || c.Weight != 1 {
			b.WriteByte('\t')
			b.WriteString(c.NegatedClass)
		}
		if c.Weight != 1 {
			b.WriteByte('\t')
			b.WriteString(strconv.FormatFloat(c.Weight, 'g', -1, 64))
		}
		b.WriteByte('\n')
	}
	return b.String()
}
