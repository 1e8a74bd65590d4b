package attribution

import (
	"strings"

	"github.com/stancekit/stancekit/tokenize"
)

// turns cuts a Q&A transcript or a debate into turns: "Q:"/"A:" and
// "Name:" labels open a question or an answer; a speaker line ("Dane Lloyd
// Conservative Sturgeon River—Parkland, AB") opens a member's speech. Lines
// without a label go on with the turn before them. Text before the first
// label is the issuer's (a spokesperson's announcements, a debate's title).
func (a *Analyzer) turns(text string, lines []line, issuer *voice) []turn {
	var out []turn
	cur := voice{}
	chamber, _ := first(a.lx.layout.chamberText, text) // "Madam Speaker": the Canadian chair's address
	answered := anyRule(a.lx.layout.answerText, text)  // an urgent question: a minister answers
	guess := func() actorRef { return a.mostMentioned(text, lines) }
	var home *layoutRule
	homeDone := false
	homeChamber := func() *layoutRule { // read once, and only for a text with speaker lines
		if !homeDone {
			home, homeDone = a.homeChamber(text, lines), true
		}
		return home
	}
	for _, ln := range lines {
		s := text[ln.start:ln.end]
		if v, ok := a.speakerLine(s, chamber, homeChamber, issuer, answered); ok {
			cur = v
			continue
		}
		if v, body, ok := a.labelled(s, issuer, guess); ok {
			cur = v
			out = append(out, turn{start: ln.start + body, end: ln.end, v: cur})
			continue
		}
		if v, body, ok := a.memberLabel(s, chamber, homeChamber, issuer); ok {
			cur = v
			out = append(out, turn{start: ln.start + body, end: ln.end, v: cur})
			continue
		}
		if cur.kind == voiceSpeech && ln.kind != lineBody {
			continue // a heading inside a debate ("Oral Questions", the bill's title) is the page's, not the member's
		}
		if cur.kind != voiceNone {
			out = append(out, turn{start: ln.start, end: ln.end, v: cur})
		}
	}
	if len(out) > 0 && issuer.kind == voiceNone {
		issuer.kind = voiceAnswer
	}
	return out
}

// turnLabel finds the label of a "Label: body" line (a turn rule of the
// layout, the colon within 60 bytes, a body after it) and where its body
// starts.
func (a *Analyzer) turnLabel(s string) (string, int, bool) {
	if c := strings.IndexByte(s, ':'); c < 0 || c > 60 {
		return "", 0, false
	}
	_, m := first(a.lx.layout.turn, s)
	if m == nil || m[1] >= len(s) {
		return "", 0, false
	}
	return group(s, m, 1), m[1], true
}

// labelled recognises a "Q:", "A:" or "Name:" line and returns its voice
// and where its body starts. An answer label in a transcript whose header
// names no issuer ("MR ROE:", "MODERATOR:" under a briefing's title) makes
// the actor the text names most (guess) the issuer.
func (a *Analyzer) labelled(s string, issuer *voice, guess func() actorRef) (voice, int, bool) {
	label, body, ok := a.turnLabel(s)
	if !ok {
		return voice{}, 0, false
	}
	lay := &a.lx.layout
	switch {
	case anyRule(lay.answerLabel, label) || issuer.speaker != "" && label == issuer.speaker:
		if issuer.kind == voiceNone {
			*issuer = voice{kind: voiceAnswer, actor: guess()}
		}
		sp := issuer.speaker
		if sp == "" {
			sp = label
		}
		return voice{kind: voiceAnswer, speaker: sp, actor: issuer.actor}, body, issuer.actor.known()
	case anyRule(lay.questionLabel, label) || a.isOutlet(label):
		return voice{kind: voiceQuestion, speaker: label}, body, true
	}
	if isTitleBody(s[body:]) {
		return voice{}, 0, false // "UK Telecoms: Huawei" is a title, not a turn
	}
	if ac, ok := a.phraseActor(label); ok && len(strings.Fields(label)) >= 2 {
		return voice{kind: voiceAnswer, speaker: label, actor: ac}, body, true
	}
	return voice{}, 0, false
}

