package tokenize

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the Punkt rules as the segmenter applies them: prose's
// segment package over gopkg.in/neurosnap/sentences, written again over
// byte spans of the text instead of that library's word objects, regular
// expressions and maps, so that a text is split into words once (or not
// at all, when its tokens are at hand) and a sentence costs no allocation
// beyond its result. The boundaries are the library's, rule for rule;
// TestPunktMatchesProse and FuzzPunktMatchesProse compare them with
// prose's segment.New.

// pword is one word of the Punkt rules: a maximal run of characters that
// are not white space (unicode.IsSpace), as text[start:end], with the
// marks the rules set on it.
type pword struct {
	start, end int
	brk, abbr  bool // a sentence break after it; an abbreviation
}

// The orthographic context bits of the Punkt model (beginning, middle and
// unknown position; upper and lower case).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc | orthoMidUc | orthoUnkUc
	orthoLc    = orthoBegLc | orthoMidLc | orthoUnkLc
)

// sentPunct marks the bytes . ! ?, the marks that put a word in the
// period context the rules read.
var sentPunct = [256]bool{'.': true, '!': true, '?': true}

// periodWords appends to ws the words of the period context: each word
// that holds . ! or ? and the word after it. It keeps a quirk of the
// library's word tokenizer: when text ends in a character of more than one
// byte, the last word is not a word at all (the tokenizer looks for the
// end of the text at its last byte, which such a character skips).
func periodWords(ws []pword, text string) []pword {
	sc := periodScan{ws: ws, start: -1}
	sc.chars(text, 0, len(text))
	return sc.finish(text)
}

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// periodWordsOf is periodWords over the tokens of text (Tokenizer's, in
// order; a token's offsets less base are offsets into text): a token holds
// no white space and every byte between two tokens is a separator, so only
// the bytes between tokens are read one character at a time. It reports
// false, having appended nothing, when toks are not in order within text.
func periodWordsOf(ws []pword, text string, base int, toks []Token) ([]pword, bool) {
	n0 := len(ws)
	sc := periodScan{ws: ws, start: -1}
	pos := 0
	for _, t := range toks {
		ts, te := t.Start-base, t.End-base
		if ts < pos || te < ts || te > len(text) {
			return ws[:n0], false
		}
		sc.chars(text, pos, ts)
		if sc.start < 0 {
			sc.start, sc.punct = ts, false
		}
		for k := ts; k < te && !sc.punct; k++ {
			sc.punct = sentPunct[text[k]]
		}
		pos = te
	}
	sc.chars(text, pos, len(text))
	return sc.finish(text), true
}

// periodScan gathers the period-context words of a text as its words are
// read: start is the current word's first byte (-1 between words), punct
// whether it holds . ! or ?, prevPunct whether the word before it did.
type periodScan struct {
	ws        []pword
	start     int
	punct     bool
	prevPunct bool
}

// add ends the word start:end, keeping it when it or the word before it
// holds a sentence mark.
func (sc *periodScan) add(start, end int, punct bool) {
	if punct || sc.prevPunct {
		sc.ws = append(sc.ws, pword{start: start, end: end})
	}
	sc.prevPunct = punct
}

// chars reads text[from:to] one character at a time, white space ending
// the current word.
func (sc *periodScan) chars(text string, from, to int) {
	for i := from; i < to; {
		c, size := text[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if sc.start >= 0 {
				sc.add(sc.start, i, sc.punct)
				sc.start = -1
			}
		} else {
			if sc.start < 0 {
				sc.start, sc.punct = i, false
			}
			sc.punct = sc.punct || sentPunct[c]
		}
		i += size
	}
}

// finish ends the last word at the end of text, unless text ends in a
// character of more than one byte (the quirk periodWords keeps), and
// returns the words.
func (sc *periodScan) finish(text string) []pword {
	if sc.start >= 0 {
		if _, size := utf8.DecodeLastRuneInString(text); size == 1 {
			sc.add(sc.start, len(text), sc.punct)
		}
	}
	return sc.ws
}

