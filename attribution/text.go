package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/tokenize"
)

// word is a token of the article with what the extractor matches on. Quote
// marks are always words of their own, even where the tokenizer leaves them
// attached ("'one").
type word struct {
	start, end int    // byte offsets in the article
	text       string // article[start:end]
	norm       string // tokenize.Normalize(text): lower case, curly quotes folded
	cap        bool   // the first letter is upper case
	alpha      bool   // holds a letter or digit
	qmark      bool   // a quote mark (any of " ' “ ” ‘ ’ when used as one)
	quote      int    // index of the quote span the word lies in, or -1
	sent       int    // index of the sentence the word belongs to
}

// splitWords turns tokenizer tokens into words, splitting leading and
// trailing quote marks off tokens.
func splitWords(toks []tokenize.Token, dst []word) []word {
	for _, t := range toks {
		s, start := t.Text, t.Start
		// leading quote marks
		for {
			n := quotePrefix(s)
			if n == 0 || n == len(s) || isClitic(s[n:]) {
				break
			}
			dst = append(dst, mkWord(s[:n], start))
			s, start = s[n:], start+n
		}
		// trailing quote marks (but not the apostrophe of "firms'")
		var tail []word
		for {
			n := quoteSuffix(s)
			if n == 0 || n == len(s) {
				break
			}
			tail = append(tail, mkWord(s[len(s)-n:], start+len(s)-n))
			s = s[:len(s)-n]
		}
		dst = append(dst, mkWord(s, start))
		for i := len(tail) - 1; i >= 0; i-- {
			dst = append(dst, tail[i])
		}
	}
	return dst
}

func mkWord(s string, start int) word {
	w := word{start: start, end: start + len(s), text: s, norm: foldMarks(tokenize.Normalize(s)), quote: -1}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			w.alpha = true
			w.cap = unicode.IsUpper(r)
			break
		}
	}
	w.qmark = isQuoteMark(s)
	return w
}

// quote mark byte sequences
const (
	ldq = "\u201c" // “
	rdq = "\u201d" // ”
	lsq = "\u2018" // ‘
	rsq = "\u2019" // ’
)

func isQuoteMark(s string) bool {
	switch s {
	case `"`, `'`, ldq, rdq, lsq, rsq, "\u00ab", "\u00bb", "\u201e":
		return true
	}
	return false
}

