package attribution

import "strings"

// para is one paragraph (or window) of running text as the body step
// works through it: its words, quotes, sentences and cues, and the
// statements found so far, by priority.
type para struct {
	st           *docState
	ws           []word
	quotes       []span
	sents        []sentence
	cues         []cue
	got          []rawStmt
	subj         func(i, j int) bool
	prevQuoteCue int
}

// body extracts the statements of one paragraph of running text: direct
// quotes first, then what the speech cues introduce, then positions stated
// as acts; of overlapping statements the first found is kept.
func (a *Analyzer) body(st *docState, ws []word, quotes []span, sents []sentence, lineMatches []match, out []rawStmt) []rawStmt {
	p := &para{st: st, ws: ws, quotes: quotes, sents: sents, prevQuoteCue: -1}
	p.cues = a.findCues(st, ws, sents, lineMatches)
	p.subj = func(i, j int) bool { return a.subjectPeek(st, ws, i, j) }
	for qi, q := range quotes {
		a.quoteStatement(p, qi, q)
	}
	for _, c := range a.cueOrder(p) {
		a.cueStatement(p, &p.cues[c])
	}
	for _, s := range sents {
		for _, c := range a.clauseStarts(ws, s) {
			a.actStatement(p, s, c)
		}
	}
	kept := keepFirst(p.got)
	noteLastQuote(st, kept)
	return append(out, kept...)
}

// quoteStatement adds direct quote qi when a cue or the quote before it
// gives its speaker.
func (a *Analyzer) quoteStatement(p *para, qi int, q span) {
	ws, st := p.ws, p.st
	wi, wj := quoteWords(ws, qi)
	if wi < 0 {
		return
	}
	ci, free := a.quoteCue(p, wi, wj)
	byAgent := ci >= 0 && p.cues[ci].kind == cueByAgent
	if alphaCount(ws, wi, wj) < 3 && !byAgent || !free && !byAgent {
		return // too short, or part of a reported clause
	}
	var sp speakerRef
	switch {
	case ci >= 0:
		sp = p.cues[ci].spk
		if p.cues[ci].kind != cueClause {
			p.cues[ci].filled = true
		}
		p.prevQuoteCue = ci
	case st.lastQuote != nil && (wi == 0 || p.prevQuoteCue >= 0) && coversLine(ws, wi, wj):
		// a quote going on from the previous one, or the next paragraph
		// of a multi-paragraph quote
		sp = st.lastQuote.spk
	case p.prevQuoteCue >= 0 && ws[wi].sent > 0:
		sp = p.cues[p.prevQuoteCue].spk
	default:
		return
	}
	if sp.source && !a.sourceActor(st, ws, wi+1, wj, &sp) {
		return
	}
	p.got = append(p.got, rawStmt{start: q.start, end: q.end, kind: KindQuote, spk: sp})
}

// quoteCue finds the cue of the quote in words [wi, wj): after it ("“…,”
// he said", "“…,” said X", "“…” by X") or before it ("X said: “…”"). free
// reports whether the quote stands on its own rather than inside a
// reported clause.
func (a *Analyzer) quoteCue(p *para, wi, wj int) (int, bool) {
	ws := p.ws
	a1 := wj
	for a1 < len(ws) && !ws[a1].alpha && ws[a1].quote < 0 && (ws[a1].norm == "," || ws[a1].norm == "-") {
		a1++
	}
	ci := -1
	for c := range p.cues {
		cc := p.cues[c]
		if cc.kind != cueParticiple && a1 < len(ws) && (cc.hi == a1 || cc.inverted && cc.v == a1) && cc.kind != cueAccording {
			ci = c
			break
		}
	}
	if ci < 0 && a1 < len(ws) && a1 == wj && ws[a1].norm == "by" {
		e := a.npEnd(ws, a1+1, len(ws))
		if sp, ok := a.resolve(p.st, ws, a1+1, e, false); ok {
			p.cues = append(p.cues, cue{kind: cueByAgent, v: a1, vEnd: a1 + 1, hi: a1 + 1, hj: e, spk: sp})
			ci = len(p.cues) - 1
		}
	}
	free := wi == 0 || !ws[wi-1].alpha && ws[wi-1].norm != "'s" || ws[wi-1].norm == "that" || ws[wi-1].is(cSpeech) || ws[wi-1].sent != ws[wi].sent
	if ci < 0 && wi > 0 && free {
		ci = a.cueBeforeQuote(p, wi)
	}
	return ci, free
}

