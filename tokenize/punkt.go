package tokenize

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/stancekit/stancekit/internal/wordhash"
	"gopkg.in/neurosnap/sentences.v1"
)

//go:generate go run ./internal/genpunkt

// punktType is one word type of the Punkt model and its orthographic
// context: the bit set of the positions (sentence-initial, internal,
// unknown) and cases it was seen in.
type punktType struct {
	typ string
	ctx uint8
}

// punkt is prose's sentence segmenter over the generated tables of
// punkt_model.go instead of the decoded JSON model: the tables are static
// data, so nothing is decoded at start-up. The Punkt rules, in prose's
// segment package and in gopkg.in/neurosnap/sentences underneath, read the
// model as Go maps. The three small sets are such maps, built once (a few
// hundred entries); the orthographic contexts, 20,000 word types, are not:
// each text gets a map of the contexts of its own word types, the only
// ones the rules can look up. The boundaries are those of prose's
// segment.New, which TestPunktMatchesProse checks over the corpora.
type punkt struct {
	abbrevs, collocations, starters sentences.SetString
	// words is the word tokenizer the rules split a text with (prose's
	// embeds it and changes only which tokens end sentences).
	words *sentences.DefaultWordTokenizer
	pool  sync.Pool // of *punktSeg
}

func newPunkt() *punkt {
	return &punkt{
		abbrevs:      stringSet(punktAbbrevs[:]),
		collocations: stringSet(punktCollocations[:]),
		starters:     stringSet(punktStarters[:]),
		words:        sentences.NewWordTokenizer(sentences.NewPunctStrings()),
	}
}

func stringSet(members []string) sentences.SetString {
	s := make(sentences.SetString, len(members))
	for _, m := range members {
		s.Add(m)
	}
	return s
}

// orthoContext returns the orthographic context of a word type (0 for an
// unknown type, as the map of the model gives).
func orthoContext(typ string) int {
	if i := orthoIndex([]byte(typ)); i >= 0 {
		return int(punktOrtho[i].ctx)
	}
	return 0
}

// Segment splits text into sentences, as prose's Segmenter does. Each call
// takes a segmenter of its own from the pool and gives it text's
// orthographic contexts, so concurrent calls share only what is read.
func (p *punkt) Segment(text string) []segment.Sentence {
	s, _ := p.pool.Get().(*punktSeg)
	if s == nil {
		s = &punktSeg{st: &sentences.Storage{AbbrevTypes: p.abbrevs, Collocations: p.collocations, SentStarters: p.starters}}
		s.seg = segment.WithTraining(s.st)
	}
	if s.ortho == nil || len(s.ortho) > maxPooledTypes {
		s.ortho = sentences.SetString{}
	}
	clear(s.ortho)
	s.buf = p.contexts(s.ortho, s.buf, text)
	s.st.OrthoContext = s.ortho
	out := s.seg.Segment(text)
	p.pool.Put(s)
	return out
}

// maxPooledTypes bounds the map of orthographic contexts a pooled segmenter
// keeps for the next text: clearing a map costs its size, so one grown on a
// long text is dropped.
const maxPooledTypes = 1 << 10

// punktSeg is a prose Segmenter over a model whose orthographic contexts
// are those of the text in hand, and the scratch space that finds them.
type punktSeg struct {
	st    *sentences.Storage
	seg   *segment.Segmenter
	ortho sentences.SetString
	buf   []byte
}

// contexts adds to m the orthographic contexts of the word types the Punkt
// rules can look up in text; the rules then only read m. They look up the
// type of a token of the word tokenizer's period context, with its final
// period or without it (Type or TypeNoPeriod, through TypeNoSentPeriod),
// and nothing else. Those tokens are the text's white space separated words
// that hold one of ". ! ?" or follow one that does (or, when there is
// none, the whole text), so contexts scans the words itself instead of
// building the tokenizer's tokens a second time;
// TestPunktContextsCoverLookups checks that it misses none. The map's keys
// are the model's own strings, and buf (returned, grown) is scratch space
// for the types, so a text costs no allocation beyond m's growth.
func (p *punkt) contexts(m sentences.SetString, buf []byte, text string) []byte {
	add := func(typ []byte) {
		if i := orthoIndex(typ); i >= 0 {
			m[punktOrtho[i].typ] = int(punktOrtho[i].ctx)
		}
		if n := len(typ); n > 1 && typ[n-1] == '.' { // TypeNoPeriod
			if i := orthoIndex(typ[:n-1]); i >= 0 {
				m[punktOrtho[i].typ] = int(punktOrtho[i].ctx)
			}
		}
	}
	prev, any := false, false
	word := func(w string, punct bool) {
		if punct || prev {
			buf = p.appendType(buf[:0], w)
			add(buf)
		}
		prev, any = punct, any || punct
	}
	start, punct := -1, false // the word being scanned, and whether it holds . ! ?
	for i := 0; i < len(text); {
		c, size := text[i], 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				word(text[start:i], punct)
				start = -1
			}
		} else {
			if start < 0 {
				start, punct = i, false
			}
			punct = punct || c == '.' || c == '!' || c == '?'
		}
		i += size
	}
	if start >= 0 {
		word(text[start:], punct)
	}
	if !any {
		buf = p.appendType(buf[:0], text)
		add(buf)
	}
	return buf
}

// orthoIndex returns the index of a word type in punktOrtho, or -1.
func orthoIndex(typ []byte) int {
	const mask = uint32(len(punktSlots) - 1)
	for h := wordhash.Bytes(typ) & mask; ; h = (h + 1) & mask {
		s := punktSlots[h]
		if s == 0 {
			return -1
		}
		if punktOrtho[s-1].typ == string(typ) {
			return int(s - 1)
		}
	}
}

// appendType appends to dst the word tokenizer's Type of a token with text
// w: lower case, a trailing number replaced by "##number##" and, unless it
// is one byte long, without commas. An ASCII word is done here, byte by
// byte (see numberAt for the number); any other takes the tokenizer's own
// way. TestPunktAppendType and FuzzPunktAppendType compare the two.
func (p *punkt) appendType(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, p.words.Type(sentences.NewToken(w))...)
		}
	}
	n := numberAt(w)
	if n < 0 {
		n = len(w)
	}
	start := len(dst)
	for i := 0; i < n; i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if n < len(w) {
		dst = append(dst, "##number##"...)
	}
	if len(dst)-start == 1 {
		return dst
	}
	// Drop the commas (there are none in "##number##").
	out := start
	for _, c := range dst[start:] {
		if c != ',' {
			dst[out] = c
			out++
		}
	}
	return dst[:out]
}

// numberAt returns where the word tokenizer's number pattern,
// -?[.,]?\d[\d,.-]*\.?$, first matches w, or -1. A match runs to the end of
// w over the characters "0-9 , . -" only, so it starts in the run of them
// that ends w, at the first place there where an optional "-" and an
// optional "." or "," lead to a digit.
func numberAt(w string) int {
	inSet := func(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }
	run := len(w)
	for run > 0 && inSet(w[run-1]) {
		run--
	}
	for i := run; i < len(w); i++ {
		j := i
		if w[j] == '-' {
			j++
		}
		if j < len(w) && (w[j] == '.' || w[j] == ',') {
			j++
		}
		if j < len(w) && '0' <= w[j] && w[j] <= '9' {
			return i
		}
	}
	return -1
}