// memberLabel recognises a debate transcript's "Name: ..." line: a label
// that a member-label rule of the layout matches ("Sir Jane Roe:"), or,
// once the text reads as a debate (its issuer is a member's voice), any
// label of two or more capitalised words. The member sits in the chamber
// of the text (lineChamber). A spokesperson's or issuer's transcript has no
// member labels.
func (a *Analyzer) memberLabel(s string, chamber *layoutRule, home func() *layoutRule, issuer *voice) (voice, int, bool) {
	if issuer.kind == voiceAnswer || issuer.kind == voiceIssuer {
		return voice{}, 0, false
	}
	label, body, ok := a.turnLabel(s)
	if !ok {
		return voice{}, 0, false
	}
	lay := &a.lx.layout
	if !anyRule(lay.memberLabel, label) && (issuer.kind != voiceSpeech || !strings.Contains(label, " ") || a.isOutlet(label)) {
		return voice{}, 0, false
	}
	if isTitleBody(s[body:]) {
		return voice{}, 0, false
	}
	parl, gov := a.lineChamber(chamber, home, issuer)
	if !parl.known() {
		return voice{}, 0, false
	}
	if issuer.kind == voiceNone {
		*issuer = voice{kind: voiceSpeech, speaker: "the member", actor: parl, gov: gov, parl: parl}
	}
	return voice{kind: voiceSpeech, speaker: label, actor: parl, gov: gov, parl: parl}, body, true
}

// isTitleBody reports whether what follows a label's colon is a title's
// second half rather than what someone said: at most three words and no
// sentence end.
func isTitleBody(b string) bool {
	b = strings.TrimSpace(b)
	if strings.ContainsAny(b, ".?!") {
		return false
	}
	return len(strings.Fields(b)) <= 3
}

// isOutlet reports whether a label names a news outlet ("Bloomberg",
// "CCTV"): one of the grammar's media words, or all capitals.
func (a *Analyzer) isOutlet(label string) bool {
	for _, w := range strings.Fields(label) {
		if a.lx.mediaWords[strings.ToLower(w)] || len(w) >= 3 && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}

// speakerLine recognises a debate's speaker line: a line without final
// punctuation that a speaker rule of the layout matches, the member's name
// in its group 1. The member sits in the parliament of a chamber rule
// matching the line, else of chamber (the text's), else of the first
// debate rule; a minister's title on the line, before or after the name,
// makes the member speak for the government (an opposition title, "Shadow
// Minister", does not), and so does a line with no seat or party in
// brackets on a page that a minister answers (answered: an answer-text
// rule matched the text, an urgent question).
func (a *Analyzer) speakerLine(s string, chamber *layoutRule, home func() *layoutRule, issuer *voice, answered bool) (voice, bool) {
	lay := &a.lx.layout
	m := a.speakerMatch(s)
	if m == nil {
		return voice{}, false
	}
	name := strings.TrimSpace(group(s, m, 1))
	if i := strings.LastIndex(name, ")"); i >= 0 { // "The Assistant Deputy Speaker (Mrs. X)"
		name = strings.TrimSpace(name[:i+1])
	}
	if r, _ := first(lay.chamberLine, s); r != nil {
		chamber = r
	}
	parl, gov := a.lineChamber(chamber, home, issuer)
	v := voice{kind: voiceSpeech, speaker: name, actor: parl, gov: gov, parl: parl}
	rest := s[:m[2]] + " " + s[m[3]:]
	if anyRule(lay.ministerTitle, rest) && !anyRule(lay.oppositionTitle, rest) {
		v.actor = gov // "The Minister of State, ... (Name)", "Name Portrait The Minister ..."; not a shadow minister
	}
	if answered && !strings.Contains(rest, "(") {
		v.actor = gov // on an urgent question's page, the one speaker given no seat or party is the answering minister
	}
	if issuer.kind == voiceNone { // who speaks before the first speaker line: on a page a minister answers, the minister
		*issuer = voice{kind: voiceSpeech, speaker: "the member", actor: parl, gov: gov, parl: parl}
		if answered {
			issuer.speaker, issuer.actor = "the Minister", gov
		}
	}
	return v, v.actor.known()
}

// speakerMatch is the match of the first speaker rule on line s when s can
// be a speaker line (no final "." or "?", at most 200 bytes, no ":" in the
// name), else nil.
func (a *Analyzer) speakerMatch(s string) []int {
	if len(s) > 200 || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") {
		return nil
	}
	_, m := first(a.lx.layout.speaker, s)
	if m == nil || strings.Contains(group(s, m, 1), ":") {
		return nil
	}
	return m
}

