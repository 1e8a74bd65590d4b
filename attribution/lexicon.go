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
	npAdjectives           map[string]bool // with the portfolios
	portfolios             map[string]bool
	trailerWords           map[string]bool
	phraseConnectors       map[string]bool
	phraseFillers          map[string]bool
	connectorHeads         map[string]bool
	companyAnaphors        map[string]bool
	timeWords              map[string]bool
	nameParticles          map[string]bool
	documentNouns          map[string]bool
	numeralAbbreviations   map[string]bool
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
	firstPerson            map[string]bool
	actNouns               map[string]bool
	ministerMarkers        map[string]bool
	topicWords             map[string]bool
	addressForms           map[string]bool
	addressOpeners         map[string]bool
	furnitureWords         map[string]bool
	defendingVendors       map[string]bool
	defendingStates        map[string]bool
	titleArticles          map[string]bool
	quoteFrames            map[string]bool
	executiveNouns         map[string]bool
	executiveOpeners       map[string]bool
	executiveModifiers     map[string]bool
	accountModals          map[string]bool
	demandModals           map[string]bool
	postNominals           map[string]bool
	formerMarkers          map[string]bool
	cleftOpeners           map[string]bool
	cleftRelatives         map[string]bool
	particleFor            map[string]bool
	particleAgainst        map[string]bool
	vendorNouns            map[string]bool
	negators               map[string]bool
	asideOpeners           map[string]bool
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
		aux: s["auxiliaries"], notVerb: s["not_verb"], determiners: s["determiners"], npAdjectives: union(s["np_adjectives"], s["portfolios"]), portfolios: s["portfolios"], trailerWords: s["trailer_words"], phraseConnectors: s["phrase_connectors"], phraseFillers: s["phrase_fillers"], connectorHeads: s["connector_heads"], companyAnaphors: s["company_anaphors"], timeWords: s["time_words"],
		institutionNouns: s["institution_nouns"], documentNouns: s["document_nouns"], personPronouns: s["person_pronouns"], sourceNouns: s["source_nouns"],
		mediaWords: s["media_words"], clauseOpeners: s["clause_openers"], titles: s["titles"],
		roleNounsBare: s["role_nouns_bare"], junkNames: s["junk_names"], prepositions: s["prepositions"], roleNouns: s["role_nouns"], legislatorTitles: s["legislator_titles"], abbreviations: s["abbreviations"], numeralAbbreviations: s["numeral_abbreviations"],
		adjectival: s["adjectival"], firstPerson: s["first_person"], actNouns: s["act_nouns"], ministerMarkers: s["minister_markers"], topicWords: s["topic_words"],
		addressForms: s["address_forms"], addressOpeners: s["address_openers"], furnitureWords: s["furniture_words"], defendingVendors: s["defending_vendors"], defendingStates: s["defending_states"], titleArticles: s["title_articles"], quoteFrames: s["quote_frames"], executiveNouns: s["executive_nouns"], executiveOpeners: s["executive_openers"], executiveModifiers: s["executive_modifiers"], accountModals: s["account_modals"], demandModals: s["demand_modals"], postNominals: s["post_nominals"], nameParticles: s["name_particles"], formerMarkers: s["former_markers"], cleftOpeners: s["cleft_openers"], cleftRelatives: s["cleft_relatives"], particleFor: s["particle_for"], particleAgainst: s["particle_against"], vendorNouns: s["vendor_nouns"], negators: s["negators"], asideOpeners: s["aside_openers"], clutter: newClutterRules(g.clutter), layout: newLayout(g.layout),
	}
}

// wordClass is a set of the lexicon's word classes, as bits: a word's
// classes are looked up once, when the word is made, and the extractor's
// many class tests on it are then bit tests.
type wordClass uint32

const (
	cSpeech wordClass = 1 << iota
	cObject
	cClause
	cIrregularPast
	cBe
	cSubordinator
	cAux
	cNotVerb
	cDeterminer
	cNPAdjective
	cInstitution
	cPersonPronoun
	cSourceNoun
	cMedia
	cClauseOpener
	cTitle
	cPreposition
	cAdjectival
	cRole     // a role noun of the registry ("spokesperson", "minister")
	cDocument // ends the name of a law, rule or paper ("Rule", "Act")
)

// classSets pairs each class with its set in the lexicon.
func (lx *lexicon) classSets() map[wordClass]map[string]bool {
	return map[wordClass]map[string]bool{cSpeech: lx.speech, cObject: lx.object, cClause: lx.clause,
		cIrregularPast: lx.irregularPast, cBe: lx.beForms, cSubordinator: lx.subordinators, cAux: lx.aux,
		cNotVerb: lx.notVerb, cDeterminer: lx.determiners, cNPAdjective: lx.npAdjectives,
		cInstitution: lx.institutionNouns, cPersonPronoun: lx.personPronouns, cSourceNoun: lx.sourceNouns,
		cMedia: lx.mediaWords, cClauseOpener: lx.clauseOpeners, cTitle: lx.titles, cPreposition: lx.prepositions,
		cAdjectival: lx.adjectival, cDocument: lx.documentNouns}
}

// wordInfo is what the extractor knows of a normalised word form: its
// classes and the registry phrases that start with it.
type wordInfo struct {
	cls wordClass
	pat int32 // index+1 into matcher.firsts; 0: no phrase starts with it
	id  int32 // the form's number among the registry phrases' words; 0: in none
}

// wordInfos builds the table of word forms the lexicon and the matcher
// know.
func wordInfos(lx *lexicon, m *matcher) map[string]wordInfo {
	out := map[string]wordInfo{}
	for c, set := range lx.classSets() {
		for w, ok := range set {
			if ok {
				wi := out[w]
				wi.cls |= c
				out[w] = wi
			}
		}
	}
	for w, ok := range m.roles {
		if ok {
			wi := out[w]
			wi.cls |= cRole
			out[w] = wi
		}
	}
	for w, k := range m.firstIdx {
		wi := out[w]
		wi.pat = k + 1
		out[w] = wi
	}
	for w, id := range m.ids {
		wi := out[w]
		wi.id = id
		out[w] = wi
	}
	return out
}

// union returns a new set holding the words of every set.
func union(sets ...map[string]bool) map[string]bool {
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	u := make(map[string]bool, n)
	for _, s := range sets {
		for w := range s {
			u[w] = true
		}
	}
	return u
}
