package tokenize

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prosetok "github.com/jdkato/prose/v3/tokenize"
)

// Tokenizer splits text into sentences and annotated tokens. It is safe for
// concurrent use; build one with New (or use Default) and share it.
type Tokenizer struct {
	words *prosetok.Tokenizer
	// spans remembers the tokens of a span (a run of text between
	// separators) with their lexemes: they are a pure function of the span's
	// text, so they can be reused at any offset, and a word seen before is
	// neither split, normalised nor stemmed again. Bounded (maxSpanCache).
	spans *spanCache
}

// maxSpanCache bounds the number of distinct spans whose tokens are kept:
// with the lexeme cache, about 11.5 MiB when both are full (11 before
// lexemes grew from 56 to 64 bytes for their slot word).
const maxSpanCache = 1 << 15

// maxCachedSpan is the longest span whose tokens are cached; longer ones
// (URLs, runs of punctuation) are rare and would only bloat the cache.
const maxCachedSpan = 64

// piece is one token of a span, as byte offsets relative to the span, with
// its lexeme (whose Norm is the token's).
type piece struct {
	start, end int32
	lx         *Lexeme
}

// segmenter is prose's Punkt sentence segmenter over the model tables
// generated into punkt_model.go (see punkt.go), set up on first use. It
// decodes nothing; the error is kept for LoadSentenceModel's contract.
var segmenter = sync.OnceValues(func() (*punkt, error) { return newPunkt(), nil })

// New returns a Tokenizer with prose's English rules. Building one cannot
// fail: the Punkt sentence model, which can, is loaded once per process, the
// first time any Tokenizer needs it (see LoadSentenceModel). Most callers
// want the shared Default instead.
func New() *Tokenizer {
	return &Tokenizer{words: prosetok.New(), spans: newSpanCache(maxSpanCache)}
}

// LoadSentenceModel sets the Punkt sentence segmenter up now instead of on
// the first call to Sentences, and reports an error if it cannot be. The
// model is static tables (punkt_model.go), so this is quick and never
// fails; it is safe to call any number of times.
func LoadSentenceModel() error {
	_, err := segmenter()
	return err
}

var defaultTokenizer = sync.OnceValue(New)

// Default returns the process-wide Tokenizer, built on first use. It has the
// (value, error) form of every Default function in stancekit; building the
// tokenizer reads no data, so its error is nil today (the sentence model,
// loaded later, reports its own through LoadSentenceModel).
func Default() (*Tokenizer, error) { return defaultTokenizer(), nil }

// Tokens splits src into tokens with Norm filled in and negation scopes
// marked. It never fails: empty or white-space-only text gives no tokens.
// White space and control characters separate tokens and are never part of
// one, and an invisible format character (see Invisible) standing before a
// token, such as a byte order mark, is not part of it either; every other
// byte of src belongs to exactly one token. An invisible character inside a
// word stays in its Text and is dropped from its Norm.
func (t *Tokenizer) Tokens(src string) []Token {
	toks := t.AppendTokens(make([]Token, 0, len(src)/5+1), src)
	MarkNegation(toks)
	return toks
}

// AppendTokens appends the tokens of src to dst, with Norm filled in but no
// negation marks, and returns the extended slice. Reusing dst across calls
// lets a caller tokenize without allocating a result per call.
func (t *Tokenizer) AppendTokens(dst []Token, src string) []Token {
	dst, _ = t.appendTokens(dst, nil, src, false)
	return dst
}

// AppendTokensLexemes is AppendTokens that also appends each token's lexeme
// to lx (lx[i] for the i-th token appended), for callers that go on to stem
// the tokens or test their roles: the Tokenizer has them at hand.
func (t *Tokenizer) AppendTokensLexemes(dst []Token, lx []*Lexeme, src string) ([]Token, []*Lexeme) {
	return t.appendTokens(dst, lx, src, true)
}

