package attribution

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"strings"
	"testing"
)

// voiceName renders a voice for the golden tables: "kind|speaker|actor".
func voiceName(v voice) string {
	kinds := map[voiceKind]string{voiceNone: "none", voiceQuestion: "question", voiceAnswer: "answer",
		voiceSpeech: "speech", voiceIssuer: "issuer"}
	return kinds[v.kind] + "|" + v.speaker + "|" + v.actor.name
}

// TestGoldenLayoutIssuer is the golden test of the header, signoff and
// debate rules of grammar/layout.txt: a text's first lines in, the issuer
// out. The names are made up; none is in the registry.
func TestGoldenLayoutIssuer(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct{ text, want string }{
		// a press conference: the spokesperson answers for the government the text names most
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\n\nQ: Will China respond?\n\nA: China opposes the ban.",
			"answer|Wang Ming|Chinese government"},
		{"Spokesperson Wang Ming's Remarks on the Decision\n\nBeijing rejects the decision.", "answer|Wang Ming|Chinese government"},
		// an office's remarks: the office's country speaks
		{"Chinese Embassy Spokesperson's Remarks on 5G\n\nWe object.", "issuer|Chinese Embassy Spokesperson|Chinese government"},
		{"The Spokesperson of the Chinese Embassy in Ruritania Answers Question of media on 5G\n\nQ: What is your response?\n\nA: We object.", "issuer|The Spokesperson of the Chinese Embassy|Chinese government"},
		{"Remarks of the spokesperson of the Chinese Embassy in Ruritania on the demand of the ambassador\n\nWe object.",
			"issuer|Remarks of the spokesperson of the Chinese Embassy|Chinese government"},
		{"Spokesperson of the Embassy of the People's Republic of China in Ruritania Answers a Question\n\nQ: What is your response?\n\nA: We object.", "issuer|Embassy of the People's Republic of China|Chinese government"},
		// a ministry answering questions on another government's act is not that government's
		{"Spokesman of Ministry of Commerce Answers Questions on the Australian Government's Guidance\n\nAustralian carriers were told. China expressed concern. The Australian government acted. Australia is wrong.",
			"issuer|Ministry of Commerce|Chinese government"},
		{"Australian Foreign Ministry Spokesperson on the Review\n\nWe welcome it.", "issuer|Australian Foreign Ministry Spokesperson|Australian government"},
		// remarks, signoffs and issuing lines: the issuer phrase (an issuing
		// line's first word is read as a dateline's place)
		{"Remarks by Commissioner Jane Roe of the European Commission at the press conference\n\nWe will assess every supplier.",
			"issuer|Commissioner Jane Roe of the European Commission|European Commission"},
		{"Good morning, everyone. Canadian Minister Jane Roe here.\n\nWe will act.", "issuer|Canadian Minister Jane Roe|Canadian government"},
		{"WASHINGTON, DC – U.S. Senator Jane Doe (D-NY) issued the following statement today:\n\n“The vendor is a threat.”",
			"issuer|U.S. Senator Jane Doe (D-NY)|US Congress"},
		{"WASHINGTON, DC - Senators Ann Roe and Bob Poe released the following joint statement:\n\n“We must act.”", "issuer|Senators Ann Roe and Bob Poe|US Congress"},
		{"Congressman Bob Poe (D-RI), a member of the Committee, made the following statement today regarding the report.\n\n“We must act.”", "issuer|Bob Poe (D-RI), a member of the Committee|US Congress"},
		{"The Ministry of Defence of Italy has issued the following statement:\n\nItaly will review the networks.", "issuer|Ministry of Defence of Italy|Italian government"},
		{"Latest News\n\nWASHINGTON – U.S. Sen. Jane Doe (D-VA) joined colleagues today to introduce a bill.", "issuer|Sen. Jane Doe (D-VA)|US Congress"},
		{"WASHINGTON – U.S. Sen. Jane Doe (D-VA) issued the following statement:\n\n“The vendor is a threat.”", "issuer|U.S. Sen. Jane Doe (D-VA)|US Congress"},
		{"Washington, D.C. — Congressman John Roe (R-TX), Ranking Member, spoke today.", "issuer|Congressman John Roe (R-TX)|US Congress"},
		// a dateline with "--" or a state written out or abbreviated in the party tag
		{"WASHINGTON, D.C.-- Rep. Ann Roe (R-WI), alongside Reps. Bob Poe (D-AZ), today introduced a bill.", "issuer|Rep. Ann Roe (R-WI)|US Congress"},
		{"WASHINGTON, D.C. – Senator Ann Roe (R-Tenn.) spoke at the hearing.", "issuer|Senator Ann Roe (R-Tenn.)|US Congress"},
		{"WASHINGTON, D.C. – U.S. Sens. Ann Roe (R-Texas), Bob Poe (R-Miss.) sent a letter.", "issuer|Sens. Ann Roe (R-Texas)|US Congress"},
		// a dateline, then a committee or a department its subject
		{"WASHINGTON, DC – The Subcommittee on Communications and Technology, chaired by Rep. Ann Roe (R-TN), held a hearing today.",
			"issuer|The Subcommittee on Communications and Technology|US Congress"},
		{"OTTAWA – The Department of Foreign Affairs of Canada today announced a review.", "issuer|The Department of Foreign Affairs of Canada|Canadian government"},
		{"WASHINGTON – The committee met today.", "none||"},
		// a lead sentence opening with "Today," whose subject is a legislator
		{"Today, Colorado U.S. Senator Ann Roe, a member of the Committee, joined colleagues to introduce a bill.", "issuer|U.S. Senator Ann Roe|US Congress"},
		{"WASHINGTON – Today, Rep. Bob Poe introduced a bill.", "issuer|Rep. Bob Poe|US Congress"},
		{"Today, Senate leaders met.", "none||"},
		// a release's title whose subject is the government: the government of the country the text names most
		{"Government takes first step towards protecting telecom networks\n\nThe Netherlands will act. Dutch networks must be secure.", "issuer|Government|Dutch government"},
		{"Government of Canada announces review of networks\n\nThe review starts today.", "issuer|Government of Canada|Canadian government"},
		{"Safer networks for Ruritania: The Federal Government concludes contracts with the operators\n\nGermany will act. German networks must be secure.",
			"issuer|Federal Government|German government"},
		{"Safer networks: what the Government wants\n\nGermany will act.", "none||"},
		{"Government bans\n\nThe Netherlands will act.", "none||"},
		// a dateline glued to its issuer
		{"WASHINGTON—U.S. Senators Ann Roe (R-UT) and Bob Poe (D-VA) introduced a bill today.", "issuer|Senators Ann Roe (R-UT)|US Congress"},
		// a document's title naming its author; a breadcrumb's public body, of the country the text names most
		{"Communication from the Commission: Implementation of the Toolbox\n\nThe Commission has adopted a review.", "issuer|Commission|European Commission"},
		{"Statement by the Ministry of Foreign Affairs of Italy on the review\n\nItaly will act.", "issuer|Ministry of Foreign Affairs of Italy|Italian government"},
		{"Home >> Department of Home Affairs >> National security >> Networks\n\nAustralian networks are critical infrastructure.",
			"issuer|Department of Home Affairs|Australian government"},
		{"You are here: Skip breadcrumbInterior Ministry >> Security\n\nFrench networks must be secure.", "issuer|Interior Ministry|French government"},
		{"An official website of the United States government\n\nOfficial websites use .gov\n\nWe call on every nation to keep the vendor out.", "issuer|United States government|US government"},
		// a statement's heading: the issuing body, a document number, then its officer's statement
		{"Federal Communications Commission FCC 21-99 STATEMENT OF COMMISSIONER JANE ROE Re: Protecting the Networks. The vendors are a threat.",
			"issuer|Federal Communications Commission|FCC"},
		{"The European Commission Statement of President Jane Roe on the review\n\nWe will act.", "issuer|The European Commission|European Commission"},
		{"A STATEMENT OF PRINCIPLES\n\nThe vendor is a risk.", "none||"},
		{"Letters from readers: the vendor\n\nThe vendor is a risk.", "none||"},
		{"Home >> News >> Technology\n\nThe vendor is a risk.", "none||"},
		// debate records: an unnamed member, or the minister when a minister's words show
		{"Volume 700: debated on Monday 1 March 2021\n\nThe vendor should be banned.", "speech|the member|UK Parliament"},
		{"Volume 700: debated on Monday 1 March 2021\n\nAs part of our plans, my Department has been reviewing the supply chain.", "speech|the Minister|UK government"},
		{"Telecoms Security Bill\n\n– in the House of Commons at 2:30 pm on 1 March 2021.\n\nThe vendor should be banned.", "speech|the member|UK Parliament"},
		{"House of Commons Hansard #12 of the 44th Parliament\n\nThe vendor should be banned.", "speech|the member|Canadian Parliament"},
		{"Evidence of meeting #3 for Public Safety\n\nThe vendor should be banned.", "speech|the member|Canadian Parliament"},
		{"Huawei (Executive Session); Congressional Record Vol. 165, No. 97\n\nMadam President, the vendor should be banned.", "speech|the member|US Congress"},
		{"[Pages H1-H2]\nFrom the Congressional Record Online through the Government Publishing Office [www.gpo.gov]\n\nThe vendor should be banned.", "speech|the member|US Congress"},
		{"[Congressional Record Volume 166, Number 4 (Wednesday, January 8, 2020)] [House] [Pages H46-H49] From the Record\n\nMr. ROE of Ohio. Madam Speaker, I move to suspend the rules.",
			"speech|the member|US Congress"},
		// news prose and lines that only look alike
		{"The minister said the vendor posed no risk.\n\nThe decision comes after months of debate.", "none||"},
		// a chair's address with no header is no header either (sources reads it: TestGoldenAddressedChamber)
		{"Madam Speaker, I rise today on behalf of Canadians.\n\nThe vendor should be banned.", "none||"},
		{"Remarks by the way are not headers\n\nThe vendor said it was cooperating.", "none||"},
	}
	for _, c := range cases {
		lines := splitLines(c.text)
		v, _ := a.headerIssuer(c.text, lines)
		if got := voiceName(v); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", strings.SplitN(c.text, "\n", 2)[0], got, c.want)
		}
	}
}

