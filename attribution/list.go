package attribution

// A coordinated list of registry names holds an act as a whole: "Canada,
// Japan and Australia have banned ..." gives each listed government the
// act. The clause-start step (clauseStarts) opens a clause after every
// comma, so the act step first finds the list's last items ("Japan and
// Australia"); listHead carries the holder back over the earlier items, and
// listEnd carries listActors' phrase forward over them, so that each name
// is read. listActors (statements.go) then checks that the phrase is
// nothing but registry names of one kind.

// listHead returns where the list of registry names that ends with the
// holder phrase ws[c:e] begins, c when there is none: the phrase must be a
// coordination ("and" in it, or opening it after a comma: "Canada, Japan,
// and Australia"), each earlier item a registry name (an optional "the"
// before it) followed by a comma, and the list must stand at the clause's
// start (lo, or after a comma or a clause opener), so that "urged Canada,
// Japan and Australia to ..." is not made a holder by it.
func (a *Analyzer) listHead(ws []word, lo, c, e int) int {
	k, coord := c, false
	for t := c; t < e && !coord; t++ {
		coord = ws[t].norm == "and"
	}
	if !coord && c-2 > lo && ws[c-1].norm == "and" && ws[c-2].norm == "," {
		k, coord = c-1, true // the serial comma: ", and Australia"
	}
	if !coord {
		return c
	}
	var ms [8]match
	for k-1 > lo && ws[k-1].norm == "," {
		found := a.m.all(ws, lo, k-1, ms[:0])
		if len(found) == 0 || found[len(found)-1].j != k-1 {
			break
		}
		k = found[len(found)-1].i
		if k > lo && ws[k-1].norm == "the" {
			k--
		}
	}
	if k < c && (k == lo || ws[k-1].norm == "," || ws[k-1].is(cClauseOpener)) {
		return k
	}
	return c
}

// listEnd returns the end of the holder phrase that starts at ws[i], within
// [i, j): the noun phrase npEnd finds, carried over each ", X" that follows
// it while X is a noun phrase of its own ("Canada, Japan and Australia"),
// for listActors to check. A phrase that is not a list of registry names is
// left to listActors to refuse.
func (a *Analyzer) listEnd(ws []word, i, j int) int {
	e := a.npEnd(ws, i, j)
	for e > i && e+1 < j && ws[e].norm == "," {
		next := a.npEnd(ws, e+1, j)
		if next <= e+1 {
			break
		}
		e = next
	}
	return e
}

// listSpeaker is sp, the holder of a list's last items, as the holder of
// the whole list ws[k:e]: the phrase as written from its first item.
func listSpeaker(st *docState, ws []word, sp speakerRef, k, e int) speakerRef {
	sp.text, sp.start = st.text[ws[k].start:ws[e-1].end], ws[k].start
	if !sp.person {
		sp.name = sp.text
	}
	return sp
}