func (t *Tokenizer) appendTokens(dst []Token, lx []*Lexeme, src string, wantLex bool) ([]Token, []*Lexeme) {
	c := t.spans
	for i := 0; ; {
		start, s := nextSpan(src, i)
		if len(s) == 0 {
			break
		}
		i = start + len(s)
		// A span the cache's snapshot holds, most of any text's, is
		// tokenized here; span does the rest.
		if len(s) <= maxCachedSpan {
			if e := c.lookup(s); e != nil {
				if e.one {
					dst = grow1(dst)
					tk := &dst[len(dst)-1]
					tk.Text, tk.Norm, tk.Start, tk.End, tk.Negated = s, e.lex.Norm, start, i, false
					if wantLex {
						lx = append(lx, &e.lex)
					}
					continue
				}
				// the span's tokens' room grown once, each then set in place
				n := len(dst)
				dst = slices.Grow(dst, len(e.ps))[:n+len(e.ps)]
				for k, p := range e.ps {
					tk := &dst[n+k]
					tk.Text, tk.Norm, tk.Start, tk.End, tk.Negated = s[p.start:p.end], p.lx.Norm, start+int(p.start), start+int(p.end), false
					if wantLex {
						lx = append(lx, p.lx)
					}
				}
				continue
			}
		}
		dst, lx = t.span(dst, lx, s, start, wantLex)
	}
	return dst, lx
}

// inPunctBlock reports whether r lies in U+2010–U+2027 (dashes, curly
// quotation marks, bullets, the ellipsis), the non-ASCII characters news
// text is fullest of, none of which is white space, a control or a format
// character (TestPunctBlockSeparatesNothing): a separator test answers
// for them without the Unicode tables.
func inPunctBlock(r rune) bool { return uint32(r)-0x2010 <= 0x2027-0x2010 }

// grow1 returns dst one token longer, the last one to be set: the token
// is then written field by field in place, where append built it on the
// stack and copied it.
func grow1(dst []Token) []Token {
	if len(dst) == cap(dst) {
		dst = slices.Grow(dst, 1)
	}
	return dst[:len(dst)+1]
}

// nextSpan returns the first span at or after src[i] and its offset: the
// separators before it skipped, and its end found as spanEnd finds it; the
// span is empty when there is none (no span is empty otherwise). The span
// is sliced here, where its bounds are known to hold, so the caller slices
// nothing again. Separators and span in one call (ASCII
// separators and printable ASCII, most of any text's, in loops of their
// own) leave the tokenizer's loop one call a span to save its state
// around, not two.
func nextSpan(src string, i int) (start int, span string) {
	for uint(i) < uint(len(src)) && (src[i] <= ' ' || src[i] == 0x7f) {
		i++
	}
	if uint(i) < uint(len(src)) && src[i] >= utf8.RuneSelf {
		return nextSpanSlow(src, i)
	}
	start = i
	// Printable ASCII eight bytes at a time: the lowest byte of a word that
	// is below '!' (x - 0x21 borrows into its top bit), above '~' (x + 1
	// carries into it) or non-ASCII (its top bit) ends the run. A borrow or
	// carry into a byte comes only from a lower byte so marked, so the
	// lowest mark is exact.
	for uint(i)+8 <= uint(len(src)) {
		x := load64(src, i)
		if m := ((x - 0x21*lows) | (x + lows) | x) & highs; m != 0 {
			i += bits.TrailingZeros64(m) >> 3
			goto end
		}
		i += 8
	}
	for uint(i) < uint(len(src)) && src[i]-'!' < 0x7f-'!' {
		i++
	}
end:
	if uint(i) < uint(len(src)) && src[i] >= utf8.RuneSelf {
		i = spanEnd(src, i)
	}
	return start, src[start:i]
}

// lows and highs are the low and high bit of each byte of a word.
const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
)

