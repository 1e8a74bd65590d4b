package experiment

import (
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// SynsetAblations are the tenth session's rows (issue 10, lexical
// knowledge from outside the corpus): the WordNet synset block
// (features.Config.Synsets) at three values, with and without hypernyms
// and second senses, and the cue lexicon expanded by WordNet synonyms.
func SynsetAblations(def stance.TrainConfig) []Ablation {
	syn := func(v float64, senses int, hyp bool) stance.TrainConfig {
		c := def
		c.Features.Synsets, c.Features.SynsetSenses, c.Features.SynsetHypernyms = v, senses, hyp
		return c
	}
	pos := func(c stance.TrainConfig, p string) stance.TrainConfig {
		c.Features.SynsetPOS = p
		return c
	}
	return []Ablation{
		{Name: "synsets: first sense, value 0.2", Config: syn(0.2, 1, false)},
		{Name: "synsets: first sense, value 0.5", Config: syn(0.5, 1, false)},
		{Name: "synsets: first sense, value 1", Config: syn(1, 1, false)},
		{Name: "synsets: first sense and hypernyms, value 0.2", Config: syn(0.2, 1, true)},
		{Name: "synsets: first sense and hypernyms, value 0.5", Config: syn(0.5, 1, true)},
		{Name: "synsets: first sense and hypernyms, value 1", Config: syn(1, 1, true)},
		{Name: "synsets: two senses, value 0.5", Config: syn(0.5, 2, false)},
		{Name: "synsets: two senses and hypernyms, value 0.5", Config: syn(0.5, 2, true)},
		{Name: "synsets: two senses and hypernyms, value 1", Config: syn(1, 2, true)},
		{Name: "synsets: first sense, value 2", Config: syn(2, 1, false)},
		{Name: "synsets: adjectives only, first sense, value 0.5", Config: pos(syn(0.5, 1, false), "a")},
		{Name: "synsets: adjectives only, first sense, value 1", Config: pos(syn(1, 1, false), "a")},
		{Name: "synsets: adjectives and verbs, first sense and hypernyms, value 0.5", Config: pos(syn(0.5, 1, true), "av")},
		{Name: "synsets: cue lexicon + WordNet synonyms at half weight", Config: def, Options: Options{Learner: SynonymLexiconLearner(0.5)}},
	}
}

// SynonymLexiconLearner trains with the cue lexicon expanded by WordNet:
// each one-word cue gains, as cues of its class at share of its weight, the
// stems of the forms whose first sense shares a synset with the cue's word
// (features.SynsetTable.Synonyms). It reads nothing of the fold.
func SynonymLexiconLearner(share float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		lex, err := features.DefaultLexicon()
		if err != nil {
			return nil, err
		}
		t, err := features.DefaultSynsets()
		if err != nil {
			return nil, err
		}
		nl, err := SynonymLexicon(lex, t, share)
		if err != nil {
			return nil, err
		}
		cc := cfg
		cc.Lexicon = nl
		m, err := train(tr, cc, o)
		if err != nil {
			return nil, err
		}
		return modelLabeller(m), nil
	}
}

// SynonymLexicon returns lex with its one-word cues' WordNet synonyms
// added (see SynonymLexiconLearner).
func SynonymLexicon(lex *features.Lexicon, t *features.SynsetTable, share float64) (*features.Lexicon, error) {
	cues := lex.Cues()
	// Patterns are words, matched on their stems; a one-word pattern may
	// give choices ("bar|barred|bars").
	have := map[string]bool{}
	for _, q := range cues {
		for _, w := range strings.FieldsFunc(q.Pattern, func(r rune) bool { return r == ' ' || r == '|' }) {
			have[tokenize.Stem(strings.TrimPrefix(w, "="))] = true
		}
	}
	oneWord := func(q features.Cue) bool { return !strings.ContainsAny(q.Pattern, " *=") }
	// The table's forms that stem as a cue word does.
	byStem := map[string][]string{}
	for _, q := range cues {
		if oneWord(q) {
			for _, w := range strings.Split(q.Pattern, "|") {
				byStem[tokenize.Stem(w)] = nil
			}
		}
	}
	t.EachForm(func(form string) {
		if l, ok := byStem[tokenize.Stem(form)]; ok {
			byStem[tokenize.Stem(form)] = append(l, form)
		}
	})
	var add []features.Cue
	for _, q := range cues {
		if !oneWord(q) {
			continue
		}
		for _, w := range strings.Split(q.Pattern, "|") {
			for _, form := range byStem[tokenize.Stem(w)] {
				for _, s := range t.Synonyms(form) {
					st := tokenize.Stem(s)
					if have[st] || !isLetters(s) {
						continue
					}
					have[st] = true
					add = append(add, derivedCue(q, s, share))
				}
			}
		}
	}
	return expandedLexicon(cues, add)
}
