package attribution

import (
	"strings"
	"unicode"
)

// actorRef is a resolved actor: canonical name and type.
type actorRef struct{ name, typ string }

func (a actorRef) known() bool { return a.name != "" }

// speakerRef is a resolved speaker phrase.
type speakerRef struct {
	text   string   // the phrase as written ("Ansip", "a Huawei spokesperson", "he")
	name   string   // the speaker's resolved name ("Andrus Ansip")
	actor  actorRef // who the position belongs to
	person bool     // a named person
	source bool     // an anonymous source or a news outlet: the actor comes from the content
	known  bool     // the actor comes from the registry or from a title in the text
	head   string   // last role noun, for anaphora ("the official")
	start  int      // byte offset of the phrase
}

type personRec struct {
	full  string
	actor actorRef
	known bool
}

type mention struct {
	pos   int
	actor actorRef
	pers  *personRec
	head  string // a role noun that follows the name: "US official"
}

// docState is what resolution remembers while it reads one article.
type docState struct {
	text      string
	persons   map[string]*personRec // lower-case full name and family name
	leading   map[string]*personRec // lower-case first word of a two-word name: a family name put first ("Zhang" of "Zhang Ming")
	mentions  []mention             // actor and person mentions in text order
	lastSpk   speakerRef
	hasSpk    bool
	byHead    map[string]speakerRef
	srcActor  actorRef // actor of the last statement made through a source
	lastQuote *rawStmt
	covered   []bool // coverage's buffers
	covStart  []int
	acronyms  map[string]actorRef // acronyms the text defined (acronym.go)
}

func newDocState(text string) *docState {
	return &docState{text: text, persons: map[string]*personRec{}, leading: map[string]*personRec{}, byHead: map[string]speakerRef{}}
}

// mentionsBefore scans back for the last mention before pos that ok accepts.
func (st *docState) lastMention(pos int, ok func(mention) bool) (mention, bool) {
	best, found := mention{pos: -1}, false
	for k, n := len(st.mentions)-1, 0; k >= 0 && n < 200; k, n = k-1, n+1 {
		m := st.mentions[k]
		if m.pos < pos && m.pos > best.pos && ok(m) {
			best, found = m, true
		}
	}
	return best, found
}

func (st *docState) addMention(m mention) { st.mentions = append(st.mentions, m) }

func (a *Analyzer) actorOf(i int) actorRef {
	e := a.m.actors[i]
	return actorRef{name: e.Name, typ: e.Type}
}

// noteMentions records the registry actors and people named in ws.
func (a *Analyzer) noteMentions(st *docState, ws []word, lineMatches []match) {
	// "Garrett Forsyth, a researcher at the Egmont Institute, …": a new
	// person introduced by an apposition
	for k := 0; k+3 < len(ws); k++ {
		if !ws[k].cap || (k > 0 && ws[k-1].cap) {
			continue
		}
		e := k
		if a.isTitle(ws[k]) {
			continue // "Dr. Garrett Forsyth, a researcher ...": the name starts after the title
		}
		for e < len(ws) && e-k < 4 && ws[e].cap && isNameWord(ws[e].text) && !a.isTitle(ws[e]) {
			e++
		}
		if e-k < 2 || e+2 >= len(ws) || ws[e].norm != "," || !ws[e+1].is(cDeterminer) || !a.allName(ws, k, e) {
			continue
		}
		full := joinWords(st.text, ws, k, e)
		key := strings.ToLower(full)
		p, ok := st.persons[key]
		if !ok {
			p = &personRec{full: full, actor: actorRef{name: full, typ: TypePerson}}
			if x := a.npEnd(ws, e+1, len(ws)); x > e+1 {
				var mts [4]match
				for _, mt := range a.m.all(ws, e+1, x, mts[:0]) {
					if mt.kind == mAlias {
						p.actor, p.known = a.actorOf(mt.actor), true
						break
					}
				}
			}
			st.persons[key] = p
			if sk := strings.ToLower(joinWords(st.text, ws, k+1, e)); st.persons[sk] == nil {
				st.persons[sk] = p
			}
		}
		st.addMention(mention{pos: ws[k].start, actor: p.actor, pers: p})
		k = e
	}
	for _, mt := range lineMatches {
		ref := a.actorOf(mt.actor)
		m := mention{pos: ws[mt.i].start, actor: ref}
		for k := mt.j; k < len(ws) && k < mt.j+2; k++ {
			if ws[k].is(cRole) {
				m.head = ws[k].norm
				break
			}
		}
		if mt.kind == mDemonym {
			if m.head != "" {
				st.addMention(m)
			}
			continue
		}
		if mt.kind == mPerson || mt.kind == mSurname {
			m.pers = a.registryPerson(st, mt)
		}
		st.addMention(m)
	}
}

