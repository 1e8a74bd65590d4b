package features

import (
	_ "embed"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode"

	"github.com/stancekit/stancekit/tokenize"
)

// The relevance block (Config.Relevance) marks what tells a statement that
// takes a position on Huawei and 5G vendors from one that takes none: whether
// it names the target at all (Huawei, ZTE, Chinese or high-risk vendors, 5G
// and telecom networks), whether it has a deontic, evaluative or reporting
// word (and whether with the target), and its shape (quoted speech, figures,
// length). The word lists are data: features/relevance.tsv.

//go:embed relevance.tsv
var defaultRelevanceData string

// RelevanceHeader is the version line every relevance file starts with.
const RelevanceHeader = "# stancekit-data relevance v1"

// RelevanceSet is the set of relevance features a statement has, one bit per
// entry of RelevanceFeatureNames.
type RelevanceSet uint16

// The relevance features, in the order of RelevanceFeatureNames.
const (
	RTarget              RelevanceSet = 1 << iota // the target is named
	RNoTarget                                     // the target is not named
	RDeontic                                      // a deontic word ("should", "ban", "urge")
	RTargetDeontic                                // one, and the target
	REval                                         // an evaluative word ("risk", "safe", "baseless")
	RTargetEval                                   // one, and the target
	RSpeech                                       // a reporting verb ("said", "warned")
	RTargetSpeech                                 // one, and the target
	RQuote                                        // a double quotation mark
	RFigure                                       // a number ("3", "2019"; not "5G")
	RShort                                        // under 12 words
	RLong                                         // over 30 words
	numRelevanceFeatures = iota
)

var relevanceFeatureNames = [numRelevanceFeatures]string{
	"R:target", "R:no-target", "R:deontic", "R:target*deontic", "R:eval", "R:target*eval",
	"R:speech", "R:target*speech", "R:quote", "R:figure", "R:short", "R:long",
}

// RelevanceFeatureNames returns the names of the relevance features in index
// order: the block a Vectorizer with Config.Relevance set appends after the
// predicate block.
func RelevanceFeatureNames() []string { return relevanceFeatureNames[:] }

// Names returns the names of the features in s, in index order.
func (s RelevanceSet) Names() []string {
	var out []string
	for x := uint16(s); x != 0; x &= x - 1 {
		out = append(out, relevanceFeatureNames[bits.TrailingZeros16(x)])
	}
	return out
}

// relevance roles, as relevance.tsv names them.
const (
	relTarget = iota
	relDeontic
	relEval
	relSpeech
	numRelRoles
)

var relRoleNames = [numRelRoles]string{"target", "deontic", "eval", "speech"}

// relPhrase is one entry: a role and, per word position, the stems that
// may stand there.
type relPhrase struct {
	role int
	alts [][]string
}

// RelevanceLists are the word lists of the relevance block. They are
// immutable once read and safe for concurrent use.
type RelevanceLists struct {
	// byFirst holds, for each stem, the phrases it may start.
	byFirst map[string][]int
	phrases []relPhrase
	text    string
}

var (
	defaultRelevanceOnce sync.Once
	defaultRelevance     *RelevanceLists
	defaultRelevanceErr  error
)

// DefaultRelevanceLists returns the embedded relevance.tsv, parsed once.
func DefaultRelevanceLists() (*RelevanceLists, error) {
	defaultRelevanceOnce.Do(func() {
		defaultRelevance, defaultRelevanceErr = ReadRelevanceLists(defaultRelevanceData)
	})
	return defaultRelevance, defaultRelevanceErr
}

// DefaultRelevanceData returns the text of the embedded relevance.tsv.
func DefaultRelevanceData() string { return defaultRelevanceData }

