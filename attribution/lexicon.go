package attribution

// lexicon is the grammar's word classes as the extractor reads them, built
// once per Analyzer from its Grammar.
type lexicon struct {
	speech, object, clause map[string]bool
	irregularPast          map[string]bool
	beForms                map[string]bool
	subordinators          map[string]bool
	aux                    map[string]bool
	notVerb                map[string]bool
	determiners            map[string]bool
	npAdjectives           map[string]bool
	institutionNouns       map[string]bool
	personPronouns         map[string]bool
	sourceNouns            map[string]bool
	mediaWords             map[string]bool
	clauseOpeners          map[string]bool
	titles                 map[string]bool
	roleNounsBare          map[string]bool
	junkNames              map[string]bool
	prepositions           map[string]bool
	roleNouns              map[string]bool
	legislatorTitles       map[string]bool
	abbreviations          map[string]bool
	adjectival             map[string]bool
	clutter                clutterRules
	layout                 layout
}

// lexicon returns g's word classes. The clause class takes no -ing form: a
// participle after a holder modifies it rather than stating its act.
func (g *Grammar) lexicon() *lexicon {
	clause := map[string]bool{}
	for w := range g.clause {
		if len(w) < 5 || w[len(w)-3:] != "ing" || g.lemma[w] == w {
			clause[w] = true
		}
	}
	s := g.sets
	return &lexicon{
		speech: g.speech, object: g.object, clause: clause,
		irregularPast: s["irregular_past"], beForms: s["be_forms"], subordinators: s["subordinators"],
		aux: s["auxiliaries"], notVerb: s["not_verb"], determiners: s["determiners"], npAdjectives: s["np_adjectives"],
		institutionNouns: s["institution_nouns"], personPronouns: s["person_pronouns"], sourceNouns: s["source_nouns"],
		mediaWords: s["media_words"], clauseOpeners: s["clause_openers"], titles: s["titles"],
		roleNounsBare: s["role_nouns_bare"], junkNames: s["junk_names"], prepositions: s["prepositions"], roleNouns: s["role_nouns"], legislatorTitles: s["legislator_titles"], abbreviations: s["abbreviations"],
		adjectival: s["adjectival"], clutter: newClutterRules(g.clutter), layout: newLayout(g.layout),
	}
}