// cueBeforeQuote finds the cue that introduces a quote starting at word wi
// ("X said: “…”", "saying that “…”", "and that “…”"), or -1.
func (a *Analyzer) cueBeforeQuote(p *para, wi int) int {
	ws := p.ws
	if b := wi - 1; ws[b].norm == "that" && b > 0 && ws[b-1].norm == "and" && p.prevQuoteCue >= 0 {
		return p.prevQuoteCue
	}
	ci := -1
	for c := range p.cues {
		cc := p.cues[c]
		if cc.vEnd <= wi && cc.vEnd >= wi-12 && ws[cc.v].sent == ws[wi].sent && cc.kind != cueAccording {
			if ci < 0 || cc.v > p.cues[ci].v {
				ci = c
			}
		}
	}
	if ci >= 0 && !a.between(ws, p.cues[ci].vEnd, wi, ":", "that", ",") && !a.framePhrase(ws, p.cues[ci].vEnd, wi) {
		return -1
	}
	return ci
}

// framePhrase reports whether ws[i:j], between a speech verb and its
// quotation, is a framing phrase: a preposition, then words of the
// quote_frames class or trailers, then "," or ":" ("in her response,").
func (a *Analyzer) framePhrase(ws []word, i, j int) bool {
	if j-i < 3 || j-i > 6 || !ws[i].is(cPreposition) || ws[j-1].norm != "," && ws[j-1].norm != ":" {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if !a.lx.quoteFrames[ws[k].norm] && !a.onlyTrailer(ws, k, k+1) {
			return false
		}
	}
	return true
}

// cueOrder lists the cues in the order their contents are taken: contents
// that come before their cue ("…, the people said") first, as they hold
// the cues inside them.
func (a *Analyzer) cueOrder(p *para) []int {
	order := make([]int, 0, len(p.cues))
	for pass := 0; pass < 2; pass++ {
		for c := range p.cues {
			cc := &p.cues[c]
			before := false
			if cc.kind == cueSpeech {
				_, before = a.contentStart(p.ws, cc, p.sents[p.ws[cc.v].sent])
			}
			if before == (pass == 0) {
				order = append(order, c)
			}
		}
	}
	return order
}

// cueStatement adds what cue cc introduces, unless a quote took it.
func (a *Analyzer) cueStatement(p *para, cc *cue) {
	if cc.filled {
		return
	}
	ws, st, cues, subj := p.ws, p.st, p.cues, p.subj
	s := p.sents[ws[cc.v].sent]
	switch cc.kind {
	case cueClause:
		end := a.clauseEnd(ws, cc.v, s.j, cues, subj)
		hi, spk := cc.hi, cc.spk
		if hi >= 0 {
			if k, _ := a.listHead(ws, s.i, hi, cc.hj); k < hi {
				hi, spk = k, listSpeaker(st, ws, spk, k, cc.hj)
			}
		}
		p.got = a.content(p.got, st, ws, spk, hi, end, KindAction, hi)
	case cueAccording:
		if cc.hj < s.j && ws[cc.hj].norm == "," {
			p.got = a.content(p.got, st, ws, cc.spk, cc.hj+1, a.clauseEnd(ws, cc.hj, s.j, cues, subj), KindReported, -1)
		} else if cc.v > s.i && ws[cc.v-1].norm == "," {
			p.got = a.content(p.got, st, ws, cc.spk, s.i, cc.v-1, KindReported, -1)
		}
	case cueImpersonal, cueSpeech, cueParticiple:
		if !a.reportedStatement(p, cc, s) {
			return
		}
	}
	if !cc.spk.source {
		a.remember(st, cc.spk)
	}
}

// reportedStatement adds the reported clause of a speech, impersonal or
// participle cue in sentence s; false when there is none.
func (a *Analyzer) reportedStatement(p *para, cc *cue, s sentence) bool {
	ws, st := p.ws, p.st
	sp := cc.spk
	if cc.kind == cueParticiple {
		var ok bool
		if sp, ok = holderBefore(p.got, ws, cc.v); !ok {
			if sp, ok = a.clauseSubject(st, ws, s.i, s.j, false); !ok {
				return false
			}
		}
	}
	list := -1 // where a speech cue's holder phrase starts, its list's first item if it is a list
	if cc.kind == cueSpeech && cc.hi >= 0 {
		k, object := a.listHead(ws, s.i, cc.hi, cc.hj)
		if object {
			return false // the last items of a list another word governs
		}
		if k < cc.hi {
			sp = listSpeaker(st, ws, sp, k, cc.hj)
		}
		list = k
	}
	n := len(p.got)
	ok := a.reportedContent(p, cc, s, sp)
	if list >= 0 && len(p.got) == n+1 {
		// "The US and Japan said ...": each listed actor says it
		p.got = a.listed(p.got, p.got[n], ws, list, cc.hj)
	}
	return ok
}

