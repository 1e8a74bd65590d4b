package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// AppendSub appends the tokens of src[start:end] to dst, with offsets
// relative to start, Norm filled in and no negation marks: the tokens
// AppendTokens(dst, src[start:end]) gives. toks must be the tokens of one
// region of src that holds [start, end) (offsets into src, as AppendTokens
// or Tokens give them for src, or for a line or paragraph of it with the
// offsets moved to src's): AppendSub copies those that the cut leaves whole
// and tokenizes again only the text between a cut and the nearest
// separator. A caller that has tokenized a document, and classifies
// statements cut from it, so does not tokenize each statement again.
//
// A range outside src, or toks that do not fit src (out of order or out of
// bounds), make AppendSub tokenize src[start:end] afresh; it never panics.
func (t *Tokenizer) AppendSub(dst []Token, src string, toks []Token, start, end int) []Token {
	if start < 0 || end > len(src) || start > end {
		return dst
	}
	if !fits(src, toks) {
		return t.AppendTokens(dst, src[start:end])
	}
	sub := src[start:end]
	// i0: the first token from which on sub's tokens are toks' own: one that
	// starts where sub does and begins a span of the region (the region's
	// first token, or one after a gap), or one with a separator (in any
	// state of the scanner) between start and it.
	i0 := -1
	for k := searchStart(toks, start); k < len(toks) && toks[k].End <= end; k++ {
		s := toks[k].Start
		if s == start && (k == 0 || toks[k-1].End < s) || s > start && separatorBefore(sub[:s-start]) {
			i0 = k
			break
		}
	}
	// i1: the last such token: one that ends where sub does and ends a span
	// of the region, or one followed by a separator within sub.
	i1 := -1
	for k := searchStart(toks, end) - 1; i0 >= 0 && k >= i0; k-- {
		e := toks[k].End
		if e == end && (k == len(toks)-1 || toks[k+1].Start > e) || e < end && separatorAfter(sub[e-start:]) {
			i1 = k
			break
		}
	}
	if i1 < 0 {
		return t.AppendTokens(dst, sub)
	}
	dst = t.AppendTokens(dst, sub[:toks[i0].Start-start])
	for _, x := range toks[i0 : i1+1] {
		dst = append(dst, Token{Text: sub[x.Start-start : x.End-start], Norm: x.Norm, Start: x.Start - start, End: x.End - start})
	}
	tail := toks[i1].End - start
	n := len(dst)
	dst = t.AppendTokens(dst, sub[tail:])
	for k := n; k < len(dst); k++ {
		dst[k].Start += tail
		dst[k].End += tail
	}
	return dst
}

// fits reports whether toks are in order and within src.
func fits(src string, toks []Token) bool {
	prev := 0
	for _, x := range toks {
		if x.Start < prev || x.End < x.Start || x.End > len(src) {
			return false
		}
		prev = x.End
	}
	return true
}

// searchStart returns the index of the first token starting at or after
// pos.
func searchStart(toks []Token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// isSeparator reports whether r ends a span in any state of the scanner:
// white space or a control character. (An invisible format character
// separates only outside a span.)
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	return r != utf8.RuneError && (unicode.IsSpace(r) || unicode.IsControl(r))
}

// separatorBefore reports whether s ends with a whole separator character.
func separatorBefore(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	return size > 0 && isSeparator(r)
}

// separatorAfter reports whether s starts with a whole separator character.
func separatorAfter(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size > 0 && isSeparator(r)
}