// lineChamber is the parliament and government of a speaker line: those of
// chamber (a chamber rule on the line or in the text), else of the debate
// record the text's header names, else of the chamber whose country the
// text names most (home), else of the first debate rule.
func (a *Analyzer) lineChamber(chamber *layoutRule, home func() *layoutRule, issuer *voice) (actorRef, actorRef) {
	if chamber == nil && issuer.kind == voiceSpeech && issuer.parl.known() {
		return issuer.parl, issuer.gov
	}
	if chamber == nil {
		chamber = home()
	}
	if chamber == nil && len(a.lx.layout.debate) > 0 {
		chamber = &a.lx.layout.debate[0]
	}
	if chamber == nil {
		return actorRef{}, actorRef{}
	}
	return a.namedActor(chamber.parl), a.namedActor(chamber.gov)
}

// firstPerson counts the lines whose unquoted text speaks in the first
// person ("we", "our", "I"): news prose does not, releases and speeches do.
func firstPerson(text string, lines []line) int {
	n := 0
	for _, ln := range lines {
		s := text[ln.start:ln.end]
		if i := strings.IndexByte(s, '"'); i >= 0 {
			s = s[:i]
		}
		if i := strings.Index(s, "“"); i >= 0 {
			s = s[:i]
		}
		if hasFirstPerson(s) {
			n++
		}
	}
	return n
}

// hasFirstPerson reports whether s holds "we", "our", "I" or "I'm" as a
// word followed by a space, or "We " or "Our " anywhere. One pass over the
// bytes of s.
func hasFirstPerson(s string) bool {
	for i := 0; i < len(s); i++ {
		rest := s[i:]
		switch s[i] {
		case 'W':
			if strings.HasPrefix(rest, "We ") {
				return true
			}
		case 'O':
			if strings.HasPrefix(rest, "Our ") {
				return true
			}
		case 'w', 'o', 'I':
			if i > 0 && s[i-1] != ' ' {
				continue
			}
			for _, w := range [...]string{"we ", "our ", "I ", "I'm "} {
				if strings.HasPrefix(rest, w) {
					return true
				}
			}
		}
	}
	return false
}

// mostMentioned is the organisation (not a person, company or operator)
// named most often in the text: the issuer of a release that does not name
// itself in a header.
func (a *Analyzer) mostMentioned(text string, lines []line) actorRef {
	return a.mostMentionedBut(text, lines, nil)
}

// mostMentionedBut is mostMentioned leaving out the actors (by registry
// index) of but.
func (a *Analyzer) mostMentionedBut(text string, lines []line, but map[int]bool) actorRef {
	count, order := a.mentions(text, lines)
	best, bestN := -1, 0
	for _, k := range order {
		if but[k] {
			continue
		}
		if c := count[k]; c > bestN || c == bestN && k < best {
			best, bestN = k, c
		}
	}
	if best < 0 {
		return actorRef{}
	}
	return a.actorOf(best)
}

