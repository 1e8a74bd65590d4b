package sentiment

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/internal/tsv"
)

// The news domain layer. Its data is domain.tsv, embedded in the binary; the
// file's header documents the format, which is also what WithDomainRules
// reads.

//go:embed domain.tsv
var domainTSV string

// maxScope is how many tokens after a negation cue its scope can reach.
const maxScope = 12

// domainRules is the parsed domain layer: word and phrase valence overrides,
// and negation cues with a scope.
type domainRules struct {
	words   map[string]domainEntry // single-word overrides
	phrases map[string][]phraseRule
	scopes  map[string][]phraseRule
}

type domainEntry struct {
	valence float64
	note    string
}

// phraseRule is a multi-word override or a negation cue.
type phraseRule struct {
	words []string
	value float64
	text  string // the pattern as written, used to name the rule in drivers
}

func newDomainRules() *domainRules {
	return &domainRules{
		words:   make(map[string]domainEntry),
		phrases: make(map[string][]phraseRule),
		scopes:  make(map[string][]phraseRule),
	}
}

// domainKind and domainVersion make the version line of a domain rules
// file: "# stancekit-data sentiment-domain v1".
const (
	domainKind    = "sentiment-domain"
	domainVersion = 1
)

// parse reads rules in the domain.tsv format into d. name is used in error
// messages, which are *ParseErrors. Later entries replace earlier ones with
// the same pattern.
func (d *domainRules) parse(r io.Reader, name string) error {
	sc := tsv.NewScanner(r, name)
	if err := sc.Version(domainKind, domainVersion); err != nil {
		return fmt.Errorf("sentiment: %w", err)
	}
	for sc.Scan() {
		if err := d.rule(sc.Fields()); err != nil {
			return fmt.Errorf("sentiment: %w", sc.Wrap(err))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentiment: %w", err)
	}
	return nil
}

// rule adds the rule of one line's fields.
func (d *domainRules) rule(f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("want kind<TAB>pattern<TAB>value[<TAB>note], got %d field(s)", len(f))
	}
	kind := strings.TrimSpace(f[0])
	words := strings.Fields(strings.ToLower(f[1]))
	if len(words) == 0 {
		return errors.New("empty pattern")
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("value %q is not a finite number", f[2])
	}
	pattern := strings.Join(words, " ")
	switch kind {
	case "lex":
		if v < -4 || v > 4 {
			return fmt.Errorf("valence %v outside VADER's -4..4 scale", v)
		}
		if len(words) == 1 {
			d.words[pattern] = domainEntry{valence: v, note: pattern}
		} else {
			d.phrases[words[0]] = upsert(d.phrases[words[0]], phraseRule{words: words, value: v, text: pattern})
		}
	case "scope":
		if v < -1 || v > 1 {
			return fmt.Errorf("scope factor %v outside -1..1", v)
		}
		d.scopes[words[0]] = upsert(d.scopes[words[0]], phraseRule{words: words, value: v, text: pattern})
	default:
		return fmt.Errorf("unknown kind %q (want lex or scope)", kind)
	}
	return nil
}

// upsert replaces a rule with the same pattern or appends it, keeping longer
// patterns first so that the longest match wins.
func upsert(rules []phraseRule, r phraseRule) []phraseRule {
	for i := range rules {
		if rules[i].text == r.text {
			rules[i] = r
			return rules
		}
	}
	rules = append(rules, r)
	for i := len(rules) - 1; i > 0 && len(rules[i].words) > len(rules[i-1].words); i-- {
		rules[i], rules[i-1] = rules[i-1], rules[i]
	}
	return rules
}

