package attribution

// A paragraph that ends with its holder's speech verb and a colon ("Digital
// Secretary Jane Roe said:") introduces the next paragraph as the holder's
// words, written without quote marks in many government releases. colonCue
// reads such a paragraph; colonQuotes gives the next paragraph's sentences
// to its holder as a quote. Only the first paragraph after the colon is
// taken: where such a quote ends is not marked.

// colonCue returns the holder of paragraph ws when it is nothing but a
// holder phrase, a speech verb and a colon.
func (a *Analyzer) colonCue(st *docState, ws []word) (speakerRef, bool) {
	n := len(ws)
	if n < 3 || ws[n-1].norm != ":" || !ws[n-2].is(cSpeech) || ws[n-2].quote >= 0 {
		return speakerRef{}, false
	}
	v := n - 2
	hi := a.npStartBefore(ws, v, 0, nil)
	if hi != 0 {
		return speakerRef{}, false // the paragraph holds more than the holder: "..., and the minister said:"
	}
	sp, ok := a.resolve(st, ws, hi, v, false)
	if !ok || sp.source || !sp.actor.known() {
		return speakerRef{}, false
	}
	return sp, true
}

// colonQuotes appends a quote by sp for each sentence of the paragraph ws
// that no statement of out[from:] (the paragraph's own) overlaps.
func colonQuotes(out []rawStmt, from int, sp speakerRef, ws []word, sents []sentence) []rawStmt {
	for _, s := range sents {
		if s.j-s.i < 2 {
			continue
		}
		start, end := ws[s.i].start, ws[s.j-1].end
		free := true
		for _, r := range out[from:] {
			if r.start < end && start < r.end {
				free = false
				break
			}
		}
		if free {
			out = append(out, rawStmt{start: start, end: end, kind: KindQuote, spk: sp})
		}
	}
	return out
}