func (a *Analyzer) registryPerson(st *docState, mt match) *personRec {
	full := mt.name
	if mt.kind == mSurname {
		for _, p := range a.m.actors[mt.actor].People {
			if strings.HasSuffix(p, " "+mt.name) {
				full = p
				break
			}
		}
	}
	key := strings.ToLower(full)
	if p, ok := st.persons[key]; ok {
		return p
	}
	p := &personRec{full: full, actor: a.actorOf(mt.actor), known: true}
	st.persons[key] = p
	if f := strings.Fields(full); len(f) > 1 {
		sk := strings.ToLower(strings.Join(f[1:], " "))
		if _, ok := st.persons[sk]; !ok {
			st.persons[sk] = p
		}
		st.noteLeading(f, p)
	}
	return p
}

// noteLeading records the first word of p's two-word name f, which is the
// family name where it is put first ("Zhang Ming", "Wang Yi"): a title and
// that word alone ("Ambassador Zhang") name p later in the text.
func (st *docState) noteLeading(f []string, p *personRec) {
	if len(f) != 2 || strings.HasSuffix(f[0], ".") {
		return
	}
	if k := strings.ToLower(f[0]); st.leading[k] == nil {
		st.leading[k] = p
	}
}

// resolve turns the phrase ws[i:j] into a speaker. strict asks for a
// speaker whose actor is known (registry, title or anaphora); otherwise any
// phrase with a name, a role noun or a source noun will do, and an unknown
// speaker becomes its own actor.
func (a *Analyzer) resolve(st *docState, ws []word, i, j int, strict bool) (speakerRef, bool) {
	if i < 0 || j > len(ws) || i >= j {
		return speakerRef{}, false
	}
	// drop punctuation at the edges
	for i < j && !ws[i].alpha {
		i++
	}
	for j > i && !ws[j-1].alpha {
		j--
	}
	if i >= j {
		return speakerRef{}, false
	}
	sp := speakerRef{text: st.text[ws[i].start:ws[j-1].end], start: ws[i].start}
	if j-i == 1 {
		if r, ok, done := a.pronounRef(st, ws[i].norm, sp); done {
			return r, ok
		}
	}
	// head role noun, for anaphora
	for k := j - 1; k >= i; k-- {
		if ws[k].is(cRole) || ws[k].is(cSourceNoun) {
			sp.head = ws[k].norm
			break
		}
	}
	var mts [8]match
	ms := a.m.all(ws, i, j, mts[:0])
	media := a.isMedia(ws, i, j)
	if r, ok := a.personRef(st, ws, i, j, ms, media, sp); ok {
		return r, true
	}
	if r, ok := a.namedRef(st, ws, i, j, ms, sp); ok {
		return r, true
	}
	if r, ok := acronymRef(st, ws, i, j, sp); ok {
		return r, true
	}
	// a body the registry does not know: "the Lisbon Council"
	if bs, be := a.bodyAtEnd(ws, i, j); bs >= 0 && !media && !a.coveredByAlias(ms, bs, be) {
		name := joinWords(st.text, ws, bs, be)
		sp.name, sp.actor = name, actorRef{name: name, typ: TypeOther}
		return sp, true
	}
	if strict {
		return speakerRef{}, false
	}
	return a.looseRef(ws, i, j, media, sp)
}

