package attribution

import (
	"strings"
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
				if leg, ok := legislatorOf(legis, raw[i].spk.text); ok {
					raw[i].spk.actor = a.namedActor(leg)
				}
			}
		}
		return raw
	}
	issuerTurns := a.issuerTurns(text, lines, src)
	var add []rawStmt
	for _, t := range append(src.turns, issuerTurns...) {
		if t.v.kind == voiceQuestion || !t.v.actor.known() {
			continue
		}
		add = a.turnSentences(text, t, raw, add)
	}
	for i := range raw {
		a.describedOrMember(legis, &raw[i], src)
	}
	return mergeSorted(raw, add)
}

// issuerTurns gives the issuer every body line that no turn covers, when
// the text is a release or statement.
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
		if len(src.turns) > 0 && (ln.start > src.turns[0].start || src.turns[0].v.kind == voiceSpeech) {
			continue // a transcript's lines belong to its turns; a debate's header to no one
		}
		kind := ln.kind
		if li == 0 {
			kind = a.classifyLine(text[ln.start:ln.end], false) // extract read it as the text's first line
		}
		if s := text[ln.start:ln.end]; kind == lineBody && !a.isIssuerHeader(s) {
			out = append(out, turn{start: ln.start, end: ln.end, v: src.issuer})
		}
	}
	return out
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
		if en-st < 12 || len(strings.Fields(text[st:en])) < 3 || overlapsAny(raw, st, en) {
			continue
		}
		sp.start = st
		add = append(add, rawStmt{start: st, end: en, kind: KindStatement, spk: sp})
	}
	return add
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
		if n := len(out); n > 0 && a.endsInAbbreviation(s[out[n-1][0]:out[n-1][1]]) {
			out[n-1][1] = x.End
			continue
		}
		out = append(out, [2]int{x.Start, x.End})
	}
	return out
}

// endsInAbbreviation reports whether s ends with an abbreviation and its
// full stop ("Sen.", "U.S.").
func (a *Analyzer) endsInAbbreviation(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, ".") {
		return false
	}
	f := strings.Fields(s)
	last := strings.ToLower(strings.TrimSuffix(strings.TrimLeft(f[len(f)-1], "(“\"'‘"), "."))
	return a.lx.abbreviations[last]
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
		if leg, ok := legislatorOf(legis, r.spk.text); ok {
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
	return out
}

// legislatorOf returns the legislature of the speaker phrase's last word,
// when it is one of names.
func legislatorOf(names map[string]string, speaker string) (string, bool) {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return "", false
	}
	leg, ok := names[strings.Trim(f[len(f)-1], ",.")]
	return leg, ok
}
