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
	words    map[string]wordInfo // everything known about a lower-cased word, in one lookup
	special  map[string][]idiom  // special-case idioms by first word
	boostSeq map[string][]idiom  // multi-word boosters ("kind of") by first word
	emoji    map[rune]string     // emoji -> textual description
	maxEmoji rune                // smallest rune that can be an emoji (fast path)
}

// wordInfo is what the lexicons and the domain layer say about one word.
type wordInfo struct {
	valence float64 // mean crowd valence (-4..4), when flags has wInLex
	boost   float64 // booster or dampener value, when flags has wBooster
	flags   uint16
}

// wordInfo flags.
const (
	wInLex    uint16 = 1 << iota // a sentiment word
	wBooster                     // a single-word booster or dampener
	wNegate                      // a negation word
	wDomain                      // the domain layer set its valence
	wSpecial                     // first word of a special-case idiom
	wBoostSeq                    // first word of a multi-word booster
	wPhrase                      // first word of a domain phrase
	wScope                       // first word of a domain negation cue
)

// baseLexicon loads the VADER data shipped with govader exactly once. The
// govader analyzer is used only as the source of its lexicons; its maps are
// copied so nothing here aliases state another package could mutate.
var baseLexicon = sync.OnceValue(func() *lexicon {
	sia := govader.NewSentimentIntensityAnalyzer()
	lx := &lexicon{
		words:    make(map[string]wordInfo, len(sia.Lexicon)+len(sia.Constants.BoosterDict)),
		special:  make(map[string][]idiom),
		boostSeq: make(map[string][]idiom),
		emoji:    make(map[rune]string, len(sia.EmojiDict)),
		maxEmoji: utf8.MaxRune,
	}
	set := func(w string, fn func(*wordInfo)) {
		info := lx.words[w]
		fn(&info)
		lx.words[w] = info
	}
	for w, v := range sia.Lexicon {
		set(w, func(i *wordInfo) { i.valence, i.flags = v, i.flags|wInLex })
	}
	for w, v := range sia.Constants.BoosterDict {
		if f := strings.Fields(w); len(f) > 1 {
			lx.boostSeq[f[0]] = append(lx.boostSeq[f[0]], idiom{words: f, value: v})
			set(f[0], func(i *wordInfo) { i.flags |= wBoostSeq })
			continue
		}
		set(w, func(i *wordInfo) { i.boost, i.flags = v, i.flags|wBooster })
	}
	for _, w := range sia.Constants.NegateList {
		set(w, func(i *wordInfo) { i.flags |= wNegate })
	}
	for w, v := range sia.Constants.SpecialCaseIdioms {
		f := strings.Fields(w)
		lx.special[f[0]] = append(lx.special[f[0]], idiom{words: f, value: v})
		set(f[0], func(i *wordInfo) { i.flags |= wSpecial })
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

// withDomain returns a copy of lx with the domain word overrides applied and
// the first words of the domain phrases and negation cues flagged. A zero
// valence removes the word from the lexicon, so that it no longer acts as a
// sentiment word for the VADER rules either.
func (lx *lexicon) withDomain(rules *domainRules) *lexicon {
	out := *lx
	out.words = make(map[string]wordInfo, len(lx.words)+len(rules.words)+len(rules.phrases)+len(rules.scopes))
	for w, info := range lx.words {
		out.words[w] = info
	}
	for w, e := range rules.words {
		info := out.words[w]
		info.flags |= wDomain
		if e.valence == 0 {
			info.valence, info.flags = 0, info.flags&^wInLex
		} else {
			info.valence, info.flags = e.valence, info.flags|wInLex
		}
		out.words[w] = info
	}
	for w := range rules.phrases {
		info := out.words[w]
		info.flags |= wPhrase
		out.words[w] = info
	}
	for w := range rules.scopes {
		info := out.words[w]
		info.flags |= wScope
		out.words[w] = info
	}
	return &out
}