// reportedContent adds the reported clause of cue cc in sentence s, held
// by sp; false when there is none.
func (a *Analyzer) reportedContent(p *para, cc *cue, s sentence, sp speakerRef) bool {
	ws, st := p.ws, p.st
	cs, before := a.contentStart(ws, cc, s)
	if before {
		if cc.hi > s.i && (ws[cc.hi-1].norm == "," || ws[cc.hi-1].qmark && cc.hi-1 > s.i && ws[cc.hi-2].norm == ",") && !accordingIn(ws, s.i, cc.hi-1) {
			p.got = a.content(p.got, st, ws, sp, s.i, cc.hi-1, KindReported, -1)
			return true
		}
		if cc.inverted && cc.v > s.i+1 && ws[cc.v-1].norm == "," && a.onlyTrailer(ws, cc.hj, s.j) && !accordingIn(ws, s.i, cc.v-1) {
			p.got = a.content(p.got, st, ws, sp, s.i, cc.v-1, KindReported, -1) // "…, said Jane Roe." (not "…, said the Department is …")
			return true
		}
		if cs = a.afterTimePhrase(ws, cc.vEnd, s.j); cs < 0 {
			return false
		}
	}
	if cs < 0 {
		return false
	}
	p.got = a.content(p.got, st, ws, sp, cs, a.clauseEnd(ws, cs, s.j, p.cues, p.subj), KindReported, -1)
	return true
}

// accordingIn reports whether "according to" stands in words [i, j) (a
// source the registry may not know): before a comma it names a source ("According to US media, the
// government has briefed ..."), not what the next holder said.
func accordingIn(ws []word, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if ws[k].norm == "according" && ws[k+1].norm == "to" {
			return true
		}
	}
	return false
}

// actStatement adds a position stated as an act from clause start c of
// sentence s: "Big telecoms operators oppose a Huawei ban".
func (a *Analyzer) actStatement(p *para, s sentence, c int) {
	ws, st := p.ws, p.st
	if insideAny(p.got, ws[c].start) {
		return
	}
	sp, ok := a.clauseSubject(st, ws, c, s.j, false)
	e := a.npEnd(ws, c, s.j)
	if !ok && ws[c].norm == "it" {
		e = c + 1 // "it is widely in use by X"
	} else if !ok {
		return
	}
	if agent, ok2 := a.passiveAgent(st, ws, e, s.j); ok2 {
		sp, ok = agent, true
	} else if !ok || a.passiveVerb(ws, e, s.j) {
		return
	}
	if w := ws[c].norm; w == "they" || w == "this" {
		return
	}
	if v, ok := a.verbAfter(ws, e, s.j); ok && ws[v].is(cSpeech) {
		return // a cue's holder: its content is the statement
	}
	if k, object := a.listHead(ws, s.i, c, e); object {
		return // the last items of a list another word governs
	} else if k < c {
		sp, c = listSpeaker(st, ws, sp, k, e), k
	}
	end := a.clauseEnd(ws, c+1, s.j, p.cues, p.subj)
	p.got = a.content(p.got, st, ws, sp, c, end, KindAction, c)
	a.remember(st, sp)
}

// keepFirst keeps the first of overlapping statements (quotes, then cues,
// then acts) and drops empty ones. An act on the span of an earlier
// statement of another actor is kept (its holder's, beside the reporter's:
// "X said Canada has banned ..."), and a statement held by a list of actors
// is one statement per actor, on the same span.
func keepFirst(got []rawStmt) []rawStmt {
	kept := got[:0]
	for _, g := range got {
		if g.end <= g.start {
			continue
		}
		clash := false
		for _, k := range kept {
			listed := g.start == k.start && g.end == k.end && (g.kind == KindAction || g.kind == k.kind) && g.spk.actor != k.spk.actor
			if g.start < k.end && k.start < g.end && !listed {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, g)
		}
	}
	return kept
}

