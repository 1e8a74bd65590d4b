package attribution

import "strings"

// body extracts the statements of one paragraph of running text.
func (a *Analyzer) body(st *docState, ws []word, quotes []span, sents []sentence, lineMatches []match, out []rawStmt) []rawStmt {
	cues := a.findCues(st, ws, sents, lineMatches)
	var got []rawStmt // this paragraph's statements, by priority
	subj := func(i, j int) bool { return a.subjectPeek(st, ws, i, j) }

	// 1. direct quotes
	prevQuoteCue := -1
	for qi, q := range quotes {
		wi, wj := quoteWords(ws, qi)
		if wi < 0 {
			continue
		}
		n := alphaCount(ws, wi, wj)
		ci := -1
		kind := KindQuote
		// “…,” he said / “…,” said X / “…” by X
		a1 := wj
		for a1 < len(ws) && !ws[a1].alpha && ws[a1].quote < 0 && (ws[a1].norm == "," || ws[a1].norm == "-") {
			a1++
		}
		for c := range cues {
			if cues[c].kind == cueParticiple {
				continue
			}
			if a1 < len(ws) && (cues[c].hi == a1 || cues[c].inverted && cues[c].v == a1) && cues[c].kind != cueAccording {
				ci = c
				break
			}
		}
		if ci < 0 && a1 < len(ws) && a1 == wj && ws[a1].norm == "by" {
			e := a.npEnd(ws, a1+1, len(ws))
			if sp, ok := a.resolve(st, ws, a1+1, e, false); ok {
				cues = append(cues, cue{kind: cueByAgent, v: a1, vEnd: a1 + 1, hi: a1 + 1, hj: e, spk: sp})
				ci = len(cues) - 1
			}
		}
		// X said: “…” / saying that “…” / and that “…”
		free := wi == 0 || !ws[wi-1].alpha && ws[wi-1].norm != "'s" || ws[wi-1].norm == "that" || a.lx.speech[ws[wi-1].norm] || ws[wi-1].sent != ws[wi].sent
		if ci < 0 && wi > 0 && free {
			b := wi - 1
			if ws[b].norm == "that" && b > 0 && ws[b-1].norm == "and" && prevQuoteCue >= 0 {
				ci = prevQuoteCue
			} else {
				for c := range cues {
					cc := cues[c]
					if cc.vEnd <= wi && cc.vEnd >= wi-12 && ws[cc.v].sent == ws[wi].sent && cc.kind != cueAccording {
						if ci < 0 || cc.v > cues[ci].v {
							ci = c
						}
					}
				}
				if ci >= 0 && !between(ws, cues[ci].vEnd, wi, ":", "that", ",") {
					ci = -1
				}
			}
		}
		if n < 3 && !(ci >= 0 && cues[ci].kind == cueByAgent) {
			continue
		}
		if !free && !(ci >= 0 && cues[ci].kind == cueByAgent) {
			continue // part of a reported clause
		}
		var sp speakerRef
		switch {
		case ci >= 0:
			sp = cues[ci].spk
			if cues[ci].kind != cueClause {
				cues[ci].filled = true
			}
			prevQuoteCue = ci
		case st.lastQuote != nil && (wi == 0 || prevQuoteCue >= 0) && coversLine(ws, wi, wj):
			// a quote going on from the previous one, or the next paragraph
			// of a multi-paragraph quote
			sp = st.lastQuote.spk
		case prevQuoteCue >= 0 && ws[wi].sent > 0:
			sp = cues[prevQuoteCue].spk
		default:
			continue
		}
		if sp.source {
			if !a.sourceActor(st, ws, wi+1, wj, &sp) {
				continue
			}
		}
		got = append(got, rawStmt{start: q.start, end: q.end, kind: kind, spk: sp})
	}

	// 2. what the cues introduce; contents that come before their cue
	// ("…, the people said") first, as they hold the cues inside them
	order := make([]int, 0, len(cues))
	for pass := 0; pass < 2; pass++ {
		for c := range cues {
			cc := &cues[c]
			before := false
			if cc.kind == cueSpeech {
				_, before = a.contentStart(ws, cc, sents[ws[cc.v].sent])
			}
			if before == (pass == 0) {
				order = append(order, c)
			}
		}
	}
	for _, c := range order {
		cc := &cues[c]
		if cc.filled {
			continue
		}
		s := sents[ws[cc.v].sent]
		switch cc.kind {
		case cueClause:
			end := a.clauseEnd(ws, cc.v, s.j, cues, subj)
			got = append(got, a.content(st, ws, cc.spk, cc.hi, end, KindAction, cc.hi)...)
		case cueAccording:
			if cc.hj < s.j && ws[cc.hj].norm == "," {
				got = append(got, a.content(st, ws, cc.spk, cc.hj+1, a.clauseEnd(ws, cc.hj, s.j, cues, subj), KindReported, -1)...)
			} else if cc.v > s.i && ws[cc.v-1].norm == "," {
				got = append(got, a.content(st, ws, cc.spk, s.i, cc.v-1, KindReported, -1)...)
			}
		case cueImpersonal, cueSpeech, cueParticiple:
			sp := cc.spk
			if cc.kind == cueParticiple {
				var ok bool
				if sp, ok = holderBefore(got, ws, cc.v); !ok {
					if sp, ok = a.clauseSubject(st, ws, s.i, s.j, false); !ok {
						continue
					}
				}
			}
			cs, before := a.contentStart(ws, cc, s)
			if before {
				if cc.hi > s.i && (ws[cc.hi-1].norm == "," || ws[cc.hi-1].qmark && cc.hi-1 > s.i && ws[cc.hi-2].norm == ",") {
					got = append(got, a.content(st, ws, sp, s.i, cc.hi-1, KindReported, -1)...)
					continue
				}
				if cs = a.afterTimePhrase(ws, cc.vEnd, s.j); cs < 0 {
					continue
				}
			}
			if cs < 0 {
				continue
			}
			got = append(got, a.content(st, ws, sp, cs, a.clauseEnd(ws, cs, s.j, cues, subj), KindReported, -1)...)
		}
		if !cc.spk.source {
			a.remember(st, cc.spk)
		}
	}

	// 3. positions stated as acts: "Big telecoms operators oppose a Huawei ban"
	for _, s := range sents {
		for _, c := range a.clauseStarts(ws, s) {
			if insideAny(got, ws[c].start) {
				continue
			}
			sp, ok := a.clauseSubject(st, ws, c, s.j, false)
			e := a.npEnd(ws, c, s.j)
			if !ok && ws[c].norm == "it" {
				e = c + 1 // "it is widely in use by X"
			} else if !ok {
				continue
			}
			if agent, ok2 := a.passiveAgent(st, ws, e, s.j); ok2 {
				sp, ok = agent, true
			} else if !ok || a.passiveVerb(ws, e, s.j) {
				continue
			}
			if w := ws[c].norm; w == "they" || w == "this" {
				continue
			}
			if v, ok := a.verbAfter(ws, e, s.j); ok && a.lx.speech[ws[v].norm] {
				continue // a cue's holder: its content is the statement
			}
			end := a.clauseEnd(ws, c+1, s.j, cues, subj)
			got = append(got, a.content(st, ws, sp, c, end, KindAction, c)...)
			a.remember(st, sp)
		}
	}

	// keep the first of overlapping statements (quotes, then cues, then acts)
	kept := got[:0]
	for _, g := range got {
		if g.end <= g.start {
			continue
		}
		clash := false
		for _, k := range kept {
			if g.start < k.end && k.start < g.end {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, g)
		}
	}
	for i := range kept {
		if kept[i].kind == KindQuote {
			q := kept[i]
			st.lastQuote = &q
		}
	}
	if len(kept) == 0 {
		st.lastQuote = nil
	} else if kept[len(kept)-1].kind != KindQuote {
		// a later quote continues only a quote that ended its paragraph
		last := kept[len(kept)-1]
		if st.lastQuote != nil && st.lastQuote.start < last.start {
			st.lastQuote = nil
		}
	}
	return append(out, kept...)
}

