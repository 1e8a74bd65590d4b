package attribution

import (
	"strings"
)

// cue is an attribution found in running text: a holder and the verb or
// phrase that makes it hold something.
type cue struct {
	kind     cueKind
	v, vEnd  int // the verb (or "according to") words [v, vEnd)
	hi, hj   int // holder words [hi, hj), or -1
	spk      speakerRef
	filled   bool // a direct quote took the content
	inverted bool // "…, said X"
}

type cueKind uint8

const (
	cueSpeech     cueKind = iota // said, told, stressed ...
	cueClause                    // rejected, urged, called for ... : the clause is the statement
	cueAccording                 // according to X
	cueImpersonal                // it was reported that ...
	cueParticiple                // ..., saying that ...
	cueByAgent                   // "described as “…” by X"
)

// findCues finds the attributions of a paragraph, outside quotes.
func (a *Analyzer) findCues(st *docState, ws []word, sents []sentence, lineMatches []match) []cue {
	covered, cov := coverage(st, ws, lineMatches)
	sc := &cueScan{st: st, ws: ws, cov: cov, used: -1}
	for _, s := range sents {
		sc.s = s
		for k := s.i; k < s.j; k++ {
			w := ws[k]
			if w.quote >= 0 || !w.alpha || w.cap || k <= sc.used || covered[k] {
				continue
			}
			a.cueAt(sc, k)
		}
	}
	return sc.cues
}

// cueScan is the state of findCues: the sentence, the cues found, and the
// last word that belongs to a cue already.
type cueScan struct {
	st   *docState
	ws   []word
	s    sentence
	cov  []int
	used int
	cues []cue
}

func (sc *cueScan) add(c cue, used int) {
	sc.cues = append(sc.cues, c)
	if used >= 0 {
		sc.used = used
	}
}

// cueAt looks for a cue whose verb (or "according to") is word k.
func (a *Analyzer) cueAt(sc *cueScan, k int) {
	ws, s, st := sc.ws, sc.s, sc.st
	w := ws[k]
	n := w.norm
	if n == "according" && k+1 < s.j && ws[k+1].norm == "to" {
		e := a.npEnd(ws, k+2, s.j)
		if sp, ok := a.resolve(st, ws, k+2, e, false); ok {
			sc.add(cue{kind: cueAccording, v: k, vEnd: k + 2, hi: k + 2, hj: e, spk: sp}, e-1)
		}
		return
	}
	speech, clause := w.is(cSpeech), w.is(cClause) || a.particleAt(ws, k) != ""
	if !speech && !clause || (n == "add" || n == "adds" || n == "added") && k+1 < s.j && ws[k+1].norm == "to" {
		return // not a cue, or "adds to the pressure"
	}
	if takesPlace(ws, k, s.j) {
		return // "the summit took place in Brussels": an event, not an act
	}
	if acronymAfter(ws, k, s.j) {
		return // "... Surveillance states (NETWORKS) Act": a word of a title, not a verb
	}
	if speech && a.participleCue(sc, k) {
		return
	}
	if hi := a.npStartBefore(ws, k, max(s.i, sc.used+1), sc.cov); hi < k && a.holderCue(sc, k, hi, speech, clause) {
		return
	}
	// “…,” said X
	if speech && k > s.i && (ws[k-1].norm == "," || ws[k-1].qmark) {
		e := a.appositionEnd(ws, a.npEnd(ws, k+1, s.j), s.j)
		if sp, ok := a.resolve(st, ws, k+1, e, false); ok && e > k+1 {
			sc.add(cue{kind: cueSpeech, v: k, vEnd: k + 1, hi: k + 1, hj: e, spk: sp, inverted: true}, e-1)
		}
	}
}

