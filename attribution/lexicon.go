package attribution

// The word lists the extractor's grammar is written with. They describe
// English news prose, not the Huawei debate; the debate's actors live in the
// registry (actors_default.json).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// speechVerbs introduce what was said: "X said (that) C", "C, X said".
var speechVerbs = set(
	"say", "says", "said", "saying", "tell", "tells", "told", "telling",
	"add", "adds", "added", "adding", "state", "states", "stated", "stating",
	"stress", "stresses", "stressed", "stressing", "argue", "argues", "argued", "arguing",
	"insist", "insists", "insisted", "insisting", "warn", "warns", "warned", "warning",
	"claim", "claims", "claimed", "claiming", "note", "notes", "noted", "explain", "explains", "explained",
	"suggest", "suggests", "suggested", "suggesting", "believe", "believes", "believed",
	"maintain", "maintains", "maintained", "confirm", "confirms", "confirmed",
	"announce", "announces", "announced", "report", "reports", "reported",
	"write", "writes", "wrote", "read", "reads", "inform", "informs", "informed",
	"acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
	"assert", "asserts", "asserted", "declare", "declares", "declared",
	"predict", "predicts", "predicted", "reiterate", "reiterates", "reiterated",
	"respond", "responds", "responded", "reply", "replies", "replied",
	"think", "thinks", "understand", "understands", "assure", "assures", "assured",
	"emphasise", "emphasised", "emphasize", "emphasized", "emphasises", "emphasizes",
	"point", "pointed", "points", "recall", "recalled", "recalls", "describe", "described", "describes",
	"rule", "ruled", "concede", "conceded", "contend", "contended", "contends",
	"stating", "speak", "spoke", "speaks", "adamant",
)

// objectVerbs take the addressee before the content: "told EURACTIV that".
var objectVerbs = set("tell", "tells", "told", "telling", "inform", "informs", "informed",
	"warn", "warns", "warned", "warning", "assure", "assures", "assured", "remind", "reminded", "brief", "briefed")

// clauseVerbs state a position as an act; their statement is the whole
// clause from the holder on ("Huawei has strongly rejected the allegations").
var clauseVerbs = set(
	"reject", "rejects", "rejected", "deny", "denies", "denied", "urge", "urges", "urged",
	"call", "calls", "called", "demand", "demands", "demanded", "voice", "voices", "voiced",
	"express", "expresses", "expressed", "raise", "raises", "raised", "lobby", "lobbies", "lobbied",
	"oppose", "opposes", "opposed", "back", "backs", "backed", "support", "supports", "supported",
	"ban", "bans", "banned", "bar", "bars", "barred", "stop", "stops", "stopped", "exclude", "excludes", "excluded",
	"block", "blocks", "blocked", "restrict", "restricts", "restricted", "adopt", "adopts", "adopted",
	"agree", "agrees", "agreed", "approve", "approves", "approved", "pass", "passes", "passed",
	"sue", "sues", "sued", "accuse", "accuses", "accused", "fear", "fears", "feared",
	"seek", "seeks", "sought", "plan", "plans", "planned", "want", "wants", "wanted",
	"threaten", "threatens", "threatened", "ignore", "ignores", "ignored", "consider", "considers", "considered",
	"pursue", "pursues", "pursued", "propose", "proposes", "proposed", "commit", "commits", "committed",
	"take", "takes", "took", "attempt", "attempts", "attempted", "hope", "hopes", "hoped",
	"criticise", "criticised", "criticize", "criticized", "welcome", "welcomes", "welcomed",
	"praise", "praises", "praised", "set", "sets", "aim", "aims", "aimed", "create", "created",
	"establish", "established", "recognise", "recognised", "recognize", "recognized",
	"sign", "signed", "open", "opens", "opened", "arrest", "arrested", "authorise", "authorised",
	"authorize", "authorized", "press", "pressed", "push", "pushed", "drop", "drops", "dropped",
	"allow", "allows", "allowed", "require", "requires", "required", "review", "reviewed",
	"investigate", "investigated", "scrutinise", "scrutinised", "scrutinize", "scrutinized",
	"discuss", "discussed", "discusses", "ask", "asks", "asked", "make", "makes", "made",
	"band", "banded", "pursues", "seem", "seems", "host", "hosts", "hosted", "hit",
	"reach", "reached", "get", "got", "give", "gave", "hold", "held", "issue", "issued",
	"publish", "published", "launch", "launched", "continue", "continues", "continued",
	"remain", "remains", "remained", "need", "needs", "needed", "become", "became",
	"see", "sees", "saw", "regard", "regards", "regarded", "react", "reacted", "reacting",
)

// irregularPast are past forms that do not end in -ed.
var irregularPast = set("said", "told", "sought", "took", "set", "held", "made", "spoke", "wrote", "gave", "got",
	"saw", "became", "hit", "read", "put", "led", "met", "kept", "left", "brought", "thought", "began", "ran",
	"won", "lost", "sent", "came", "went", "found", "felt", "stood", "understood")

