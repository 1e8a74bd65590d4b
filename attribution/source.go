package attribution

import (
	"regexp"
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
}

// turn is a stretch [start, end) of the text spoken in one voice.
type turn struct {
	start, end int
	v          voice
}

// docSource is what the step finds: the issuer and the turns. ownVoice is
// false for news prose, which then gets no statements from this step.
type docSource struct {
	issuer   voice
	turns    []turn
	ownVoice bool
}

var (
	// "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference"
	reSpokesperson = regexp.MustCompile(`Spokesperson ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})'s (?:Regular Press Conference|Remarks)`)
	// "Chinese Embassy Spokesperson's Remarks on ..."
	reEmbassy = regexp.MustCompile(`^([A-Z][a-z]+) (?:Embassy|Foreign Ministry|Ministry of Foreign Affairs) Spokesperson`)
	// "Remarks by Executive Vice-President Vestager at the Press Conference"
	reRemarksBy = regexp.MustCompile(`^Remarks by (.{3,80}?) (?:at|on|to|before) `)
	// "Secretary of State Mike Pompeo here."
	reHere = regexp.MustCompile(`(?:^|\. )([A-Z][\w.\- ]{3,80}?) here\.$`)
	// "U.S. Senator Ben Sasse, a member of ..., issued the following statement"
	reIssued = regexp.MustCompile(`^(?:[A-Z][\w.]*,? )?(?:[A-Z]{2}[ ,–-]+)*(.{3,300}?)(?:,[^,]{0,120})? (?:today |has |have )*(?:issued|released|delivered) the following (?:joint )?(?:opening )?statements?`)
	// "Volume 670: debated on Monday 27 January 2020" (UK Hansard)
	reHansard = regexp.MustCompile(`^Volume \d+: debated on `)
	// "– in the House of Commons at 12:37 pm on 14 July 2020."
	reInCommons = regexp.MustCompile(`in the House of Commons at \d`)
	// "House of Commons Hansard #30 of the 43rd Parliament", "Evidence of meeting #2"
	reCanadian = regexp.MustCompile(`^(?:House of Commons Hansard #\d+|Evidence of meeting #\d+)`)
	// "Q:", "A:", "Follow-up:", "China Daily:", "Hua Chunying:" at the start of a line
	reTurnLabel = regexp.MustCompile(`^([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}|Q|A|Follow-up)\s?:\s?`)
	// a debate speaker line: "Dane Lloyd Conservative Sturgeon River—Parkland, AB"
	reParty = regexp.MustCompile(`^((?:[A-Z][\pL.'’()-]*\s?){2,8}?) ?(Conservative|Liberal|NDP|Bloc Québécois|Green|Independent|Labour|Democrat|Republican)(?:$|\s*[A-Z(])`)
	// a party and state after a US legislator's name: "(R-FL)", "(D-VA)"
	reUSParty = regexp.MustCompile(`\((?:R|D|I)-[A-Z]{2}\)`)
	// a Canadian riding at the end of a speaker line: ", AB"
	reRiding = regexp.MustCompile(`, (?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)$`)
)