// pronounRef resolves a one-word pronoun phrase: he/she -> the last person
// named; they/we -> the last speaker. done is false for other words.
func (a *Analyzer) pronounRef(st *docState, n string, sp speakerRef) (r speakerRef, ok, done bool) {
	switch {
	case a.lx.personPronouns[n]:
		m, ok := st.lastMention(sp.start, func(m mention) bool { return m.pers != nil })
		if !ok {
			return speakerRef{}, false, true
		}
		sp.name, sp.actor, sp.person, sp.known = m.pers.full, m.pers.actor, true, m.pers.known
		return sp, true, true
	case n == "they" || n == "we":
		if !st.hasSpk {
			return speakerRef{}, false, true
		}
		l := st.lastSpk
		l.text, l.start = sp.text, sp.start
		return l, true, true
	}
	return speakerRef{}, false, false
}

// personRef resolves a phrase naming a person: a registry name, or a
// capitalised name at the end of the phrase; a title in the phrase ties an
// unknown person to an actor.
func (a *Analyzer) personRef(st *docState, ws []word, i, j int, ms []match, media bool, sp speakerRef) (speakerRef, bool) {
	var pers *personRec
	for _, mt := range ms {
		if mt.kind == mPerson || mt.kind == mSurname {
			pers = a.registryPerson(st, mt)
		}
	}
	nameStart, ti, tj := -1, i, j // the title is read in ws[ti:tj]
	if c := appositionComma(ws, i, j); pers == nil && !media && c > i {
		// "Jane Roe, Canada's industry minister": the title follows the name
		if ns, _ := a.nameAtEnd(ws, i, c); ns >= 0 && a.onlyTitles(ws, i, ns) {
			if pers, _ = a.namedPerson(st, ws, i, c, ms); pers != nil {
				ti = c + 1
			}
		}
	}
	if pers == nil && !media {
		pers, nameStart = a.namedPerson(st, ws, i, j, ms)
	}
	if pers == nil {
		return speakerRef{}, false
	}
	if !pers.known {
		if leg, ok := a.legislatorTitled(st.text, ws, ti, tj, nameStart); ok {
			pers.actor, pers.known = a.namedActor(leg), true
		}
	}
	if !pers.known {
		if ref, ok := a.titleActor(st, ws, ti, tj, a.matchesFrom(ms, ti), nameStart); ok {
			pers.actor, pers.known = ref, true
		} else if !pers.actor.known() {
			pers.actor = actorRef{name: pers.full, typ: TypePerson}
		}
	}
	st.addMention(mention{pos: sp.start, actor: pers.actor, pers: pers})
	sp.name, sp.actor, sp.person, sp.known = pers.full, pers.actor, true, pers.known
	return sp, true
}

// namedPerson finds or records the person whose capitalised name ends the
// phrase, and where the name starts (-1 when there is none).
func (a *Analyzer) namedPerson(st *docState, ws []word, i, j int, ms []match) (*personRec, int) {
	if k := j - 1; k > i && ws[k].cap && ws[k].alpha && a.isTitle(ws[k-1]) {
		if p := st.persons[ws[k].norm]; p != nil {
			return p, k // "Minister Champagne" after "François-Philippe Champagne"
		}
		if p := st.leading[ws[k].norm]; p != nil {
			return p, k // "Ambassador Zhang" after "Zhang Ming"
		}
	}
	ns, ne := a.nameAtEnd(ws, i, j)
	if ns < 0 {
		return nil, -1
	}
	full := joinWords(st.text, ws, ns, ne)
	key := strings.ToLower(full)
	if p, ok := st.persons[key]; ok {
		return p, ns
	}
	if ne-ns < 2 || a.coveredByAlias(ms, ns, ne) {
		return nil, ns
	}
	p := &personRec{full: full}
	st.persons[key] = p
	st.noteLeading(strings.Fields(full), p)
	if sk := strings.ToLower(joinWords(st.text, ws, ns+1, ne)); st.persons[sk] == nil {
		st.persons[sk] = p
	}
	if f := a.familyStart(ws, ns, ne); f > ns+1 && f < ne {
		if sk := strings.ToLower(joinWords(st.text, ws, f, ne)); st.persons[sk] == nil {
			st.persons[sk] = p // "Kennedy" for "Robert F. Kennedy"
		}
	}
	return p, ns
}

