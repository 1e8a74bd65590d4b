package tokenize

// Token is a word or punctuation mark and its position in the source.
//
// src[t.Start:t.End] == t.Text for every token this package produces.
type Token struct {
	// Text is the token verbatim from the source.
	Text string
	// Norm is the form used for matching (see Normalize): lower-cased and
	// in NFC, with curly quotes, dashes and ellipses folded to ASCII, and
	// invalid UTF-8, U+FFFD, control and invisible format characters
	// dropped. It is empty for a token made only of such bytes.
	Norm string
	// Start and End are the byte offsets of Text in the source.
	Start, End int
	// Negated reports whether the token lies inside a negation scope
	// (see MarkNegation). Negators themselves are not marked.
	Negated bool
}

// In returns the token's text as located in src, or "" when the offsets do
// not fit src. For any token produced from src, t.In(src) == t.Text.
func (t Token) In(src string) string {
	if t.Start < 0 || t.End > len(src) || t.Start > t.End {
		return ""
	}
	return src[t.Start:t.End]
}

// IsWord reports whether the token holds at least one letter or digit, as
// opposed to punctuation and symbols.
func (t Token) IsWord() bool { return isWordNorm(t.Norm) }

// Sentence is a span of text the segmenter found to be one sentence.
//
// src[s.Start:s.End] == s.Text; leading and trailing white space is not part
// of the sentence.
type Sentence struct {
	// Text is the sentence verbatim from the source.
	Text string
	// Start and End are the byte offsets of Text in the source.
	Start, End int
}

// In returns the sentence's text as located in src, or "" when the offsets do
// not fit src.
func (s Sentence) In(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}