// nextSpanSlow is nextSpan from a non-ASCII character: outside a span, a
// white-space, control or invisible format character is a separator too.
func nextSpanSlow(src string, i int) (start int, span string) {
	for i < len(src) {
		c := src[i]
		if c <= ' ' || c == 0x7f {
			i++
			continue
		}
		if c >= utf8.RuneSelf && !punctBlockAt(src, i) {
			if r, size := utf8.DecodeRuneInString(src[i:]); r != utf8.RuneError && !inPunctBlock(r) && (unicode.IsSpace(r) || unicode.IsControl(r) || Invisible(r)) {
				i += size
				continue
			}
		}
		return i, src[i:spanEnd(src, i)]
	}
	return i, ""
}

// spanEnd returns the end of the span that starts at src[i], which is no
// separator: the offset of the first separator after it, or len(src).
// Inside a span, an invisible format character is no separator.
func spanEnd(src string, i int) int {
	for {
		// A run of printable ASCII ('!' to '~'), most of any span, in a
		// loop of its own: none of it is a separator. (The unsigned
		// compares leave the loop no bounds check and no table load.)
		for uint(i) < uint(len(src)) && src[i]-'!' < 0x7f-'!' {
			i++
		}
		if i >= len(src) || src[i] < utf8.RuneSelf {
			return i
		}
		if punctBlockAt(src, i) {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r != utf8.RuneError && !inPunctBlock(r) && (unicode.IsSpace(r) || unicode.IsControl(r)) {
			return i
		}
		i += size
	}
}

// punctBlockAt reports whether src[i:] starts with the UTF-8 encoding of
// a character of inPunctBlock's (E2 80 90 to E2 80 A7), which separates
// nothing: the curly quotation marks and dashes of news text are passed
// over without a call to decode them (3-byte characters take
// DecodeRuneInString's slow path).
func punctBlockAt(src string, i int) bool {
	return i+2 < len(src) && src[i] == 0xE2 && src[i+1] == 0x80 && src[i+2]-0x90 < 0xA8-0x90
}

// maxProseSpan is the longest span handed to prose. prose peels affixes off
// a span one at a time, re-testing the rest each time, which is quadratic: a
// 50,000-character run of quote marks would take minutes. No word is this
// long, so a longer span is cut by longSpan instead.
const maxProseSpan = 256

// span tokenizes one separator-free span at byte offset base, appending
// the tokens' lexemes to lx when wantLex is set.
func (t *Tokenizer) span(dst []Token, lx []*Lexeme, s string, base int, wantLex bool) ([]Token, []*Lexeme) {
	if len(s) <= maxCachedSpan {
		k := t.spans.key(s)
		e := t.spans.get(s, k)
		if e == nil && !t.spans.full.Load() {
			e = t.spans.put(s, t.makeEntry(s, k))
		}
		if e != nil {
			if e.one {
				dst = append(dst, Token{Text: s, Norm: e.lex.Norm, Start: base, End: base + len(s)})
				if wantLex {
					lx = append(lx, &e.lex)
				}
				return dst, lx
			}
			for _, p := range e.ps {
				dst = append(dst, Token{Text: s[p.start:p.end], Norm: p.lx.Norm, Start: base + int(p.start), End: base + int(p.end)})
				if wantLex {
					lx = append(lx, p.lx)
				}
			}
			return dst, lx
		}
	}
	n := len(dst)
	switch {
	case !needsSplit(s):
		dst = append(dst, Token{Text: s, Norm: Normalize(s), Start: base, End: base + len(s)})
	case len(s) > maxProseSpan:
		dst = longSpan(dst, s, base)
	default:
		for _, pt := range t.words.Tokenize(s) {
			text := s[pt.Start:pt.End()]
			dst = append(dst, Token{Text: text, Norm: Normalize(text), Start: base + pt.Start, End: base + pt.End()})
		}
	}
	if wantLex {
		lx = AppendLexemes(lx, dst[n:])
	}
	return dst, lx
}

// pieces works out the tokens of the span s, for the span cache.
func (t *Tokenizer) pieces(s string) []piece {
	if !needsSplit(s) {
		return []piece{{0, int32(len(s)), LexemeOf(Normalize(s))}}
	}
	pts := t.words.Tokenize(s)
	ps := make([]piece, len(pts))
	for i, pt := range pts {
		ps[i] = piece{int32(pt.Start), int32(pt.End()), LexemeOf(Normalize(s[pt.Start:pt.End()]))}
	}
	return ps
}

// splitByte marks the ASCII characters in prose's prefix, suffix and
// contraction sets. A span holding none of them, nor a curly quote, is
// always a single prose token, whatever prose's special-case rules say.
var splitByte = func() (t [utf8.RuneSelf]bool) {
	for _, c := range `$("[,)]!;.?:'` {
		t[c] = true
	}
	return t
}()

// longSpan splits a span too long for prose in linear time: every character
// of prose's affix sets (see splitByte) is a token of its own, and each run
// of other characters is one token.
func longSpan(dst []Token, s string, base int) []Token {
	start := 0
	emit := func(i, j int) {
		if i < j {
			dst = append(dst, Token{Text: s[i:j], Norm: Normalize(s[i:j]), Start: base + i, End: base + j})
		}
	}
	for i := 0; i < len(s); {
		n := affixLen(s, i)
		if n == 0 {
			i++
			continue
		}
		emit(start, i)
		emit(i, i+n)
		i += n
		start = i
	}
	emit(start, len(s))
	return dst
}

// affixLen returns the byte length of the affix character at s[i], or 0.
func affixLen(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if splitByte[c] {
			return 1
		}
		return 0
	}
	if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
		switch s[i+2] {
		case 0x98, 0x99, 0x9C, 0x9D:
			return 3
		}
	}
	return 0
}

