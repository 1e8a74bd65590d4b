package attribution

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Step: own-voice statements. Over the turns of the source step, every
// sentence of an answer, a speech or a release body that no quote, speech
// cue or reported act has claimed becomes a statement of kind "statement"
// held by the turn's voice. Statements the earlier steps found keep their
// holder; in a text with its own voice, one whose holder is not the issuer
// is a described position: the holder keeps it and the issuer is recorded
// as its reporter (aggregation weighs it less).

// KindStatement is a text's own voice: a release's unquoted sentence, a
// spokesperson's answer, a member's speech; its span is the sentence.
const KindStatement Kind = "statement"

// ownVoice adds the own-voice statements of src to raw and marks described
// positions. raw must be sorted by start.
func (a *Analyzer) ownVoice(text string, lines []line, src docSource, raw []rawStmt) []rawStmt {
	legis := a.legislatorSurnames(text, lines)
	if !src.ownVoice {
		for i := range raw {
			if typ := raw[i].spk.actor.typ; typ == TypePerson || typ == TypeOther {
				if leg, ok := a.legislatorOf(legis, raw[i].spk.text); ok {
					raw[i].spk.actor = a.namedActor(leg)
				}
			}
		}
		return raw
	}
	issuerTurns := a.issuerTurns(text, lines, src)
	if src.guessed {
		raw = a.firstPersonClaims(raw) // "My understanding is ...": the voice's own, whoever it is
	} else {
		raw = a.voiceClaims(text, append(src.turns, issuerTurns...), raw)
		raw = a.withHeaderActs(text, lines, src.issuer, raw)
		a.executiveTitles(append(src.turns, issuerTurns...), src.issuer, raw)
		a.addressForms(append(src.turns, issuerTurns...), src.issuer, raw)
	}
	var add []rawStmt
	for _, t := range append(src.turns, issuerTurns...) {
		if t.v.kind == voiceQuestion || !t.v.actor.known() {
			continue
		}
		add = a.turnSentences(text, t, raw, add)
	}
	if !src.guessed {
		add = a.releaseTitles(text, lines, src, raw, add)
	}
	for i := range raw {
		a.describedOrMember(legis, &raw[i], src)
	}
	// the issuer's lines come before a transcript's turns but were added after them
	slices.SortStableFunc(add, func(x, y rawStmt) int { return cmp.Compare(x.start, y.start) })
	return mergeSorted(raw, add)
}

// firstPersonClaims drops the statements of raw whose holder phrase opens
// with a first-person word, but for quotes: in a text with its own voice
// their sentences are the voice's (claimedBy), also when who the voice is
// had to be guessed.
func (a *Analyzer) firstPersonClaims(raw []rawStmt) []rawStmt {
	out := raw[:0:0]
	for _, r := range raw {
		if r.kind == KindQuote || !a.firstPersonHolder(r.spk.text) {
			out = append(out, r)
		}
	}
	return out
}

