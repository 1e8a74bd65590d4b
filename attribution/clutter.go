package attribution

import (
	"regexp"
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

var (
	// "BEIJING, CHINA - FEBRUARY 14:" datelines open photo captions.
	captionDateline = regexp.MustCompile(`^[A-Z][A-Z .,'-]{2,60} [-\x{2013}\x{2014}] [A-Z]{3,9} \d{1,2}[:,]`)
	// "(L)", "(2nd R)", "(3rd L)", "(C)": positions of people in a photo.
	photoPosition = regexp.MustCompile(`\((?:\d(?:st|nd|rd|th) )?[LRC]\)`)
	// "[EPA/HOW HWEE YOUNG]", "[Reuters/...]": photo agency credits.
	agencyCredit = regexp.MustCompile(`\[[A-Z][A-Za-z]*/[^\]]*\]\s*$`)
	// "[1] EEAS Website", "[12]EEAS": footnote entries.
	footnoteLine = regexp.MustCompile(`^\[\d{1,3}\]`)
	// "2. China hosts ...", " 1. Cyber Defence ...": numbered section titles.
	numbered = regexp.MustCompile(`^\d{1,2}\s*\.\s*\S`)
)

// isClutter reports whether one of the grammar's clutter patterns
// (grammar/clutter.txt) matches line s.
func (lx *lexicon) isClutter(s string) bool {
	low := strings.ToLower(s)
	for _, r := range lx.clutter {
		switch {
		case r.kind == "prefix" && strings.HasPrefix(low, r.text),
			r.kind == "contains" && strings.Contains(low, r.text),
			r.re != nil && r.re.MatchString(s):
			return true
		}
	}
	return false
}

// classifyLine tells running text from headings and page clutter.
func (a *Analyzer) classifyLine(s string, first bool) lineKind {
	if a.lx.isClutter(s) {
		return lineClutter
	}
	if strings.HasPrefix(s, "[") && footnoteLine.MatchString(s) ||
		strings.Contains(s, " - ") && captionDateline.MatchString(s) ||
		strings.Contains(s, ")") && photoPosition.MatchString(s) ||
		strings.HasSuffix(s, "]") && agencyCredit.MatchString(s) {
		return lineClutter
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		return lineClutter
	}
	latin, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if r < 0x250 {
				latin++
			}
		}
	}
	if letters == 0 {
		return lineClutter
	}
	// a line mostly in a non-Latin script at the top of the page is spam
	// (or a language the extractor cannot read anyway)
	if latin*2 < letters && (first || len(s) < 200) {
		return lineClutter
	}
	if numbered.MatchString(s) {
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