// noteLastQuote remembers the paragraph's last quote for a quote that goes
// on in the next paragraph; a later quote continues only a quote that
// ended its paragraph.
func noteLastQuote(st *docState, kept []rawStmt) {
	for i := range kept {
		if kept[i].kind == KindQuote {
			q := kept[i]
			st.lastQuote = &q
		}
	}
	if len(kept) == 0 {
		st.lastQuote = nil
	} else if last := kept[len(kept)-1]; last.kind != KindQuote && st.lastQuote != nil && st.lastQuote.start < last.start {
		st.lastQuote = nil
	}
}

// content appends to out the statement for words [i, j) held by sp. A statement
// relayed by a source belongs to the actor its content is about. subj is
// the word where the holder phrase starts inside the span, or -1.
func (a *Analyzer) content(out []rawStmt, st *docState, ws []word, sp speakerRef, i, j int, kind Kind, subj int) []rawStmt {
	for i < j && (ws[i].norm == "that" || ws[i].norm == "," || ws[i].norm == ":") {
		i++
	}
	if j-i < 2 || alphaCount(ws, i, j) < 2 {
		return out
	}
	if sp.source {
		if !a.sourceActor(st, ws, i, j, &sp) {
			return out
		}
	}
	start, end := trimSpan(st.text, ws[i].start, ws[j-1].end, ".,;:-\u2013\u2014")
	if end <= start {
		return out
	}
	out = append(out, rawStmt{start: start, end: end, kind: kind, spk: sp})
	if kind == KindAction && subj >= 0 {
		out = a.listed(out, out[len(out)-1], ws, subj, j)
	}
	return out
}

// listActors returns the actors other than first that a list holder names
// ("Australia, Japan and New Zealand have stopped operators using ..."):
// each listed actor holds the act. Only lists that make up the whole holder
// phrase, of registry names of one kind (governments, operators or
// companies) joined by commas, "and" or "the", count.
func (a *Analyzer) listActors(ws []word, i, j int, first actorRef) []actorRef {
	var ms [8]match
	found := a.m.all(ws, i, j, ms[:0])
	if len(found) < 2 || found[len(found)-1].j != j {
		return nil
	}
	for t := i; t < found[0].i; t++ {
		if ws[t].norm != "the" {
			return nil // "officials at X and Y": the holder is not the list
		}
	}
	for k := 1; k < len(found); k++ {
		for t := found[k-1].j; t < found[k].i; t++ {
			if n := ws[t].norm; n != "," && n != "and" && n != "the" {
				return nil
			}
		}
	}
	var out []actorRef
	seen := map[string]bool{first.name: true}
	for _, mt := range found {
		if t := a.m.actors[mt.actor].Type; mt.kind != mAlias || t != first.typ || t != TypeGovernment && t != TypeOperator && t != TypeCompany {
			return nil // a list of countries, operators or companies, all of one kind
		}
		if ac := a.actorOf(mt.actor); !seen[ac.name] {
			seen[ac.name] = true
			out = append(out, ac)
		}
	}
	return out
}

// sourceActor gives a statement relayed by a source or an outlet the actor
// its content's subject names, or the actor of the last relayed statement.
func (a *Analyzer) sourceActor(st *docState, ws []word, i, j int, sp *speakerRef) bool {
	for k := i; k < j && k < i+3; k++ {
		if !ws[k].alpha || ws[k].norm == "that" || ws[k].norm == "for" || ws[k].norm == "example" {
			continue
		}
		e := a.npEnd(ws, k, j)
		if e > k {
			if sub, ok := a.resolve(st, ws, k, e, true); ok && !sub.source {
				sp.actor, sp.known = sub.actor, true
				st.srcActor = sub.actor
				return true
			}
		}
		break
	}
	if st.srcActor.known() {
		sp.actor, sp.known = st.srcActor, true
		return true
	}
	return false
}

// isBareForm reports whether a verb form could as well be a noun: not -s,
// not -ed, not an irregular past.
func (a *Analyzer) isBareForm(n string) bool {
	return !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") && !a.lx.irregularPast[n]
}

// pluralPhrase reports whether the phrase ws[i:j] is plural: "MEPs",
// "operators", "they", "X and Y".
func pluralPhrase(ws []word, i, j int) bool {
	if j <= i {
		return false
	}
	last := ws[j-1].norm
	if last == "they" || last == "we" || last == "people" || last == "police" {
		return true
	}
	for k := i; k < j; k++ {
		if ws[k].norm == "and" {
			return true
		}
	}
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && last != "us" && last != "u.s."
}