// participleCue handles the speech verbs that need no holder before them:
// "it was reported that …", "…, Vincent Pang, saying that …", "…, saying
// that …", "…, but added that …".
func (a *Analyzer) participleCue(sc *cueScan, k int) bool {
	ws, s := sc.ws, sc.s
	w, n := ws[k], ws[k].norm
	if k >= 2 && (ws[k-1].norm == "was" || ws[k-1].norm == "is" || ws[k-1].norm == "been") &&
		(ws[k-2].norm == "it" || k >= 3 && ws[k-3].norm == "it") && k+1 < s.j && ws[k+1].norm == "that" {
		sc.add(cue{kind: cueImpersonal, v: k, vEnd: k + 1, hi: -1, hj: -1, spk: speakerRef{text: "it " + ws[k-1].text + " " + w.text, source: true}}, -1)
		return true
	}
	ing := len(n) > 4 && n[len(n)-3:] == "ing"
	if ing && k > s.i+1 && ws[k-1].norm == "," {
		if hi := a.npStartBefore(ws, k-1, max(s.i, sc.used+1), sc.cov); hi < k-1 {
			if sp, ok := a.resolve(sc.st, ws, hi, k-1, false); ok && sp.person {
				sc.add(cue{kind: cueSpeech, v: k, vEnd: k + 1, hi: hi, hj: k - 1, spk: sp}, k)
				return true
			}
		}
	}
	if ing && k > s.i && ws[k-1].norm == "," {
		sc.add(cue{kind: cueParticiple, v: k, vEnd: k + 1, hi: -1, hj: -1}, -1)
		return true
	}
	if k > s.i && (ws[k-1].norm == "but" || ws[k-1].norm == "and") && len(sc.cues) > 0 {
		if prev := sc.cues[len(sc.cues)-1]; prev.hi >= s.i && prev.kind != cueParticiple && prev.hi >= 0 {
			sc.add(cue{kind: cueSpeech, v: k, vEnd: k + 1, hi: k, hj: k, spk: prev.spk}, -1)
			return true
		}
	}
	return false
}

// holderCue handles a verb at k whose holder phrase starts at hi: "X said",
// "X has rejected", and passives with an agent ("has been scrutinised by
// X"). It reports whether the verb was dealt with.
func (a *Analyzer) holderCue(sc *cueScan, k, hi int, speech, clause bool) bool {
	ws, s, st, n := sc.ws, sc.s, sc.st, sc.ws[k].norm
	hj := k
	passive := false
	for hj > hi && ws[hj-1].is(cAux) && ws[hj-1].norm != "that" {
		if ws[hj-1].is(cBe) {
			passive = true
		}
		hj--
	}
	if hj-2 > hi && (ws[hj-1].norm == "which" || ws[hj-1].norm == "who") && ws[hj-2].norm == "," {
		hj -= 2
	}
	if o := nameBracket(ws, hj, hi); o >= 0 {
		hj = o // the holder is the name before its bracketed office
	}
	if o := acronymBracket(ws, hj, hi); o >= 0 && sc.cov != nil && sc.cov[o-1] >= 0 {
		hj = o // the holder is the name before the acronym it defines
	}
	if o := a.asideStart(ws, hj, hi); o >= 0 {
		hj = o // the holder is the name before an aside
	}
	if hj > hi && ws[hj-1].norm == "'s" {
		return true // a possessive modifies the word after it: "the Department's banned list"
	}
	if hj > hi && (ws[hj-1].norm == "a" || ws[hj-1].norm == "an" || ws[hj-1].norm == "the") {
		return true // an article opens a noun phrase: "in an earlier report by"
	}
	if passive && (strings.HasSuffix(n, "ed") || ws[k].is(cIrregularPast)) {
		// "should be banned", "has been scrutinised by X"
		if k+1 < s.j && ws[k+1].norm == "by" && clause {
			e := a.npEnd(ws, k+2, s.j)
			if sp, ok := a.resolve(st, ws, k+2, e, true); ok {
				sc.add(cue{kind: cueClause, v: k, vEnd: k + 1, hi: hi, hj: hj, spk: sp}, e-1)
			}
		}
		return true
	}
	if hj == k && a.isBareForm(n) && !pluralPhrase(ws, hi, hj) {
		return true // "a Huawei ban", "EU member state": a noun, not a verb
	}
	if sp, ok := a.resolve(st, ws, hi, hj, !speech); ok && hj > hi {
		kind := cueSpeech
		if !speech {
			kind = cueClause
		}
		sc.add(cue{kind: kind, v: k, vEnd: k + 1, hi: hi, hj: hj, spk: sp}, k)
		return true
	}
	return false
}

// coverage marks the words that belong to a registry phrase, which are
// never verbs ("member states", "the Chinese state"), and where each
// such phrase starts. The slices are st's, reused line after line.
func coverage(st *docState, ws []word, lineMatches []match) ([]bool, []int) {
	c := append(st.covered[:0], make([]bool, len(ws))...)
	start := st.covStart[:0]
	for range ws {
		start = append(start, -1)
	}
	st.covered, st.covStart = c, start
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

// acronymAfter reports whether word k is followed by an acronym in
// brackets and a capitalised word, "(NETWORKS) Act": the word then ends a
// name the acronym abbreviates, as in a bill's title, and is no verb.
func acronymAfter(ws []word, k, j int) bool {
	if k+4 >= min(j, len(ws)) || ws[k+1].text != "(" || ws[k+3].text != ")" || !ws[k+4].cap {
		return false
	}
	w := ws[k+2].text
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