// namedRef resolves a phrase through an actor it names ("a Huawei
// spokesperson", "MEPs") or through anaphora ("the company", "the
// official").
func (a *Analyzer) namedRef(st *docState, ws []word, i, j int, ms []match, sp speakerRef) (speakerRef, bool) {
	hasRole := sp.head != ""
	for _, mt := range ms {
		if mt.kind == mDemonym && !hasRole {
			continue
		}
		if a.complement(ws, i, mt.i) {
			continue // "Criticism of Huawei": Huawei is not the holder
		}
		if mt.j < j && ws[mt.j].norm == "'s" && mt.j+1 < j && laterMatch(ms, mt.j) {
			continue // "Britain's big four telecommunications firms"
		}
		sp.name, sp.actor, sp.known = sp.text, a.actorOf(mt.actor), true
		return sp, true
	}
	// "the company", "the firm": the last company named
	for k := i + 1; k < j; k++ {
		if a.lx.companyAnaphors[ws[k].norm] && (ws[k-1].norm == "the" || ws[k-1].norm == "that") {
			if m, ok := st.lastMention(sp.start, func(m mention) bool { return m.actor.typ == TypeCompany }); ok {
				sp.name, sp.actor, sp.known = sp.text, m.actor, true
				return sp, true
			}
		}
	}
	// "the official", "the people": the last speaker with that head noun,
	// or the last actor named with it ("a senior US official")
	// ("the government" is a government's: never a company named with the word)
	if sp.head != "" && (ws[i].norm == "the" || ws[i].norm == "this" || ws[i].norm == "these") && j-i <= 3 {
		fits := func(ac actorRef) bool { return !a.lx.executiveNouns[sp.head] || ac.typ == TypeGovernment }
		if prev, ok := st.byHead[sp.head]; ok && fits(prev.actor) {
			prev.text, prev.start = sp.text, sp.start
			return prev, true
		}
		if m, ok := st.lastMention(sp.start, func(m mention) bool { return m.head == sp.head && fits(m.actor) }); ok {
			sp.name, sp.actor, sp.known = sp.text, m.actor, true
			return sp, true
		}
	}
	return speakerRef{}, false
}

// looseRef is the last resort of a non-strict resolve: anonymous sources
// and news outlets pass positions on; a role phrase or a capitalised
// phrase is its own actor.
func (a *Analyzer) looseRef(ws []word, i, j int, media bool, sp speakerRef) (speakerRef, bool) {
	if a.lx.sourceNouns[sp.head] || media {
		sp.name, sp.source = sp.text, true
		return sp, true
	}
	if sp.head != "" || a.hasCapital(ws, i, j) {
		name := strings.TrimSpace(sp.text)
		if f := strings.Fields(name); len(f) > 1 && a.lx.determiners[strings.ToLower(f[0])] {
			name = strings.Join(f[1:], " ")
		}
		sp.name, sp.actor = sp.text, actorRef{name: name, typ: TypeOther}
		return sp, true
	}
	return speakerRef{}, false
}

// complement reports whether the registry phrase at word k of the phrase
// starting at i follows a preposition whose head is not a role noun:
// "Criticism of Huawei" (but "a spokesperson for Huawei").
func (a *Analyzer) complement(ws []word, i, k int) bool {
	for t := k - 1; t > i; t-- {
		n := ws[t].norm
		if n == "of" || n == "for" || n == "at" || n == "in" || n == "by" || n == "from" || n == "to" || n == "with" {
			h := ws[t-1].norm
			return !(ws[t-1].is(cRole) || ws[t-1].is(cSourceNoun) || h == "matter" || ws[t-1].cap && t-1 > i)
		}
		if n == "the" || ws[t].cap || !ws[t].alpha {
			continue
		}
		return false
	}
	return false
}

func (a *Analyzer) coveredByAlias(ms []match, i, j int) bool {
	for _, mt := range ms {
		if mt.kind != mPerson && mt.kind != mSurname && mt.i <= i && mt.j >= j {
			return true
		}
		if mt.kind == mAlias && mt.i < j && mt.j > i {
			return true
		}
	}
	return false
}

