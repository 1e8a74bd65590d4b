package attribution

// Step: the subject of a member's account of the executive. Within the
// voice step (executiveAccount), a sentence of a member's speech whose
// subject names the member's own government's executive without naming
// the government is the government's act, reported by the member. Beyond
// the plain opener ("The Government have taken ..."), read in voice.go,
// two subjects are found here, both written with the grammar's word
// classes: a former office holder ([former_markers]: "the then
// communications minister, now Prime Minister, was forced to bar ...")
// and a cleft focus ([cleft_openers], [be_forms], [cleft_relatives]: "It
// was Labor in government who banned ..."). Each returns the holder's
// words [i, j) of ws; neither reads anything but ws and the lexicon.

// formerHolderSubject finds, at the sentence's start or after any comma,
// an opener of [executive_openers], a [former_markers] word, up to three
// words of the office and its head (an executive noun or a minister
// marker), perhaps "of" and the office's words, perhaps an appositive
// between commas (", now Prime Minister,"), then the verb of an account.
// A subject naming an actor of the registry is left to the extractor.
func (a *Analyzer) formerHolderSubject(ws []word) (i, j int, ok bool) {
	for i = 0; i+2 < len(ws); i++ {
		if i > 0 && ws[i-1].norm != "," || !a.lx.executiveOpeners[ws[i].norm] || !a.lx.formerMarkers[ws[i+1].norm] {
			continue
		}
		head := a.officeHead(ws, i+2, 4)
		if head < 0 || len(a.m.all(ws, i, head+1, nil)) > 0 {
			continue
		}
		j = a.officeWords(ws, head+1)
		if a.accountVerbAt(ws, appositiveEnd(ws, j)) {
			return i, j, true
		}
	}
	return 0, 0, false
}

// cleftSubject finds, at the sentence's start or after a leading phrase
// of at most five words and its comma, a [cleft_openers] word, a form of
// "be", a focus of at most six words that holds an executive noun or a
// minister marker and no possessive, a [cleft_relatives] word and the
// verb of an account ("It was Labor in government who banned ..."). The
// focus is the holder. A focus naming an actor of the registry ("It was
// the Chinese government that ...") is left to the extractor.
func (a *Analyzer) cleftSubject(ws []word) (i, j int, ok bool) {
	for k := 0; k < len(ws) && k < 6; k++ {
		if ws[k].norm == "," {
			i = k + 1
			break
		}
	}
	if i+3 >= len(ws) || !a.lx.cleftOpeners[ws[i].norm] || !a.lx.beForms[ws[i+1].norm] {
		return 0, 0, false
	}
	office := false
	for j = i + 2; j < len(ws) && j <= i+8; j++ {
		n := ws[j].norm
		if a.lx.cleftRelatives[n] {
			break
		}
		if !ws[j].alpha || n == "'s" || n == "s" {
			return 0, 0, false
		}
		office = office || a.lx.executiveNouns[n] || a.lx.ministerMarkers[n]
	}
	if !office || j == i+2 || j >= len(ws) || !a.lx.cleftRelatives[ws[j].norm] || len(a.m.all(ws, i+2, j, nil)) > 0 {
		return 0, 0, false
	}
	if !a.accountVerbAt(ws, j+1) {
		return 0, 0, false
	}
	return i + 2, j, true
}

// officeHead returns the index of the first executive noun or minister
// marker among ws[from:from+n], every word before it a word (no
// punctuation, no modal), or -1.
func (a *Analyzer) officeHead(ws []word, from, n int) int {
	for k := from; k < len(ws) && k < from+n; k++ {
		if a.lx.executiveNouns[ws[k].norm] || a.lx.ministerMarkers[ws[k].norm] {
			return k
		}
		if !ws[k].alpha || a.lx.accountModals[ws[k].norm] {
			return -1
		}
	}
	return -1
}

// appositiveEnd returns the index after an appositive that opens at ws[k]
// with a comma and closes with one within six words (", now Prime
// Minister,"), or k when there is none.
func appositiveEnd(ws []word, k int) int {
	if k >= len(ws) || ws[k].norm != "," {
		return k
	}
	for e := k + 1; e < len(ws) && e <= k+7; e++ {
		if ws[e].norm == "," {
			if e == k+1 {
				return k
			}
			return e + 1
		}
		if !ws[e].alpha {
			return k
		}
	}
	return k
}
