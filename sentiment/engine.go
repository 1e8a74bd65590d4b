package sentiment

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/internal/wordhash"
	"github.com/stancekit/stancekit/tokenize"
)

// This file holds the scoring engine: the VADER rules (Hutto & Gilbert 2014,
// section 3.3, and the reference implementation's behaviour) applied token by
// token so that every valence can be traced back to a byte span of the input,
// plus the hooks the news domain layer uses.

// tok is one whitespace-separated token of the working text.
type tok struct {
	start, end int    // span of the token as scored (outer punctuation stripped)
	rawEnd     int    // end of the whitespace-delimited token, punctuation included
	lo, hi     int    // lower-cased form, in scratch.lower
	hash       uint32 // its wordhash

	inLex     bool
	lexVal    float64
	isBooster bool
	boostVal  float64
	negation  bool // a negation word, or a word containing "n't"
	upper     bool // ALL CAPS in Python's str.isupper sense

	domain bool   // the valence came from the domain layer
	rule   string // the domain rule that last changed this token, if any
	flags  uint16 // the word's wordInfo flags
}

// scratch holds the per-call buffers; pooled so that scoring a statement does
// not allocate beyond its result.
type scratch struct {
	toks  []tok
	lower []byte
	vals  []float64
	work  []byte  // emoji-expanded text, when the input holds emoji
	omap  []int   // original byte offset of every byte of work
	oend  []int   // original end offset of the character every byte belongs to
	seen  []int32 // calibration vocabulary indices already counted
	// seenBits marks the indices in seen; all zero between calls
	seenBits []uint64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens bounds what a pooled scratch may keep, so that one huge
// input does not pin its buffers for the life of the process.
const maxPooledTokens = 1 << 14

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(sc *scratch) {
	if cap(sc.toks) > maxPooledTokens || cap(sc.work) > 8*maxPooledTokens {
		return
	}
	sc.toks, sc.lower, sc.vals = sc.toks[:0], sc.lower[:0], sc.vals[:0]
	sc.work, sc.omap, sc.oend, sc.seen = sc.work[:0], sc.omap[:0], sc.oend[:0], sc.seen[:0]
	scratchPool.Put(sc)
}

// analysis is the outcome of one engine run, before it becomes a Score.
type analysis struct {
	sum      float64 // sum of token valences plus the punctuation amplifier
	compound float64
	pos      float64
	neg      float64
	neu      float64
	tokens   int
	posSum   float64 // VADER's shifted sums (each word counts 1 + |valence|)
	negSum   float64
	punct    float64
}

// engine runs the rules over one text with one lexicon and optional domain
// rules. It lives on the stack of a Score call.
type engine struct {
	lx      *lexicon
	dom     *domainRules // nil: no domain scope rules
	text    string       // the working text (emoji expanded)
	sc      *scratch
	capDiff bool
	// toks, when not nil, are tokenize's tokens of a text holding the
	// working text at byte offset base: the words are read from them.
	toks []tokenize.Token
	base int
}

// is reports whether token i, lower-cased, equals w. It does not allocate.
func (e *engine) is(i int, w string) bool {
	t := &e.sc.toks[i]
	return string(e.sc.lower[t.lo:t.hi]) == w
}

// isSpace reports whether r separates tokens, as Python's str.split() does.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f:
			return true
		}
		return false
	}
	return unicode.IsSpace(r)
}

// isPunct reports whether b is in Python's string.punctuation.
func isPunct(b byte) bool {
	return (b >= '!' && b <= '/') || (b >= ':' && b <= '@') || (b >= '[' && b <= '`') || (b >= '{' && b <= '~')
}

// expandEmoji replaces every emoji by its description, the way the reference
// implementation does (a space before the description unless one is already
// there, none after), keeping for every byte of the result the span of the
// original character it came from. It reports false when text holds no
// emoji, in which case nothing was written.
func (e *engine) expandEmoji(text string) bool {
	lx := e.lx
	found := false
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	found = false
	for _, r := range text {
		if r >= lx.maxEmoji {
			if _, ok := lx.emoji(r); ok {
				found = true
				break
			}
		}
	}
	if !found {
		return false
	}
	sc := e.sc
	prevSpace := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if desc, ok := lx.emoji(r); ok && size > 1 {
			if !prevSpace {
				sc.work = append(sc.work, ' ')
				sc.omap = append(sc.omap, i)
				sc.oend = append(sc.oend, i+size)
			}
			for range len(desc) {
				sc.omap = append(sc.omap, i)
				sc.oend = append(sc.oend, i+size)
			}
			sc.work = append(sc.work, desc...)
			prevSpace = false
		} else {
			sc.work = append(sc.work, text[i:i+size]...)
			for range size {
				sc.omap = append(sc.omap, i)
				sc.oend = append(sc.oend, i+size)
			}
			prevSpace = r == ' '
		}
		i += size
	}
	return true
}

