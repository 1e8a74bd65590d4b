package attribution

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

type lineKind uint8

const (
	lineBody    lineKind = iota // running text
	lineHeading                 // a headline or section title: no final punctuation
	lineClutter                 // captions, credits, newsletter and editor lines, footnotes, spam
)

// clutterRules are the clutter patterns of the grammar as isClutter
// applies them: prefixes and substrings in lower case, and gated regular
// expressions.
type clutterRules struct {
	prefix   [256][][]byte // by first byte
	contains []anchoredText
	res      []gatedRe
}

// anchoredText is a substring to find, searched for by its rarest byte:
// text[at] is the byte a line is scanned for, and a hit at i is checked
// for the whole text from i-at.
type anchoredText struct {
	text []byte
	at   int
}

// byteRarity ranks bytes from common to rare in English text; a byte not
// listed (punctuation, digits, others) counts as rarer than all listed.
const byteRarity = " etaoinshrdlcumwfgypbvkjxqz"

func newAnchoredText(t []byte) anchoredText {
	best, rank := 0, -1
	for i, c := range t {
		r := strings.IndexByte(byteRarity, c)
		if r < 0 {
			r = len(byteRarity)
		}
		if r > rank {
			best, rank = i, r
		}
	}
	return anchoredText{text: t, at: best}
}

// in reports whether a.text occurs in s.
func (a *anchoredText) in(s []byte) bool {
	if len(a.text) == 0 {
		return true
	}
	c := a.text[a.at]
	for i := a.at; i < len(s); {
		k := bytes.IndexByte(s[i:], c)
		if k < 0 {
			return false
		}
		i += k
		if bytes.HasPrefix(s[i-a.at:], a.text) {
			return true
		}
		i++
	}
	return false
}

func newClutterRules(rs []clutterRule) clutterRules {
	var c clutterRules
	for _, r := range rs {
		switch {
		case r.re != nil:
			c.res = append(c.res, *r.re)
		case r.kind == "prefix" && r.text != "":
			c.prefix[r.text[0]] = append(c.prefix[r.text[0]], []byte(r.text))
		case r.kind == "contains":
			c.contains = append(c.contains, newAnchoredText([]byte(r.text)))
		}
	}
	return c
}

// isClutter reports whether one of the grammar's clutter patterns
// (grammar/clutter.txt) matches line s.
func (lx *lexicon) isClutter(s string) bool {
	var buf [512]byte
	low := appendLower(buf[:0], s)
	if len(low) > 0 {
		for _, p := range lx.clutter.prefix[low[0]] {
			if bytes.HasPrefix(low, p) {
				return true
			}
		}
	}
	for i := range lx.clutter.contains {
		if lx.clutter.contains[i].in(low) {
			return true
		}
	}
	for i := range lx.clutter.res {
		if lx.clutter.res[i].match(s) {
			return true
		}
	}
	return false
}

// appendLower appends s in lower case to dst, as strings.ToLower writes it.
func appendLower(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	for i := n; i < len(dst); i++ {
		c := dst[i]
		if c >= utf8.RuneSelf {
			// the rest rune by rune
			dst = dst[:i]
			for _, r := range s[i-n:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		if 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// classifyLine tells running text from headings and page clutter.
func (a *Analyzer) classifyLine(s string, first bool) lineKind {
	if a.lx.isClutter(s) {
		return lineClutter
	}
	latin, letters := letterCounts(s)
	if letters == 0 {
		return lineClutter
	}
	// a line mostly in a non-Latin script at the top of the page is spam
	// (or a language the extractor cannot read anyway)
	if latin*2 < letters && (first || len(s) < 200) {
		return lineClutter
	}
	if a.lx.layout.isSection(s) {
		return lineHeading
	}
	r, _ := utf8.DecodeLastRuneInString(trimTrailingSymbols(s))
	switch r {
	case '.', '!', '?', '"', '\u201d', '\u2019', '\'', ':', ';', '\u2026', ')':
		return lineBody
	}
	if len(s) > 300 {
		return lineBody // a paragraph that lost its final full stop
	}
	return lineHeading
}

// letterCounts counts the letters of s, and those in a Latin script.
func letterCounts(s string) (latin, letters int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if lc := c | 0x20; 'a' <= lc && lc <= 'z' {
				latin++
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			letters++
			if r < 0x250 {
				latin++
			}
		}
		i += n
	}
	return latin, letters
}

// trimTrailingSymbols drops emoji and other symbols (with their modifiers,
// joiners and variation selectors) and white space from the end of s, so a
// sentence that ends "… incident. 🚫" still ends with its full stop.
func trimTrailingSymbols(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSymbol(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Cf, r) && !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}
