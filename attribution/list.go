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
// holder phrase ws[c:e] begins, c when there is none. The list is a
// coordination: "and" in the phrase ("Japan and Australia"), or just before
// it ("Japan and | Australia", "Japan, and | Australia", where a clause
// opens after "and"); each earlier item is a registry name (an optional
// "the" before it) followed by a comma. It must stand at the clause's start
// (lo, or after a comma or a clause opener). A list of three or more that
// follows another word is an object ("urged Canada, Japan and Australia to
// ..."): object reports it, and no item of it holds the act. (A list of two
// after a word is left alone: "... with Japan and Australia has banned" may
// be two clauses.)
func (a *Analyzer) listHead(ws []word, lo, c, e int) (k int, object bool) {
	coord := false
	for t := c; t < e && !coord; t++ {
		coord = ws[t].norm == "and"
	}
	var ms [8]match
	items, commas := 0, 0
	for k = c; ; {
		t := k // the separator before the item ending at t
		switch {
		case !coord && items == 0 && t-1 > lo && ws[t-1].norm == "and":
			t, coord = t-1, true
			if t-1 > lo && ws[t-1].norm == "," {
				t-- // the serial comma
			}
		case coord && t-1 > lo && ws[t-1].norm == ",":
			t, commas = t-1, commas+1
		}
		if t == k {
			break
		}
		found := a.m.all(ws, lo, t, ms[:0])
		if len(found) == 0 || found[len(found)-1].j != t {
			break
		}
		k, items = found[len(found)-1].i, items+1
		if k > lo && ws[k-1].norm == "the" {
			k--
		}
	}
	switch {
	case items == 0:
		return c, false
	case k == lo || ws[k-1].norm == "," || ws[k-1].is(cClauseOpener):
		return k, false
	case commas > 0:
		return c, true
	}
	return c, false
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

// listed appends to out a copy of g, on its span, for each actor other
// than g's that the list holder phrase starting at ws[i] (and ending before
// ws[j]) names: "Canada, Japan and Australia have banned ...", "The US and
// Japan said ...". out is unchanged when the phrase is no list.
func (a *Analyzer) listed(out []rawStmt, g rawStmt, ws []word, i, j int) []rawStmt {
	for _, ac := range a.listActors(ws, i, a.listEnd(ws, i, j), g.spk.actor) {
		other := g
		other.spk.actor = ac
		out = append(out, other)
	}
	return out
}