// origSpan maps a span of the working text back to the input.
func (e *engine) origSpan(start, end int) (int, int) {
	if len(e.sc.omap) == 0 {
		return start, end
	}
	return e.sc.omap[start], e.sc.oend[end-1]
}

// tokenize splits the working text on whitespace, strips outer punctuation
// from tokens that stay longer than two characters (so ":)" survives but
// "good," becomes "good"), lower-cases them and looks them up.
func (e *engine) tokenize() {
	text := e.text
	i := 0
	for i < len(text) {
		// skip whitespace
		for i < len(text) {
			r, size := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !isSpace(r) {
				break
			}
			i += size
		}
		if i >= len(text) {
			break
		}
		start := i
		for i < len(text) {
			r, size := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if isSpace(r) {
				break
			}
			i += size
		}
		e.addWord(start, i)
	}
	e.finishTokens()
}

// tokenizeFrom is tokenize with the word boundaries read from toks, the
// tokens package tokenize found in a text of which the working text is the
// span [base, base+len(e.text)): toks are sorted, do not overlap and hold
// no white space (a tokenize separator is a superset of a VADER space), so
// a run of VADER's non-space characters is the bytes the tokens cover and
// those between them that are not white space. Only the gaps between
// tokens are scanned. The words, and so every score, are tokenize's.
func (e *engine) tokenizeFrom(toks []tokenize.Token, base int) {
	text := e.text
	n := len(text)
	k := 0
	for k < len(toks) && toks[k].End-base <= 0 {
		k++
	}
	word := -1 // start of the current word, -1 between words
	for i := 0; i < n; {
		for k < len(toks) && toks[k].End-base <= i {
			k++
		}
		if k < len(toks) && toks[k].Start-base <= i {
			// inside token k: none of it is white space
			if word < 0 {
				word = i
			}
			i = min(toks[k].End-base, n)
			k++
			continue
		}
		gapEnd := n
		if k < len(toks) {
			gapEnd = min(toks[k].Start-base, n)
		}
		for i < gapEnd {
			r, size := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if isSpace(r) {
				if word >= 0 {
					e.addWord(word, i)
					word = -1
				}
			} else if word < 0 {
				word = i
			}
			i += size
		}
	}
	if word >= 0 {
		e.addWord(word, n)
	}
	e.finishTokens()
}

// addWord adds the whitespace-delimited word text[start:end]: its outer
// punctuation stripped when more than two characters stay, lower-cased
// into the scratch buffer (no string is allocated) and looked up.
func (e *engine) addWord(start, end int) {
	text, sc, lx := e.text, e.sc, e.lx
	s, t := start, end
	for s < t && isPunct(text[s]) {
		s++
	}
	for t > s && isPunct(text[t-1]) {
		t--
	}
	if t-s <= 2 || (t-s <= 8 && utf8.RuneCountInString(text[s:t]) <= 2) {
		s, t = start, end
	}
	lo := len(sc.lower)
	word := text[s:t]
	// one pass over an ASCII word: lower-cased into the buffer, hashed,
	// its case (isUpper) and whether it can hold "n't"
	h := uint32(wordhash.Offset)
	sc.lower = slices.Grow(sc.lower, len(word))
	buf := sc.lower[lo : lo+len(word)]
	var class uint8
	k := 0
	for ; k < len(word); k++ {
		c := word[k]
		f := asciiClass[c]
		if f&clNonASCII != 0 {
			break
		}
		class |= f
		l := asciiLower[c]
		h = (h ^ uint32(l)) * wordhash.Prime
		buf[k] = l
	}
	ascii := k == len(word)
	if ascii {
		sc.lower = sc.lower[:lo+len(word)]
	} else {
		// strings.ToLower's result, written in place: every character
		// (an invalid byte is U+FFFD) mapped by unicode.ToLower.
		for _, r := range word {
			if r < utf8.RuneSelf {
				sc.lower = append(sc.lower, byte(unicode.ToLower(r)))
			} else {
				sc.lower = utf8.AppendRune(sc.lower, unicode.ToLower(r))
			}
		}
	}
	hi := len(sc.lower)
	lw := sc.lower[lo:hi]
	if !ascii {
		h = wordhash.Bytes(lw)
	}
	tk := tok{start: s, end: t, rawEnd: end, lo: lo, hi: hi, hash: h}
	info := lx.wordHashed(lw, h)
	tk.flags = info.flags
	if info.flags&wInLex != 0 {
		tk.inLex, tk.lexVal = true, info.valence
		tk.domain = info.flags&wDomain != 0
	}
	if info.flags&wBooster != 0 {
		tk.isBooster, tk.boostVal = true, info.boost
	}
	if ascii {
		tk.negation = info.flags&wNegate != 0 || (class&clApos != 0 && bytes.Contains(lw, nt))
		tk.upper = class&clUpper != 0 && class&clLower == 0
	} else {
		tk.negation = info.flags&wNegate != 0 || bytes.Contains(lw, nt)
		tk.upper = isUpper(word)
	}
	sc.toks = append(sc.toks, tk)
}