// needsSplit reports whether prose could split s into more than one token.
func needsSplit(s string) bool {
	// ‘ ’ “ ” are E2 80 98/99/9C/9D; affixLen knows them.
	for i := 0; i < len(s); i++ {
		if affixLen(s, i) > 0 {
			return true
		}
	}
	return false
}

// Sentences splits src into sentences with the Punkt model. A blank line
// (a line holding only white space) always ends a sentence: headlines,
// captions and paragraphs are never merged, even when they lack a final
// full stop. Sentence boundaries that Punkt misses inside a paragraph are not
// invented; an empty or white-space-only src gives no sentences. In the
// (build-breaking) case that the embedded model cannot be decoded, each
// paragraph is one sentence; LoadSentenceModel reports that error.
func (t *Tokenizer) Sentences(src string) []Sentence {
	return t.sentences(src, nil, false)
}

// SentencesOf is Sentences for a caller that has already tokenized src:
// toks are AppendTokens's (or Tokens') tokens of src, and the sentence
// rules read the words from them rather than scanning src again. The
// sentences are those Sentences gives. Tokens out of order or outside src
// are not an error: src is then scanned as Sentences does.
func (t *Tokenizer) SentencesOf(src string, toks []Token) []Sentence {
	return t.sentences(src, toks, true)
}

func (t *Tokenizer) sentences(src string, toks []Token, haveToks bool) []Sentence {
	seg, err := segmenter()
	var out []Sentence
	k := 0 // the first token not before the paragraph
	for _, p := range paragraphs(src) {
		if err != nil {
			out = append(out, wholeText(p.Text, p.Start)...)
			continue
		}
		var in []Token
		if haveToks {
			for k < len(toks) && toks[k].Start < p.Start {
				k++
			}
			i := k
			for k < len(toks) && toks[k].Start < p.End {
				k++
			}
			in = toks[i:k]
		}
		out = seg.appendSentences(out, p.Text, p.Start, in, haveToks)
	}
	return out
}