// annotate sets the sentence breaks and abbreviations of the words of
// text, in the library's three passes: by each word's own type, by the
// word and the one after it (the Punkt paper's section 4), and prose's
// pass for abbreviations of several periods ("F.B.I.") and marks that can
// stand inside a sentence.
func (p *punkt) annotate(sc *punktScratch, text string, ws []pword) {
	for k := range ws {
		p.byType(sc, text, &ws[k])
	}
	for k := 0; k+1 < len(ws); k++ {
		p.byPair(sc, text, &ws[k], &ws[k+1])
	}
	for k := 0; k+1 < len(ws); k++ {
		p.byProsePair(sc, text, &ws[k], &ws[k+1])
	}
}

// byType is the first pass: a word ending a sentence by its marks is a
// break; one ending in a single period is an abbreviation when the model
// knows it (or the last part after a hyphen), a break otherwise.
func (p *punkt) byType(sc *punktScratch, text string, w *pword) {
	tok := text[w.start:w.end]
	if hasSentEndChars(tok) {
		w.brk = true
		return
	}
	if !strings.HasSuffix(tok, ".") || strings.HasSuffix(tok, "..") {
		return
	}
	// The library cuts the word at its number of characters less one,
	// counted in bytes: the period for an ASCII word.
	stem := tok[:utf8.RuneCountInString(tok)-1]
	if isASCII(stem) {
		sc.b1 = appendLower(sc.b1[:0], stem)
	} else {
		sc.b1 = append(sc.b1[:0], strings.ToLower(stem)...)
	}
	low, last := sc.b1, sc.b1
	if h := bytes.LastIndexByte(low, '-'); h >= 0 {
		last = low[h+1:]
	}
	if p.abbrevs[string(low)] != 0 || p.abbrevs[string(last)] != 0 {
		w.abbr = true
	} else {
		w.brk = true
	}
}

// byPair is the library's token-based pass over a word ending in a period
// and the word after it: collocations, the orthographic and frequent
// sentence starter heuristics, spaced ellipses, initials and ordinals.
func (p *punkt) byPair(sc *punktScratch, text string, one, two *pword) {
	t1, t2 := text[one.start:one.end], text[two.start:two.end]
	if !strings.HasSuffix(t1, ".") {
		return
	}
	sc.b1 = p.typeNoPeriod(sc.b1[:0], t1)
	sc.b2 = p.typeNoSentPeriod(sc.b2[:0], t2, two.brk)
	typ, next := sc.b1, sc.b2
	initial := isInitial(t1)
	sc.b3 = append(append(append(sc.b3[:0], typ...), ','), next...)
	if p.collocations[string(sc.b3)] != 0 {
		one.brk, one.abbr = false, true
		return
	}
	if (one.abbr || strings.HasSuffix(t1, "..")) && !initial {
		if p.heuristic(sc, t2, two.brk) == 1 {
			one.brk = true
			return
		}
		if firstUpper(t2) && p.starters[string(next)] != 0 {
			one.brk = true
			return
		}
	}
	if t1 == "." && t2 == "." {
		one.brk, two.brk = false, false
		return
	}
	if initial || string(typ) == "##number##" {
		h := p.heuristic(sc, t2, two.brk)
		if h == 0 {
			one.brk, one.abbr = false, true
			return
		}
		if h == -1 && initial && firstUpper(t2) && orthoOf(next)&orthoLc == 0 {
			one.brk, one.abbr = false, true
		}
	}
}