// titleActor finds the actor a person's title names: "Commission
// Vice-President", "Huawei's rotating chairman", "the company's", "Italian
// Deputy Prime Minister".
func (a *Analyzer) titleActor(st *docState, ws []word, i, j int, ms []match, nameStart int) (actorRef, bool) {
	end := j
	if nameStart >= 0 {
		end = nameStart
	}
	for _, mt := range ms {
		if mt.i >= end {
			continue
		}
		return a.actorOf(mt.actor), true // an alias or a demonym before a title
	}
	for k := i; k < end; k++ {
		if a.lx.companyAnaphors[ws[k].norm] && k > i && ws[k-1].norm == "the" {
			if m, ok := st.lastMention(ws[i].start, func(m mention) bool { return m.actor.typ == TypeCompany }); ok {
				return m.actor, true
			}
		}
	}
	return actorRef{}, false
}

func (a *Analyzer) isMedia(ws []word, i, j int) bool {
	if j-i >= 2 && ws[i].cap && ws[i+1].cap && a.lx.titleArticles[ws[i].norm] {
		return true // a publication's title: "Der Spiegel"
	}
	for k := i; k < j; k++ {
		n := ws[k].norm
		if ws[k].is(cMedia) && (ws[k].cap || n == "newspaper" || n == "paper") {
			return true
		}
	}
	return false
}

// nameAtEnd finds a run of capitalised words at the end of ws[i:j] that is
// not a title: the person's name in "Commission Vice-President Jyrki
// Katainen". A single capitalised word counts when it is the whole phrase.
func (a *Analyzer) nameAtEnd(ws []word, i, j int) (int, int) {
	s, e := a.properNameAtEnd(ws, i, j)
	if s >= 0 && (ws[e-1].is(cInstitution) || ws[e-1].is(cDocument) && (e-s >= 3 || strings.HasSuffix(ws[e-1].norm, "s"))) {
		// "the European Summit", "Egmont Institute": a body, not a person;
		// "the Final Direct Product Rule", "Intelligence Priorities": a
		// paper (two words ending in a singular may be a person's name:
		// "Nathan Law")
		return -1, -1
	}
	return s, e
}

// bodyAtEnd returns the span of a capitalised name of two or more words
// that ends ws[i:j] and names a body ("the Lisbon Council"), or -1, -1.
func (a *Analyzer) bodyAtEnd(ws []word, i, j int) (int, int) {
	s, e := a.properNameAtEnd(ws, i, j)
	if s < 0 || e-s < 2 || !ws[e-1].is(cInstitution) {
		return -1, -1
	}
	return s, e
}

// properNameAtEnd returns the span of the capitalised name that ends
// ws[i:j], or -1, -1.
func (a *Analyzer) properNameAtEnd(ws []word, i, j int) (int, int) {
	e := j
	for e > i && (ws[e-1].norm == "'s" || !ws[e-1].alpha) {
		e--
	}
	s, initials := e, 0
	for s > i {
		w := ws[s-1]
		if s < e {
			if n := a.initialBefore(ws, i, s); n > 0 {
				s, initials = s-n, initials+n // "H.R. McMaster", "Robert F. Kennedy"
				continue
			}
		}
		if !w.alpha || !w.cap || a.isTitle(w) || !isNameWord(w.text) {
			// family-name particles: "Di Maio", "von der Leyen"
			if s < e && w.alpha && a.lx.nameParticles[w.norm] {
				s--
				continue
			}
			break
		}
		s--
	}
	if s == e || e-s-initials > 4 {
		return -1, -1
	}
	if e-s == 1 && (s != i && !(s == i+1 && ws[i].norm == "the")) {
		// a lone capitalised word after other words is a title or an org
		return -1, -1
	}
	return s, e
}

// initialBefore returns how many words before ws[k] (not before ws[i]) make
// one initial of a name: 1 for a token of capital letters each followed by a
// full stop ("H.R.", "J.") that is no abbreviation ("U.S."), 2 for a capital
// letter and the full stop after it ("F" "."); 0 when there is none.
func (a *Analyzer) initialBefore(ws []word, i, k int) int {
	if k-1 < i {
		return 0
	}
	w := ws[k-1]
	if w.norm == "." && k-2 >= i && ws[k-2].end == w.start && isInitials(ws[k-2].text+".") {
		return 2
	}
	if isInitials(w.text) && !a.lx.abbreviations[strings.TrimSuffix(w.norm, ".")] {
		return 1
	}
	return 0
}

// matchesFrom is the matches of ms that start at word i or after it.
func (a *Analyzer) matchesFrom(ms []match, i int) []match {
	for k, mt := range ms {
		if mt.i >= i {
			return ms[k:]
		}
	}
	return nil
}

