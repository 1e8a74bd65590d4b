package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	if s[0] != 0xE2 && s[0] != 0xC2 {
		return 0 // not the lead byte of a curly mark or a guillemet
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
	} else if c != 0x9D && c != 0x99 && c != 0xBB {
		return 0 // not the last byte of ” ’ »
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
		// skip to the next byte that may start a quote mark, stepping rune
		// by rune where an open quote nears its length limit
		if j := nextMarkByte(p, i); open < 0 || j-open <= maxQuote {
			if i = j; i >= len(p) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(p[i:])
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
			next := runeAfter(p, i+size)
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
			prev, next := runeBefore(p, i), runeAfter(p, i+size)
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

// nextMarkByte returns the index of the first byte at or after i that may
// start a quote mark (" ' or the lead byte of “ ” „ ‘ ’ « »), or len(p).
// Such a byte always starts a rune: it is never a continuation byte.
func nextMarkByte(p string, i int) int {
	for ; i < len(p); i++ {
		if c := p[i]; c == '"' || c == '\'' || c == 0xE2 || c == 0xC2 {
			return i
		}
	}
	return len(p)
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

func markQuotes(ws []word, qs []span) {
	q := 0
	for k := range ws {
		for q < len(qs) && qs[q].end <= ws[k].start {
			q++
		}
		if q < len(qs) && ws[k].start >= qs[q].start && ws[k].end <= qs[q].end {
			ws[k].quote = q
		}
	}
}

func quoteWords(ws []word, qi int) (int, int) {
	i, j := -1, -1
	for k := range ws {
		if ws[k].quote == qi {
			if i < 0 {
				i = k
			}
			j = k + 1
		} else if i >= 0 {
			break
		}
	}
	return i, j
}