// match reports the last token index of the first rule in cands matching at
// token i, or -1.
func (e *engine) match(cands []phraseRule, i int) (int, *phraseRule) {
	toks := e.sc.toks
	for c := range cands {
		r := &cands[c]
		if i+len(r.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range r.words {
			if !e.is(i+k, w) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(r.words) - 1, r
		}
	}
	return -1, nil
}

// annotate applies the multi-word overrides before the VADER rules run: the
// last word of a matched phrase carries the phrase's valence, the others
// become neutral, and the VADER rules (negation, boosters, capitals) then
// treat the phrase like one lexicon word.
func (d *domainRules) annotate(e *engine) {
	if len(d.phrases) == 0 {
		return
	}
	toks := e.sc.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.flags&wPhrase == 0 {
			continue
		}
		cands := d.phrases[string(e.sc.lower[t.lo:t.hi])]
		if len(cands) == 0 {
			continue
		}
		k, r := e.match(cands, i)
		if k < 0 {
			continue
		}
		for j := i; j < k; j++ {
			toks[j].inLex, toks[j].lexVal, toks[j].isBooster = false, 0, false
			toks[j].domain, toks[j].rule = true, r.text
		}
		toks[k].inLex, toks[k].lexVal = r.value != 0, r.value
		toks[k].domain, toks[k].rule = true, r.text
		i = k
	}
}

// neverSo reports whether VADER's "never so" / "never this" rule applied to
// token j: "never" two or three tokens before it with "so" or "this" in
// between, which VADER reads as emphasis ("never so good"), not negation.
func (e *engine) neverSo(j int) bool {
	soThis := func(i int) bool { return e.is(i, "so") || e.is(i, "this") }
	if j >= 2 && e.is(j-2, "never") && soThis(j-1) {
		return true
	}
	return j >= 3 && e.is(j-3, "never") && (soThis(j-2) || soThis(j-1))
}

// endsClause reports whether the token ends a clause (its raw form ends in
// sentence or clause punctuation).
func (e *engine) endsClause(j int) bool {
	t := &e.sc.toks[j]
	switch e.text[t.rawEnd-1] {
	case '.', ';', ':', '!', '?':
		return true
	}
	return false
}

// scopeBreakers end a negation scope: a contrast starts a new claim.
var scopeBreakers = map[string]struct{}{
	"but": {}, "however": {}, "although": {}, "though": {}, "yet": {},
	"whereas": {}, "while": {}, "despite": {}, "except": {},
}

// apply runs the negation cues after the VADER rules: the cue's own words
// become neutral ("no" is not bad news in "no evidence"), negative words in
// its scope (up to maxScope tokens, stopping at clause punctuation or a
// contrast word) are multiplied by the cue's factor, and positive words in
// scope are negated the way VADER negates. Words the VADER rules already
// flipped are left alone, so nothing is negated twice, and so are words
// VADER's "never so" rule emphasised ("has never been so good").
func (d *domainRules) apply(e *engine) {
	if len(d.scopes) == 0 {
		return
	}
	toks, vals := e.sc.toks, e.sc.vals
	n := len(toks)
	for i := 0; i < n; i++ {
		t := &toks[i]
		if t.flags&wScope == 0 {
			continue
		}
		cands := d.scopes[string(e.sc.lower[t.lo:t.hi])]
		if len(cands) == 0 {
			continue
		}
		k, r := e.match(cands, i)
		if k < 0 {
			continue
		}
		for c := i; c <= k; c++ {
			vals[c] = 0
			toks[c].domain, toks[c].rule = true, r.text
		}
		if e.endsClause(k) {
			i = k
			continue
		}
		for j := k + 1; j < n && j-k <= maxScope; j++ {
			if _, stop := scopeBreakers[string(e.sc.lower[toks[j].lo:toks[j].hi])]; stop {
				break
			}
			switch {
			case e.neverSo(j):
				// VADER read "never so good" as emphasis, not negation.
			case vals[j] < 0 && toks[j].lexVal < 0:
				vals[j] *= r.value
				toks[j].domain, toks[j].rule = true, r.text
			case vals[j] > 0 && toks[j].lexVal > 0:
				vals[j] *= negScalar
				toks[j].domain, toks[j].rule = true, r.text
			}
			if e.endsClause(j) {
				break
			}
		}
		i = k
	}
}