// TestGoldenIssuerText checks that the issuer's text starts at its header
// line: what comes before it (menus, other news of the site) is nobody's.
func TestGoldenIssuerText(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Latest News\n\nThe senator spoke about the border crisis in an interview.\n\n"+
		"WASHINGTON – U.S. Sen. Jane Doe (D-VA) introduced a bill today.\n\nThe bill would keep the vendor out of our networks.\n",
		[]goldenWant{{"WASHINGTON – U.S. Sen. Jane Doe (D-VA) introduced a bill today.", "Sen. Jane Doe (D-VA)", "US Congress", KindStatement},
			{"The bill would keep the vendor out of our networks.", "Sen. Jane Doe (D-VA)", "US Congress", KindStatement}})
}

// TestGoldenLayoutTurns is the golden test of the turn, label and speaker
// rules: each line of a transcript or debate in, the voice of its turn out.
func TestGoldenLayoutTurns(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct {
		text string
		want []string // one "voice: body" per turn line
	}{
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\n\n" +
			"Q: Will China respond?\nA: China opposes the ban.\nBloomberg: Is that final?\nWang Ming: It is final.\n" +
			"CCTV: Any more?\nShenzhen Daily: And the review?\nFollow-up: When?\nThe review goes on.",
			[]string{"question|Q|: Will China respond?", "answer|Wang Ming|Chinese government: China opposes the ban.",
				"question|Bloomberg|: Is that final?", "answer|Wang Ming|Chinese government: It is final.",
				"question|CCTV|: Any more?", "question|Shenzhen Daily|: And the review?", "question|Follow-up|: When?",
				"question|Follow-up|: The review goes on."}},
		// a curly apostrophe in the title; outlets named as a media group or news service ask
		{"Foreign Ministry Spokesperson Wang Ming’s Regular Press Conference on June 3, 2021\n\n" +
			"Hubei Media Group: Will China respond?\nWang Ming: China opposes the ban.\nChina News Service: And the expo?",
			[]string{"question|Hubei Media Group|: Will China respond?", "answer|Wang Ming|Chinese government: China opposes the ban.",
				"question|China News Service|: And the expo?"}},
		// a senator's speaker line with the role in brackets; the government's representative speaks for the government
		{"Hon. Jane Roe (Deputy Leader of the Opposition)\n\nHonourable senators, when will the government ban the vendor?\n\nHon. John Poe (Government Representative in the Senate) [ - ]\n\nThank you for your question.",
			[]string{"speech|Jane Roe|Canadian Parliament: Honourable senators, when will the government ban the vendor?", "speech|John Poe|Canadian government: Thank you for your question."}},
		// a label the registry knows answers in its own right
		{"Q: What does Canberra say?\nAustralian Government: We will decide soon.",
			[]string{"question|Q|: What does Canberra say?", "answer|Australian Government|Australian government: We will decide soon."}},
		// speaker lines: a party name after the member's name; a riding or the chair's address makes the parliament Canadian
		{"Jane Roe Conservative Calgary Centre, AB\nMr. Chair, the vendor must be banned.\nJohn Poe Liberal Parliamentary Secretary to the Minister of Public Safety, ON\nThe review is under way.",
			[]string{"speech|Jane Roe|Canadian Parliament: Mr. Chair, the vendor must be banned.", "speech|John Poe|Canadian government: The review is under way."}},
		{"Madam Speaker, I rise today.\nJane Roe Green Victoria\nThe vendor must go.",
			[]string{"speech|Jane Roe|Canadian Parliament: The vendor must go."}},
		{"Debate on the Telecoms Bill\nJane Roe Labour\nThe vendor must go.",
			[]string{"speech|Jane Roe|UK Parliament: The vendor must go."}},
		// no chamber rule on the line or in the text: the chamber whose country the text names most
		{"Jane Roe Liberal Prime Minister\nCanada will decide on the vendor soon.\nJohn Poe Conservative\nCanada must ban it now.",
			[]string{"speech|Jane Roe|Canadian government: Canada will decide on the vendor soon.", "speech|John Poe|Canadian Parliament: Canada must ban it now."}},
		// a web edition's speaker lines: "Name Portrait Name (Seat) (Party)", a minister's title after "Portrait"
		{"Jane Roe Portrait Jane Roe (Bath) (LD)\n- Hansard - - - Excerpts\nThe vendor must go.\nLord Poe Portrait The Minister of State, Department for Digital (Lord Poe)\nWe will review it.",
			[]string{"speech|Jane Roe|UK Parliament: The vendor must go.", "speech|Lord Poe|UK government: We will review it."}},
		// a peer's title with "of"; the official report's shapes: seat and party, a peer's party, office then name
		{"Baroness Poe of Bath Portrait The Deputy Chairman of Committees (Baroness Poe of Bath) (Lab)\nI call the noble Lord.\n" +
			"Lord Roe Portrait Lord Roe (LD)\nThe vendor must go.",
			[]string{"speech|Baroness Poe of Bath|UK Parliament: I call the noble Lord.", "speech|Lord Roe|UK Parliament: The vendor must go."}},
		{"Jane Roe (Bath) (LD)\nThe vendor must go.\nLord Poe (Con)\nIt must.\n" +
			"The Minister of State, Department for Digital, Culture, Media and Sport (John Doe)\nWe will review it.\n" +
			"The Parliamentary Under-Secretary of State for Digital (Baroness Poe of Bath) (Con)\nMy Lords, we will.\n" +
			"Madam Deputy Speaker (Dame Ann Roe)\nOrder.",
			[]string{"speech|Jane Roe|UK Parliament: The vendor must go.", "speech|Lord Poe|UK Parliament: It must.",
				"speech|John Doe|UK government: We will review it.", "speech|Baroness Poe of Bath|UK government: My Lords, we will.",
				"speech|Dame Ann Roe|UK Parliament: Order."}},
		// a photo, then the name twice; a shadow minister speaks for the parliament
		{"Photo of Jane Roe Jane Roe Labour, Bath 8:50, 30 November 2020\nThe vendor must go.\n" +
			"Photo of John Doe John Doe Shadow Minister (Digital, Culture, Media and Sport)\nIt must.\n" +
			"Photo of Ann Poe Ann Poe The Parliamentary Under-Secretary of State for Digital\nWe will review it.",
			[]string{"speech|Jane Roe|UK Parliament: The vendor must go.", "speech|John Doe|UK Parliament: It must.",
				"speech|Ann Poe|UK government: We will review it."}},
		// a photo's caption glued to the name, then seat and party in brackets
		{"Photo of Jane RoeJane Roe (Bath, Labour Party) Share this | | Hansard source\nThe vendor must go.",
			[]string{"speech|Jane Roe|UK Parliament: The vendor must go."}},
		// an Australian party in the brackets makes the member's parliament Australian
		{"Photo of Jane RoeJane Roe (Bath, Australian Labor Party) Share this | | Hansard source\nThe vendor must go.\n" +
			"Photo of John PoeJohn Poe (Kew, Liberal Party) Share this\nIt must.",
			[]string{"speech|Jane Roe|Australian Parliament: The vendor must go.", "speech|John Poe|Australian Parliament: It must."}},
		// a debate's headings between speeches are the page's
		{"Jane Roe Portrait Jane Roe (Bath) (LD)\nThe vendor must go.\nTelecommunications (Security) Bill\nIt must go now.",
			[]string{"speech|Jane Roe|UK Parliament: The vendor must go.", "speech|Jane Roe|UK Parliament: It must go now."}},
		// a debate transcript's name labels: an honorific opens the first, then any two-word name speaks
		{"Sir Jane Roe: The vendor must go from our networks.\nBob Poe: It must go now.\nIt must.",
			[]string{"speech|Sir Jane Roe|UK Parliament: The vendor must go from our networks.", "speech|Bob Poe|UK Parliament: It must go now.",
				"speech|Bob Poe|UK Parliament: It must."}},
		// without an honorific first a name label is no member's, and a spokesperson's transcript has none
		{"Bob Poe: The vendor must go from our networks.", nil},
		// a debate edition's speaker line ending in a colon
		{"Baroness Roe of Bath:\nMy Lords, the vendor must go.",
			[]string{"speech|Baroness Roe of Bath|UK Parliament: My Lords, the vendor must go."}},
		// a briefing's labels in capitals: the official and the moderator answer for the issuer the text names most; QUESTION asks
		{"BRIEFING ON THE VENDOR\nMODERATOR: Welcome to the State Department briefing.\nMR ROE: The United States urges allies to drop the vendor.\nQUESTION: Will the US act?",
			[]string{"answer|MODERATOR|US government: Welcome to the State Department briefing.", "answer|MR ROE|US government: The United States urges allies to drop the vendor.",
				"question|QUESTION|: Will the US act?"}},
		// brackets that are no seat and party make no speaker line
		{"Theresa May (Reuters)\nThe vendor must go.", nil},
		// a title's two halves are no label and its body: "UK Telecoms: Huawei"; a short answer still is one
		{"UK Telecoms: Huawei\nThe vendor must go.", nil},
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\nQ: Will China ban it?\nA: No comment",
			[]string{"question|Q|: Will China ban it?", "answer|Wang Ming|Chinese government: No comment"}},
		// a sentence that ends in a full stop is no speaker line, and prose has no turns
		{"Jane Roe Conservative Calgary Centre.\nThe vendor must go.", nil},
		{"The Liberal government said the vendor must go.\nNote: this is prose.", nil},
	}
	for _, c := range cases {
		lines := splitLines(c.text)
		for i := range lines { // the kinds extract gives the lines
			lines[i].kind = a.classifyLine(c.text[lines[i].start:lines[i].end], i == 0)
		}
		var issuer voice
		if strings.HasPrefix(c.text, "Foreign") {
			issuer, _ = a.headerIssuer(c.text, lines)
		}
		var got []string
		for _, tn := range a.turns(c.text, lines, &issuer) {
			got = append(got, voiceName(tn.v)+": "+c.text[tn.start:tn.end])
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestGoldenLayoutMembers is the golden test of the member rules: the
// legislators a text names, by family name.
func TestGoldenLayoutMembers(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct{ text, want string }{
		{"Senator Ann Roe said the vendor is a threat.", "map[Roe:US Congress]"},
		{"Sen. Roe and Rep. Bob Poe wrote to the agency.", "map[Poe:US Congress Roe:US Congress]"},
		{"The bill of Representatives Ann Roe and Bob Poe passed.", "map[Roe:US Congress]"},
		{"A letter from Bob Poe (R-TX) and Ann Roe (D-VA).", "map[Poe:US Congress Roe:US Congress]"},
		{"A letter from Bob Poe (R-Texas) and Ann Roe (D-N.Y.).", "map[Poe:US Congress Roe:US Congress]"},
		{"Congresswoman O’Neill-Smith backed it.\nCongressman Jan Vries did not.", "map[O’Neill-Smith:US Congress Vries:US Congress]"},
		// a post-nominal: the parliament of the country the text names most, its government for a minister's office
		{"Jane Roe MP said the UK should act. Bob Poe MP (Parliamentary Under-Secretary of State for Digital) replied.", "map[Poe:UK government Roe:UK Parliament]"},
		{"Jane Roe MP (Shadow Secretary of State for Digital) asked the Australian government.", "map[Roe:Australian Parliament]"},
		{"Jane Roe MP said so.", "map[]"},
		// no title, a lower-case word after it, a title glued to a word
		{"Ann Roe said it. The senator agreed. Senatorial Roe too.", "map[]"},
	}
	for _, c := range cases {
		if got := fmt.Sprint(a.legislatorSurnames(c.text, splitLines(c.text))); got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
}

// TestRequiredLiterals checks the gates the layout and clutter patterns
// get: a set one of which every match contains, or none.
func TestRequiredLiterals(t *testing.T) {
	cases := []struct{ re, want string }{
		{`^Volume \d+: debated on `, "[: debated on ]"},
		{`Spokesperson ([A-Z][a-z]+)'s (?:Regular Press Conference|Remarks)`, "[Spokesperson ]"},
		{`\b(?:Senators?|Sen\.|Rep\.|Congressman)((?: [A-Z]\pL+){1,3})`, "[Senators Senator Sen. Rep. Congressman]"},
		{`([A-Z][\pL'’-]+) \((?:R|D|I)-[A-Z]{2}\)`, "[ (D-  (I-  (R-]"},
		{`^\d{1,2}(:\d{2})? ?[ap]\.m\.$`, "[ a.m.  p.m. a.m. p.m.]"},
		{`(?:Liberal|Green|NDP)$`, "[Liberal Green NDP]"},
		{`x*`, "[]"},
		{`(?i)minister|secretary`, "[]"},
		{`(?:^|\. )([A-Z][\w ]{3,80}?) here\.$`, "[ here.]"},
		{`(?:ab)?cd`, "[cd]"},
		{`in the House of Commons at \d`, "[in the House of Commons at ]"},
	}
	for _, c := range cases {
		tree, err := syntax.Parse(c.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(requiredLiterals(tree)); got != c.want {
			t.Errorf("%s: %s, want %s", c.re, got, c.want)
		}
	}
}

// TestGatesAgree checks on every line of every analysed text that a
// gated layout or clutter pattern says what its ungated regular
// expression says.
func TestGatesAgree(t *testing.T) {
	g := mustDefaultGrammar(t)
	lx := g.lexicon()
	var res []gatedRe
	for _, r := range g.layout {
		res = append(res, r.gatedRe)
	}
	res = append(res, lx.clutter.res...)
	texts := append(devTexts(t), "Volume 1: debated on Monday\nSenators Roe and Poe (D-NY) issued the following statement:\nRemarks by X at Y\nRemarks")
	for _, text := range texts {
		for _, ln := range splitLines(text) {
			s := text[ln.start:ln.end]
			for i := range res {
				if got, want := res[i].match(s), res[i].regexp().MatchString(s); got != want {
					t.Errorf("%s on %q: gated %v, regexp %v", res[i].re.pat, s, got, want)
				}
				if res[i].regexp().MatchString(s) && !res[i].openInside(text) {
					t.Errorf("%s matches %q, but the gate is shut on its text", res[i].re.pat, s)
				}
			}
		}
	}
}

// TestLayoutErrors checks that a malformed layout file is an error naming
// the file and the line.
func TestLayoutErrors(t *testing.T) {
	cases := []struct{ text, want string }{
		{"# stancekit-data grammar-layout v1\nheader phrase ^X\n", "my-layout.txt:2: want RULE | ARGUMENT | PATTERN"},
		{"# stancekit-data grammar-layout v1\nfooter | phrase | ^X (y)\n", "my-layout.txt:2: unknown layout rule \"footer\""},
		{"# stancekit-data grammar-layout v1\nheader | person | ^X (y)\n", "my-layout.txt:2: header: argument \"person\" is not one of"},
		{"# stancekit-data grammar-layout v1\nheader | phrase | ^X y\n", "my-layout.txt:2: header: the pattern needs 1 capture group"},
		{"# stancekit-data grammar-layout v1\n\nheader | phrase | ^X (y\n", "my-layout.txt:3: header: bad pattern"},
		{"# stancekit-data grammar-layout v1\ndebate | UK Parliament | ^Volume\n", "my-layout.txt:2: debate: want PARLIAMENT > GOVERNMENT"},
		{"# stancekit-data grammar-layout v1\nsection | x | ^1\\.\n", "my-layout.txt:2: section takes no argument"},
		{"# stancekit-data grammar-layout v1\nmember |  | (X)\n", "my-layout.txt:2: member: want the legislature"},
		{"# stancekit-data grammar-layout v1\nturn | | \n", "my-layout.txt:2: turn: empty pattern"},
	}
	for _, c := range cases {
		err := mustDefaultGrammar(t).Load("my-layout.txt", strings.NewReader(c.text))
		if err == nil || !errors.Is(err, ErrGrammar) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%q) = %v, want an ErrGrammar containing %q", c.text, err, c.want)
		}
	}
}

// TestLayoutExtension adds a header rule at run time: a new kind of
// issuing line names the issuer of a release.
func TestLayoutExtension(t *testing.T) {
	text := "Statement of the Ministry of Defence of Italy\n\nThe vendor poses no risk to our networks."
	a := newTest(t, nil)
	if v, _ := a.headerIssuer(text, splitLines(text)); voiceName(v) != "none||" {
		t.Fatalf("default grammar: issuer %s, want none", voiceName(v))
	}
	g := mustDefaultGrammar(t)
	if err := g.Load("extra-layout.txt", strings.NewReader("# stancekit-data grammar-layout v1\nheader | phrase | ^Statement of (?:the )?(.+)$\n")); err != nil {
		t.Fatal(err)
	}
	a, err := New(nil, nil, WithGrammar(g))
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Statements) != 1 || res.Statements[0].Actor != "Italian government" || res.Statements[0].Kind != KindStatement {
		t.Fatalf("statements %v, want one statement of the Italian government", res.Statements)
	}
}

// TestGoldenAddressedChamber is the golden test of the address rules: a
// speech with no header that addresses a chamber's chair or moves a motion
// is a member's, in the parliament whose country the text names most; the
// government speaks when a minister's words show.
func TestGoldenAddressedChamber(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct{ text, want string }{
		{"Madam Speaker, I rise today on behalf of the people of Canada. The regime in Beijing threatens us. Beijing must stop.\n", "speech|the member|Canadian Parliament"},
		{"Mr. Chair, I concur with this motion. Canada must act now.\n", "speech|the member|Canadian Parliament"},
		{"I move\nThat the committee report to the House that Canada should ban the vendor.\n", "speech|the member|Canadian Parliament"},
		{"Mr Speaker, I thank the hon. Member for Bath. The UK Government must think again.\n", "speech|the member|UK Parliament"},
		{"Mr Speaker, my Department has reviewed the supply chain. The UK will act.\n", "speech|the Minister|UK government"},
		{"My Lords, I thank the House of Lords for this debate. The vendor must go.\n", "speech|the member|UK Parliament"},
		{"Senator Roe, your government has still not decided whether Canada bans the vendor.\n", "speech|the member|Canadian Parliament"},
		// the Senate of Canada's form of address names its chamber, whatever other senate the text names
		{"Honourable senators, I will be brief. The Rules of the Senate and the United States Senate differ.\n", "speech|the member|Canadian Parliament"},
		// the record's speaker in capitals before the address
		{"Mr. ROE. Madam Chairwoman, I stand in support of my amendment. The United States must act.\n", "speech|the member|US Congress"},
		{"Mr. JOHN Q. ROE of Ohio. Mr. Speaker, I move to pass the bill. The United States must act.\n", "speech|the member|US Congress"},
		// no address, or no chamber's country named: no speech
		{"We know the regime in Beijing threatens us. Canada must act.\n", "none||"},
		{"Madam Speaker, it is a pleasure to join everyone today. We must act.\n", "none||"},
	}
	for _, c := range cases {
		src := a.sources(c.text, splitLines(c.text), "")
		if got := voiceName(src.issuer); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}

// TestGoldenClutter pins lines of grammar/clutter.txt that are never
// statements, and lines like them that are.
func TestGoldenClutter(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct {
		line string
		want bool
	}{
		{"Source: European Commission, published on Thursday, January 30 2020.", true},
		{"(Urgent Question): To ask the Secretary of State to make a statement on the vendor.", true},
		{"The full text of their letter is available here.", true},
		{"Skip to main content", true},
		{"Minister of Communications and Digital;", true},
		{"Distinguished guests;", true},
		{"The vendor is a risk; we will act.", false},
		{"The White House, March 23, 2020.", true},
		{"Ottawa, 2 May 2021", true},
		{"Mr. JOHN Q. ROE of Ohio.", true},
		{"Mr. Roe of Ohio spoke.", false},
		{"The vendor, March 23, 2020, was banned.", false},
		{"To watch the Senator’s remarks, click below or HERE.", true},
		{"To read the letter, click here.", true},
		{"To watch the vendor is to learn nothing.", false},
		{"- Hansard - - - Excerpts", true},
		// a parliament-monitoring page's boxes and a record's furniture
		{"Urgent Questions are proposed each morning by backbench MPs, and up to two may be selected each day by the Speaker.", true},
		{"Each Urgent Question requires a Government Minister to give a response on the debate topic.", true},
		{"Commons ChamberUrgent Questions are proposed each morning by backbench MPs.", true},
		{"Westminster Hall is an alternative Chamber for MPs to hold debates.", true},
		{"Each debate is chaired by an MP from the Panel of Chairs.", true},
		{"This information is provided by a monitoring site and does not comprise part of the official record", true},
		{"Alert me about debates like this", true},
		{"(4 years, 3 months ago)", true},
		{"(3 months ago)", true},
		{"(Report stage (Hansard): House of Lords)", true},
		{"Debate between Lord Roe and Baroness Poe of Bath", true},
		{"All 3 Debates between Lord Roe and Baroness Poe of Bath", true},
		{"6.20 pm", true},
		{"Column 123", true},
		{"A video is available from Parliament.", true},
		{"December 14th, 2021 / 12:40 p.m.", true},
		{"Only a few days to go: We’re raising £25,000 to keep the site running.", true},
		{"Donate to our crowdfunder", true},
		{"Telecommunications (Security) Bill - Second Reading", true},
		{"Telecommunications and Other Legislation Amendment (Assistance and Access) Bill 2018; Second Reading", true},
		{"Telecoms Bill – Committee stage", true},
		{"The Bill - as the minister said - bans the vendor.", false},
		{"Urgent questions about the vendor are piling up in the ministry.", false},
		{"The debate between the two ministers was about the vendor.", false},
		{"Each operator is required to remove the vendor by 2027.", false},
		{"Three months ago the vendor was banned.", false},
		{"The source of the risk is the vendor's ownership.", false},
		{"The questions about the vendor remain open.", false},
		{"The full text of the law bans the vendor from our networks.", false},
	}
	for _, c := range cases {
		if got := a.lx.isClutter(c.line); got != c.want {
			t.Errorf("isClutter(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestJoinHardWrapped pins the joining of hard-wrapped plain text: an
// unindented line goes on the line before it; an indented or blank-line
// separated one opens a paragraph; prose that is not wrapped stays as it is.
func TestJoinHardWrapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("Record of the day\n\n")
	for i := 0; i < 3; i++ {
		b.WriteString("  Madam President, the vendor is a threat to our networks, and\nthe agencies have warned us about it for years and years now.\n")
		b.WriteString("We passed the law more than a year ago and we will not wait\nfor another delay of these rules by anyone in the government.\n\n")
	}
	text := b.String()
	var got []string
	for _, ln := range splitLines(text) {
		got = append(got, text[ln.start:ln.end])
	}
	if len(got) != 4 || got[1] != "Madam President, the vendor is a threat to our networks, and\nthe agencies have warned us about it for years and years now.\n"+
		"We passed the law more than a year ago and we will not wait\nfor another delay of these rules by anyone in the government." {
		t.Errorf("joined lines: %q", got)
	}
	prose := "The vendor is a threat.\nThe agencies warned us.\n"
	if n := len(splitLines(prose)); n != 2 {
		t.Errorf("prose: %d lines, want 2", n)
	}
}
