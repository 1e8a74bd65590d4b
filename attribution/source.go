package attribution

import (
	"strings"
)

// Step: sources of statements. Official texts speak in their own voice: the
// unquoted body of a release belongs to its issuer, a spokesperson's answer
// in a press-conference transcript to the spokesperson (and so to the
// government), a member's speech in a debate to the member. This step reads
// a text's header and layout and cuts it into turns, each with the voice
// that speaks it. It reads lines and the registry only; statements come
// after it (voice.go).

type voiceKind uint8

const (
	voiceNone     voiceKind = iota // news prose: no own voice
	voiceQuestion                  // a journalist's question
	voiceAnswer                    // a spokesperson's answer
	voiceSpeech                    // a member's speech or a speaker's remarks
	voiceIssuer                    // the unquoted body of a release
)

// voice is who speaks: the speaker as written and the actor it belongs to.
type voice struct {
	kind    voiceKind
	speaker string
	actor   actorRef
	members []string // names listed in the issuer phrase ("Senators X, Y and Z")
	gov     actorRef // a member's or minister's government: who "the Prime Minister" is
	parl    actorRef // a member's or minister's parliament: who "the hon. Member" is
}

// turn is a stretch [start, end) of the text spoken in one voice.
type turn struct {
	start, end int
	v          voice
}

// docSource is what the step finds: the issuer and the turns. ownVoice is
// false for news prose, which then gets no statements from this step.
type docSource struct {
	issuer     voice
	issuerFrom int // where the issuer's text starts: its header line
	turns      []turn
	ownVoice   bool
	// guessed: the text reads as its own voice (first person) but no
	// header, hint or layout names who speaks; the issuer is the actor it
	// names most, a guess that the voice step does not build on
	guessed bool
}

// sources finds the issuer and the turns of a text from its lines. hint,
// when not empty, names the issuer (the -issuer flag).
func (a *Analyzer) sources(text string, lines []line, hint string) docSource {
	var src docSource
	if hint != "" {
		src.issuer = voice{kind: voiceIssuer, speaker: hint, actor: a.hintActor(hint)}
	} else {
		src.issuer, src.issuerFrom = a.headerIssuer(text, lines)
	}
	src.turns = a.turns(text, lines, &src.issuer)
	if src.issuer.kind == voiceNone && len(src.turns) == 0 {
		if v, ok := a.addressedChamber(text, lines); ok {
			src.issuer = v // a member's speech with no header
		}
	}
	src.ownVoice = src.issuer.kind != voiceNone || len(src.turns) > 0 || firstPerson(text, lines) >= 2
	if src.ownVoice && !src.issuer.actor.known() {
		src.issuer = voice{kind: voiceIssuer, speaker: "", actor: a.mostMentioned(text, lines)}
		src.guessed = true
	}
	return src
}

// hintActor is the actor an -issuer hint names: a registry actor or person,
// else an actor of its own of type other.
func (a *Analyzer) hintActor(hint string) actorRef {
	if ac, ok := a.phraseActor(hint); ok {
		return ac
	}
	return actorRef{name: hint, typ: TypeOther}
}

// headerIssuer reads the issuer from the first lines of the text, and
// returns where its header line starts: what comes before it (a site's
// menus, other news) is not the issuer's.
func (a *Analyzer) headerIssuer(text string, lines []line) (voice, int) {
	for k, ln := range lines {
		if k >= 16 {
			break
		}
		if v, ok := a.issuerLine(text[ln.start:ln.end], text, lines); ok {
			return v, ln.start
		}
	}
	return voice{}, 0
}

// issuerLine recognises one header line naming the issuer: a header or
// signoff rule of the layout, else a debate rule.
func (a *Analyzer) issuerLine(s, text string, lines []line) (voice, bool) {
	lay := &a.lx.layout
	if r, m := first(lay.header, s); r != nil {
		name := group(s, m, 1)
		switch r.arg {
		case "spokesperson":
			ac, ok := a.phraseActor(name)
			if !ok {
				ac = a.mostMentioned(text, lines)
			}
			return voice{kind: voiceAnswer, speaker: name, actor: ac}, ac.known()
		case "office":
			ac, ok := a.phraseActor(name)
			return voice{kind: voiceIssuer, speaker: strings.TrimSuffix(group(s, m, 0), "'s"), actor: ac}, ok
		case "body":
			ac, ok := a.phraseActor(name)
			if !ok {
				ac = a.mostMentioned(text, lines)
			}
			return voice{kind: voiceIssuer, speaker: name, actor: ac}, ac.known()
		case "named":
			ac, ok := a.headActor(name)
			return voice{kind: voiceIssuer, speaker: name, actor: ac}, ok
		case "answering":
			ac, ok := a.phraseActor(name)
			if !ok {
				ac = a.mostMentionedBut(text, lines, a.namedActors(s[m[1]:]))
			}
			return voice{kind: voiceIssuer, speaker: name, actor: ac}, ac.known()
		}
		return a.issuerPhrase(name, s)
	}
	if r, _ := first(lay.debate, s); r != nil {
		return a.parliamentVoice(r.parl, r.gov, text), true
	}
	return voice{}, false
}