// beForms mark a passive when they precede a participle.
var beForms = set("is", "are", "was", "were", "be", "been", "being", "'s")

// subordinators end a clause after a comma: "…, as he stressed".
var subordinators = set("as", "while", "whereas", "although", "though", "because", "after", "before",
	"when", "which", "where", "whereby", "but", "since", "until", "unless")

// auxiliaries and adverbs that may stand between a subject and its verb.
var auxWords = set(
	"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can",
	"may", "might", "should", "must", "shall", "did", "does", "do", "to",
	"also", "not", "never", "n't", "strongly", "formally", "only", "already", "still", "now", "recently",
	"reportedly", "directly", "further", "earlier", "then", "repeatedly", "publicly", "previously",
	"firmly", "again", "too", "just", "officially", "once", "even", "all", "both", "together",
	"currently", "increasingly", "largely", "clearly", "explicitly", "quickly", "swiftly", "jointly",
	"therefore", "indeed", "however", "this", "that", "month", "week", "year", "last", "next",
)

// stopAfterSubject are words that, right after a subject, show it is not a
// clause subject ("Huawei's", "Huawei and", "EU-China summit").
var notVerb = set(
	"the", "a", "an", "of", "in", "on", "at", "for", "with", "from", "by", "to", "and", "or", "but",
	"as", "that", "which", "who", "whose", "whom", "than", "into", "about", "over", "under", "its",
	"their", "his", "her", "our", "this", "these", "those", "such", "'s", "s", "between", "among",
	"against", "through", "during", "without", "within", "after", "before", "since", "if", "when",
	"while", "where", "because", "although", "though", "so", "per", "via", "like", "unlike",
	"inside", "outside", "across", "towards", "toward", "upon", "including", "alongside",
)

// determiners and quantifiers that may open a speaker phrase.
var determiners = set("a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some",
	"many", "other", "another", "its", "his", "her", "their", "our", "both", "all", "most", "few",
	"various", "numerous", "multiple")

// adjectives that may stand inside a speaker phrase in lower case.
var npAdjectives = set("senior", "top", "high-level", "high", "level", "rotating", "chief", "legal", "former",
	"deputy", "big", "major", "national", "foreign", "western", "eastern", "european", "chinese", "american",
	"security", "intelligence", "telecoms", "telecom", "telecommunications", "mobile", "network", "cyber",
	"cybersecurity", "state", "government", "federal", "local", "general", "executive", "financial",
	"technology", "technical", "independent", "anonymous", "unnamed", "familiar", "leading", "key",
	"influential", "prominent", "press", "digital", "foreign-affairs", "affairs", "vice", "acting",
	"current", "new", "four", "largest", "biggest", "main", "official", "officials", "member", "in",
	"charge", "big-four")

// institutionNouns end the names of bodies and events, never of people:
// a capitalised name ending in one is not taken for a person's.
var institutionNouns = set("summit", "council", "commission", "parliament", "ministry", "institute", "agency",
	"union", "committee", "court", "group", "association", "authority", "office", "department", "bank",
	"university", "party", "government", "forum", "centre", "center", "foundation", "board", "assembly",
	"conference", "organisation", "organization", "service", "services", "taskforce", "network", "alliance")

// pronouns that can stand for a speaker.
var personPronouns = set("he", "she")

// anonymous sources: the holder is a go-between and the position belongs to
// whoever the content is about.
var sourceNouns = set("people", "source", "sources", "person", "insider", "insiders", "diplomat", "diplomats")

// media words: outlets report positions rather than hold them.
var mediaWords = set("newspaper", "times", "reuters", "euractiv", "bloomberg", "guardian", "telegraph",
	"journal", "post", "news", "paper", "agency", "afp", "ap", "dpa", "xinhua", "politico", "financial")

// clause openers after which a new clause (and so a subject) may start.
var clauseOpeners = set("that", "as", "while", "whereas", "although", "though", "because", "after",
	"when", "since", "and", "but", "however", "meanwhile", "moreover", "contrast", "addition", "where")

// titleWords are parts of a person's title, not of the name ("President
// Xi Jinping").
var titleWords = set("president", "vice-president", "vice", "prime", "minister", "deputy", "chief",
	"commissioner", "chairman", "chairwoman", "chair", "secretary", "ambassador", "spokesperson",
	"spokesman", "spokeswoman", "premier", "vice-premier", "chancellor", "director", "general",
	"head", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "king", "queen", "senator", "rep",
	"governor", "mayor", "officer", "ceo", "cto", "cfo", "founder", "foreign", "affairs", "digital",
	"security", "rapporteur", "representative", "leader", "minister", "eu", "us", "uk", "epp",
	"high", "the", "of", "for", "and", "single", "market", "jobs", "growth", "investment",
	"competitiveness", "western", "europe", "white", "house", "rotating", "legal")