// contentStart finds where a speech cue's content begins: after "that" or
// ":", or right after the verb and its addressee. before reports that the
// content precedes the cue ("…, X said on Friday").
func (a *Analyzer) contentStart(ws []word, c *cue, s sentence) (int, bool) {
	if c.inverted {
		return -1, true
	}
	k := c.vEnd
	if c.kind == cueImpersonal {
		return k + 1, false
	}
	for t := k; t < s.j && t < k+15; t++ {
		if ws[t].quote >= 0 {
			break
		}
		if ws[t].norm == "that" {
			return t + 1, false
		}
		if ws[t].norm == ":" {
			return t + 1, false
		}
		if ws[t].norm == "," && t > k && ws[t-1].norm != ")" {
			break
		}
	}
	if k >= s.j || ws[k].norm == "," || ws[k].norm == "." || a.onlyTrailer(ws, k, s.j) {
		return -1, true
	}
	if ws[c.v].is(cObject) {
		e := a.npEnd(ws, k, s.j)
		if e > k {
			k = e
		}
		if a.onlyTrailer(ws, k, s.j) {
			return -1, true
		}
	}
	if v := ws[c.v].norm; v == "spoke" || v == "speak" || v == "speaks" {
		if ws[k].norm != "about" && ws[k].norm != "of" {
			return -1, false
		}
	}
	if ws[k].norm == "about" || ws[k].norm == "of" {
		k++
	}
	// "responded by saying the aim …"
	if k+1 < s.j && ws[k].norm == "by" && ws[k+1].is(cSpeech) {
		k += 2
		if k < s.j && ws[k].norm == "that" {
			k++
		}
	}
	// a time or place phrase after the verb: "said at the opening of …,"
	// means the content came before; "said on Friday was …" that it follows
	if k < s.j && ws[k].is(cPreposition) {
		return -1, true
	}
	return k, false
}

// afterTimePhrase returns where content starts after a short time or place
// phrase that follows a speech verb ("said on Friday was a …"), or -1.
func (a *Analyzer) afterTimePhrase(ws []word, k, j int) int {
	if k >= j || !ws[k].is(cPreposition) {
		return -1
	}
	t := k + 1
	for t < j && ws[t].quote < 0 && (ws[t].cap || isNumber(ws[t].norm) || a.lx.timeWords[ws[t].norm] || ws[t].norm == "(" || ws[t].norm == ")" || !ws[t].alpha && ws[t].norm != "," && ws[t].norm != ".") {
		t++
	}
	if t < j && t-k <= 5 && ws[t].alpha && !ws[t].cap && !ws[t].is(cPreposition) && !ws[t].is(cNotVerb) || t < j && t-k <= 5 && ws[t].is(cAux) {
		return t
	}
	return -1
}

// onlyTrailer reports whether ws[k:j] holds nothing but time and place
// phrases and punctuation: "on Friday", "on Monday (25 February)": the
// grammar's trailer words, capitalised words and words of two letters or
// fewer.
func (a *Analyzer) onlyTrailer(ws []word, k, j int) bool {
	for t := k; t < j; t++ {
		if n := ws[t].norm; !ws[t].alpha || ws[t].cap || len(n) <= 2 || a.lx.trailerWords[n] {
			continue
		}
		return false
	}
	return true
}

// clauseEnd returns where the clause that runs from k ends: the sentence's
// end, "; ", a comma before a participle ("…, saying"), a subordinator
// ("…, as he stressed"), another cue's holder or a new clause with its own
// subject ("…, politicians in the European Commission agreed").
func (a *Analyzer) clauseEnd(ws []word, k, j int, cues []cue, subj func(i, j int) bool) int {
	for t := k + 1; t < j; t++ {
		w := ws[t]
		if w.quote >= 0 {
			continue
		}
		if w.norm == ";" {
			return t
		}
		if w.norm == "," && t+1 < j {
			nx := ws[t+1].norm
			if (ws[t+1].is(cSpeech) && len(nx) > 4 && nx[len(nx)-3:] == "ing") || ws[t+1].is(cSubordinator) {
				return t
			}
			for _, c := range cues {
				if c.hi > t && c.hi <= t+3 && c.kind != cueAccording {
					return t
				}
			}
			if subj != nil && subj(t+1, j) {
				return t
			}
		}
		if (w.is(cSubordinator) || w.norm == "and") && t+1 < j && w.norm != "which" {
			for _, c := range cues {
				if c.hi == t+1 && c.kind != cueAccording {
					return t
				}
			}
			if w.norm != "and" && w.norm != "as" && subj != nil && subj(t+1, j) {
				return t
			}
		}
		if w.norm == "and" && t+1 < j && ws[t+1].norm == "that" {
			return t
		}
	}
	return j
}