// sources finds the issuer and the turns of a text from its lines. hint,
// when not empty, names the issuer (the -issuer flag).
func (a *Analyzer) sources(text string, lines []line, hint string) docSource {
	var src docSource
	if hint != "" {
		src.issuer = voice{kind: voiceIssuer, speaker: hint, actor: a.hintActor(hint)}
	} else {
		src.issuer = a.headerIssuer(text, lines)
	}
	src.turns = a.turns(text, lines, &src.issuer)
	src.ownVoice = src.issuer.kind != voiceNone || len(src.turns) > 0 || firstPerson(text, lines) >= 2
	if src.ownVoice && !src.issuer.actor.known() {
		src.issuer = voice{kind: voiceIssuer, speaker: "", actor: a.mostMentioned(text, lines)}
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

// headerIssuer reads the issuer from the first lines of the text.
func (a *Analyzer) headerIssuer(text string, lines []line) voice {
	for k, ln := range lines {
		if k >= 16 {
			break
		}
		if v, ok := a.issuerLine(text[ln.start:ln.end], text, lines); ok {
			return v
		}
	}
	return voice{}
}

// issuerLine recognises one header line naming the issuer. Each pattern
// runs only on lines that hold its fixed words, which keeps the step cheap.
func (a *Analyzer) issuerLine(s, text string, lines []line) (voice, bool) {
	spokes := strings.Contains(s, "Spokesperson")
	if m := matchIf(spokes, reSpokesperson, s); m != nil {
		ac, ok := a.phraseActor(m[1])
		if !ok {
			ac = a.mostMentioned(text, lines)
		}
		return voice{kind: voiceAnswer, speaker: m[1], actor: ac}, ac.known()
	}
	if m := matchIf(spokes, reEmbassy, s); m != nil {
		ac, ok := a.phraseActor(m[1])
		return voice{kind: voiceIssuer, speaker: strings.TrimSuffix(m[0], "'s"), actor: ac}, ok
	}
	if m := headerMatch(s); m != nil {
		return a.issuerPhrase(m[1], s)
	}
	switch {
	case strings.HasPrefix(s, "Volume ") && reHansard.MatchString(s),
		strings.Contains(s, "in the House of Commons at") && reInCommons.MatchString(s):
		return a.parliamentVoice("UK Parliament", text, lines), true
	case (strings.HasPrefix(s, "House of Commons Hansard") || strings.HasPrefix(s, "Evidence of meeting")) && reCanadian.MatchString(s):
		return a.parliamentVoice("Canadian Parliament", text, lines), true
	}
	return voice{}, false
}

// matchIf runs re on s when the cheap test ok passed.
func matchIf(ok bool, re *regexp.Regexp, s string) []string {
	if !ok {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// headerMatch matches the issuing-line patterns ("Remarks by X at", "X
// here.", "X issued the following statement") on the lines that can hold
// them.
func headerMatch(s string) []string {
	if m := matchIf(strings.HasPrefix(s, "Remarks by "), reRemarksBy, s); m != nil {
		return m
	}
	if m := matchIf(strings.HasSuffix(s, " here."), reHere, s); m != nil {
		return m
	}
	return matchIf(strings.Contains(s, " the following "), reIssued, s)
}

// issuerPhrase resolves the subject of an issuing line ("U.S. Senators Mitt
// Romney (R-UT), Marco Rubio (R-FL), and Susan Collins (R-ME)").
func (a *Analyzer) issuerPhrase(p, line string) (voice, bool) {
	v := voice{kind: voiceIssuer, speaker: strings.TrimSpace(p), members: capitalisedNames(p)}
	if a.legislator(p) || reUSParty.MatchString(line) {
		v.actor = a.namedActor("US Congress")
		return v, v.actor.known()
	}
	ac, ok := a.phraseActor(p)
	v.actor = ac
	return v, ok
}

// parliamentVoice is the voice of an unnamed member of a parliament; the
// government speaks when the text shows a minister's words.
func (a *Analyzer) parliamentVoice(parl, text string, lines []line) voice {
	v := voice{kind: voiceSpeech, speaker: "the member", actor: a.namedActor(parl)}
	if ministerial(text) {
		gov := map[string]string{"UK Parliament": "UK government", "Canadian Parliament": "Canadian government"}[parl]
		v.speaker, v.actor = "the Minister", a.namedActor(gov)
	}
	return v
}

// ministerMarks are phrases only a minister uses in a debate.
var ministerMarks = []string{"my Department", "my right hon. Friend the Secretary of State", "my noble Friend the Secretary of State",
	"I would like to repeat the statement", "That the Bill be now read a Second time", "the Government’s priorities",
	"the Government's priorities", "my Department has been"}

func ministerial(text string) bool {
	for _, m := range ministerMarks {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
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
// stating anything ("X issued the following statement:", "Remarks by X at
// ...", a spokesperson's press-conference title).
func isIssuerHeader(s string) bool {
	if strings.Contains(s, "Spokesperson") && (reSpokesperson.MatchString(s) || reEmbassy.MatchString(s)) {
		return true
	}
	if matchIf(strings.HasPrefix(s, "Remarks by "), reRemarksBy, s) != nil {
		return true
	}
	return (strings.HasSuffix(s, ":") || len(s) < 240) && matchIf(strings.Contains(s, " the following "), reIssued, s) != nil
}
