package attribution

import (
	"strings"
)

// turns cuts a Q&A transcript or a debate into turns: "Q:"/"A:" and
// "Name:" labels open a question or an answer; a speaker line ("Dane Lloyd
// Conservative Sturgeon River—Parkland, AB") opens a member's speech. Lines
// without a label go on with the turn before them. Text before the first
// label is the issuer's (a spokesperson's announcements, a debate's title).
func (a *Analyzer) turns(text string, lines []line, issuer *voice) []turn {
	var out []turn
	cur := voice{}
	canadian := strings.Contains(text, "Madam Speaker") // the Canadian chair's address
	for _, ln := range lines {
		s := text[ln.start:ln.end]
		if v, ok := a.speakerLine(s, canadian, issuer); ok {
			cur = v
			continue
		}
		if v, body, ok := a.labelled(s, issuer); ok {
			cur = v
			out = append(out, turn{start: ln.start + body, end: ln.end, v: cur})
			continue
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

// labelled recognises a "Q:", "A:" or "Name:" line and returns its voice
// and where its body starts.
func (a *Analyzer) labelled(s string, issuer *voice) (voice, int, bool) {
	if c := strings.IndexByte(s, ':'); c < 0 || c > 60 {
		return voice{}, 0, false
	}
	m := reTurnLabel.FindStringSubmatchIndex(s)
	if m == nil || m[1] >= len(s) {
		return voice{}, 0, false
	}
	label := s[m[2]:m[3]]
	switch {
	case label == "A" || issuer.speaker != "" && label == issuer.speaker:
		return voice{kind: voiceAnswer, speaker: issuer.speaker, actor: issuer.actor}, m[1], issuer.actor.known()
	case label == "Q" || label == "Follow-up" || strings.HasSuffix(label, "reporter") || a.isOutlet(label):
		return voice{kind: voiceQuestion, speaker: label}, m[1], true
	}
	if ac, ok := a.phraseActor(label); ok && len(strings.Fields(label)) >= 2 {
		return voice{kind: voiceAnswer, speaker: label, actor: ac}, m[1], true
	}
	return voice{}, 0, false
}

// isOutlet reports whether a label names a news outlet ("China Daily",
// "Bloomberg", "CCTV"): one of the grammar's media words, or all capitals.
func (a *Analyzer) isOutlet(label string) bool {
	for _, w := range strings.Fields(label) {
		if a.lx.mediaWords[strings.ToLower(w)] || len(w) >= 3 && strings.ToUpper(w) == w {
			return true
		}
	}
	return strings.HasSuffix(label, "Daily") || strings.HasSuffix(label, "TV")
}

// speakerLine recognises a debate's speaker line: a line without final
// punctuation holding a party name, the speaker before it.
func (a *Analyzer) speakerLine(s string, canadian bool, issuer *voice) (voice, bool) {
	if len(s) > 200 || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || !hasParty(s) {
		return voice{}, false
	}
	m := reParty.FindStringSubmatch(s)
	if m == nil || strings.Contains(m[1], ":") {
		return voice{}, false
	}
	name := strings.TrimSpace(m[1])
	if i := strings.LastIndex(name, ")"); i >= 0 { // "The Assistant Deputy Speaker (Mrs. X)"
		name = strings.TrimSpace(name[:i+1])
	}
	parl := "UK Parliament"
	if reRiding.MatchString(s) || canadian {
		parl = "Canadian Parliament"
	}
	v := voice{kind: voiceSpeech, speaker: name, actor: a.namedActor(parl)}
	rest := strings.ToLower(s[len(m[1]):])
	if strings.Contains(rest, "minister") || strings.Contains(rest, "parliamentary secretary") || strings.Contains(rest, "secretary of state") {
		gov := map[string]string{"UK Parliament": "UK government", "Canadian Parliament": "Canadian government"}[parl]
		v.actor = a.namedActor(gov)
	}
	if issuer.kind == voiceNone {
		*issuer = voice{kind: voiceSpeech, speaker: "", actor: a.namedActor(parl)}
	}
	return v, v.actor.known()
}

// firstPerson counts the lines whose unquoted text speaks in the first
// person ("we", "our", "I"): news prose does not, releases and speeches do.
func firstPerson(text string, lines []line) int {
	n := 0
	for _, ln := range lines {
		s := text[ln.start:ln.end]
		if i := strings.IndexAny(s, "“\""); i >= 0 {
			s = s[:i]
		}
		for _, w := range []string{" we ", " our ", " I ", " I'm ", "We ", "Our "} {
			if strings.Contains(" "+s, w) {
				n++
				break
			}
		}
	}
	return n
}

// mostMentioned is the organisation (not a person, company or operator)
// named most often in the text: the issuer of a release that does not name
// itself in a header.
func (a *Analyzer) mostMentioned(text string, lines []line) actorRef {
	count := map[int]int{}
	best, bestN := -1, 0
	var ws []word
	var ms []match
	for _, ln := range lines {
		ws = a.words(ws[:0], text[ln.start:ln.end], ln.start)
		ms = a.m.all(ws, 0, len(ws), ms[:0])
		for _, mt := range ms {
			if mt.kind == mPerson || mt.kind == mSurname {
				continue // "May 1" is no Theresa May
			}
			switch a.m.actors[mt.actor].Type {
			case TypeGovernment, TypeEUInstitution, TypeRegulator, TypeParliament:
				count[mt.actor]++
				if c := count[mt.actor]; c > bestN || c == bestN && mt.actor < best {
					best, bestN = mt.actor, c
				}
			}
		}
	}
	if best < 0 {
		return actorRef{}
	}
	return a.actorOf(best)
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

// parties are the party names a debate speaker line holds.
var parties = []string{"Conservative", "Liberal", "NDP", "Bloc Québécois", "Green", "Independent", "Labour", "Democrat", "Republican"}

func hasParty(s string) bool {
	for _, p := range parties {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