// voiceClaims drops the statements of raw that the voice of the turn they
// stand in claims, so that their sentences become the voice's own (see
// claimedBy). turns need not be sorted.
func (a *Analyzer) voiceClaims(text string, turns []turn, raw []rawStmt) []rawStmt {
	if len(turns) == 0 {
		return raw
	}
	out := raw[:0:0]
	for _, r := range raw {
		if t, ok := turnAt(turns, r.start); ok && (a.claimedBy(text, r, t.v) || a.pronounFromElsewhere(text, r, t)) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// withHeaderActs adds the acts the header lines answer (headerActs) and
// drops what the cue and act steps found there that they replace, or that
// the issuer holds (an issuing line states nothing of the issuer's own);
// other actors' acts on an issuing line stay ("... after the FCC formally
// designated Huawei ...").
func (a *Analyzer) withHeaderActs(text string, lines []line, issuer voice, raw []rawStmt) []rawStmt {
	if !issuer.actor.known() {
		return raw
	}
	acts := a.headerActs(text, lines, issuer)
	var heads [][2]int
	for k, ln := range lines {
		if k >= 16 {
			break
		}
		s := text[ln.start:ln.end]
		if a.isIssuerHeader(s) || anyRule(a.lx.layout.headerAct, s) {
			heads = append(heads, [2]int{ln.start, ln.end})
		}
	}
	if len(heads) == 0 {
		return raw
	}
	out := raw[:0:0]
	for _, r := range raw {
		drop := false
		for _, h := range heads {
			if h[0] <= r.start && r.start < h[1] {
				drop = r.spk.actor.name == issuer.actor.name || overlapsAny(acts, r.start, r.end)
			}
		}
		if !drop {
			out = append(out, r)
		}
	}
	return mergeSorted(out, acts)
}

// executiveTitles gives a statement whose speaker is a bare office title
// of a government ("the Prime Minister", "the Minister of Public Safety":
// a minister marker of the grammar among titles), or a name the registry
// does not know titled by such an office ("then Public Safety Minister Jane
// Roe", titledName), and whom the registry does not know to the government
// of the voice it is named in: a member's government in a debate, the
// issuer itself when it is a government.
func (a *Analyzer) executiveTitles(turns []turn, issuer voice, raw []rawStmt) {
	for i := range raw {
		r := &raw[i]
		if typ := r.spk.actor.typ; r.spk.actor.known() && typ != TypePerson && typ != TypeOther || !a.officeTitle(r.spk.text) && !a.titledName(r.spk.text) {
			continue
		}
		v := issuer
		if t, ok := turnAt(turns, r.start); ok {
			v = t.v
		}
		gov := v.gov
		if !gov.known() && v.actor.typ == TypeGovernment {
			gov = v.actor
		}
		if gov.known() {
			r.spk.actor, r.spk.known = gov, true
		}
	}
}

// addressForms gives a statement whose holder is a chamber's form of
// address ("the hon. Gentleman", "my right hon. Friend", "the noble Lord",
// "the hon. Member for Bath") and whom the registry does not know to the
// parliament of the debate voice it is said in, or to its government when
// the phrase names a minister ("my right hon. Friend the Secretary of
// State"). Outside a debate the holder stays, and the final filter drops it
// (junkActor).
func (a *Analyzer) addressForms(turns []turn, issuer voice, raw []rawStmt) {
	for i := range raw {
		r := &raw[i]
		if typ := r.spk.actor.typ; r.spk.actor.known() && typ != TypePerson && typ != TypeOther {
			continue
		}
		minister, ok := a.addressForm(r.spk.text)
		if !ok {
			continue
		}
		v := issuer
		if t, ok := turnAt(turns, r.start); ok {
			v = t.v
		}
		to := v.parl
		if minister && v.gov.known() {
			to = v.gov
		}
		if v.kind == voiceSpeech && to.known() {
			r.spk.actor, r.spk.known = to, true
		}
	}
}

// addressForm reports whether p is a form of address of the grammar: up to
// a "for" or "of" (the member's seat, the minister's department), an
// opener, address words and titles, at least one of them an address word.
// minister tells whether a title in it is a minister marker.
func (a *Analyzer) addressForm(p string) (minister, ok bool) {
	return a.addressWords(strings.Fields(strings.ToLower(p)))
}

// addressWords is addressForm on the lower-case words of a phrase.
func (a *Analyzer) addressWords(f []string) (minister, ok bool) {
	for _, w := range f {
		w = strings.Trim(w, ".,;:")
		switch {
		case w == "for" || w == "of":
			return minister, ok
		case a.lx.addressForms[w]:
			ok = true
		case a.lx.ministerMarkers[w]:
			minister = true
		case w == "" || a.lx.addressOpeners[w] || a.lx.titles[w]:
		default:
			return false, false
		}
	}
	return minister, ok
}

// officeTitle reports whether p is "the" and title words up to an "of",
// one of them a minister marker ("the Prime Minister", "the Minister of
// Public Safety").
func (a *Analyzer) officeTitle(p string) bool {
	f := strings.Fields(strings.ToLower(p))
	if len(f) < 2 || f[0] != "the" {
		return false
	}
	marker := false
	for _, w := range f[1:] {
		if w == "of" {
			break
		}
		if !a.lx.titles[w] {
			return false
		}
		marker = marker || a.lx.ministerMarkers[w]
	}
	return marker
}

// titledName reports whether p names a person by a government office and
// nothing else the registry knows: a minister marker among its words, then
// two or more capitalised name words ending it ("then Public Safety
// Minister Jane Roe"), no opposition title, no country or body.
func (a *Analyzer) titledName(p string) bool {
	f := strings.Fields(p)
	m := -1
	for i, w := range f {
		if a.lx.ministerMarkers[strings.ToLower(strings.Trim(w, ",."))] {
			m = i
		}
	}
	if m < 0 || len(f)-m-1 < 2 || anyRule(a.lx.layout.oppositionTitle, p) {
		return false
	}
	for _, w := range f[m+1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	ws := a.words(nil, p, 0)
	return len(a.m.all(ws, 0, len(ws), nil)) == 0
}

// turnAt returns the turn holding offset i.
func turnAt(turns []turn, i int) (turn, bool) {
	for _, t := range turns {
		if t.start <= i && i < t.end {
			return t, true
		}
	}
	return turn{}, false
}

// claimedBy reports whether statement r, found by the cue and act steps in
// a turn spoken by v, is v's own rather than its holder's: its holder is
// the voice in the first person ("We firmly oppose ..."); or it is an act
// (not speech) of another actor that is a vendor the voice speaks about
// ("Huawei is effectively a state-owned corporation"), or that has no
// bearing on vendors in networks (a visit, a trade deal, a human-rights
// record: no topic word in its clause), or any act in a transcript's
// question or answer (a journalist's premise is no position; what a
// spokesperson says another actor did is the spokesperson's account), but
// for a question reporting another government's act on the question ("We
// have noticed that the Ruritanian government has released a guidance on
// 5G"), which is that government's. In
// a question turn the statement is dropped and nothing takes its place;
// speech a question or an answer reports ("X said that ...") stays X's.
func (a *Analyzer) claimedBy(text string, r rawStmt, v voice) bool {
	if a.firstPersonHolder(r.spk.text) && r.kind != KindQuote {
		return true
	}
	if r.kind != KindAction {
		return false
	}
	if v.kind == voiceQuestion && r.spk.actor.typ == TypeGovernment && r.spk.actor.name != v.actor.name && a.onTopic(text[r.start:r.end]) {
		return false // a government's act on the question that a journalist reports: that government's
	}
	if v.kind == voiceQuestion || v.kind == voiceAnswer {
		return true // a transcript's acts: a question reports no position by them, an answer's are the spokesperson's account
	}
	if r.spk.actor.name == v.actor.name {
		return true // the voice's own act: its whole sentence
	}
	if r.spk.actor.typ == TypeOther && !r.spk.known {
		return true // a programme or a place nobody knows ("The Clean Network addresses ...")
	}
	if a.demanded(text, r) {
		return true // the voice's demand on the holder ("X should proceed from ..."), not the holder's act
	}
	return r.spk.actor.typ == TypeCompany || !a.onTopic(text[r.start:r.end])
}

// demanded reports whether the act r's holder phrase is followed by a
// modal of [demand_modals] ("the Australian government should proceed
// ..."): what the voice asks of the holder.
func (a *Analyzer) demanded(text string, r rawStmt) bool {
	e := r.spk.start + len(r.spk.text)
	if r.spk.start < 0 || e > len(text) || text[r.spk.start:e] != r.spk.text {
		return false
	}
	f := strings.Fields(text[e:min(len(text), e+24)])
	return len(f) > 0 && a.lx.demandModals[strings.ToLower(f[0])]
}

// pronounFromElsewhere reports whether r's holder is a pronoun ("they",
// "he") resolved to a speaker that turn t does not name before it: a
// question's "they" is no one of the announcements before it.
func (a *Analyzer) pronounFromElsewhere(text string, r rawStmt, t turn) bool {
	p := strings.ToLower(strings.TrimSpace(r.spk.text))
	if !a.lx.junkNames[p] && !a.lx.personPronouns[p] || a.lx.firstPerson[p] {
		return false
	}
	before := text[t.start:max(t.start, r.start)]
	for _, n := range []string{r.spk.name, lastWord(r.spk.name), r.spk.actor.name} {
		if n != "" && strings.Contains(before, n) {
			return false
		}
	}
	return true
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firstPersonHolder reports whether a holder phrase opens with a first-person
// word of the grammar ("we", "our government").
func (a *Analyzer) firstPersonHolder(p string) bool {
	f := strings.Fields(p)
	return len(f) > 0 && a.lx.firstPerson[strings.ToLower(f[0])]
}

// onTopic reports whether s holds a topic word of the grammar or a vendor's
// name (a single-word alias of a company of the registry).
func (a *Analyzer) onTopic(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || r == '\n'
	}) {
		w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if a.lx.topicWords[w] || a.vendors[w] {
			return true
		}
	}
	return false
}

// issuerTurns gives the issuer every body line that no turn covers, when
// the text is a release or statement, and a debate's body lines before its
// first speaker line (an excerpt page opening inside a speech: an unnamed
// member's, or the Minister's when the minister phrases show).
func (a *Analyzer) issuerTurns(text string, lines []line, src docSource) []turn {
	if src.issuer.kind == voiceNone || !src.issuer.actor.known() {
		return nil
	}
	var out []turn
	k := 0
	for li, ln := range lines {
		if ln.start < src.issuerFrom {
			continue // before the header: not the issuer's
		}
		for k < len(src.turns) && src.turns[k].end <= ln.start {
			k++
		}
		if k < len(src.turns) && src.turns[k].start < ln.end {
			continue
		}
		if len(src.turns) > 0 && (ln.start > src.turns[0].start || src.turns[0].v.kind == voiceSpeech && src.issuer.kind != voiceSpeech) {
			continue // a transcript's lines belong to its turns; a debate's header to no one
		}
		kind := ln.kind
		if li == 0 {
			kind = a.classifyLine(text[ln.start:ln.end], false) // extract read it as the text's first line
		}
		if s := text[ln.start:ln.end]; kind == lineBody && !a.isIssuerHeader(s) && !anyRule(a.lx.layout.debate, s) && a.speakerMatch(s) == nil {
			out = append(out, turn{start: ln.start, end: ln.end, v: src.issuer})
		}
	}
	return out
}

// releaseTitles appends the title of a release whose issuer a lead
// sentence names (a dateline's "WASHINGTON – Sen. Jane Roe (D-VA) joined
// ..."): the heading lines of five or more words just above the lead, a
// short line between (a date, "Press Release") passed over, are the
// issuer's headlines; so is the issuing line itself when it is a title
// ("Government takes first step towards ..."). A header line that names the issuer is itself the
// title and states nothing, so it gives none; neither does a title line
// that holds another actor's statement.
func (a *Analyzer) releaseTitles(text string, lines []line, src docSource, raw, add []rawStmt) []rawStmt {
	if src.issuer.kind != voiceIssuer || !src.issuer.actor.known() || a.issuer != "" {
		return add
	}
	k := slices.IndexFunc(lines, func(ln line) bool { return ln.start == src.issuerFrom })
	if k < 0 || a.isIssuerHeader(text[lines[k].start:lines[k].end]) {
		return add
	}
	var titles []rawStmt
	for li := k; li >= 0 && li >= k-3; li-- {
		ln := lines[li]
		s := text[ln.start:ln.end]
		kind := ln.kind
		if li == 0 {
			kind = a.classifyLine(s, true)
		}
		if kind == lineBody && li == k {
			continue // the lead is the issuer's body (issuerTurns)
		}
		if kind == lineBody {
			break
		}
		if kind != lineHeading || len(strings.Fields(s)) < 5 || overlapsAny(raw, ln.start, ln.end) {
			continue
		}
		sp := speakerRef{text: src.issuer.speaker, name: src.issuer.speaker, actor: src.issuer.actor, known: true, start: ln.start}
		titles = append(titles, rawStmt{start: ln.start, end: ln.end, kind: KindHeadline, spk: sp})
	}
	slices.Reverse(titles)
	return append(add, titles...)
}

// turnSentences appends the sentences of turn t that overlap no statement
// of raw.
func (a *Analyzer) turnSentences(text string, t turn, raw, add []rawStmt) []rawStmt {
	s := text[t.start:t.end]
	if a.lx.isClutter(s) {
		return add
	}
	sp := speakerRef{text: t.v.speaker, name: t.v.speaker, actor: t.v.actor, known: true, start: t.start}
	if q := quotePrefix(s); q > 0 && !overlapsAny(raw, t.start, t.end) {
		// a paragraph that is one quote: the issuer's statement, whole
		return append(add, rawStmt{start: t.start, end: t.end, kind: KindQuote, spk: sp})
	}
	for _, x := range a.sentenceSpans(s) {
		st, en := trimSpan(text, t.start+x[0], t.start+x[1], "")
		if en-st < 12 || len(strings.Fields(text[st:en])) < 3 || overlapsAny(raw, st, en) || a.lx.isClutter(text[st:en]) {
			continue // too short, claimed, or a page's furniture ending a paragraph ("Click here for the text.")
		}
		sp.start = st
		if r, ok := a.locatedAct(text, st, en, t.v); ok {
			add = append(add, r)
			continue
		}
		if r, ok := a.executiveAccount(text, st, en, t.v); ok {
			add = append(add, r)
			continue
		}
		add = append(add, rawStmt{start: st, end: en, kind: KindStatement, spk: sp})
	}
	return add
}

// executiveAccount reads a sentence [st, en) of a member's speech in a
// debate (voice v, not the government's own) whose subject is the
// executive of the member's government, unnamed: the subject step
// (subject.go) finds it, an opener of the grammar's [executive_openers]
// ("The Government have recently taken ...", "Last year, the Government
// were forced ...", "The previous minister of public safety indicated
// ..."), a former office holder ("..., the then communications minister
// was forced to bar ...") or a cleft focus ("It was Labor in government
// who banned ..."). It is the member's account of what the government did
// or said: the government's, reported by the member. A subject naming an
// actor of the registry ("the Chinese government") is left to the
// extractor, and a question is the member's.
func (a *Analyzer) executiveAccount(text string, st, en int, v voice) (rawStmt, bool) {
	if v.kind != voiceSpeech || !v.gov.known() || v.actor.name == v.gov.name || strings.HasSuffix(text[st:en], "?") || !a.onTopic(text[st:en]) {
		return rawStmt{}, false
	}
	ws := a.words(nil, text[st:en], st)
	i, j, ok := a.executiveSubject(ws)
	if !ok {
		i, j, ok = a.formerHolderSubject(ws)
	}
	if !ok {
		i, j, ok = a.cleftSubject(ws)
	}
	if !ok {
		return rawStmt{}, false
	}
	holder := text[ws[i].start:ws[j-1].end]
	sp := speakerRef{text: holder, name: holder, actor: v.gov, known: true, start: ws[i].start}
	return rawStmt{start: st, end: en, kind: KindReported, spk: sp, reporter: v.actor.name}, true
}

// executiveSubject finds in ws an opener of [executive_openers] after at
// most a leading phrase and its comma, up to three capitalised,
// noun-phrase or [executive_modifiers] words, an executive noun or
// minister marker, perhaps "of" and the office's words, then a verb that
// is no modal of [account_modals]. It returns the subject's words [i, j).
func (a *Analyzer) executiveSubject(ws []word) (i, j int, ok bool) {
	for k := 0; k < len(ws) && k < 6; k++ {
		if ws[k].norm == "," {
			i = k + 1
			break
		}
	}
	if i >= len(ws) || !a.lx.executiveOpeners[ws[i].norm] {
		return 0, 0, false
	}
	head := -1
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		if a.lx.executiveNouns[ws[k].norm] || a.lx.ministerMarkers[ws[k].norm] {
			head = k
			break
		}
		if !ws[k].alpha || !ws[k].cap && !ws[k].is(cNPAdjective|cTitle) && !a.lx.executiveModifiers[ws[k].norm] {
			return 0, 0, false
		}
	}
	if head < 0 || len(a.m.all(ws, i, head+1, nil)) > 0 {
		return 0, 0, false
	}
	k := a.officeWords(ws, head+1)
	if !a.accountVerbAt(ws, k) {
		return 0, 0, false
	}
	return i, k, true
}

// accountVerbAt reports whether ws[k] is the verb of an account
// (accountVerb), not a possessive ("The Government's decision ...") nor
// an obligation ("This government has to understand ...").
func (a *Analyzer) accountVerbAt(ws []word, k int) bool {
	if k >= len(ws) || !a.accountVerb(ws[k]) || ws[k].norm == "'s" || ws[k].norm == "s" {
		return false
	}
	return k+1 >= len(ws) || ws[k+1].norm != "to" || ws[k].norm != "has" && ws[k].norm != "have"
}

// officeWords skips, from word k after an executive noun, "of" and up to
// five words naming the office ("of public safety"), and returns the word
// after them.
func (a *Analyzer) officeWords(ws []word, k int) int {
	if k >= len(ws) || ws[k].norm != "of" {
		return k
	}
	k++
	for n := 0; n < 5 && k < len(ws) && ws[k].alpha && !a.accountVerb(ws[k]); n++ {
		k++
	}
	return k
}

// accountVerb reports whether w can be the verb of an account of what an
// executive did or said: an auxiliary or a form of "be", a speech or
// clause verb, an irregular past, or a lower-case word in -ed or -s; never
// a modal of [account_modals].
func (a *Analyzer) accountVerb(w word) bool {
	n := w.norm
	if !w.alpha || w.cap || a.lx.accountModals[n] {
		return false
	}
	if w.is(cAux | cBe | cSpeech | cClause | cIrregularPast) {
		return !w.is(cNotVerb) || a.lx.beForms[n]
	}
	return len(n) > 3 && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"))
}

// locatedAct reads a sentence [st, en) of voice v that states an act with
// no agent, located in a government: an act noun of the grammar
// ([act_nouns]) and "in" (a determiner or two between) a government of the
// registry other than the voice, not a possessive ("In other Member States,
// decisions to restrict certain suppliers have been made"; not "a decision
// on its involvement in Canada's networks"). The sentence must bear on
// the question (onTopic). It is that government's act, reported by v.
func (a *Analyzer) locatedAct(text string, st, en int, v voice) (rawStmt, bool) {
	s := text[st:en]
	if !a.onTopic(s) {
		return rawStmt{}, false
	}
	ws := a.words(nil, s, st)
	act := false
	for _, w := range ws {
		act = act || a.lx.actNouns[w.norm]
	}
	if !act {
		return rawStmt{}, false
	}
	for _, mt := range a.m.all(ws, 0, len(ws), nil) {
		ac := a.actorOf(mt.actor)
		if mt.kind != mAlias || ac.typ != TypeGovernment || ac.name == v.actor.name {
			continue
		}
		k := mt.i - 1
		for k >= 0 && k >= mt.i-2 && ws[k].is(cDeterminer) {
			k--
		}
		if poss := mt.j < len(ws) && (ws[mt.j].norm == "'s" || ws[mt.j].norm == "s"); k >= 0 && ws[k].norm == "in" && !poss {
			sp := speakerRef{text: text[ws[mt.i].start:ws[mt.j-1].end], actor: ac, known: true, start: ws[mt.i].start}
			sp.name = sp.text
			return rawStmt{start: st, end: en, kind: KindAction, spk: sp, reporter: v.actor.name}, true
		}
	}
	return rawStmt{}, false
}

// sentenceSpans splits s into sentences with the tokenizer's model, joining
// back a sentence that ends in one of the grammar's abbreviations ("U.S.
// Sen. Mark Warner ...").
func (a *Analyzer) sentenceSpans(s string) [][2]int {
	if oneSentence(s) {
		return [][2]int{{0, len(s)}}
	}
	var out [][2]int
	for _, x := range a.tk.Sentences(s) {
		if n := len(out); n > 0 && a.endsInAbbreviation(s[out[n-1][0]:out[n-1][1]], strings.TrimLeft(s[x.Start:x.End], " \t")) {
			out[n-1][1] = x.End
			continue
		}
		out = append(out, [2]int{x.Start, x.End})
	}
	return out
}

// endsInAbbreviation reports whether s ends with an abbreviation and its
// full stop ("Sen.", "U.S."), or with a numeral abbreviation ("No.") when
// next, the text that follows, opens with a numeral.
func (a *Analyzer) endsInAbbreviation(s, next string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, ".") {
		return false
	}
	f := strings.Fields(s)
	last := strings.ToLower(strings.TrimSuffix(strings.TrimLeft(f[len(f)-1], "(“\"'‘"), "."))
	return a.lx.abbreviations[last] || a.lx.numeralAbbreviations[last] && startsWithDigit(next)
}