// quotePrefix returns the length of a quote mark at the start of s.
func quotePrefix(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == '"' || s[0] == '\'' {
		return 1
	}
	for _, q := range []string{ldq, lsq, rdq, "\u00ab", "\u201e"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

// quoteSuffix returns the length of a quote mark at the end of s.
func quoteSuffix(s string) int {
	if s == "" {
		return 0
	}
	if c := s[len(s)-1]; c == '"' || c == '\'' {
		return 1
	}
	for _, q := range []string{rdq, rsq, "\u00bb"} {
		if strings.HasSuffix(s, q) {
			return len(q)
		}
	}
	return 0
}

// span is a quotation found in a line: [open, close) covers the quote marks.
type span struct {
	start, end int
	closed     bool // false when the quote runs to the end of its paragraph
	single     bool // single quote marks
}

// maxQuote is the longest quotation accepted, in bytes; a mark whose
// partner lies further away is taken for a stray mark.
const maxQuote = 3000

// findQuotes finds the quotations of one paragraph p (at byte offset base in
// the article). Double quotes (straight or curly) may contain single ones;
// single quotes are only recognised outside double ones, with an opening
// mark at the start of a word and a closing mark at the end of one, so that
// apostrophes ("don’t", "firms’") are not taken for quote marks. A double
// quote left open at the end of the paragraph runs to its end (the
// convention for quotes that go on in the next paragraph); an unclosed
// single quote is ignored.
func findQuotes(p string, base int, dst []span) []span {
	open := -1  // start of the open double quote
	openS := -1 // start of the open single quote
	openCurly := false
	rescanned := 0    // how far a forgotten stray mark has been rescanned
	var pending []int // curly opening marks seen while a quote was open
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		prev, next := runeBefore(p, i), runeAfter(p, i+size)
		switch {
		case open >= 0 && i-open > maxQuote && i > rescanned:
			// stray opening mark: forget it and rescan after it, once;
			// past the rescanned stretch, the next opening mark seen
			// inside takes its place without a rescan, so that a run of
			// unclosed marks costs linear time
			rescanned = i
			i = open + markLen(p, open)
			open, pending = -1, pending[:0]
			continue
		case open >= 0 && i-open > maxQuote:
			open = -1
			for len(pending) > 0 && open < 0 {
				if i-pending[0] <= maxQuote {
					open, openCurly, openS = pending[0], true, -1
				}
				pending = pending[1:]
			}
			continue
		case r == '\u201c' || r == '\u201e' || r == '\u00ab':
			if open < 0 {
				open, openCurly, openS = i, true, -1
			} else if i >= rescanned {
				pending = append(pending, i)
			}
		case r == '\u201d' || r == '\u00bb':
			if open >= 0 {
				dst = append(dst, span{start: base + open, end: base + i + size, closed: true})
				open, pending = -1, pending[:0]
			}
		case r == '"':
			if open < 0 {
				if !isWordRune(next) && !isOpenPunct(next) {
					break // a closing-looking mark with nothing open: stray
				}
				open, openCurly, openS = i, false, -1
			} else if !openCurly || !isWordRune(next) {
				dst = append(dst, span{start: base + open, end: base + i + size, closed: true})
				open = -1
			}
		case open < 0 && (r == '\u2018' || r == '\u2019' || r == '\''):
			closer := r != '\u2018' && !isWordRune(next) && !unicode.IsSpace(prev) && prev != utf8.RuneError
			opener := r != '\u2019' && !isWordRune(prev) && (isWordRune(next) || isOpenPunct(next))
			switch {
			case openS >= 0 && closer && i-openS <= maxQuote/4:
				dst = append(dst, span{start: base + openS, end: base + i + size, closed: true, single: true})
				openS = -1
			case opener && (openS < 0 || r == '\u2018'):
				openS = i
			}
		}
		i += size
	}
	if open >= 0 {
		end := len(strings.TrimRightFunc(p, unicode.IsSpace))
		if end-open > 1 && end-open <= maxQuote {
			dst = append(dst, span{start: base + open, end: base + end})
		}
	}
	return dst
}

func markLen(p string, i int) int {
	_, n := utf8.DecodeRuneInString(p[i:])
	return n
}

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func runeAfter(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isOpenPunct(r rune) bool {
	switch r {
	case '\u2026', '.', '(', '[', '$', '€', '£', '\'', '\u2018':
		return true
	}
	return false
}

// line is one paragraph of the article: a run of text between line breaks.
type line struct {
	start, end int // trimmed of surrounding white space
}

// maxWindow is the longest stretch of one paragraph analysed at once.
// Extraction looks at a paragraph's quotes, cues and clauses against each
// other, so a paragraph of n bytes would cost O(n²); longer paragraphs are
// cut into windows of at most maxWindow bytes, at a sentence end where there
// is one, so that analysis stays linear in the article's length (issue 13).
// No real statement is anywhere near this long.
const maxWindow = 8 << 10

// splitLines cuts the article into non-blank lines: at \n, at a lone \r
// (old Mac line ends) and, within a long paragraph, into windows of at most
// maxWindow bytes.
func splitLines(text string) []line {
	var out []line
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], "\n\r")
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := i, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		// non-breaking spaces and other Unicode spaces at the edges
		seg := strings.TrimFunc(text[s:e], unicode.IsSpace)
		if seg != "" {
			off := strings.Index(text[s:e], seg)
			out = appendWindows(out, text, s+off, s+off+len(seg))
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return out
}

// appendWindows appends text[s:e] as one line, or as windows of at most
// maxWindow bytes cut after a sentence end (". ", "? ", "! "), else at a
// space, else at a rune boundary.
func appendWindows(out []line, text string, s, e int) []line {
	for e-s > maxWindow {
		cut := windowCut(text[s : s+maxWindow])
		out = append(out, line{start: s, end: s + cut})
		s += cut
		for s < e && isSpaceByte(text[s]) {
			s++
		}
	}
	if e > s {
		out = append(out, line{start: s, end: e})
	}
	return out
}

// windowCut is where a window of w ends: after its last sentence end in the
// second half, else after its last space, else at its last rune start.
func windowCut(w string) int {
	half := len(w) / 2
	for _, sep := range []string{". ", "? ", "! "} {
		if k := strings.LastIndex(w, sep); k >= half {
			return k + 1
		}
	}
	if k := strings.LastIndexByte(w, ' '); k >= half {
		return k
	}
	k := len(w)
	for k > 1 && !utf8.RuneStart(w[k-1]) {
		k--
	}
	if k > 1 {
		return k - 1
	}
	return len(w)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// trimSpan shrinks [s, e) of text past white space and the given trailing
// punctuation.
func trimSpan(text string, s, e int, cut string) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && !strings.ContainsRune(",;:", r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		e -= n
	}
	return s, e
}

// isClitic reports whether s is what follows the apostrophe of a clitic
// the tokenizer split off ("'s", "’re").
func isClitic(s string) bool {
	switch strings.ToLower(s) {
	case "s", "t", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}