// issuerPhrase resolves the subject of an issuing line ("U.S. Senators Mitt
// Romney (R-UT), Marco Rubio (R-FL), and Susan Collins (R-ME)").
func (a *Analyzer) issuerPhrase(p, line string) (voice, bool) {
	v := voice{kind: voiceIssuer, speaker: strings.TrimSpace(p), members: capitalisedNames(p)}
	leg, tagged := a.lx.layout.memberTagged(line)
	if !tagged && a.legislator(p) {
		leg, tagged = a.lx.layout.legislature(), true
	}
	if tagged {
		v.actor = a.namedActor(leg)
		return v, v.actor.known()
	}
	ac, ok := a.phraseActor(p)
	v.actor = ac
	return v, ok
}

// headActor is the registry actor whose name or person ends phrase p ("The
// Bureau of Industry and Security", "the U.S. Department of Commerce"); a
// phrase whose head the registry does not know ("the Lisbon Digital
// Council", where only the capital is known) has none.
func (a *Analyzer) headActor(p string) (actorRef, bool) {
	ws := a.words(nil, p, 0)
	j := len(ws)
	for j > 0 && !ws[j-1].alpha {
		j--
	}
	for _, mt := range a.m.all(ws, 0, j, nil) {
		if mt.j == j && (mt.kind == mAlias || mt.kind == mPerson) {
			return a.actorOf(mt.actor), true
		}
	}
	return actorRef{}, false
}

// parliamentVoice is the voice of an unnamed member of a parliament; the
// government speaks when the text shows a minister's words.
func (a *Analyzer) parliamentVoice(parl, gov, text string) voice {
	g, p := a.namedActor(gov), a.namedActor(parl)
	if anyRule(a.lx.layout.ministerPhrase, text) {
		return voice{kind: voiceSpeech, speaker: "the Minister", actor: g, gov: g, parl: p}
	}
	return voice{kind: voiceSpeech, speaker: "the member", actor: p, gov: g, parl: p}
}

// legislator reports whether phrase p holds a legislator's title.
func (a *Analyzer) legislator(p string) bool {
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if a.lx.legislatorTitles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// capitalisedNames lists the runs of two or more capitalised words of p
// ("Mitt Romney", "Marco Rubio").
func capitalisedNames(p string) []string {
	var out, cur []string
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for _, w := range strings.Fields(p) {
		w = strings.Trim(w, ",.;:()")
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.Contains(w, "-") && strings.ToUpper(w) != w {
			cur = append(cur, w)
			continue
		}
		flush()
	}
	flush()
	return out
}

// isIssuerHeader reports whether line s names the issuer rather than
// stating anything: a short line (or one ending in ":") that a header rule
// of the layout matches ("X issued the following statement:", "Remarks by
// X at ...", a spokesperson's press-conference title).
func (a *Analyzer) isIssuerHeader(s string) bool {
	if !strings.HasSuffix(s, ":") && len(s) >= 240 {
		return false
	}
	for i := range a.lx.layout.header {
		if r := &a.lx.layout.header[i]; r.rule == "header" && r.find(s) != nil {
			return true
		}
	}
	return false
}

// headerActs finds the acts a statement's title or issuing line answers
// (the header-act rules of the layout, on the first 16 lines): "HPSCI
// Republicans statement on Britain's decision to allow Huawei ...", "...
// issued the following statement in response to the Federal Communications
// Commission (FCC) plan to ban ...". The act, from its holder to the line's
// end, is the holder's, reported by the issuer; a holder the registry does
// not know gives nothing.
func (a *Analyzer) headerActs(text string, lines []line, issuer voice) []rawStmt {
	var out []rawStmt
	for k, ln := range lines {
		if k >= 16 {
			break
		}
		s := text[ln.start:ln.end]
		r, m := first(a.lx.layout.headerAct, s)
		if r == nil {
			continue
		}
		holder := strings.TrimSpace(group(s, m, 1))
		ac, ok := a.phraseActor(holder)
		if !ok || ac.name == issuer.actor.name {
			continue
		}
		st, en := ln.start+m[2], ln.end
		for en > st && strings.ContainsRune(" :.\t", rune(text[en-1])) {
			en--
		}
		sp := speakerRef{text: holder, name: holder, actor: ac, known: true, start: st}
		out = append(out, rawStmt{start: st, end: en, kind: KindAction, spk: sp, reporter: issuer.actor.name})
	}
	return out
}
