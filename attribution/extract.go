package attribution

import (
	"sort"
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/tokenize"
)

// rawStmt is a statement before classification.
type rawStmt struct {
	start, end int
	kind       Kind
	spk        speakerRef
	reporter   string // for a described position: the actor who reports it
}

// sentence is a sentence of a line, as word indices [i, j).
type sentence struct{ i, j int }

// extract finds the statements of an article in text order. It records
// each line's kind in lines, and the tokens of the lines it reads in lt
// (which may be nil), and the registry's phrases in hc (which may be nil:
// the holder detector's candidates).
func (a *Analyzer) extract(text string, lines []line, lt *lineTokens, hc *holderCands) []rawStmt {
	st := newDocState(text)
	var out []rawStmt
	ws := make([]word, 0, 64)
	toks := make([]tokenize.Token, 0, 64)
	var quotes []span
	var mbuf [32]match
	var colon speakerRef // the holder of a paragraph ending "... said:" (colon.go)
	colonOK := false
	for k := range lines {
		ln := lines[k]
		s := text[ln.start:ln.end]
		kind := a.classifyLine(s, k == 0)
		lines[k].kind = kind
		if kind == lineClutter {
			continue
		}
		ws = a.wordsBuf(ws[:0], &toks, s, ln.start)
		lt.add(ln.start, ln.end, toks)
		if len(ws) == 0 {
			continue
		}
		quotes = findQuotes(s, ln.start, quotes[:0])
		markQuotes(ws, quotes)
		lineMatches := a.m.all(ws, 0, len(ws), mbuf[:0])
		a.noteMentions(st, ws, lineMatches)
		a.noteAcronyms(st, ws, lineMatches)
		intro, introOK := colon, colonOK
		colon, colonOK = a.colonCue(st, ws)
		if kind == lineHeading {
			a.note(hc, ws, []sentence{{0, len(ws)}}, lineMatches, k, true)
			out = a.heading(st, ws, ln, out)
			continue
		}
		sents := a.sentences(ws, toks, s, ln.start)
		a.note(hc, ws, sents, lineMatches, k, false)
		n := len(out)
		out = a.body(st, ws, quotes, sents, lineMatches, out)
		if introOK && !colonOK {
			out = colonQuotes(out, n, intro, ws, sents)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// words tokenizes one line into words with article offsets.
func (a *Analyzer) words(dst []word, s string, base int) []word {
	return a.wordsBuf(dst, nil, s, base)
}

// wordsBuf is words with a token buffer that is reused across calls
// (nil: a fresh one).
func (a *Analyzer) wordsBuf(dst []word, toks *[]tokenize.Token, s string, base int) []word {
	var buf []tokenize.Token
	if toks != nil {
		buf = (*toks)[:0]
	}
	buf = a.tk.AppendTokens(buf, s) // negation scopes are not needed here
	if toks != nil {
		*toks = buf
	}
	n := len(dst)
	dst = a.splitFinalStop(splitWords(buf, dst), n)
	for k := n; k < len(dst); k++ {
		dst[k].start += base
		dst[k].end += base
		dst[k].wordInfo = a.info.get(dst[k].norm)
	}
	return dst
}

// splitFinalStop splits the full stop off the line's last word (of
// dst[n:]) when the tokenizer kept it on a capitalised word that is no
// abbreviation or initial ("... said Jane Roe." gives "Roe."), so that a
// name ending a sentence is the name.
func (a *Analyzer) splitFinalStop(dst []word, n int) []word {
	k := len(dst) - 1
	if k < n {
		return dst
	}
	w := dst[k]
	t := w.text
	if len(t) < 3 || !w.cap || t[len(t)-1] != '.' || t[len(t)-2] == '.' || isInitials(t) || strings.Contains(t[:len(t)-1], ".") {
		return dst
	}
	if base := strings.TrimSuffix(w.norm, "."); a.lx.abbreviations[base] || a.lx.numeralAbbreviations[base] || a.lx.titles[base] {
		return dst
	}
	dst[k] = mkWord(t[:len(t)-1], w.start)
	return append(dst, mkWord(".", w.end-1))
}

// sentences splits a line's words into sentences with the tokenizer's
// sentence model, over toks, the line's tokens (the line is not scanned
// again).
func (a *Analyzer) sentences(ws []word, toks []tokenize.Token, s string, base int) []sentence {
	if oneSentence(s) {
		for k := range ws {
			ws[k].sent = 0
		}
		return []sentence{{0, len(ws)}}
	}
	ss := a.tk.SentencesOf(s, toks)
	out := make([]sentence, 0, len(ss))
	k := 0
	for si, x := range ss {
		end := base + x.End
		if si == len(ss)-1 {
			end = ws[len(ws)-1].end
		}
		i := k
		if n := len(out); n > 0 && a.abbreviationEnd(ws, out[n-1], k) {
			i = out[n-1].i // "U.S. Ambassador ...": an abbreviation's full stop ends no sentence
			out = out[:n-1]
		}
		for k < len(ws) && ws[k].start < end {
			ws[k].sent = len(out)
			k++
		}
		if k > i {
			out = append(out, sentence{i, k})
		}
	}
	if k < len(ws) {
		for m := k; m < len(ws); m++ {
			ws[m].sent = len(out)
		}
		out = append(out, sentence{k, len(ws)})
	}
	return out
}

// abbreviationEnd reports whether sentence x ends with a word of the
// grammar's abbreviations and its full stop ("U.S.", "Sen."), after which
// the tokenizer's sentence model broke before a capitalised word, or with a
// numeral abbreviation ("No.") when the next sentence, from word next,
// opens with a numeral.
func (a *Analyzer) abbreviationEnd(ws []word, x sentence, next int) bool {
	if x.j-x.i < 2 || !strings.HasSuffix(ws[x.j-1].text, ".") {
		return false
	}
	last := ws[x.j-1]
	if last.norm == "." {
		last = ws[x.j-2]
	}
	n := strings.TrimSuffix(last.norm, ".")
	return a.lx.abbreviations[n] || a.lx.numeralAbbreviations[n] && next < len(ws) && startsWithDigit(ws[next].text)
}

// startsWithDigit reports whether s opens with an ASCII digit.
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// oneSentence reports whether line s cannot hold a sentence break: no
// sentence-ending mark (. ? ! …) stands before its last word, and the
// sentence model breaks only after one.
func oneSentence(s string) bool {
	last := strings.LastIndexFunc(s, unicode.IsSpace)
	return last < 0 || strings.IndexAny(s[:last], ".?!") < 0 && !strings.Contains(s[:last], "…")
}

// heading handles a headline: "Not 'one single cybersecurity issue', Huawei
// says", "EU parliament expresses 'deep concern' about China".
func (a *Analyzer) heading(st *docState, ws []word, ln line, out []rawStmt) []rawStmt {
	if len(ws) < 5 || a.lx.layout.isSection(st.text[ln.start:ln.end]) {
		return out
	}
	// "…, X says" / "… X says"
	last := len(ws) - 1
	for last > 0 && !ws[last].alpha {
		last--
	}
	if ws[last].is(cSpeech) && ws[last].quote < 0 {
		hi := a.npStartBefore(ws, last, 0, nil)
		if hi < last {
			if sp, ok := a.resolve(st, ws, hi, last, false); ok && !sp.source {
				a.remember(st, sp)
				return append(out, rawStmt{start: ln.start, end: ln.end, kind: KindHeadline, spk: sp})
			}
		}
	}
	// clauses joined by " as ": each may open with an actor and a verb
	var found []rawStmt
	ci := 0
	for k := 0; k <= len(ws); k++ {
		if k < len(ws) && !(ws[k].norm == "as" && ws[k].quote < 0 && k > ci) {
			continue
		}
		if sp, ok := a.clauseSubject(st, ws, ci, k, true); ok {
			found = append(found, rawStmt{start: ws[ci].start, end: ws[k-1].end, kind: KindHeadline, spk: sp})
		}
		ci = k + 1
	}
	if len(found) == 1 {
		found[0].start, found[0].end = ln.start, ln.end
	}
	for _, f := range found {
		a.remember(st, f.spk)
	}
	return append(out, found...)
}

// clauseSubject reads an actor and a verb group at ws[i:j]: "The Commission
// will not call for", "Big telecoms operators oppose". headline lets "to"
// stand for the verb group ("EU to drop threat").
func (a *Analyzer) clauseSubject(st *docState, ws []word, i, j int, headline bool) (speakerRef, bool) {
	if i >= j || ws[i].quote >= 0 {
		return speakerRef{}, false
	}
	e := a.npEnd(ws, i, j)
	if e <= i || e >= j {
		return speakerRef{}, false
	}
	if n := ws[e].norm; n == "'s" || n == "s" || !ws[e].alpha && ws[e].norm != "-" {
		return speakerRef{}, false
	}
	if ws[e-1].norm == "'s" {
		return speakerRef{}, false // a possessive modifies what follows: "the Department's banned list"
	}
	if v, ok := a.verbAfter(ws, e, j); !ok || headline && (a.passiveVerb(ws, e, j) || headlinePassive(ws, v, j)) {
		return speakerRef{}, false // a headline's passive subject is acted on: "Huawei to be phased out of ...", "Huawei banned from ..."
	}
	sp, ok := a.resolve(st, ws, i, e, true)
	if !ok || sp.source {
		return speakerRef{}, false
	}
	if !headline && sp.person && !sp.known {
		return speakerRef{}, false
	}
	return sp, true
}

// headlinePassive reports whether the verb at v is a headline's participle
// with its "be" left out, before "from" or "by": "Huawei banned from UK
// networks", "Vendor cleared by regulator".
func headlinePassive(ws []word, v, j int) bool {
	return v+1 < j && strings.HasSuffix(ws[v].norm, "ed") && (ws[v+1].norm == "from" || ws[v+1].norm == "by")
}

// verbAfter finds a verb group right after a subject ending at e: optional
// auxiliaries and adverbs, then a lower-case word that is a known verb or
// looks like a finite one.
func (a *Analyzer) verbAfter(ws []word, e, j int) (int, bool) {
	aux := false
	k := e
	for k < j && k < e+5 && (ws[k].is(cAux) || ws[k].norm == "this" || ws[k].norm == "specific") && ws[k].quote < 0 {
		if !(ws[k].norm == "this" || ws[k].norm == "specific" || ws[k].norm == "month" || ws[k].norm == "week") {
			aux = true
		}
		k++
	}
	if k >= j || ws[k].quote >= 0 || !ws[k].alpha || ws[k].cap {
		return 0, false
	}
	n := ws[k].norm
	// "have been the most vocal critic", "has its own investigation"
	if aux && k > e && a.beOrHave(ws[k-1].norm) && (ws[k].is(cDeterminer) || n == "most" || n == "no") {
		return k, true
	}
	if ws[k].is(cNotVerb) || takesPlace(ws, k, j) {
		return 0, false
	}
	if ws[k].is(cClause) || ws[k].is(cSpeech) || a.particleAt(ws, k) != "" {
		return k, true
	}
	if aux && k > e && ws[k-1].norm != "to" || aux && len(n) > 3 {
		return k, true
	}
	if strings.HasSuffix(n, "ed") || (strings.HasSuffix(n, "es") && !strings.HasSuffix(n, "ies") && len(n) > 4) {
		return k, true
	}
	return 0, false
}

// takesPlace reports whether ws[k] is "take place" (took, takes): the
// subject is an event ("the summit took place in Brussels"), not a holder
// acting.
func takesPlace(ws []word, k, j int) bool {
	switch ws[k].norm {
	case "take", "takes", "took", "taking", "taken":
		return k+1 < j && ws[k+1].norm == "place"
	}
	return false
}

// npEnd reads a speaker or actor phrase forward from i and returns its end.
func (a *Analyzer) npEnd(ws []word, i, j int) int {
	k := i
	seenHead := false
	for k < j {
		w := ws[k]
		if w.quote >= 0 && w.quote != ws[i].quote {
			break
		}
		if mt, ok := a.m.at(ws, k, j); ok && mt.kind != mSurname || ok && w.cap {
			k = mt.j
			seenHead = true
			continue
		}
		n := w.norm
		switch {
		case !w.alpha:
			if n == "'s" || n == "s" || n == "-" || n == "&" {
				if n == "'s" && k+1 < j && ws[k+1].alpha {
					k++
					continue
				}
				if n == "-" || n == "&" {
					k++
					continue
				}
			}
			return k
		case n == "'s":
			k++
			continue
		case k == i && (w.is(cDeterminer) || n == "one"):
			k++
			continue
		case w.cap && !w.is(cAux) && !w.is(cNotVerb) || w.cap && k == i:
			seenHead = true
			k++
			continue
		case w.is(cRole) || w.is(cSourceNoun):
			seenHead = true
			k++
			continue
		case w.is(cNPAdjective) && !seenHead:
			k++
			continue
		case (n == "of" || n == "for" || n == "at" || n == "in" || n == "from") && seenHead && k+1 < j:
			nx := ws[k+1]
			if nx.cap || nx.norm == "the" || a.startsAlias(ws, k+1, j) || nx.norm == "charge" {
				k++
				continue
			}
			return k
		case n == "familiar" && k+3 <= j && ws[k+1].norm == "with":
			k += 2
			if k < j && ws[k].norm == "the" {
				k++
			}
			if k < j {
				k++
			}
			continue
		case (n == "and") && seenHead && k+1 < j && (ws[k+1].cap || ws[k+1].norm == "the") && !a.isVerbLike(ws, k+1, j):
			k++
			continue
		case w.is(cDeterminer) && k > i && (ws[k-1].norm == "of" || ws[k-1].norm == "for" || ws[k-1].norm == "at" || ws[k-1].norm == "in" || ws[k-1].norm == "and"):
			k++
			continue
		case n == "telecoms" || n == "telecom" || n == "telecommunications" || w.is(cNPAdjective):
			k++
			continue
		}
		break
	}
	if !seenHead {
		return i
	}
	return k
}

func (a *Analyzer) isVerbLike(ws []word, k, j int) bool {
	_, ok := a.verbAfter(ws, k, j)
	return ok && !ws[k].cap
}

func (a *Analyzer) startsAlias(ws []word, k, j int) bool {
	_, ok := a.m.at(ws, k, j)
	return ok
}

// npStartBefore walks back from the word before v (skipping auxiliaries and
// adverbs) over a speaker phrase and returns where it starts, or v when
// there is none. Words before lo are not looked at.
func (a *Analyzer) npStartBefore(ws []word, v, lo int, cov []int) int {
	e := v
	for e > lo && (ws[e-1].is(cAux) && ws[e-1].norm != "that" && ws[e-1].norm != "to" && ws[e-1].norm != "this") && ws[e-1].quote < 0 {
		e--
	}
	if e <= lo || ws[e-1].quote >= 0 {
		return v
	}
	e, start := a.phraseTail(ws, e, lo, cov)
	if start >= 0 {
		return start
	}
	k := e
	for k > lo {
		if cov != nil && cov[k-1] >= 0 && cov[k-1] < k-1 {
			k = max(cov[k-1], lo) // a registry phrase as a whole: "Department for Digital, Culture, Media and Sport"
			continue
		}
		w := ws[k-1]
		n := w.norm
		if w.quote >= 0 {
			break
		}
		switch {
		case k < e && a.initialBefore(ws, lo, k) == 2:
			k -= 2 // an initial and its full stop: "Robert F. Kennedy"
			continue
		case n == "'s" || n == "-" || n == "&":
			k--
			continue
		case !w.alpha:
			// apposition: "the company’s President of Western Europe, Vincent Pang, saying"
			if n == "," && k < e && k-1 > lo && ws[k-2].alpha && (ws[k-2].cap || ws[k-2].is(cRole)) && a.allName(ws, k, e) {
				k--
				continue
			}
		case w.is(cPersonPronoun) || n == "they" || n == "it" || n == "we":
			if k == e {
				return k - 1
			}
		case w.cap && !(k < e && w.is(cNotVerb) && !w.is(cDeterminer)):
			if w.is(cAux) && n != "this" {
				break
			}
			k--
			continue
		case w.is(cRole) || w.is(cSourceNoun) || w.is(cNPAdjective) || w.is(cDeterminer) || w.is(cMedia):
			k--
			continue
		case (a.lx.phraseConnectors[n] || n == "the") && k < e:
			// only inside a phrase: "spokesperson for Department for ...", "familiar with the matter"
			if k-1 > lo {
				p := ws[k-2]
				if p.cap || p.is(cRole) || p.is(cSourceNoun) || a.lx.connectorHeads[p.norm] || p.is(cDeterminer) || p.is(cNPAdjective) {
					k--
					continue
				}
			}
		case a.lx.phraseFillers[n]:
			k--
			continue
		}
		break
	}
	if k = a.trimConnectors(ws, k, e); k >= e {
		return v
	}
	return k
}

// trimConnectors returns the first word of ws[k:e] after the phrase
// connectors and commas that open it: a phrase never starts with one.
func (a *Analyzer) trimConnectors(ws []word, k, e int) int {
	for k < e && (a.lx.phraseConnectors[ws[k].norm] || ws[k].norm == ",") {
		k++
	}
	return k
}

// nameBracket returns where the bracketed words ending at word e start
// (their "("), when a capitalised word stands right before them and they
// are an office: three to 30 words, no other bracket or quote ("Jane Roe
// MP (Parliamentary Under-Secretary of State for Digital)"; not a party
// tag, an acronym or a member's name, "(R-TX)", "(GAO)", "(Jane Roe)"),
// else -1.
func nameBracket(ws []word, e, lo int) int {
	if e <= lo || ws[e-1].norm != ")" {
		return -1
	}
	for o := e - 2; o > lo && o >= e-32; o-- {
		switch {
		case ws[o].norm == "(":
			if ws[o-1].cap && ws[o-1].alpha && alphaCount(ws, o+1, e-1) >= 3 && ws[o+1].cap {
				return o
			}
			return -1
		case ws[o].norm == ")" || ws[o].quote >= 0:
			return -1
		}
	}
	return -1
}

// asideStart returns the comma that opens an aside ending with the comma
// ws[e-1]: an [aside_openers] word after the comma, at most ten words
// between, none a quote or another comma, and a capitalised name before
// it ("Australia, with a huge dependence on Chinese exports, has gone
// for ..."); -1 when there is none.
func (a *Analyzer) asideStart(ws []word, e, lo int) int {
	if e-1 <= lo || ws[e-1].norm != "," {
		return -1
	}
	for o := e - 3; o > lo && o >= e-12; o-- {
		if ws[o].quote >= 0 || !ws[o].alpha && ws[o].norm != "," {
			return -1
		}
		if ws[o].norm == "," {
			if a.lx.asideOpeners[ws[o+1].norm] && ws[o-1].alpha && ws[o-1].cap {
				return o
			}
			return -1
		}
	}
	return -1
}

// phraseTail passes back over what may stand between a holder phrase's
// head and its verb at e (brackets, an aside, an apposition, a relative
// pronoun) and returns where the walk back over the phrase begins; start is
// the phrase's start when the tail already tells it (an apposition after a
// name), else -1.
func (a *Analyzer) phraseTail(ws []word, e, lo int, cov []int) (end, start int) {
	if o := nameBracket(ws, e, lo); o >= 0 {
		e = o // an apposition in brackets: "Jane Roe MP (Minister for Digital) said"
	}
	if o := acronymBracket(ws, e, lo); o >= 0 && cov != nil && cov[o-1] >= 0 {
		e = o // an acronym a registry name defines: "The Bureau of Industry and Security (BIS) announced"
	}
	if o := a.asideStart(ws, e, lo); o >= 0 {
		e = o // an aside between commas: "Australia, with a huge dependence on ..., has gone for"
	} else if a.closedApposition(ws, e, lo) {
		e-- // "The chairman of Huawei, John Wood, said": the name's closing comma
	} else if s := a.appositionAfterName(ws, e, lo); s >= 0 {
		return e, s // "Ken Hu, Huawei's chairman, said": the phrase runs on from the name
	}
	// a relative clause: "The resolution, which called for …"
	if (ws[e-1].norm == "which" || ws[e-1].norm == "who") && e-2 > lo && ws[e-2].norm == "," {
		e -= 2
	}
	return e, -1
}

// appositionEnd carries a holder phrase that ends at e, after its verb
// ("…,” said Jane Roe"), over an apposition that closes the sentence (", a
// spokesperson for the ministry."), and returns the new end: the
// apposition opens with a determiner, a possessive, a capitalised, role or
// title word and holds no verb, relative pronoun or quote, at most 14
// words. e is returned when there is none.
func (a *Analyzer) appositionEnd(ws []word, e, j int) int {
	if e >= j || ws[e].norm != "," || e+1 >= j {
		return e
	}
	if !opensApposition(ws[e+1]) {
		return e
	}
	end := j
	for end > e+1 && !ws[end-1].alpha {
		end-- // the sentence's final stop
	}
	if end-e > 15 {
		return e
	}
	for k := e + 1; k < end; k++ {
		if breaksApposition(ws, k) {
			return e
		}
	}
	return end
}

// opensApposition reports whether w may open an apposition after a name: a
// determiner, a capitalised (a possessive's owner: "Huawei's"), role or
// title word.
func opensApposition(w word) bool {
	return w.alpha && (w.is(cDeterminer) || w.cap || w.is(cRole) || w.is(cTitle))
}

// breaksApposition reports whether ws[k] cannot stand inside an apposition:
// a quoted word, a semicolon, a verb (the possessive "'s" after a
// capitalised word is none) or a relative pronoun.
func breaksApposition(ws []word, k int) bool {
	w := ws[k]
	return w.quote >= 0 || w.norm == ";" || w.is(cAux|cBe|cSpeech|cClause) && !(w.norm == "'s" && k > 0 && ws[k-1].cap) ||
		w.norm == "who" || w.norm == "which" || w.norm == "that"
}

// appositionAfterName returns where the holder phrase starts when ws[e-1]
// is the comma that closes an apposition after a name, before the verb ("Ken Hu,
// Huawei's chairman, | said", "Jane Roe, a spokesperson for the ministry,
// | said", "Jane Roe, Minister of Innovation, Science and Industry, |
// announced"), or -1. The name before the opening comma is two to four
// capitalised words or a registry name, with nothing but titles and
// determiners between it and the clause's start lo or the comma after a
// short opening phrase of at most four words ("Today, the Honourable Jane
// Roe, ..."; a longer one may hold the holder itself); the phrase starts
// there. The apposition opens with a
// determiner, a possessive, a capitalised or a role word, holds no verb,
// relative pronoun or quote, and is at most 14 words long. The latest comma
// that opens one wins, so a list inside the apposition stays in it.
func (a *Analyzer) appositionAfterName(ws []word, e, lo int) int {
	if e-1 <= lo || ws[e-1].norm != "," {
		return -1
	}
	for c := e - 2; c > lo && c >= e-16; c-- {
		if ws[c].norm == "." || breaksApposition(ws, c) {
			return -1
		}
		if ws[c].norm != "," || c+1 >= e-1 {
			continue
		}
		if !opensApposition(ws[c+1]) || a.allName(ws, c+1, e-1) {
			continue // a name between the commas is closedApposition's ("The chairman of X, John Wood, said")
		}
		if s := a.nameStartAt(ws, lo, c); s >= 0 {
			t := s
			for t > lo && ws[t-1].alpha && a.titleOrDeterminer(ws[t-1]) {
				t-- // "the Honourable Jane Roe"
			}
			if t == lo || ws[t-1].qmark || ws[t-1].norm == "," && t-1-afterDateline(ws, lo, t-1) <= 4 {
				return t // at the clause's start, or after a short opening phrase ("Today, ...", "On Monday, ...")
			}
		}
	}
	return -1
}

// afterDateline returns the word after the last dash of ws[lo:k] (a
// release's dateline: "OTTAWA, ON, May 19, 2022 /CNW/ - Today, ..."), or lo.
func afterDateline(ws []word, lo, k int) int {
	for t := k - 1; t >= lo; t-- {
		if n := ws[t].norm; n == "-" || n == "–" || n == "—" || n == "--" {
			return t + 1
		}
	}
	return lo
}

// nameStartAt returns where a person's name of two to four capitalised
// words, or a registry name, that ends at word c (exclusive) starts, within
// ws[lo:]; -1 when none ends there.
func (a *Analyzer) nameStartAt(ws []word, lo, c int) int {
	var ms [8]match
	for _, mt := range a.m.all(ws, max(lo, c-6), c, ms[:0]) {
		if mt.j == c {
			return mt.i
		}
	}
	for n := 4; n >= 2; n-- {
		if c-n >= lo && a.allName(ws, c-n, c) {
			return c - n
		}
	}
	return -1
}

// closedApposition reports whether ws[e-1] is the comma that closes a name
// in apposition to the noun phrase that opens the clause at lo ("The
// chairman of Huawei, John Wood, | said", "Its president, Jane Roe, |
// said"), a phrase with a role noun or a capitalised word after its first.
// A place ("In Berlin, Jane Roe,") or a phrase after another comma ("...,
// Hume Center, Virginia Tech,") is no such phrase.
func (a *Analyzer) closedApposition(ws []word, e, lo int) bool {
	if e-1 <= lo || ws[e-1].norm != "," {
		return false
	}
	c := e - 1
	for c > lo && c > e-6 && ws[c-1].alpha && ws[c-1].cap {
		c--
	}
	if c-2 < lo || ws[c-1].norm != "," || !ws[c-2].alpha || !a.allName(ws, c, e-1) {
		return false
	}
	p, head := c-1, false
	for p > lo && (ws[p-1].alpha || ws[p-1].norm == "'s") {
		p--
		head = head || ws[p].is(cRole) || ws[p].cap && p > lo
	}
	return p == lo && head && !ws[p].is(cPreposition|cClauseOpener|cSubordinator)
}

// allName reports whether ws[i:j] is a run of two to four capitalised name
// words that the registry does not know as an actor.
func (a *Analyzer) allName(ws []word, i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if !ws[k].cap || !isNameWord(ws[k].text) || ws[k].is(cTitle) || ws[k].is(cNotVerb) || ws[k].is(cAux) || ws[k].is(cDeterminer) || ws[k].is(cClauseOpener) {
			return false
		}
		if mt, ok := a.m.at(ws, k, j); ok && mt.kind == mAlias {
			return false
		}
	}
	return true
}

// remember makes sp the last speaker and the antecedent of its head noun.
func (a *Analyzer) remember(st *docState, sp speakerRef) {
	st.lastSpk, st.hasSpk = sp, true
	if sp.head != "" {
		st.byHead[sp.head] = sp
	}
}

func (a *Analyzer) beOrHave(n string) bool {
	return a.lx.beForms[n] || n == "has" || n == "have" || n == "had"
}