// clauseStarts lists where a clause with its own subject may start in s.
func (a *Analyzer) clauseStarts(ws []word, s sentence) []int {
	out := []int{s.i}
	for k := s.i; k < s.j-1; k++ {
		n := ws[k].norm
		if ws[k].quote >= 0 {
			continue
		}
		switch {
		case n == ",":
			out = append(out, k+1)
		case ws[k].is(cClauseOpener) && k > s.i:
			out = append(out, k+1)
		}
	}
	return out
}

// passiveAgent finds "by X" in a passive verb group after a subject ending
// at e: "has been scrutinised by the National Cyber Security Centre".
func (a *Analyzer) passiveAgent(st *docState, ws []word, e, j int) (speakerRef, bool) {
	be := false
	for t := e; t < j && t < e+8; t++ {
		n := ws[t].norm
		if n == "is" || n == "are" || n == "was" || n == "were" || n == "been" || n == "be" {
			be = true
			continue
		}
		if n == "by" && be {
			x := a.npEnd(ws, t+1, j)
			return a.resolve(st, ws, t+1, x, true)
		}
		if !ws[t].alpha {
			break
		}
	}
	return speakerRef{}, false
}

func holderBefore(got []rawStmt, ws []word, v int) (speakerRef, bool) {
	if v < 1 {
		return speakerRef{}, false
	}
	comma := ws[v-1].start
	for i := len(got) - 1; i >= 0; i-- {
		if got[i].end <= comma && comma-got[i].end <= 2 {
			return got[i].spk, true
		}
	}
	return speakerRef{}, false
}

func alphaCount(ws []word, i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if ws[k].alpha {
			n++
		}
	}
	return n
}

// coversLine reports whether the quote ws[i:j] is most of its paragraph.
func coversLine(ws []word, i, j int) bool {
	return i <= 1 && len(ws)-j <= 3
}

// between reports whether the words ws[i:j] are only the given ones and
// trailer words.
func (a *Analyzer) between(ws []word, i, j int, allowed ...string) bool {
	for k := i; k < j; k++ {
		ok := false
		for _, w := range allowed {
			if ws[k].norm == w {
				ok = true
			}
		}
		if !ok && !a.onlyTrailer(ws, k, k+1) {
			return false
		}
	}
	return true
}

func insideAny(got []rawStmt, pos int) bool {
	for _, g := range got {
		if pos >= g.start && pos < g.end {
			return true
		}
	}
	return false
}

// subjectPeek reports, without changing what the document remembers,
// whether ws[i:j] opens with a known actor or person and a verb group.
func (a *Analyzer) subjectPeek(st *docState, ws []word, i, j int) bool {
	if i >= j || ws[i].quote >= 0 {
		return false
	}
	e := a.npEnd(ws, i, j)
	if e <= i || e >= j {
		return false
	}
	if _, ok := a.verbAfter(ws, e, j); !ok {
		return false
	}
	if ws[e].norm == "'s" || a.isBareForm(ws[e].norm) && !ws[e].is(cAux) && !pluralPhrase(ws, i, e) {
		return false
	}
	var buf [8]match
	for _, mt := range a.m.all(ws, i, e, buf[:0]) {
		if mt.kind != mDemonym && !a.complement(ws, i, mt.i) {
			return true
		}
	}
	ns, ne := a.nameAtEnd(ws, i, e)
	if ns >= 0 {
		if p, ok := st.persons[strings.ToLower(joinWords(st.text, ws, ns, ne))]; ok && p.known {
			return true
		}
	}
	return false
}

// passiveVerb reports whether the verb group after a subject ending at e is
// a passive ("is not accused of", "should be banned"): its subject suffers
// the act rather than holds a position.
func (a *Analyzer) passiveVerb(ws []word, e, j int) bool {
	be := false
	for t := e; t < j && t < e+6; t++ {
		n := ws[t].norm
		switch {
		case ws[t].is(cBe):
			be = true
		case ws[t].is(cAux):
		case be && (strings.HasSuffix(n, "ed") || ws[t].is(cIrregularPast)) && !ws[t].is(cAdjectival):
			return true
		default:
			return false
		}
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
