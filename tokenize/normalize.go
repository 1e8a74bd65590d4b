package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the matching form of s, stancekit's one normalisation
// layer for matching (see the package documentation):
//   - lower case, in Unicode NFC, so that "é" typed as e + U+0301 matches
//     the precomposed letter;
//   - curly single and double quotes folded to ' and "; en, em and other
//     dashes and the minus sign folded to '-'; the ellipsis character to
//     "...";
//   - invalid UTF-8 bytes, U+FFFD (what a JSON encoder makes of them),
//     control characters and invisible format characters dropped: the byte
//     order mark, zero-width space, joiner and non-joiner, the soft hyphen,
//     word joiner and bidirectional controls (Unicode category Cf). So a NUL
//     or a zero-width space inside a word does not split it or change it.
//
// The result is for comparison only: offsets always refer to the original
// text. Normalize does not allocate when s is already in normal form, which
// is the common case for lower-case ASCII words.
func Normalize(s string) string {
	if isNormalASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	ascii := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError || Invisible(r) {
			continue // invalid byte or invisible: dropped for analysis, kept in Text
		}
		if f, ok := fold(r); ok {
			b.WriteString(f)
			continue
		}
		r = unicode.ToLower(r)
		ascii = ascii && r < utf8.RuneSelf
		b.WriteRune(r)
	}
	out := b.String()
	if !ascii && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// Invisible reports whether r is a character that carries no text: a
// control character (category Cc) or a format character (Cf: the byte order
// mark U+FEFF, zero-width space U+200B, non-joiner and joiner U+200C/D, the
// soft hyphen U+00AD, word joiner U+2060, bidirectional controls, ...).
// Normalize drops them, and the Tokenizer does not start a token with one.
func Invisible(r rune) bool {
	if r < utf8.RuneSelf {
		return r < ' ' || r == 0x7f
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// isNormalASCII reports whether s is printable ASCII with no upper-case
// letters, and so is its own normal form.
func isNormalASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// fold maps the typographic characters news text is full of to the ASCII
// forms a lexicon is written in.
func fold(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`':
		return "'", true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return `"`, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-", true
	case '\u2026':
		return "...", true
	case '\u00a0', '\u2009', '\u202f':
		return " ", true
	}
	return "", false
}

// isWordNorm reports whether a normalised token holds a letter or digit.
func isWordNorm(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += size
	}
	return false
}