// content builds the statement for words [i, j) held by sp. A statement
// relayed by a source belongs to the actor its content is about. subj is
// the word where the holder phrase starts inside the span, or -1.
func (a *Analyzer) content(st *docState, ws []word, sp speakerRef, i, j int, kind Kind, subj int) []rawStmt {
	for i < j && (ws[i].norm == "that" || ws[i].norm == "," || ws[i].norm == ":") {
		i++
	}
	if j-i < 2 || alphaCount(ws, i, j) < 2 {
		return nil
	}
	if sp.source {
		if !a.sourceActor(st, ws, i, j, &sp) {
			return nil
		}
	}
	start, end := trimSpan(st.text, ws[i].start, ws[j-1].end, ".,;:-\u2013\u2014")
	if end <= start {
		return nil
	}
	return []rawStmt{{start: start, end: end, kind: kind, spk: sp}}
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

// findCues finds the attributions of a paragraph, outside quotes.
func (a *Analyzer) findCues(st *docState, ws []word, sents []sentence, lineMatches []match) []cue {
	var cues []cue
	covered, cov := coverage(ws, lineMatches)
	used := -1 // words before this index belong to a cue already
	for _, s := range sents {
		for k := s.i; k < s.j; k++ {
			w := ws[k]
			if w.quote >= 0 || !w.alpha || w.cap || k <= used || covered[k] {
				continue
			}
			n := w.norm
			if n == "according" && k+1 < s.j && ws[k+1].norm == "to" {
				e := a.npEnd(ws, k+2, s.j)
				if sp, ok := a.resolve(st, ws, k+2, e, false); ok {
					cues = append(cues, cue{kind: cueAccording, v: k, vEnd: k + 2, hi: k + 2, hj: e, spk: sp})
					used = e - 1
				}
				continue
			}
			speech, clause := a.lx.speech[n], a.lx.clause[n]
			if !speech && !clause {
				continue
			}
			if (n == "add" || n == "adds" || n == "added") && k+1 < s.j && ws[k+1].norm == "to" {
				continue // "adds to the pressure"
			}
			if takesPlace(ws, k, s.j) {
				continue // "the summit took place in Brussels": an event, not an act
			}
			// it was reported that …
			if speech && k >= 2 && (ws[k-1].norm == "was" || ws[k-1].norm == "is" || ws[k-1].norm == "been") &&
				(ws[k-2].norm == "it" || k >= 3 && ws[k-3].norm == "it") && k+1 < s.j && ws[k+1].norm == "that" {
				cues = append(cues, cue{kind: cueImpersonal, v: k, vEnd: k + 1, hi: -1, hj: -1, spk: speakerRef{text: "it " + ws[k-1].text + " " + w.text, source: true}})
				continue
			}
			// …, Vincent Pang, saying that …
			if speech && len(n) > 4 && n[len(n)-3:] == "ing" && k > s.i+1 && ws[k-1].norm == "," {
				if hi := a.npStartBefore(ws, k-1, max(s.i, used+1), cov); hi < k-1 {
					if sp, ok := a.resolve(st, ws, hi, k-1, false); ok && sp.person {
						cues = append(cues, cue{kind: cueSpeech, v: k, vEnd: k + 1, hi: hi, hj: k - 1, spk: sp})
						used = k
						continue
					}
				}
			}
			// …, saying that …
			if speech && len(n) > 4 && n[len(n)-3:] == "ing" && k > s.i && ws[k-1].norm == "," {
				cues = append(cues, cue{kind: cueParticiple, v: k, vEnd: k + 1, hi: -1, hj: -1})
				continue
			}
			// …, but added that …: the holder of the clause before
			if speech && k > s.i && (ws[k-1].norm == "but" || ws[k-1].norm == "and") && len(cues) > 0 {
				if prev := cues[len(cues)-1]; prev.hi >= s.i && prev.kind != cueParticiple && prev.hi >= 0 {
					cues = append(cues, cue{kind: cueSpeech, v: k, vEnd: k + 1, hi: k, hj: k, spk: prev.spk})
					continue
				}
			}
			hi := a.npStartBefore(ws, k, max(s.i, used+1), cov)
			if hi < k {
				hj := k
				passive := false
				for hj > hi && a.lx.aux[ws[hj-1].norm] && ws[hj-1].norm != "that" {
					if a.lx.beForms[ws[hj-1].norm] {
						passive = true
					}
					hj--
				}
				if hj-2 > hi && (ws[hj-1].norm == "which" || ws[hj-1].norm == "who") && ws[hj-2].norm == "," {
					hj -= 2
				}
				passive = passive && (strings.HasSuffix(n, "ed") || a.lx.irregularPast[n])
				if passive {
					// "should be banned", "has been scrutinised by X"
					if k+1 < s.j && ws[k+1].norm == "by" && clause {
						e := a.npEnd(ws, k+2, s.j)
						if sp, ok := a.resolve(st, ws, k+2, e, true); ok {
							cues = append(cues, cue{kind: cueClause, v: k, vEnd: k + 1, hi: hi, hj: hj, spk: sp})
							used = e - 1
						}
					}
					continue
				}
				if hj == k && a.isBareForm(n) && !pluralPhrase(ws, hi, hj) {
					continue // "a Huawei ban", "EU member state": a noun, not a verb
				}
				strict := !speech
				if sp, ok := a.resolve(st, ws, hi, hj, strict); ok && hj > hi {
					kind := cueSpeech
					if !speech {
						kind = cueClause
					}
					cues = append(cues, cue{kind: kind, v: k, vEnd: k + 1, hi: hi, hj: hj, spk: sp})
					used = k
					continue
				}
			}
			// “…,” said X
			if speech && k > s.i && (ws[k-1].norm == "," || ws[k-1].qmark) {
				e := a.npEnd(ws, k+1, s.j)
				if sp, ok := a.resolve(st, ws, k+1, e, false); ok && e > k+1 {
					cues = append(cues, cue{kind: cueSpeech, v: k, vEnd: k + 1, hi: k + 1, hj: e, spk: sp, inverted: true})
					used = e - 1
				}
			}
		}
	}
	return cues
}

// coverage marks the words that belong to a registry phrase, which are
// never verbs ("member states", "the Chinese state").
func coverage(ws []word, lineMatches []match) ([]bool, []int) {
	c := make([]bool, len(ws))
	start := make([]int, len(ws))
	for k := range start {
		start[k] = -1
	}
	for _, mt := range lineMatches {
		if mt.j-mt.i > 1 {
			for k := mt.i; k < mt.j; k++ {
				c[k] = true
				start[k] = mt.i
			}
		}
	}
	return c, start
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
	if k >= s.j || ws[k].norm == "," || ws[k].norm == "." || onlyTrailer(ws, k, s.j) {
		return -1, true
	}
	if a.lx.object[ws[c.v].norm] {
		e := a.npEnd(ws, k, s.j)
		if e > k {
			k = e
		}
		if onlyTrailer(ws, k, s.j) {
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
	if k+1 < s.j && ws[k].norm == "by" && a.lx.speech[ws[k+1].norm] {
		k += 2
		if k < s.j && ws[k].norm == "that" {
			k++
		}
	}
	// a time or place phrase after the verb: "said at the opening of …,"
	// means the content came before; "said on Friday was …" that it follows
	if k < s.j && a.lx.prepositions[ws[k].norm] {
		return -1, true
	}
	return k, false
}

// afterTimePhrase returns where content starts after a short time or place
// phrase that follows a speech verb ("said on Friday was a …"), or -1.
func (a *Analyzer) afterTimePhrase(ws []word, k, j int) int {
	if k >= j || !a.lx.prepositions[ws[k].norm] {
		return -1
	}
	t := k + 1
	for t < j && ws[t].quote < 0 && (ws[t].cap || isNumber(ws[t].norm) || ws[t].norm == "the" || ws[t].norm == "(" || ws[t].norm == ")" || ws[t].norm == "last" || ws[t].norm == "this" || ws[t].norm == "week" || ws[t].norm == "month" || !ws[t].alpha && ws[t].norm != "," && ws[t].norm != ".") {
		t++
	}
	if t < j && t-k <= 5 && ws[t].alpha && !ws[t].cap && !a.lx.prepositions[ws[t].norm] && !a.lx.notVerb[ws[t].norm] || t < j && t-k <= 5 && a.lx.aux[ws[t].norm] {
		return t
	}
	return -1
}

// onlyTrailer reports whether ws[k:j] holds nothing but time and place
// phrases and punctuation: "on Friday", "on Monday (25 February)".
func onlyTrailer(ws []word, k, j int) bool {
	for t := k; t < j; t++ {
		n := ws[t].norm
		if !ws[t].alpha || ws[t].cap || n == "on" || n == "in" || n == "at" || n == "last" || n == "this" || n == "week" || n == "month" ||
			n == "year" || n == "recently" || n == "yesterday" || n == "today" || n == "earlier" || n == "later" || n == "the" || n == "a" ||
			n == "statement" || n == "interview" || n == "reporters" || n == "journalists" || n == "march" || n == "after" || n == "tuesday's" || n == "vote" || n == "'s" || len(n) <= 2 {
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
			if (a.lx.speech[nx] && len(nx) > 4 && nx[len(nx)-3:] == "ing") || a.lx.subordinators[nx] {
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
		if (a.lx.subordinators[w.norm] || w.norm == "and") && t+1 < j && w.norm != "which" {
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
		case a.lx.clauseOpeners[n] && k > s.i:
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

func quoteWords(ws []word, qi int) (int, int) {
	i, j := -1, -1
	for k := range ws {
		if ws[k].quote == qi {
			if i < 0 {
				i = k
			}
			j = k + 1
		} else if i >= 0 {
			break
		}
	}
	return i, j
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

// between reports whether the words ws[i:j] are only the given ones.
func between(ws []word, i, j int, allowed ...string) bool {
	for k := i; k < j; k++ {
		ok := false
		for _, a := range allowed {
			if ws[k].norm == a {
				ok = true
			}
		}
		if !ok && !onlyTrailer(ws, k, k+1) {
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
	if ws[e].norm == "'s" || a.isBareForm(ws[e].norm) && !a.lx.aux[ws[e].norm] && !pluralPhrase(ws, i, e) {
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
		case a.lx.beForms[n]:
			be = true
		case a.lx.aux[n]:
		case be && (strings.HasSuffix(n, "ed") || a.lx.irregularPast[n]) && !a.lx.adjectival[n]:
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