// describedOrMember gives a statement of a person listed in the issuer
// phrase the issuer's actor, and marks a statement held by another actor
// as reported by the issuer.
func (a *Analyzer) describedOrMember(legis map[string]string, r *rawStmt, src docSource) {
	is := src.issuer.actor
	if !is.known() {
		return
	}
	if r.spk.actor.typ == TypePerson || r.spk.actor.typ == TypeOther || !r.spk.actor.known() {
		for _, m := range src.issuer.members {
			if f := strings.Fields(m); r.spk.name == m || len(f) > 1 && strings.HasSuffix(r.spk.text, f[len(f)-1]) {
				r.spk.actor = is
				return
			}
		}
		if leg, ok := a.legislatorOf(legis, r.spk.text); ok {
			r.spk.actor = a.namedActor(leg)
			return
		}
	}
	if r.spk.actor.name != is.name && (r.kind == KindAction || r.kind == KindReported) {
		r.reporter = is.name
	}
}

// overlapsAny reports whether [s, e) overlaps a statement of raw, which is
// sorted by start.
func overlapsAny(raw []rawStmt, s, e int) bool {
	lo, hi := 0, len(raw)
	for lo < hi {
		m := (lo + hi) / 2
		if raw[m].start < e {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo - 1; k >= 0 && k >= lo-8; k-- {
		if raw[k].end > s {
			return true
		}
	}
	return false
}

// mergeSorted merges two statement lists sorted by start.
func mergeSorted(x, y []rawStmt) []rawStmt {
	out := make([]rawStmt, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		if j >= len(y) || i < len(x) && x[i].start <= y[j].start {
			out = append(out, x[i])
			i++
		} else {
			out = append(out, y[j])
			j++
		}
	}
	return out
}

// legislatorSurnames maps the family names of the legislators the text
// names (the member rules of the layout: "Senator Romney", "Mitt Romney
// (R-UT)") to their legislature. One pass over the lines, so that asking
// costs nothing per statement.
func (a *Analyzer) legislatorSurnames(text string, lines []line) map[string]string {
	out := map[string]string{}
	for i := range a.lx.layout.member {
		r := &a.lx.layout.member[i]
		if !r.openInside(text) {
			continue // one search of the text spares one a line
		}
		for _, ln := range lines {
			s := text[ln.start:ln.end]
			if !r.open(s) {
				continue
			}
			for _, m := range r.regexp().FindAllStringSubmatch(s, -1) {
				if f := strings.Fields(m[1]); len(f) > 0 {
					if sur := strings.Trim(f[len(f)-1], ",."); out[sur] == "" {
						out[sur] = r.arg
					}
				}
			}
		}
	}
	a.homeMembers(text, lines, out)
	return out
}

// homeMembers adds to out the family names of the members a text names by
// a post-nominal (the home-member rules of the layout: "Jane Roe MP"), each
// in the parliament of the text's country (homeChamber), or in its
// government when the office in brackets after the name (group 2) is a
// minister's ("Jane Roe MP (Parliamentary Under-Secretary of State for
// Digital)"). Nothing when the text names no chamber's country.
func (a *Analyzer) homeMembers(text string, lines []line, out map[string]string) {
	var home *layoutRule
	done := false
	for i := range a.lx.layout.homeMember {
		r := &a.lx.layout.homeMember[i]
		if !r.openInside(text) {
			continue
		}
		for _, ln := range lines {
			s := text[ln.start:ln.end]
			if !r.open(s) {
				continue
			}
			for _, m := range r.regexp().FindAllStringSubmatch(s, -1) {
				if !done {
					home, done = a.homeChamber(text, lines), true
				}
				f := strings.Fields(m[1])
				if home == nil || len(f) == 0 {
					return
				}
				leg := home.parl
				if len(m) > 2 && anyRule(a.lx.layout.ministerTitle, m[2]) && !anyRule(a.lx.layout.oppositionTitle, m[2]) {
					leg = home.gov
				}
				if sur := f[len(f)-1]; out[sur] == "" {
					out[sur] = leg
				}
			}
		}
	}
}

// legislatorOf returns the legislature of the speaker phrase's last word,
// when it is one of names; a post-nominal of the grammar ([post_nominals]:
// "Jane Roe MP") is passed over.
func (a *Analyzer) legislatorOf(names map[string]string, speaker string) (string, bool) {
	f := strings.Fields(speaker)
	if len(f) > 1 && a.lx.postNominals[strings.ToLower(strings.Trim(f[len(f)-1], ",."))] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return "", false
	}
	leg, ok := names[strings.Trim(f[len(f)-1], ",.")]
	return leg, ok
}