// asciiClass says of a byte whether it is an upper-case or lower-case ASCII
// letter, the apostrophe, or not ASCII; asciiLower is its lower case (for
// an ASCII byte).
var asciiClass, asciiLower = func() (cls, low [256]uint8) {
	for c := 0; c < 256; c++ {
		low[c] = uint8(c)
		switch {
		case c >= utf8.RuneSelf:
			cls[c] = clNonASCII
		case 'A' <= c && c <= 'Z':
			cls[c], low[c] = clUpper, uint8(c+'a'-'A')
		case 'a' <= c && c <= 'z':
			cls[c] = clLower
		case c == '\'':
			cls[c] = clApos
		}
	}
	return cls, low
}()

// asciiClass bits.
const (
	clUpper uint8 = 1 << iota
	clLower
	clApos
	clNonASCII
)

// nt is the contraction every word holding it makes a negation.
var nt = []byte("n't")

// finishTokens works out what depends on all the tokens: whether some, but
// not all, are in capitals.
func (e *engine) finishTokens() {
	sc := e.sc
	n, upper := len(sc.toks), 0
	for k := range sc.toks {
		if sc.toks[k].upper {
			upper++
		}
	}
	e.capDiff = 0 < n-upper && n-upper < n
}

// isUpper is Python's str.isupper: at least one cased letter and no
// lower-case (or title-case) one.
func isUpper(s string) bool {
	cased := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				return false
			}
			if 'A' <= r && r <= 'Z' {
				cased = true
			}
			continue
		}
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

// scalar is the boost a booster or dampener at token j gives to a sentiment
// word of valence v.
func (e *engine) scalar(j int, v float64) float64 {
	t := &e.sc.toks[j]
	if !t.isBooster {
		return 0
	}
	s := t.boostVal
	if v < 0 {
		s = -s
	}
	if t.upper && e.capDiff {
		if v > 0 {
			s += capIncrement
		} else {
			s -= capIncrement
		}
	}
	return s
}

// negationCheck applies the negation rule for the word dist+1 tokens before
// the sentiment word i.
func (e *engine) negationCheck(v float64, dist, i int) float64 {
	toks := e.sc.toks
	switch dist {
	case 0:
		if toks[i-1].negation {
			return v * negScalar
		}
	case 1:
		switch {
		case e.is(i-2, "never") && (e.is(i-1, "so") || e.is(i-1, "this")):
			return v * neverSoScale
		case e.is(i-2, "without") && e.is(i-1, "doubt"):
			return v
		case toks[i-2].negation:
			return v * negScalar
		}
	case 2:
		switch {
		case e.is(i-3, "never") && (e.is(i-2, "so") || e.is(i-2, "this") || e.is(i-1, "so") || e.is(i-1, "this")):
			return v * neverSoScale
		case e.is(i-3, "without") && (e.is(i-2, "doubt") || e.is(i-1, "doubt")):
			return v
		case toks[i-3].negation:
			return v * negScalar
		}
	}
	return v
}

// seq looks up tokens from..to (inclusive) in an idiom table whose first
// words carry the flag first.
func (e *engine) seq(m map[string][]idiom, first uint16, from, to int) (float64, bool) {
	if from < 0 || to >= len(e.sc.toks) {
		return 0, false
	}
	ft := &e.sc.toks[from]
	if ft.flags&first == 0 {
		return 0, false // no idiom of m starts with this word
	}
	cands := m[string(e.sc.lower[ft.lo:ft.hi])]
	for _, c := range cands {
		if len(c.words) != to-from+1 {
			continue
		}
		ok := true
		for k, w := range c.words {
			if !e.is(from+k, w) {
				ok = false
				break
			}
		}
		if ok {
			return c.value, true
		}
	}
	return 0, false
}

// specialIdioms applies the special-case idioms ("the bomb", "kiss of death")
// and the multi-word boosters ("kind of") around sentiment word i (i >= 3).
func (e *engine) specialIdioms(v float64, i int) float64 {
	lx, n := e.lx, len(e.sc.toks)
	for _, r := range [...][2]int{{i - 1, i}, {i - 2, i}, {i - 2, i - 1}, {i - 3, i - 1}, {i - 3, i - 2}} {
		if x, ok := e.seq(lx.special, wSpecial, r[0], r[1]); ok {
			v = x
			break
		}
	}
	if n-1 > i {
		if x, ok := e.seq(lx.special, wSpecial, i, i+1); ok {
			v = x
		}
	}
	if n-1 > i+1 {
		if x, ok := e.seq(lx.special, wSpecial, i, i+2); ok {
			v = x
		}
	}
	for _, r := range [...][2]int{{i - 3, i - 1}, {i - 3, i - 2}, {i - 2, i - 1}} {
		if x, ok := e.seq(lx.boostSeq, wBoostSeq, r[0], r[1]); ok {
			v += x
		}
	}
	return v
}