// ReadRelevanceLists parses the relevance.tsv format (see the file's
// header comment).
func ReadRelevanceLists(data string) (*RelevanceLists, error) {
	lines := strings.Split(data, "\n")
	if strings.TrimRight(lines[0], "\r") != RelevanceHeader {
		return nil, fmt.Errorf("relevance lists: first line must be %q", RelevanceHeader)
	}
	r := &RelevanceLists{byFirst: map[string][]int{}, text: data}
	for n, line := range lines[1:] {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		role, phrase, ok := strings.Cut(line, "\t")
		k := -1
		for i, name := range relRoleNames {
			if role == name {
				k = i
			}
		}
		words := strings.Fields(phrase)
		if !ok || k < 0 || len(words) == 0 || len(words) > 4 {
			return nil, fmt.Errorf("relevance lists: line %d: want role<TAB>phrase of 1 to 4 words with a known role, have %q", n+2, line)
		}
		p := relPhrase{role: k}
		for _, w := range words {
			var alt []string
			for _, a := range strings.Split(w, "|") {
				if a == "" {
					return nil, fmt.Errorf("relevance lists: line %d: empty choice in %q", n+2, w)
				}
				alt = append(alt, tokenize.Stem(strings.ToLower(a)))
			}
			p.alts = append(p.alts, alt)
		}
		at := len(r.phrases)
		r.phrases = append(r.phrases, p)
		for _, s := range p.alts[0] {
			if l := r.byFirst[s]; len(l) == 0 || l[len(l)-1] != at {
				r.byFirst[s] = append(l, at)
			}
		}
	}
	if len(r.phrases) == 0 {
		return nil, fmt.Errorf("relevance lists: no entries")
	}
	return r, nil
}

// String returns the lists' text.
func (r *RelevanceLists) String() string { return r.text }

// Analyze returns the relevance features of a statement from its text and
// the stems of its tokens ("" for a token that is no word). Phrases match on
// consecutive words, punctuation skipped; the cost is linear in the words
// (a phrase is at most four words, and each stem starts few phrases).
func (r *RelevanceLists) Analyze(src string, stems []string) RelevanceSet {
	var roles [numRelRoles]bool
	words, figure := 0, false
	for i, st := range stems {
		if st == "" {
			continue
		}
		words++
		if !figure && isFigure(st) {
			figure = true
		}
		for _, p := range r.byFirst[st] {
			ph := &r.phrases[p]
			if roles[ph.role] || !ph.matchAt(stems, i) {
				continue
			}
			roles[ph.role] = true
		}
	}
	var s RelevanceSet
	if roles[relTarget] {
		s |= RTarget
	} else {
		s |= RNoTarget
	}
	for _, c := range [...]struct {
		role      int
		own, with RelevanceSet
	}{{relDeontic, RDeontic, RTargetDeontic}, {relEval, REval, RTargetEval}, {relSpeech, RSpeech, RTargetSpeech}} {
		if roles[c.role] {
			s |= c.own
			if roles[relTarget] {
				s |= c.with
			}
		}
	}
	if strings.ContainsAny(src, "\"“”") {
		s |= RQuote
	}
	if figure {
		s |= RFigure
	}
	switch {
	case words < 12:
		s |= RShort
	case words > 30:
		s |= RLong
	}
	return s
}

// matchAt reports whether the phrase matches the words from stems[i] on
// (stems[i] matches its first word: byFirst found it).
func (p *relPhrase) matchAt(stems []string, i int) bool {
	j := i
	for _, alt := range p.alts[1:] {
		j++
		for j < len(stems) && stems[j] == "" {
			j++
		}
		if j >= len(stems) || !containsString(alt, stems[j]) {
			return false
		}
	}
	return true
}

func containsString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// isFigure reports whether a stem is a number: digits and no letter ("3",
// "2019", not "5g").
func isFigure(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return digit
}

// addRelevanceFeatures appends the relevance block's names when it is on.
func (v *Vectorizer) addRelevanceFeatures() {
	if v.rel == nil {
		return
	}
	v.relAt = int32(len(v.names))
	v.names = append(v.names, RelevanceFeatureNames()...)
}

// addRelevance appends the relevance block (indices above every cue and
// predicate index) for the features in s.
func (v *Vectorizer) addRelevance(vec Vector, s RelevanceSet) Vector {
	if v.rel == nil {
		return vec
	}
	for x := uint16(s); x != 0; x &= x - 1 {
		vec.Idx = append(vec.Idx, v.relAt+int32(bits.TrailingZeros16(x)))
		vec.Val = append(vec.Val, v.cfg.Relevance)
	}
	return vec
}