// namedActors is the set of registry actors (by index) that s names by
// alias or demonym.
func (a *Analyzer) namedActors(s string) map[int]bool {
	ws := a.words(nil, s, 0)
	out := map[int]bool{}
	for _, mt := range a.m.all(ws, 0, len(ws), nil) {
		if mt.kind == mAlias || mt.kind == mDemonym {
			out[mt.actor] = true
		}
	}
	return out
}

// mentions counts how often the text names each government, EU
// institution, regulator and parliament of the registry (by alias or
// demonym), and lists them in the order first named.
func (a *Analyzer) mentions(text string, lines []line) (map[int]int, []int) {
	count := map[int]int{}
	var order []int
	var ws []word
	var toks []tokenize.Token
	var ms []match
	for _, ln := range lines {
		ws = a.wordsBuf(ws[:0], &toks, text[ln.start:ln.end], ln.start)
		ms = a.m.all(ws, 0, len(ws), ms[:0])
		for _, mt := range ms {
			if mt.kind == mPerson || mt.kind == mSurname {
				continue // "May 1" is no Theresa May
			}
			switch a.m.actors[mt.actor].Type {
			case TypeGovernment, TypeEUInstitution, TypeRegulator, TypeParliament:
				if count[mt.actor] == 0 {
					order = append(order, mt.actor)
				}
				count[mt.actor]++
			}
		}
	}
	return count, order
}

// addressedChamber reads a speech that no header introduces: when a line
// addresses a chamber's chair or moves a motion (the address rules of the
// layout), the text is a member's speech in the parliament, among those
// the layout's chamber rules name, whose country (its government or the
// parliament itself) the text names most, unless a chamber-text rule of
// the layout names one outright; the government speaks when a minister's
// words show. False when no line addresses a chamber or the text names
// none of their countries.
func (a *Analyzer) addressedChamber(text string, lines []line) (voice, bool) {
	addressed := false
	for _, ln := range lines {
		if anyRule(a.lx.layout.address, text[ln.start:ln.end]) {
			addressed = true
			break
		}
	}
	if !addressed {
		return voice{}, false
	}
	best := a.homeChamber(text, lines)
	if best == nil {
		return voice{}, false
	}
	if r, _ := first(a.lx.layout.chamberText, text); r != nil {
		best = r // a chamber-text rule names the chamber outright ("Honourable senators")
	}
	return a.parliamentVoice(best.parl, best.gov, text), true
}

// homeChamber is the chamber, among those the layout's chamber rules name,
// whose country (its government or the parliament itself) the text names
// most, or nil when it names none.
func (a *Analyzer) homeChamber(text string, lines []line) *layoutRule {
	count, _ := a.mentions(text, lines)
	var best *layoutRule
	bestN := 0
	for _, r := range a.lx.layout.chambers() {
		n := 0
		for _, name := range []string{r.parl, r.gov} {
			for i, e := range a.m.actors {
				if e.Name == name {
					n += count[i]
				}
			}
		}
		if n > bestN {
			best, bestN = r, n
		}
	}
	return best
}

// phraseActor resolves a phrase to an actor: a registry person's or alias's
// actor, else a demonym's.
func (a *Analyzer) phraseActor(p string) (actorRef, bool) {
	ws := a.words(nil, p, 0)
	ms := a.m.all(ws, 0, len(ws), nil)
	for _, want := range []matchKind{mPerson, mAlias, mSurname, mDemonym} {
		for _, mt := range ms {
			if mt.kind == want {
				return a.actorOf(mt.actor), true
			}
		}
	}
	return actorRef{}, false
}

// namedActor is the registry actor of that canonical name.
func (a *Analyzer) namedActor(name string) actorRef {
	for i, e := range a.m.actors {
		if e.Name == name {
			return a.actorOf(i)
		}
	}
	return actorRef{}
}