// onlyTitles reports whether ws[i:j] holds nothing but titles, determiners
// and punctuation ("Dr.", "the Honourable"): what may stand before a name
// that opens a phrase.
func (a *Analyzer) onlyTitles(ws []word, i, j int) bool {
	for k := i; k < j; k++ {
		if ws[k].alpha && !a.titleOrDeterminer(ws[k]) {
			return false
		}
	}
	return true
}

// titleOrDeterminer reports whether w may stand before a name that opens a
// phrase: a title or a determiner ("the Honourable", "Dr.").
func (a *Analyzer) titleOrDeterminer(w word) bool { return a.isTitle(w) || w.is(cDeterminer) }

// isTitle reports whether w is a word of a title, written with or without
// an abbreviation's full stop ("Dr.", "Sen.").
func (a *Analyzer) isTitle(w word) bool {
	return w.is(cTitle) || strings.HasSuffix(w.norm, ".") && a.lx.titles[strings.TrimSuffix(w.norm, ".")]
}

// appositionComma returns the first comma of the phrase ws[i:j] that opens
// an apposition after a name ("Jane Roe, a spokesperson for the ministry"),
// or -1: the comma has a word after it inside the phrase.
func appositionComma(ws []word, i, j int) int {
	for c := i + 1; c+1 < j; c++ {
		if ws[c].norm == "," {
			return c
		}
	}
	return -1
}

// isInitials reports whether s is one or more capital letters, each followed
// by a full stop: "J.", "H.R.".
func isInitials(s string) bool {
	if len(s) < 2 {
		return false
	}
	for k := 0; k < len(s); k += 2 {
		if k+1 >= len(s) || s[k] < 'A' || s[k] > 'Z' || s[k+1] != '.' {
			return false
		}
	}
	return true
}

// familyStart returns where the family name of the person's name ws[ns:ne]
// starts after its last initial ("Kennedy" of "Robert F. Kennedy"), or ns
// when the name has no initial.
func (a *Analyzer) familyStart(ws []word, ns, ne int) int {
	for k := ne - 1; k > ns; k-- {
		if n := a.initialBefore(ws, ns, k); n > 0 {
			return k
		}
	}
	return ns
}

func isNameWord(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		} else if r != '-' && r != '.' && r != '\'' && r != '\u2019' {
			return false
		}
	}
	// all-caps words are acronyms (NCSC, EU), not names
	return letters > 1 && upper < letters || letters == 1
}

func (a *Analyzer) hasCapital(ws []word, i, j int) bool {
	for k := i; k < j; k++ {
		if ws[k].cap && ws[k].alpha && !ws[k].is(cDeterminer) {
			return true
		}
	}
	return false
}

func joinWords(text string, ws []word, i, j int) string {
	if i >= j {
		return ""
	}
	return strings.Join(strings.Fields(text[ws[i].start:ws[j-1].end]), " ")
}

func laterMatch(ms []match, k int) bool {
	for _, m := range ms {
		if m.i > k && m.kind == mAlias {
			return true
		}
	}
	return false
}

// legislatorTitled returns the legislature of the person phrase ws[i:j]
// (name from nameStart): that of a member-tag rule of the layout right
// after it ("Mitt Romney (R-UT)"), or of the first member-tag rule when a
// legislator title stands before the name with a US demonym ("U.S.
// Senator", "Rep.").
func (a *Analyzer) legislatorTitled(text string, ws []word, i, j, nameStart int) (string, bool) {
	after := text[ws[j-1].end:min(len(text), ws[j-1].end+10)]
	if leg, ok := a.lx.layout.memberTagged(after); ok && strings.HasPrefix(strings.TrimLeft(after, " "), "(") {
		return leg, true
	}
	if nameStart < 0 {
		return "", false
	}
	titled, us := false, false
	for k := i; k < nameStart; k++ {
		n := strings.TrimSuffix(ws[k].norm, ".")
		titled = titled || a.lx.legislatorTitles[n]
		us = us || n == "u.s" || n == "us" || n == "american"
	}
	if titled && us {
		return a.lx.layout.legislature(), true
	}
	return "", false
}
