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
// data, so nothing is decoded at start-up. The rules are prose's (its
// segment package and gopkg.in/neurosnap/sentences underneath), written
// again in punktrules.go over spans of the text, so that a text is not
// split into the library's word objects and a caller that has the text's
// tokens need not have it scanned again. The boundaries are those of
// prose's segment.New, which TestPunktMatchesProse and
// FuzzPunktMatchesProse check over the corpora and arbitrary text.
type punkt struct {
	abbrevs, collocations, starters sentences.SetString
	// words is the library's word tokenizer, whose Type appendType takes
	// for a word that is not ASCII.
	words *sentences.DefaultWordTokenizer
	pool  sync.Pool // of *punktScratch
}

// punktScratch is one segmentation's space: the words of the period
// context and the buffers the types are built in.
type punktScratch struct {
	ws         []pword
	b1, b2, b3 []byte
}

// maxPooledWords bounds the words a pooled scratch keeps for the next
// text, so that one huge text does not pin its buffer.
const maxPooledWords = 1 << 12

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
	return orthoOf([]byte(typ))
}

// Segment splits text into sentences, as prose's Segmenter does.
func (p *punkt) Segment(text string) []segment.Sentence {
	ss := p.appendSentences(nil, text, 0, nil, false)
	out := make([]segment.Sentence, len(ss))
	for i, s := range ss {
		out[i] = segment.Sentence{Text: s.Text, Start: s.Start}
	}
	return out
}

// appendSentences appends the sentences of text, at offset base of the
// source, to dst. With haveToks, toks are text's tokens as Tokenizer
// gives them (offsets into the source, in order), and the words are read
// from them; tokens that do not fit text are ignored for a scan of the
// text. Concurrent calls share only what is read.
func (p *punkt) appendSentences(dst []Sentence, text string, base int, toks []Token, haveToks bool) []Sentence {
	sc, _ := p.pool.Get().(*punktScratch)
	if sc == nil {
		sc = new(punktScratch)
	}
	ws, ok := sc.ws[:0], false
	if haveToks {
		ws, ok = periodWordsOf(ws, text, base, toks)
	}
	if !ok {
		ws = periodWords(ws, text)
	}
	if len(ws) == 0 {
		// The library's tokenizer makes the whole text one word: one
		// sentence.
		dst = appendTrimmed(dst, text, base, 0, len(text))
	} else {
		p.annotate(sc, text, ws)
		last := 0
		for _, w := range ws {
			if w.brk {
				dst = appendTrimmed(dst, text, base, last, w.end)
				last = w.end
			}
		}
		dst = appendTrimmed(dst, text, base, last, len(text))
	}
	if cap(ws) <= maxPooledWords {
		sc.ws = ws
		p.pool.Put(sc)
	}
	return dst
}

// appendTrimmed appends text[start:end], less the white space around it,
// as a sentence at offset base, unless nothing is left. A sentence ends
// where the word that ends it ends, and the next begins there; the white
// space between them is neither's, so this is where the library (which
// cuts after the white space that follows the last word of a text) puts
// both.
func appendTrimmed(dst []Sentence, text string, base, start, end int) []Sentence {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		dst = append(dst, Sentence{Text: text[start:end], Start: base + start, End: base + end})
	}
	return dst
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