// paragraphs cuts src at blank lines and at paragraph separators (U+2029).
// A line ends at LF, CR LF, a lone CR, NEL (U+0085) or the line separator
// U+2028, so text from old Macs or word processors splits as Unix text
// does. The pieces keep their offsets and are not trimmed;
// white-space-only pieces are left out.
func paragraphs(src string) []Sentence {
	if !hasLineEnd(src) {
		// one line, as attribution hands over every line of an article:
		// the scan below would find no end and keep src whole
		if strings.TrimSpace(src) == "" {
			return nil
		}
		return []Sentence{{Text: src, Start: 0, End: len(src)}}
	}
	var out []Sentence
	start := 0
	add := func(end int) {
		if p := src[start:end]; strings.TrimSpace(p) != "" {
			out = append(out, Sentence{Text: p, Start: start, End: end})
		}
	}
	lineStart, blank := 0, true
	for i := 0; i < len(src); {
		n, kind := lineEnd(src, i)
		if n == 0 {
			if c := src[i]; c != ' ' && c != '\t' && c != '\f' && c != '\v' {
				blank = false
			}
			i++
			continue
		}
		if kind == paraEnd {
			add(i)
			start = i + n
		} else if blank && lineStart > start {
			add(lineStart)
			start = i + n
		}
		i += n
		lineStart, blank = i, true
	}
	add(len(src))
	return out
}

// hasLineEnd reports whether src holds a line end lineEnd reads (LF, CR,
// NEL, U+2028 or U+2029); it looks for their first bytes with
// strings.IndexByte rather than calling lineEnd at every byte.
func hasLineEnd(src string) bool {
	if strings.IndexByte(src, '\n') >= 0 || strings.IndexByte(src, '\r') >= 0 {
		return true
	}
	for _, c := range [...]byte{0xC2, 0xE2} {
		for i := 0; ; i++ {
			k := strings.IndexByte(src[i:], c)
			if k < 0 {
				break
			}
			i += k
			if n, _ := lineEnd(src, i); n > 0 {
				return true
			}
		}
	}
	return false
}

const (
	lineEndKind = iota + 1
	paraEnd
)

// lineEnd reports the length of the line ending at src[i] (0 if there is
// none) and whether it is a line or a paragraph separator.
func lineEnd(src string, i int) (int, int) {
	switch c := src[i]; {
	case c == '\n':
		return 1, lineEndKind
	case c == '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			return 2, lineEndKind
		}
		return 1, lineEndKind
	case c == 0xC2 && i+1 < len(src) && src[i+1] == 0x85: // NEL
		return 2, lineEndKind
	case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2] == 0xA8: // U+2028
		return 3, lineEndKind
	case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2] == 0xA9: // U+2029
		return 3, paraEnd
	}
	return 0, 0
}

// CleanLayout returns src with the layout characters that line-based code
// (code that cuts text at '\n', as an article's line splitter does) would
// miss rewritten in place, byte for byte: a byte order mark at the start
// becomes three spaces, a lone CR a line feed, NEL (U+0085) a line feed and
// a space, the line separator U+2028 a line feed and two spaces, and the
// paragraph separator U+2029 two line feeds and a space (a blank line). CR
// LF is left alone. The result has the length of src and the same bytes
// everywhere else, so every offset into it is an offset into src; src
// itself is returned when there is nothing to rewrite.
func CleanLayout(src string) string {
	var b []byte
	set := func(i int, s string) {
		if b == nil {
			b = []byte(src)
		}
		copy(b[i:], s)
	}
	if strings.HasPrefix(src, "\uFEFF") {
		set(0, "   ")
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\r':
			if i+1 == len(src) || src[i+1] != '\n' {
				set(i, "\n")
			}
		case 0xC2, 0xE2:
			n, kind := lineEnd(src, i)
			switch {
			case n == 2:
				set(i, "\n ")
			case n == 3 && kind == lineEndKind:
				set(i, "\n  ")
			case n == 3:
				set(i, "\n\n ")
			}
			if n > 0 {
				i += n - 1
			}
		}
	}
	if b == nil {
		return src
	}
	return string(b)
}

// wholeText returns src, trimmed of white space, as one sentence at offset
// base.
func wholeText(src string, base int) []Sentence {
	start, end := 0, len(src)
	for start < end && unicode.IsSpace(rune(src[start])) {
		start++
	}
	for end > start && unicode.IsSpace(rune(src[end-1])) {
		end--
	}
	if start == end {
		return nil
	}
	return []Sentence{{Text: src[start:end], Start: base + start, End: base + end}}
}