// byProsePair is prose's pass over a word and the one after it: an
// ellipsis before a capital or a sentence starter breaks, a closing mark
// before a lower-case word does not, a period before a capital the model
// saw in lower case does, and a word of several periods is an abbreviation
// that breaks only on the heuristics' word.
func (p *punkt) byProsePair(sc *punktScratch, text string, one, two *pword) {
	t1, t2 := text[one.start:one.end], text[two.start:two.end]
	if strings.HasSuffix(t1, ".") && t2 == "." {
		one.brk, two.brk = false, false
		return
	}
	nonBreak := strings.HasSuffix(t1, ".") && !one.brk
	ellipsis := strings.Contains(t1, "...") // (?:\.\s?){2,}\. in a word without white space
	internal := one.brk && looksInternal(t1)
	haveNext := false
	if nonBreak || ellipsis || internal {
		sc.b2 = p.typeNoSentPeriod(sc.b2[:0], t2, two.brk)
		haveNext = true
		starter := p.starters[string(sc.b2)] != 0
		if ellipsis && (firstUpper(t2) || starter) {
			one.brk = true
			return
		}
		if internal && firstLower(t2) && !starter {
			one.brk = false
			return
		}
		if nonBreak && firstUpper(t2) && orthoOf(sc.b2)&orthoLc != 0 {
			one.brk = true
		}
	}
	if !hasMultiPeriodAbbrev(t1) || isInitial(t1) {
		return
	}
	one.abbr, one.brk = true, false
	if p.heuristic(sc, t2, two.brk) == 1 {
		one.brk = true
		return
	}
	if !haveNext {
		sc.b2 = p.typeNoSentPeriod(sc.b2[:0], t2, two.brk)
	}
	if firstUpper(t2) && p.starters[string(sc.b2)] != 0 {
		one.brk = true
	}
}

// heuristic is the orthographic heuristic (section 4.1.1) on the word
// after a period: 1 when it starts a sentence, 0 when it does not, -1 when
// the model cannot tell. It uses sc.b3.
func (p *punkt) heuristic(sc *punktScratch, tok string, brk bool) int {
	if len(tok) == 1 && strings.IndexByte(";:,.!?", tok[0]) >= 0 {
		return 0
	}
	sc.b3 = p.typeNoSentPeriod(sc.b3[:0], tok, brk)
	ctx := orthoOf(sc.b3)
	if firstUpper(tok) && ctx&orthoLc != 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(tok) && (ctx&orthoUc != 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// typeNoPeriod appends the word's type without its final period.
func (p *punkt) typeNoPeriod(dst []byte, tok string) []byte {
	n := len(dst)
	dst = p.appendType(dst, tok)
	if len(dst)-n > 1 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// typeNoSentPeriod appends the word's type, without its final period when
// the word is marked as a sentence break.
func (p *punkt) typeNoSentPeriod(dst []byte, tok string, brk bool) []byte {
	if brk {
		return p.typeNoPeriod(dst, tok)
	}
	return p.appendType(dst, tok)
}

// orthoOf is the model's orthographic context of a type (0 if unknown).
func orthoOf(typ []byte) int {
	if i := orthoIndex(typ); i >= 0 {
		return int(punktOrtho[i].ctx)
	}
	return 0
}

// hasSentEndChars is prose's test for a word that ends a sentence by its
// marks: it ends in ? or !, or in a period, ? or ! and a closing quote or
// bracket (not in the name "Yahoo!"), or holds a period, ? or ! before an
// opening bracket (or a period before a straight double quote).
func hasSentEndChars(tok string) bool {
	for _, e := range [...]string{`."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`} {
		if strings.HasSuffix(tok, e) && !strings.Contains(tok, "Yahoo!") {
			return true
		}
	}
	for _, e := range [...]string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`} {
		if strings.Contains(tok, e) {
			return true
		}
	}
	return false
}

// looksInternal reports whether the word ends in a mark that can close a
// phrase inside a sentence: a bracket or a quote.
func looksInternal(tok string) bool {
	for _, e := range [...]string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	return false
}

// isInitial is ^[A-Za-z]\.$.
func isInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && ('a' <= tok[0]|0x20 && tok[0]|0x20 <= 'z')
}

// hasMultiPeriodAbbrev reports whether ((?:\w\.)+\w*\.) matches in tok: a
// word character and a period, then word characters and a period.
func hasMultiPeriodAbbrev(tok string) bool {
	for i := 0; i+1 < len(tok); i++ {
		if !isWordByte(tok[i]) || tok[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(tok) && isWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}

// isWordByte is the regular expressions' \w: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
}

// firstUpper and firstLower test the case of the word's first character.
func firstUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsUpper(r)
}

func firstLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return tok != "" && unicode.IsLower(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLower appends ASCII s in lower case.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
