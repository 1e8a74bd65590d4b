package tokenize

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
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
	i := sort.Search(len(punktOrtho), func(i int) bool { return punktOrtho[i].typ >= typ })
	if i < len(punktOrtho) && punktOrtho[i].typ == typ {
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
	s.st.OrthoContext = p.contexts(text)
	out := s.seg.Segment(text)
	s.st.OrthoContext = nil
	p.pool.Put(s)
	return out
}

// punktSeg is a prose Segmenter over a model whose orthographic contexts
// are those of the text in hand.
type punktSeg struct {
	st  *sentences.Storage
	seg *segment.Segmenter
}

// contexts returns the orthographic contexts of the word types the Punkt
// rules can look up in text, in a map the rules then only read. They look
// up the type of a token of the word tokenizer's period context, with its
// final period or without it (Type or TypeNoPeriod, through
// TypeNoSentPeriod), and nothing else. Those tokens are the text's white
// space separated words that hold one of ". ! ?" or follow one that does
// (or, when there is none, the whole text), so contexts scans the words
// itself instead of building the tokenizer's tokens a second time;
// TestPunktContextsCoverLookups checks that it misses none.
func (p *punkt) contexts(text string) sentences.SetString {
	m := sentences.SetString{}
	add := func(typ string) {
		if c := orthoContext(typ); c != 0 {
			m[typ] = c
		}
		if n := len(typ); n > 1 && typ[n-1] == '.' { // TypeNoPeriod
			if c := orthoContext(typ[:n-1]); c != 0 {
				m[typ[:n-1]] = c
			}
		}
	}
	prev, any := false, false
	word := func(w string, punct bool) {
		if punct || prev {
			add(p.typeOf(w))
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
		add(p.typeOf(text))
	}
	return m
}

// typeOf is the word tokenizer's Type of a token with text w: lower case,
// a trailing number replaced by "##number##" and, unless it is one byte
// long, without commas. The number rule needs an ASCII digit, so a word
// without one skips its regular expression.
func (p *punkt) typeOf(w string) string {
	if strings.ContainsAny(w, "0123456789") {
		return p.words.Type(sentences.NewToken(w))
	}
	typ := strings.ToLower(w)
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}
