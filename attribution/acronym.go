package attribution

import "unicode"

// Acronyms a text defines: a registry name followed by an all-caps word in
// brackets ("The Bureau of Industry and Security (BIS) today announced
// ...") makes that word name the same actor for the rest of the text
// ("BIS is amending ..."), and a holder phrase ending in a registry
// phrase of two or more words passes over the bracket to its verb (an
// unknown body's acronym stays: "a report from the Government
// Accountability Office (GAO) confirming ..." is no holder's). The speaker step reads them (noteAcronyms, acronymRef).

// isAcronym reports whether s is two to eight letters, all upper case.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// acronymBracket returns where a bracketed acronym ending at word e
// starts (its "("), when a capitalised word stands right before it
// ("Security (BIS)"), else -1.
func acronymBracket(ws []word, e, lo int) int {
	o := e - 3
	if o-1 < lo || ws[e-1].norm != ")" || ws[o].norm != "(" || !isAcronym(ws[e-2].text) || !ws[o-1].cap || !ws[o-1].alpha {
		return -1
	}
	return o
}

// noteAcronyms records the acronyms ws define after a registry alias of
// lineMatches (mAlias matches only: a person's initials are no actor's).
func (a *Analyzer) noteAcronyms(st *docState, ws []word, lineMatches []match) {
	for _, mt := range lineMatches {
		if mt.kind != mAlias || mt.j+3 > len(ws) || acronymBracket(ws, mt.j+3, mt.i) != mt.j {
			continue
		}
		if st.acronyms == nil {
			st.acronyms = map[string]actorRef{}
		}
		st.acronyms[ws[mt.j+1].text] = a.actorOf(mt.actor)
	}
}

// acronymRef resolves a phrase that is an acronym the text defined, with
// "the" perhaps before it.
func acronymRef(st *docState, ws []word, i, j int, sp speakerRef) (speakerRef, bool) {
	if j-i == 2 && ws[i].norm == "the" {
		i++
	}
	if j-i != 1 || st.acronyms == nil {
		return speakerRef{}, false
	}
	ac, ok := st.acronyms[ws[i].text]
	if !ok {
		return speakerRef{}, false
	}
	sp.name, sp.actor, sp.known = sp.text, ac, true
	return sp, true
}
