package attribution

import (
	"github.com/stancekit/stancekit/tokenize"
	"strings"
	"unicode"
	"unicode/utf8"
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
	wordInfo          // the lexicon's classes of norm, and registry phrases starting with it
}

// is reports whether the word belongs to one of the classes c.
func (w *word) is(c wordClass) bool { return w.cls&c != 0 }

// splitWords turns tokenizer tokens into words, splitting leading and
// trailing quote marks off tokens.
func splitWords(toks []tokenize.Token, dst []word) []word {
	for _, t := range toks {
		s, start := t.Text, t.Start
		if quotePrefix(s) == 0 && quoteSuffix(s) == 0 {
			dst = append(dst, mkWordNorm(s, start, t.Norm)) // the common case: the token is the word
			continue
		}
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

func mkWord(s string, start int) word { return mkWordNorm(s, start, tokenize.Normalize(s)) }

// mkWordNorm makes the word s at start, whose tokenize.Normalize form is
// norm.
func mkWordNorm(s string, start int, norm string) word {
	w := word{start: start, end: start + len(s), text: s, norm: foldMarks(norm), quote: -1}
	w.alpha, w.cap = firstAlnum(s)
	w.qmark = isQuoteMark(s)
	return w
}

// firstAlnum reports whether s holds a letter or digit, and whether the
// first of them is upper case.
func firstAlnum(s string) (alpha, upper bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				return true, false
			case 'A' <= c && c <= 'Z':
				return true, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true, unicode.IsUpper(r)
		}
		i += n
	}
	return false, false
}

// line is one paragraph of the article: a run of text between line breaks.
type line struct {
	start, end int      // trimmed of surrounding white space
	kind       lineKind // set by extract
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
	return joinHardWrapped(text, out)
}

// joinHardWrapped joins the lines of a hard-wrapped text (a plain-text
// record that breaks every line near a fixed width) back into paragraphs:
// a line goes on the line before it when only one line end lies between
// them and it is not indented (an indented line or a blank line opens a
// paragraph). A text is hard-wrapped when at least eight lines, and three
// in four of those of 40 bytes or more, are 50 to 80 bytes long, and at
// most one in ten of those is over 100 (a header left unwrapped). Other
// texts come back as they are.
func joinHardWrapped(text string, ls []line) []line {
	if !hardWrapped(ls) {
		return ls
	}
	out := ls[:1]
	for _, ln := range ls[1:] {
		prev := &out[len(out)-1]
		gap := text[prev.end:ln.start]
		if strings.Count(gap, "\n") == 1 && !strings.HasSuffix(gap, "  ") && ln.end-prev.start <= maxWindow {
			prev.end = ln.end
			continue
		}
		out = append(out, ln)
	}
	return out
}

// hardWrapped reports whether the lines look broken at a fixed width (see
// joinHardWrapped).
func hardWrapped(ls []line) bool {
	band, long, over := 0, 0, 0
	for _, ln := range ls {
		n := ln.end - ln.start
		if n > 100 {
			over++
		}
		if n >= 40 {
			long++
		}
		if n >= 50 && n <= 80 {
			band++
		}
	}
	return band >= 8 && 4*band >= 3*long && 10*over <= long
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