// valence is the VADER valence of token i in its context.
func (e *engine) valence(i int) float64 {
	toks := e.sc.toks
	n := len(toks)
	t := &toks[i]
	if t.isBooster {
		return 0
	}
	if i < n-1 && e.is(i, "kind") && e.is(i+1, "of") {
		return 0
	}
	if !t.inLex {
		return 0
	}
	v := t.lexVal
	if i != n-1 && e.is(i, "no") && toks[i+1].inLex {
		v = 0 // "no" negates the next word rather than being negative itself
	}
	if (i > 0 && e.is(i-1, "no")) || (i > 1 && e.is(i-2, "no")) ||
		(i > 2 && e.is(i-3, "no") && (e.is(i-1, "or") || e.is(i-1, "nor"))) {
		v = t.lexVal * negScalar
	}
	if t.upper && e.capDiff {
		if v > 0 {
			v += capIncrement
		} else {
			v -= capIncrement
		}
	}
	for dist := 0; dist < 3 && i > dist; dist++ {
		j := i - dist - 1
		if toks[j].inLex {
			continue
		}
		s := e.scalar(j, v)
		switch dist {
		case 1:
			s *= boosterDecay1
		case 2:
			s *= boosterDecay2
		}
		v += s
		v = e.negationCheck(v, dist, i)
		if dist == 2 {
			v = e.specialIdioms(v, i)
		}
	}
	// "least" as a negation, unless "at least" / "very least"
	if i > 1 && !toks[i-1].inLex && e.is(i-1, "least") {
		if !e.is(i-2, "at") && !e.is(i-2, "very") {
			v *= negScalar
		}
	} else if i > 0 && !toks[i-1].inLex && e.is(i-1, "least") {
		v *= negScalar
	}
	return v
}

// run scores the working text. The per-token valences are left in e.sc.vals.
func (e *engine) run() analysis {
	if e.toks != nil {
		e.tokenizeFrom(e.toks, e.base)
	} else {
		e.tokenize()
	}
	if e.dom != nil {
		e.dom.annotate(e)
	}
	sc := e.sc
	n := len(sc.toks)
	for i := range n {
		sc.vals = append(sc.vals, e.valence(i))
	}
	if e.dom != nil {
		e.dom.apply(e)
	}
	// contrastive "but": what follows it weighs more than what precedes it
	for bi := range n {
		if e.is(bi, "but") {
			for k := range n {
				switch {
				case k < bi:
					sc.vals[k] *= 1 - butScale
				case k > bi:
					sc.vals[k] *= 1 + butScale
				}
			}
			break
		}
	}
	return scoreValences(sc.vals, e.text)
}

// punctuationAmplifier is the emphasis that "!" and "?" add to the sum.
func punctuationAmplifier(text string) float64 {
	ep, qm := strings.Count(text, "!"), strings.Count(text, "?")
	ep = min(ep, maxExclaims)
	amp := float64(ep) * exclaimScale
	switch {
	case qm > 3:
		amp += maxQuestionAmp
	case qm > 1:
		amp += float64(qm) * questionScale
	}
	return amp
}

// normalize maps an unbounded valence sum into (-1, 1).
func normalize(s float64) float64 {
	x := s / math.Sqrt(s*s+normAlpha)
	return max(-1, min(1, x))
}

// scoreValences turns per-token valences into VADER's compound score and
// positive/negative/neutral proportions.
func scoreValences(vals []float64, text string) analysis {
	a := analysis{tokens: len(vals)}
	if len(vals) == 0 {
		return a
	}
	sum := 0.0
	for _, v := range vals {
		sum += v
	}
	amp := punctuationAmplifier(text)
	a.punct = amp
	if sum > 0 {
		sum += amp
	} else if sum < 0 {
		sum -= amp
	}
	a.sum = sum
	a.compound = normalize(sum)
	pos, neg, neu := 0.0, 0.0, 0
	for _, v := range vals {
		switch {
		case v > 0:
			pos += v + 1
		case v < 0:
			neg += v - 1
		default:
			neu++
		}
	}
	if pos > -neg {
		pos += amp
	} else if pos < -neg {
		neg -= amp
	}
	a.posSum, a.negSum = pos, -neg
	total := pos - neg + float64(neu)
	a.pos = math.Abs(pos / total)
	a.neg = math.Abs(neg / total)
	a.neu = math.Abs(float64(neu) / total)
	return a
}
