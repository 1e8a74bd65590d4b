package sentiment

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jonreiter/govader"
)

// VADER rule constants, as published by Hutto & Gilbert (2014) and used by
// the reference implementation.
const (
	capIncrement   = 0.733 // ALL-CAPS emphasis of a sentiment word or booster
	negScalar      = -0.74 // a negated word keeps 74% of its strength, flipped
	normAlpha      = 15.0  // compound = s / sqrt(s*s + alpha)
	boosterDecay1  = 0.95  // booster two words before the sentiment word
	boosterDecay2  = 0.90  // booster three words before the sentiment word
	exclaimScale   = 0.292 // per "!" (at most maxExclaims of them)
	maxExclaims    = 4
	questionScale  = 0.18 // per "?" when there are two or three of them
	maxQuestionAmp = 0.96 // four or more "?"
	neverSoScale   = 1.25 // "never so good": an intensifier, not a negation
	butScale       = 0.5  // before "but" x0.5, after x1.5
)

// idiom is a multi-word sequence with a value: a special-case idiom that
// replaces the valence of the word it ends on, or a multi-word booster.
type idiom struct {
	words []string
	value float64
}

// lexicon is the immutable word data an Analyzer scores with. It is built
// once and only read afterwards, which is what makes an Analyzer safe for
// concurrent use.
type lexicon struct {
	valence  map[string]float64   // lower-cased word -> mean crowd valence (-4..4)
	booster  map[string]float64   // single-word boosters and dampeners
	negate   map[string]struct{}  // negation words
	special  map[string][]idiom   // special-case idioms by first word
	boostSeq map[string][]idiom   // multi-word boosters ("kind of") by first word
	emoji    map[rune]string      // emoji -> textual description
	maxEmoji rune                 // smallest rune that can be an emoji (fast path)
	domain   map[string]domainLex // words whose valence the domain layer set
}

// domainLex remembers a domain override so drivers can say where a valence
// came from.
type domainLex struct {
	valence float64
	note    string
}

// baseLexicon loads the VADER data shipped with govader exactly once. The
// govader analyzer is used only as the source of its lexicons; its maps are
// copied so nothing here aliases state another package could mutate.
var baseLexicon = sync.OnceValue(func() *lexicon {
	sia := govader.NewSentimentIntensityAnalyzer()
	lx := &lexicon{
		valence:  make(map[string]float64, len(sia.Lexicon)),
		booster:  make(map[string]float64),
		negate:   make(map[string]struct{}, len(sia.Constants.NegateList)),
		special:  make(map[string][]idiom),
		boostSeq: make(map[string][]idiom),
		emoji:    make(map[rune]string, len(sia.EmojiDict)),
		maxEmoji: utf8.MaxRune,
	}
	for w, v := range sia.Lexicon {
		lx.valence[w] = v
	}
	for w, v := range sia.Constants.BoosterDict {
		if f := strings.Fields(w); len(f) > 1 {
			lx.boostSeq[f[0]] = append(lx.boostSeq[f[0]], idiom{words: f, value: v})
			continue
		}
		lx.booster[w] = v
	}
	for _, w := range sia.Constants.NegateList {
		lx.negate[w] = struct{}{}
	}
	for w, v := range sia.Constants.SpecialCaseIdioms {
		f := strings.Fields(w)
		lx.special[f[0]] = append(lx.special[f[0]], idiom{words: f, value: v})
	}
	for k, desc := range sia.EmojiDict {
		r, size := utf8.DecodeRuneInString(k)
		if size != len(k) || r == utf8.RuneError {
			continue // multi-rune sequences are never matched rune by rune
		}
		lx.emoji[r] = desc
		if r < lx.maxEmoji {
			lx.maxEmoji = r
		}
	}
	return lx
})

// withDomain returns a copy of lx with the domain word overrides applied.
// A zero valence removes the word from the lexicon, so that it no longer
// acts as a sentiment word for the VADER rules either.
func (lx *lexicon) withDomain(rules *domainRules) *lexicon {
	out := *lx
	out.valence = make(map[string]float64, len(lx.valence)+len(rules.words))
	for w, v := range lx.valence {
		out.valence[w] = v
	}
	out.domain = make(map[string]domainLex, len(rules.words))
	for w, e := range rules.words {
		if e.valence == 0 {
			delete(out.valence, w)
		} else {
			out.valence[w] = e.valence
		}
		out.domain[w] = domainLex{valence: e.valence, note: e.note}
	}
	return &out
}
