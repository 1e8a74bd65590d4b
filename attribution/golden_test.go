package attribution

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// goldenWant is what one sentence must give: one statement with this span,
// speaker (resolved or as written), actor and kind.
type goldenWant struct {
	span, speaker, actor string
	kind                 Kind
}

// checkGolden analyses text and checks that its statements are exactly want.
func checkGolden(t *testing.T, a *Analyzer, text string, want []goldenWant) {
	t.Helper()
	res, err := a.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Statements {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", s.Text, s.Speaker, s.Actor, s.Kind))
	}
	var exp []string
	for _, w := range want {
		exp = append(exp, fmt.Sprintf("%s|%s|%s|%s", w.span, w.speaker, w.actor, w.kind))
	}
	if strings.Join(got, "\n") != strings.Join(exp, "\n") {
		t.Errorf("%q\n got: %q\nwant: %q", text, got, exp)
	}
}

// goldenSpeakers are speaker phrases written for these tests and the actor
// each resolves to: registry people and aliases, role phrases, and the
// gazetteer's countries, capitals, demonyms and folded spellings.
var goldenSpeakers = []struct{ phrase, speaker, actor string }{
	{"Ken Hu", "Ken Hu", "Huawei"},
	{"Mike Pompeo", "Mike Pompeo", "US government"},
	{"Hua Chunying", "Hua Chunying", "Chinese government"},
	{"Lu Kang", "Lu Kang", "Chinese government"},
	{"Wang Wenbin", "Wang Wenbin", "Chinese government"},
	{"A Huawei spokesperson", "A Huawei spokesperson", "Huawei"},
	{"The European Commission", "The European Commission", "European Commission"},
	{"The European Council", "The European Council", "European Council"},
	{"The Council of the European Union", "The Council of the European Union", "Council of the EU"},
	{"The Telecommunications Council", "The Telecommunications Council", "Council of the EU"},
	{"The EU Council", "The EU Council", "Council of the EU"},
	{"Australia", "Australia", "Australian government"},
	{"Canberra", "Canberra", "Australian government"},
	{"Australian officials", "Australian officials", "Australian government"},
	{"The Polish side", "The Polish side", "Polish government"},
	{"Türkiye", "Türkiye", "Turkish government"},
	{"Turkiye", "Turkiye", "Turkish government"},
	// a possessive whose apostrophe the source dropped
	{"Frances government", "Frances government", "French government"},
	{"Britains government", "Britains government", "UK government"},
	{"Chinas foreign ministry", "Chinas foreign ministry", "Chinese government"},
	{"The Swedish government", "The Swedish government", "Swedish government"},
	{"Ottawa", "Ottawa", "Canadian government"},
	{"Canadian telecom companies", "Canadian telecom companies", "Telecom operators"},
	{"Wireless carriers", "Wireless carriers", "Telecom operators"},
	// national agencies and departments speak for their governments
	{"The Government Communications Security Bureau", "The Government Communications Security Bureau", "New Zealand government"},
	{"The Australian Signals Directorate", "The Australian Signals Directorate", "Australian government"},
	{"The Home Office", "The Home Office", "UK government"},
	{"Ofcom", "Ofcom", "UK government"},
	{"The Communications Security Establishment", "The Communications Security Establishment", "Canadian government"},
	{"The Federal Office for Information Security", "The Federal Office for Information Security", "German government"},
	{"The U.S. Department of Commerce", "The U.S. Department of Commerce", "US government"},
	{"CISA", "CISA", "US government"},
	{"ANSSI", "ANSSI", "French government"},
	{"The Ministry of Industry and Information Technology", "The Ministry of Industry and Information Technology", "Chinese government"},
}

// goldenVerbs are past forms of reporting verbs of grammar/verbs.txt.
var goldenVerbs = []string{"said", "stated", "stressed", "warned", "insisted", "argued", "claimed", "added", "noted",
	"explained", "reiterated", "confirmed", "announced", "maintained", "declared"}

const goldenContent = "the vendor posed no risk to its networks"

// TestGoldenSpeechCues runs every speaker of goldenSpeakers with every verb
// of goldenVerbs through the pipeline in two patterns, "X said that C." and
// "“C,” X said.", and checks speaker, actor, kind and span.
func TestGoldenSpeechCues(t *testing.T) {
	a := newTest(t, nil)
	for _, sp := range goldenSpeakers {
		for _, v := range goldenVerbs {
			checkGolden(t, a, fmt.Sprintf("%s %s that %s.", sp.phrase, v, goldenContent),
				[]goldenWant{{goldenContent, sp.speaker, sp.actor, KindReported}})
			q := "“The vendor posed no risk to its networks,”"
			lower := sp.phrase
			if strings.HasPrefix(lower, "A ") || strings.HasPrefix(lower, "The ") {
				lower = strings.ToLower(lower[:1]) + lower[1:]
			}
			checkGolden(t, a, fmt.Sprintf("%s %s %s.", q, lower, v),
				[]goldenWant{{q, lower, sp.actor, KindQuote}})
		}
	}
}

// TestGoldenActs pins statements of acts: a holder (country, capital,
// demonym phrase, person) and a clause verb; the span is the clause.
func TestGoldenActs(t *testing.T) {
	a := newTest(t, nil)
	acts := []string{"has banned the vendor from its 5G networks", "rejected the allegations against the vendor",
		"urged operators to drop the vendor", "excluded the vendor from its core network", "approved the contract with conditions"}
	for _, sp := range goldenSpeakers {
		if strings.HasPrefix(sp.phrase, "A ") || strings.Contains(sp.phrase, "Hua") || strings.Contains(sp.phrase, "Pompeo") || sp.phrase == "Ken Hu" {
			continue // persons and role phrases act through speech in these tests
		}
		for _, act := range acts {
			s := sp.phrase + " " + act
			checkGolden(t, a, s+".", []goldenWant{{s, sp.speaker, sp.actor, KindAction}})
		}
	}
}

// TestGoldenVoices pins the source and own-voice steps: who holds the
// unquoted sentences of transcripts, releases and debates.
func TestGoldenVoices(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct {
		text string
		want []goldenWant
	}{
		{"Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on May 1, 2020\n\nQ: Some say the vendor is a risk. What is your comment?\n\nA: The accusations are groundless. We oppose any ban.\n",
			[]goldenWant{{"The accusations are groundless.", "Hua Chunying", "Chinese government", KindStatement},
				{"We oppose any ban.", "Hua Chunying", "Chinese government", KindStatement}}},
		{"Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on May 1, 2020\n\nBloomberg: Will China respond to the ban?\n\nHua Chunying: China firmly opposes the decision.\n",
			// an answer's sentence whose holder is the voice's own actor is the voice's, whole
			[]goldenWant{{"China firmly opposes the decision.", "Hua Chunying", "Chinese government", KindStatement}}},
		{"U.S. Senator Jane Doe (D-NY) issued the following statement today:\n\n“The vendor is a threat to our networks.”\n",
			[]goldenWant{{"“The vendor is a threat to our networks.”", "Senator Jane Doe (D-NY)", "US Congress", KindQuote}}},
		{"Volume 700: debated on Monday 1 March 2021\n\nThe vendor should not be given any further access to our networks.\n",
			[]goldenWant{{"The vendor should not be given any further access to our networks.", "the member", "UK Parliament", KindStatement}}},
		// a debate's header line is nobody's statement, and neither are a record's format links
		{"Huawei; Congressional Record Vol. 165, No. 97 (Senate - June 11, 2019)\nText available as: TXT PDF\nMadam President, the vendor should not be given any further access to our networks.\n",
			[]goldenWant{{"Madam President, the vendor should not be given any further access to our networks.", "the member", "US Congress", KindStatement}}},
		{"Volume 700: debated on Monday 1 March 2021\n\nAs part of our plans, my Department has been carrying out a review of the supply chain.\n",
			[]goldenWant{{"As part of our plans, my Department has been carrying out a review of the supply chain.", "the Minister", "UK government", KindStatement}}},
		{"Dane Smith Conservative Calgary Centre, AB\n\nMr. Chair, the government must ban the vendor now.\n",
			[]goldenWant{{"Mr. Chair, the government must ban the vendor now.", "Dane Smith", "Canadian Parliament", KindStatement}}},
		{"Remarks by Executive Vice-President Jane Roe of the European Commission at the press conference\n\nWe will assess the risks of every supplier.\n",
			[]goldenWant{{"We will assess the risks of every supplier.", "Executive Vice-President Jane Roe of the European Commission", "European Commission", KindStatement}}},
		{"Chinese Embassy Spokesperson's Remarks on 5G\n\nWe firmly object to excluding specific companies without evidence.\n",
			[]goldenWant{{"We firmly object to excluding specific companies without evidence.", "Chinese Embassy Spokesperson", "Chinese government", KindStatement}}},
		// an excerpt page opening inside a speech: the body before the first speaker line is an unnamed member's
		{"Telecoms Bill Debate\n\nIt should make us all extremely alarmed about the vendor.\n\nJane Roe Portrait Jane Roe (Bath) (LD)\n- Hansard -\n\nThe vendor must be removed from our networks.\n",
			[]goldenWant{{"It should make us all extremely alarmed about the vendor.", "the member", "UK Parliament", KindStatement},
				{"The vendor must be removed from our networks.", "Jane Roe", "UK Parliament", KindStatement}}},
		// a debate record's header places its speaker lines, whatever country the speech names most
		{"Part of the debate – in the House of Commons at 8:50 pm on 30 November 2020.\n\nPhoto of Jane Roe Jane Roe Conservative, Bath 8:50, 30 November 2020\n\nA Canadian company, and then another Canadian company, were hurt by the vendor.\n",
			[]goldenWant{{"A Canadian company, and then another Canadian company, were hurt by the vendor.", "Jane Roe", "UK Parliament", KindStatement}}},
		// an urgent question's record: the answer that opens it is the minister's; so is an oral statement
		{"Volume 700: debated on Monday 1 March 2021\n\n(Urgent Question): To ask the Secretary of State to make a statement on the vendor.\n\nThe security of our networks is of paramount importance to all of us.\n",
			[]goldenWant{{"The security of our networks is of paramount importance to all of us.", "the Minister", "UK government", KindStatement}}},
		{"Volume 700: debated on Monday 1 March 2021\n\nWith permission, Madam Deputy Speaker, I will make a statement on the vendor in our networks.\n",
			[]goldenWant{{"With permission, Madam Deputy Speaker, I will make a statement on the vendor in our networks.", "the Minister", "UK government", KindStatement}}},
		// on an urgent question's page the speaker given no seat or party answers for the government
		{"Urgent Questions are proposed each morning by backbench MPs.\n\nJohn Doe Portrait John Doe\n- Hansard -\n\nWe will of course seek to use the alternatives to the vendor.\n\n" +
			"Jane Roe Portrait Jane Roe (Bath) (LD)\n- Hansard -\n\nWhat steps will the Government take to remove the vendor?\n",
			[]goldenWant{{"We will of course seek to use the alternatives to the vendor.", "John Doe", "UK government", KindStatement},
				{"What steps will the Government take to remove the vendor?", "Jane Roe", "UK Parliament", KindStatement}}},
		// a monitoring page listing a minister's extracts: the peer given no party is the minister
		{"Lords Chamber\nRead Full debate Read Hansard Text Read Debate Ministerial Extracts\n\nBaroness Roe of Bath Portrait Baroness Roe of Bath\n- Hansard -\n\nWe will keep the vendor under constant review.\n\n" +
			"Lord Poe Portrait Lord Poe (Lab)\n- Hansard -\n\nThe vendor must be removed from our networks.\n",
			[]goldenWant{{"We will keep the vendor under constant review.", "Baroness Roe of Bath", "UK government", KindStatement},
				{"The vendor must be removed from our networks.", "Lord Poe", "UK Parliament", KindStatement}}},
		// an urgent question's page with no speaker line: the answer it opens with is the minister's
		{"(5 years ago)\nCommons ChamberUrgent Questions are proposed each morning by backbench MPs.\nEach Urgent Question requires a Government Minister to give a response on the debate topic.\n" +
			"A final decision on the vendor has not been made.\n",
			[]goldenWant{{"A final decision on the vendor has not been made.", "the Minister", "UK government", KindStatement}}},
		// a release's title above its dated lead is the issuer's headline (the date line is passed over)
		{"Roe, Colleagues Introduce Bill to Keep the Vendor Out of Networks\n\nMay 14, 2019\n\nWASHINGTON, D.C. – Senator Ann Roe (R-Tenn.) introduced a bill to ban the vendor.\n",
			[]goldenWant{{"Roe, Colleagues Introduce Bill to Keep the Vendor Out of Networks", "Senator Ann Roe (R-Tenn.)", "US Congress", KindHeadline},
				{"WASHINGTON, D.C. – Senator Ann Roe (R-Tenn.) introduced a bill to ban the vendor.", "Senator Ann Roe (R-Tenn.)", "US Congress", KindStatement}}},
		// a release titled with the government as subject: the title is its headline, the body its voice
		{"Government takes first step towards protecting telecom networks\n\nThe Netherlands will impose stricter requirements on suppliers.\n",
			[]goldenWant{{"Government takes first step towards protecting telecom networks", "Government", "Dutch government", KindHeadline},
				{"The Netherlands will impose stricter requirements on suppliers.", "Government", "Dutch government", KindStatement}}},
		// a page's furniture ending a release's paragraph is no sentence of the issuer's
		{"WASHINGTON – U.S. Sen. Jane Doe (D-VA) issued the following statement:\n\nThe vendor must be kept out of our networks. Click here for the bill text.\n",
			[]goldenWant{{"The vendor must be kept out of our networks.", "U.S. Sen. Jane Doe (D-VA)", "US Congress", KindStatement}}},
		// a bill's title with a reporting verb before its acronym is no speech cue
		{"WASHINGTON – U.S. Sen. Jane Doe (D-VA) issued the following statement:\n\nThe bill, the Keeping Direction from Kleptocracies and Surveillance states (KKSS) Act, would add foreign companies like the vendor to the list.\n",
			[]goldenWant{{"The bill, the Keeping Direction from Kleptocracies and Surveillance states (KKSS) Act, would add foreign companies like the vendor to the list.", "U.S. Sen. Jane Doe (D-VA)", "US Congress", KindStatement}}},
		// news prose has no own voice, and a bare role noun is no actor
		{"The minister said that the vendor posed no risk. The decision comes after months of debate.\n", nil},
	}
	for _, c := range cases {
		checkGolden(t, a, c.text, c.want)
	}
}

// TestGoldenAggregation pins how statements make an actor's position:
// off-target statements give none, cue-less own-voice sentences barely
// count, a described position weighs half, and an actor with no position
// is listed without a label.
func TestGoldenAggregation(t *testing.T) {
	pred := func(l stance.Label, p float64, cues int) stance.Prediction {
		probs := stance.Probs{{Label: stance.Supportive, P: (1 - p) / 2}, {Label: stance.Cautious, P: (1 - p) / 2}, {Label: stance.Opposed, P: (1 - p) / 2}}
		for i := range probs {
			if probs[i].Label == l {
				probs[i].P = p
			}
		}
		return stance.Prediction{Label: l, Confidence: p, Probs: probs, Cues: make([]stance.CueHit, cues)}
	}
	st := func(actor string, k Kind, reporter string, p stance.Prediction) Statement {
		s := Statement{Actor: actor, Kind: k, Reporter: reporter, Prediction: p}
		s.Weight = weight(s)
		return s
	}
	off := stance.Prediction{Label: stance.OffTarget, Confidence: 0.9}
	cases := []struct {
		name  string
		stmts []Statement
		want  map[string]stance.Label
	}{
		{"off target gives no position", []Statement{st("A", KindQuote, "", off)}, map[string]stance.Label{"A": ""}},
		{"cue-less own voice barely counts", []Statement{
			st("A", KindStatement, "", pred(stance.Supportive, 0.6, 0)), st("A", KindStatement, "", pred(stance.Supportive, 0.6, 0)),
			st("A", KindStatement, "", pred(stance.Opposed, 0.9, 2))}, map[string]stance.Label{"A": stance.Opposed}},
		{"off-target statements do not outvote an on-target one", []Statement{
			st("A", KindStatement, "", off), st("A", KindStatement, "", off), st("A", KindStatement, "", off),
			st("A", KindStatement, "", pred(stance.Supportive, 0.9, 1))}, map[string]stance.Label{"A": stance.Supportive}},
		{"what a speech cue picked keeps its weight, cue-less and unconfident", []Statement{
			st("A", KindReported, "B", pred(stance.Cautious, 0.6, 0))}, map[string]stance.Label{"A": stance.Cautious}},
		{"only cue-less own voice: no label", []Statement{
			st("A", KindStatement, "", pred(stance.Supportive, 0.6, 0))}, map[string]stance.Label{"A": ""}},
		{"quote outweighs described position", []Statement{
			st("A", KindQuote, "", pred(stance.Cautious, 0.7, 1)), st("A", KindAction, "B", pred(stance.Opposed, 0.8, 1))},
			map[string]stance.Label{"A": stance.Cautious}},
		{"described position still labels its holder", []Statement{
			st("A", KindAction, "B", pred(stance.Opposed, 0.9, 1)), st("B", KindQuote, "", pred(stance.Supportive, 0.9, 1))},
			map[string]stance.Label{"A": stance.Opposed, "B": stance.Supportive}},
	}
	for _, c := range cases {
		got := map[string]stance.Label{}
		for _, ac := range aggregate(c.stmts) {
			got[ac.Name] = ac.Label
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: labels %v, want %v", c.name, got, c.want)
		}
	}
}

// TestGoldenLists pins acts held by a list of actors: each listed country
// or operator holds it, on the same span; a holder that is not the list
// ("officials at X and Y") and mixed lists do not split.
func TestGoldenLists(t *testing.T) {
	a := newTest(t, nil)
	s := "The US and Japan have banned the vendor"
	checkGolden(t, a, s+".", []goldenWant{{s, "The US and Japan", "US government", KindAction},
		{s, "The US and Japan", "Japanese government", KindAction}})
	s = "Canada and Sweden excluded the vendor from their 5G networks"
	checkGolden(t, a, s+".", []goldenWant{{s, "Canada and Sweden", "Canadian government", KindAction},
		{s, "Canada and Sweden", "Swedish government", KindAction}})
	// a possessive is no holder: "the Department's banned list"; a phrase
	// ending in an article is none either: "in an earlier report by"
	checkGolden(t, a, "The list grew after the Commerce Department’s banned entities were named.", nil)
	checkGolden(t, a, "As mentioned in the annual report and in an earlier report by the agency, the vendor is a risk.", nil)
	// a plural in -ies is no verb: "ZTE technologies"
	checkGolden(t, a, "The agency plans to ban sales of Chinese-based Huawei and ZTE technologies on the bases of national security.", nil)
	s = "The European Commission and Germany rejected a ban on the vendor"
	checkGolden(t, a, s+".", []goldenWant{{s, "The European Commission and Germany", "European Commission", KindAction}})
	// lists of three, with and without the serial comma, at the clause's
	// start: each listed government holds the act (list.go)
	s = "Canada, Japan and Australia have banned the vendor"
	checkGolden(t, a, s+".", []goldenWant{{s, "Canada, Japan and Australia", "Japanese government", KindAction},
		{s, "Canada, Japan and Australia", "Canadian government", KindAction},
		{s, "Canada, Japan and Australia", "Australian government", KindAction}})
	s = "The US, Japan, and Australia have excluded the vendor from their networks"
	checkGolden(t, a, s+".", []goldenWant{{s, "The US, Japan, and Australia", "Australian government", KindAction},
		{s, "The US, Japan, and Australia", "US government", KindAction},
		{s, "The US, Japan, and Australia", "Japanese government", KindAction}})
	s = "Canada, Japan and Australia have banned the vendor"
	checkGolden(t, a, "Last year, "+s+".", []goldenWant{{s, "Canada, Japan and Australia", "Japanese government", KindAction},
		{s, "Canada, Japan and Australia", "Canadian government", KindAction},
		{s, "Canada, Japan and Australia", "Australian government", KindAction}})
	// a list another word governs is an object: none of it holds the act
	checkGolden(t, a, "The minister urged Canada, Japan and Australia to ban the vendor.", []goldenWant{})
	// a possessive folded into a demonym names a country only before a
	// government or role noun: "Frances Haugen" stays a person
	s = "Frances Haugen said the vendor was a risk"
	checkGolden(t, a, s+".", []goldenWant{{"the vendor was a risk", "Frances Haugen", "Frances Haugen", KindReported}})
	// a place before a comma is no list item: no "and" in the holder
	s = "Canada has banned the vendor"
	checkGolden(t, a, "In Ottawa, "+s+".", []goldenWant{{s, "Canada", "Canadian government", KindAction}})
	// a speech cue's list holder: each listed actor says it, and the
	// speaker is the list as written from its first item
	s = "the vendor posed a risk"
	checkGolden(t, a, "The US and Japan said that "+s+".", []goldenWant{{s, "The US and Japan", "US government", KindReported},
		{s, "The US and Japan", "Japanese government", KindReported}})
	checkGolden(t, a, "Canada, Japan and Australia said that "+s+".", []goldenWant{{s, "Canada, Japan and Australia", "Japanese government", KindReported},
		{s, "Canada, Japan and Australia", "Canadian government", KindReported},
		{s, "Canada, Japan and Australia", "Australian government", KindReported}})
	checkGolden(t, a, "Deutsche Telekom, Orange and Telefonica warned that "+s+".",
		[]goldenWant{{s, "Deutsche Telekom, Orange and Telefonica", "Telecom operators", KindReported}})
	checkGolden(t, a, "The vendor posed a risk, the US and Japan said.", []goldenWant{{"The vendor posed a risk", "the US and Japan", "US government", KindReported},
		{"The vendor posed a risk", "the US and Japan", "Japanese government", KindReported}})
	// officials of a list: the holder is not the list
	checkGolden(t, a, "Officials in Canada and Japan said that "+s+".", []goldenWant{{s, "Officials in Canada and Japan", "Canadian government", KindReported}})
	// an act inside a reported clause is its holder's too, beside the
	// reporter's statement, on the same span
	s = "Canada has banned the vendor"
	checkGolden(t, a, "Mike Pompeo said that "+s+".", []goldenWant{{s, "Mike Pompeo", "US government", KindReported},
		{s, "Canada", "Canadian government", KindAction}})
}

// TestGoldenVoiceClaims pins what the voice of a release, an answer or a
// speech claims from the cue and act steps: its own first person, what it
// says about a vendor, and acts of others with no bearing on vendors in
// networks; another actor's act on the question stays that actor's.
func TestGoldenVoiceClaims(t *testing.T) {
	a := newTest(t, nil)
	cases := []struct {
		text string
		want []goldenWant
	}{
		// first person: the voice, not the actor named before
		{"Chinese Embassy Spokesperson's Remarks on 5G\n\nSome people in Sweden have been making claims against Chinese companies. We firmly object to excluding specific companies without evidence.\n",
			[]goldenWant{{"Some people in Sweden have been making claims against Chinese companies.", "Chinese Embassy Spokesperson", "Chinese government", KindStatement},
				{"We firmly object to excluding specific companies without evidence.", "Chinese Embassy Spokesperson", "Chinese government", KindStatement}}},
		// the issuing line states nothing; the issuer's own act is its sentence, whole
		{"The Ministry of Defence of Italy has issued the following statement:\n\nAs part of our review, Italy has excluded the vendor from its core networks.\n",
			[]goldenWant{{"As part of our review, Italy has excluded the vendor from its core networks.", "Ministry of Defence of Italy", "Italian government", KindStatement}}},
		// a sentence about a vendor is the issuer's; a government's act on the question is its own
		{"The Ministry of Defence of Italy has issued the following statement:\n\nAfter all, Huawei is effectively a state-owned corporation. Germany has banned the vendor from its 5G networks.\n",
			[]goldenWant{{"After all, Huawei is effectively a state-owned corporation.", "Ministry of Defence of Italy", "Italian government", KindStatement},
				{"Germany has banned the vendor from its 5G networks", "Germany", "German government", KindAction}}},
		// an announced visit is the spokesperson's; an off-topic act in a question is nobody's
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\n\nAt the invitation of Foreign Minister Wang Yi, Cuba will send its foreign minister to China from May 28 to 30.\n\nQ: Canada will sign a trade deal with Peru. What is your comment?\n\nA: We welcome it.\n",
			[]goldenWant{{"At the invitation of Foreign Minister Wang Yi, Cuba will send its foreign minister to China from May 28 to 30.", "Wang Ming", "Chinese government", KindStatement},
				{"We welcome it.", "Wang Ming", "Chinese government", KindStatement}}},
		// in a transcript another actor's act on the question is no position in a question, and the spokesperson's account in an answer;
		// speech a question reports stays its speaker's
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\n\nQ: British telecom companies have stopped using the vendor's 5G equipment. Germany said that the vendor is a risk to its networks. What is your comment?\n\n" +
			"A: The US has been making up stories about the vendor's networks for a long time.\n",
			[]goldenWant{{"the vendor is a risk to its networks", "Germany", "German government", KindReported},
				{"The US has been making up stories about the vendor's networks for a long time.", "Wang Ming", "Chinese government", KindStatement}}},
		// another actor's act with a modal of demand is what the voice asks of it: the voice's sentence
		{"The Ministry of Defence of Italy has issued the following statement:\n\nGermany should ban the vendor from its 5G networks. Germany has banned the vendor from its 4G networks.\n",
			[]goldenWant{{"Germany should ban the vendor from its 5G networks.", "Ministry of Defence of Italy", "Italian government", KindStatement},
				{"Germany has banned the vendor from its 4G networks", "Germany", "German government", KindAction}}},
		// a programme or place nobody knows does not act in the voice's text
		{"An official website of the United States government\n\nThe Clean Network addresses the threat to data privacy posed by untrusted vendors.\n",
			[]goldenWant{{"The Clean Network addresses the threat to data privacy posed by untrusted vendors.", "United States government", "US government", KindStatement}}},
		// a government's act on the question that a question reports is that government's; an off-topic one is nobody's
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\n\nQ: The Australian government has banned the vendor from its 5G networks. Canada has signed a trade deal with Peru. What is your comment?\n\nA: We oppose it.\n",
			[]goldenWant{{"The Australian government has banned the vendor from its 5G networks", "The Australian government", "Australian government", KindAction},
				{"We oppose it.", "Wang Ming", "Chinese government", KindStatement}}},
		// a pronoun in a question is no one the announcements before it named
		{"Foreign Ministry Spokesperson Wang Ming's Regular Press Conference on June 3, 2021\n\nAt the invitation of Foreign Minister Wang Yi, Minister of Foreign Affairs of Cuba Ana Roe will visit China.\n\nQ: Two firms stated that they have not stopped supplying Huawei. What's your comment?\n\nA: We welcome it.\n",
			[]goldenWant{{"At the invitation of Foreign Minister Wang Yi, Minister of Foreign Affairs of Cuba Ana Roe will visit China.", "Wang Ming", "Chinese government", KindStatement},
				{"We welcome it.", "Wang Ming", "Chinese government", KindStatement}}},
		// news prose has no voice to claim anything: a vendor's act is its own
		{"Huawei has sued the government over the ban on its equipment.\n",
			[]goldenWant{{"Huawei has sued the government over the ban on its equipment", "Huawei", "Huawei", KindAction}}},
	}
	for _, c := range cases {
		checkGolden(t, a, c.text, c.want)
	}
}

// TestGoldenExecutiveAccounts pins the executive accounts of a member's
// speech: a sentence whose subject is the member's government's executive,
// unnamed, is the government's, reported by the member: the plain opener,
// a former office holder and a cleft focus (subject.go); a possessive, an
// obligation, a modal, a named government, a focus with no office and a
// question stay the member's.
func TestGoldenExecutiveAccounts(t *testing.T) {
	a := newTest(t, nil)
	head := "Volume 700: debated on Monday 1 March 2021\n\n"
	gov := func(span, holder string) goldenWant { return goldenWant{span, holder, "UK government", KindReported} }
	own := func(span string) goldenWant { return goldenWant{span, "the member", "UK Parliament", KindStatement} }
	cases := []struct {
		text string
		want []goldenWant
	}{
		{"The Government have recently taken a step towards removing the vendor from our 5G networks.",
			[]goldenWant{gov("The Government have recently taken a step towards removing the vendor from our 5G networks.", "The Government")}},
		{"Last year, the Government were forced into removing the vendor from the 5G network.",
			[]goldenWant{gov("Last year, the Government were forced into removing the vendor from the 5G network.", "the Government")}},
		{"The previous minister of public safety indicated that a decision on the 5G networks was coming.",
			[]goldenWant{gov("The previous minister of public safety indicated that a decision on the 5G networks was coming.", "The previous minister of public safety")}},
		{"The Government's decision on the vendor's 5G equipment was wrong.", []goldenWant{own("The Government's decision on the vendor's 5G equipment was wrong.")}},
		{"The Government has to remove the vendor from our 5G networks.", []goldenWant{own("The Government has to remove the vendor from our 5G networks.")}},
		{"The Government must remove the vendor from our 5G networks.", []goldenWant{own("The Government must remove the vendor from our 5G networks.")}},
		{"The Minister met the ambassador about the trade talks.", []goldenWant{own("The Minister met the ambassador about the trade talks.")}},
		// a former office holder, after any leading phrase, with an appositive before the verb
		{"Some years ago, under pressure from the opposition, the then communications minister, now Prime Minister, was forced to bar the vendor from the 5G network.",
			[]goldenWant{gov("Some years ago, under pressure from the opposition, the then communications minister, now Prime Minister, was forced to bar the vendor from the 5G network.", "the then communications minister")}},
		{"In 2019, the former defence secretary decided to keep the vendor out of the 5G core.",
			[]goldenWant{gov("In 2019, the former defence secretary decided to keep the vendor out of the 5G core.", "the former defence secretary")}},
		{"Some years ago, in the review, the former minister must have seen the 5G risks.", []goldenWant{own("Some years ago, in the review, the former minister must have seen the 5G risks.")}},
		// a cleft focus holding an executive noun
		{"It was Labour in government who banned the vendor from our 5G networks.",
			[]goldenWant{gov("It was Labour in government who banned the vendor from our 5G networks.", "Labour in government")}},
		{"It was the Government's decision that the vendor stayed in our 5G networks.", []goldenWant{own("It was the Government's decision that the vendor stayed in our 5G networks.")}},
		{"It is the Government that must remove the vendor from our 5G networks.", []goldenWant{own("It is the Government that must remove the vendor from our 5G networks.")}},
		{"It was the opposition who banned the vendor from our 5G networks.", []goldenWant{own("It was the opposition who banned the vendor from our 5G networks.")}},
	}
	for _, c := range cases {
		checkGolden(t, a, head+c.text+"\n", c.want)
	}
}

// TestGoldenPostNominals pins a member named with a post-nominal: the
// holder of what the member says is the parliament of the text's country.
func TestGoldenPostNominals(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Jane Roe MP said that the UK should keep the vendor out of its networks.\n",
		[]goldenWant{{"the UK should keep the vendor out of its networks", "Jane Roe MP", "UK Parliament", KindReported}})
}

// TestGoldenBracketedOffices pins a holder whose office stands in brackets
// between the name and the speech verb: the holder is the name.
func TestGoldenBracketedOffices(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Jane Roe MP (Parliamentary Under-Secretary of State for Digital) said that the UK would keep the vendor out of its networks.\n",
		[]goldenWant{{"the UK would keep the vendor out of its networks", "Jane Roe MP", "UK government", KindReported}})
	checkGolden(t, a, "Mike Pompeo (Secretary of State) said that "+goldenContent+".\n",
		[]goldenWant{{goldenContent, "Mike Pompeo", "US government", KindReported}})
}

// TestGoldenAbbreviationBreaks pins that an abbreviation's full stop
// before a capitalised word ends no sentence: "U.S. Ambassador Jane Roe"
// is one holder phrase, the country's.
func TestGoldenAbbreviationBreaks(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "On June 5, U.S. Ambassador Jane Roe said that "+goldenContent+".\n",
		[]goldenWant{{goldenContent, "Jane Roe", "US government", KindReported}})
}

// TestGoldenHeaderActs pins the header-act rules: a statement's title or
// issuing line naming the act it answers gives that act to its holder,
// reported by the issuer.
func TestGoldenHeaderActs(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Jane Roe statement on Canada's decision to ban the vendor\n\nWASHINGTON – U.S. Sen. Jane Roe (D-VA) issued the following statement:\n\n“It is a good step for our networks.”\n",
		[]goldenWant{{"Canada's decision to ban the vendor", "Canada", "Canadian government", KindAction},
			{"“It is a good step for our networks.”", "U.S. Sen. Jane Roe (D-VA)", "US Congress", KindQuote}})
	checkGolden(t, a, "WASHINGTON – U.S. Sen. Jane Roe (D-VA) issued the following statement in response to the Federal Communications Commission (FCC) plan to ban new sales of the vendor's equipment:\n\n“It is overdue.”\n",
		[]goldenWant{{"Federal Communications Commission (FCC) plan to ban new sales of the vendor's equipment", "Federal Communications Commission (FCC)", "FCC", KindAction},
			{"“It is overdue.”", "U.S. Sen. Jane Roe (D-VA)", "US Congress", KindQuote}})
	// a holder nobody knows gives nothing
	checkGolden(t, a, "WASHINGTON – U.S. Sen. Jane Roe (D-VA) issued the following statement in response to the Committee Chair's decision to hold a vote:\n\n“It is overdue.”\n",
		[]goldenWant{{"“It is overdue.”", "U.S. Sen. Jane Roe (D-VA)", "US Congress", KindQuote}})
}

// TestGoldenLocatedActs pins acts with no agent located in a government,
// in a text with its own voice: the government's, reported by the voice.
func TestGoldenLocatedActs(t *testing.T) {
	a := newTest(t, nil)
	head := "Communication from the Commission: Implementation of the Toolbox\n\n"
	s := "In other Member States, decisions to restrict certain suppliers from their 5G networks have been made confidentially."
	checkGolden(t, a, head+s+"\n", []goldenWant{{s, "Member States", "EU member states", KindAction}})
	s = "The vendor has been subject to a ban on its equipment in Germany since March."
	checkGolden(t, a, head+s+"\n", []goldenWant{{s, "Germany", "German government", KindAction}})
	// a possessive is no place, and an off-topic decision is the voice's own
	for _, s := range []string{"The Commission calls for a decision on the vendor's role in Canada's 5G networks.",
		"In Germany, a decision on the new airport has been made."} {
		checkGolden(t, a, head+s+"\n", []goldenWant{{s, "Commission", "European Commission", KindStatement}})
	}
}

// TestGoldenExecutiveTitles pins a bare office title in a text with its own
// voice: the government of the voice's country ("the Prime Minister" in a
// Canadian member's speech, "the Minister of Defence" in an Italian
// ministry's release).
func TestGoldenExecutiveTitles(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Madam Speaker, I rise on behalf of the people of Canada. The Prime Minister promised that a decision on the vendor would be made soon.\n",
		[]goldenWant{{"Madam Speaker, I rise on behalf of the people of Canada.", "the member", "Canadian Parliament", KindStatement},
			{"a decision on the vendor would be made soon", "The Prime Minister", "Canadian government", KindReported}})
	checkGolden(t, a, "The Ministry of Defence of Italy has issued the following statement:\n\nThe Minister of Defence said that the vendor would be excluded.\n",
		[]goldenWant{{"the vendor would be excluded", "The Minister of Defence", "Italian government", KindReported}})
	// a name the registry does not know, titled by a government office: the voice's government
	checkGolden(t, a, "Madam Speaker, I rise on behalf of the people of Canada. Then Public Safety Minister Jane Roe said that a decision on the vendor would be made soon.\n",
		[]goldenWant{{"Madam Speaker, I rise on behalf of the people of Canada.", "the member", "Canadian Parliament", KindStatement},
			{"a decision on the vendor would be made soon", "Jane Roe", "Canadian government", KindReported}})
}

// TestGoldenBareTitles pins that an office's title alone is no actor in
// news prose, while a titled name or a body is.
func TestGoldenBareTitles(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "The Prime Minister said that the vendor would be excluded.\n", nil)
	checkGolden(t, a, "The Foreign Minister said that the vendor would be excluded.\n", nil)
	checkGolden(t, a, "Prime Minister Jane Roe said that the vendor would be excluded.\n",
		[]goldenWant{{"the vendor would be excluded", "Jane Roe", "Jane Roe", KindReported}})
	checkGolden(t, a, "The European Commission said that the vendor would be excluded.\n",
		[]goldenWant{{"the vendor would be excluded", "The European Commission", "European Commission", KindReported}})
}

// TestGoldenPortfolios pins a ministry's or minister's portfolio between a
// demonym or a country's possessive and the head (the portfolios of
// words.txt): the country's government speaks; without the country the
// office is bare and no actor.
func TestGoldenPortfolios(t *testing.T) {
	a := newTest(t, nil)
	const span = "the vendor would not be excluded from the rollout"
	for _, c := range []struct{ phrase, actor string }{
		{"The German interior ministry", "German government"},
		{"Germany's interior minister", "German government"},
		{"The Japanese communications ministry", "Japanese government"},
		{"The French economy minister", "French government"},
		{"Britain's culture secretary", "UK government"},
		{"The Dutch justice ministry", "Dutch government"},
		{"India's telecommunications ministry", "Indian government"},
		{"The Canadian industry minister", "Canadian government"},
	} {
		checkGolden(t, a, c.phrase+" said on Tuesday that "+span+".\n",
			[]goldenWant{{span, c.phrase, c.actor, KindReported}})
	}
	for _, bare := range []string{"The interior ministry", "The trade minister", "The communications ministry", "The defence secretary"} {
		checkGolden(t, a, bare+" said that "+span+".\n", nil)
	}
	// a portfolio is no name: a known body keeps its own
	checkGolden(t, a, "The Federal Communications Commission said that "+span+".\n",
		[]goldenWant{{span, "The Federal Communications Commission", "FCC", KindReported}})
}

// TestGoldenAddressForms pins a chamber's forms of address: in a debate a
// member named by one is a member of the speaker's parliament (the
// government when the phrase names a minister); elsewhere it is no actor,
// and neither is a page's furniture.
func TestGoldenAddressForms(t *testing.T) {
	a := newTest(t, nil)
	const debate = "Volume 700: debated on Monday 1 March 2021\n\n"
	for _, c := range []struct{ phrase, speaker, actor string }{
		{"The hon. Gentleman", "Gentleman", "UK Parliament"},
		{"The hon. Lady", "Lady", "UK Parliament"},
		{"My right hon. Friend", "Friend", "UK Parliament"},
		{"The noble Lord", "Lord", "UK Parliament"},
		{"The noble Baroness", "Baroness", "UK Parliament"},
		{"The hon. Member for Bath", "Member for Bath", "UK Parliament"},
		{"Madam Deputy Speaker", "Madam Deputy Speaker", "UK Parliament"},
		{"The House", "The House", "UK Parliament"},
		{"My right hon. Friend the Secretary of State", "Friend the Secretary of State", "UK government"},
	} {
		checkGolden(t, a, debate+c.phrase+" said that the vendor is a risk to our networks.\n",
			[]goldenWant{{"the vendor is a risk to our networks", c.speaker, c.actor, KindReported}})
	}
	// in news prose the same phrases name no actor
	for _, p := range []string{"The hon. Gentleman", "My right hon. Friend", "The noble Lord", "Madam Deputy Speaker"} {
		checkGolden(t, a, p+" said that the vendor is a risk to our networks.\n", nil)
	}
	// a name with a title is a person, not a form of address
	checkGolden(t, a, "Lord Roe said that the vendor is a risk to our networks.\n",
		[]goldenWant{{"the vendor is a risk to our networks", "Lord Roe", "Lord Roe", KindReported}})
}

// TestGoldenJunkActors pins the last filter: names that are never actors.
func TestGoldenJunkActors(t *testing.T) {
	a := newTest(t, nil)
	for _, c := range []struct {
		name string
		junk bool
	}{
		{"Each Urgent Question", true}, {"Hansard Excerpts", true}, {"Gentleman", true}, {"the noble Lord", true},
		{"Madam Deputy Speaker", true}, {"Member for Bath", true}, {"House", true}, {"the House of Commons", true}, {"my right hon. Friend", true}, {"What I", true},
		{"minister", true}, {"The Clerk", true}, {"the Prime Minister", true}, {"They", true}, {"My", true}, {"Their experts", true}, {"’s CEO", true}, {"'s Asahi", true},
		{"Following", true}, {"Following reports", true}, {"During", true}, {"Ahead", true}, {"Outside", true},
		{"AT&T", false},
		{"Lord Roe", false}, {"Baroness Poe of Bath", false}, {"UK Parliament", false}, {"Telecom operators", false},
		{"Jane Roe", false}, {"European Commission", false},
	} {
		if got := a.junkActor(c.name); got != c.junk {
			t.Errorf("junkActor(%q) = %v, want %v", c.name, got, c.junk)
		}
	}
}

// TestGoldenDefendingVendors pins the defending_vendors and
// defending_states classes of grammar/words.txt: what a vendor the
// question is about, or its home country's government, says of the case
// against the vendor is its defence, so its statements read opposed make
// it supportive; another actor saying the same stays opposed.
func TestGoldenDefendingVendors(t *testing.T) {
	a, err := New(fixedClassifier{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Analyze("Huawei said the ban was an attack on its staff. The FCC said the ban was needed. " +
		"Beijing said the ban was a political act. Canberra said the ban would stay.")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]stance.Label{}
	for _, ac := range res.Actors {
		got[ac.Name] = ac.Label
	}
	want := map[string]stance.Label{"Huawei": stance.Supportive, "FCC": stance.Opposed,
		"Chinese government": stance.Supportive, "Australian government": stance.Opposed}
	if !maps.Equal(got, want) {
		t.Errorf("labels %v, want %v", got, want)
	}
	for _, s := range res.Statements {
		if s.Prediction.Label != stance.Opposed {
			t.Errorf("statement %q: prediction %s changed, want opposed", s.Text, s.Prediction.Label)
		}
	}
}

// TestGoldenPublicationTitles pins the title_articles class of
// grammar/words.txt: a capitalised phrase opening with a German, Spanish
// or Italian article names a publication, an outlet that passes positions
// on and holds none; a family name opening with "Le" is still a person.
func TestGoldenPublicationTitles(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Der Spiegel reported that the vendor had been cleared.", nil)
	// like any outlet's report, the position goes to the actor it names
	checkGolden(t, a, "El País said that Spain would keep the vendor.",
		[]goldenWant{{"Spain would keep the vendor", "El País", "Spanish government", KindReported}})
	checkGolden(t, a, "Reuters said that Spain would keep the vendor.",
		[]goldenWant{{"Spain would keep the vendor", "Reuters", "Spanish government", KindReported}})
	checkGolden(t, a, "Jean Le Drian said that the vendor would be kept.",
		[]goldenWant{{"the vendor would be kept", "Jean Le Drian", "Jean Le Drian", KindReported}})
}

// TestGoldenQuoteFrames pins the quote_frames class of grammar/words.txt:
// a framing phrase between a speech verb and its quotation ("said in her
// response, “…”") keeps the quotation the speaker's.
func TestGoldenQuoteFrames(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Jane Roe said in her response, “The vendor is safe.”",
		[]goldenWant{{"“The vendor is safe.”", "Jane Roe", "Jane Roe", KindQuote}})
	checkGolden(t, a, "Jane Roe wrote in his letter: “The vendor is safe.”",
		[]goldenWant{{"“The vendor is safe.”", "Jane Roe", "Jane Roe", KindQuote}})
}

// TestGoldenAccordingSource pins "According to X, Y verb ...": the phrase
// before the comma names a source, and is never what the next holder said
// (it was read as the content of "Y briefed", as in "“C,” Y said").
func TestGoldenAccordingSource(t *testing.T) {
	a := newTest(t, nil)
	for _, s := range []string{
		"According to US media, the US government has briefed at least two EU Member States to persuade operators to avoid the vendor.",
		"According to US media, the US government has briefed two states to persuade operators to avoid the vendor.",
	} {
		res, err := a.Analyze(s)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Statements) == 0 {
			t.Errorf("%q: no statement", s)
		}
		for _, st := range res.Statements {
			if strings.HasPrefix(st.Text, "According to") && !strings.HasSuffix(st.Text, "vendor.") {
				t.Errorf("%q: the source phrase is a statement: %q", s, st.Text)
			}
		}
	}
}

// TestGoldenExecutiveNouns pins the executive_nouns class of
// grammar/words.txt: "the government" read back to an actor named before
// is a government, never a company named beside the word.
func TestGoldenExecutiveNouns(t *testing.T) {
	a := newTest(t, nil)
	res, err := a.Analyze("Japan to exclude Huawei, ZTE from government procurement\n\nThe government will keep the vendors out of its networks from next year.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Statements {
		if s.Actor == "ZTE" || s.Actor == "Huawei" {
			t.Errorf("%q is held by %s", s.Text, s.Actor)
		}
	}
}

// TestGoldenGuessedVoiceClaims pins that a first-person holder is the
// text's voice also when who the voice is had to be guessed (no header):
// "My understanding is ..." is the voice's sentence, not an actor "My".
func TestGoldenGuessedVoiceClaims(t *testing.T) {
	a := newTest(t, nil)
	text := "Today, I have signed the Act to protect the networks of the United States.\n\n" +
		"We will work with our allies on the security of the networks.\n\n" +
		"My understanding is that this provision does not preclude the United States from acting.\n"
	checkGolden(t, a, text, []goldenWant{
		{"Today, I have signed the Act to protect the networks of the United States.", "", "US government", KindStatement},
		{"We will work with our allies on the security of the networks.", "", "US government", KindStatement},
		{"My understanding is that this provision does not preclude the United States from acting.", "", "US government", KindStatement}})
}

// TestGoldenAdverbs pins adverbs of the auxiliaries class between a holder
// and its verb ("has continually said").
func TestGoldenAdverbs(t *testing.T) {
	a := newTest(t, nil)
	for _, adv := range []string{"continually", "consistently", "constantly"} {
		checkGolden(t, a, "Jane Roe has "+adv+" said that the vendor posed no risk.",
			[]goldenWant{{"the vendor posed no risk", "Jane Roe", "Jane Roe", KindReported}})
	}
}

// TestGoldenParticleActs pins the phrasal acts of grammar/verbs.txt
// ("clause go+for ... polarity=for"): the form is an act only before its
// particle, and the act's label is the rule's when the object names the
// vendors of the question or another vendor, the classifier's otherwise
// (fixedClassifier reads every one of these sentences supportive).
func TestGoldenParticleActs(t *testing.T) {
	a := newTest(t, fixedClassifier{})
	cases := []struct {
		text, span, speaker, actor string
		label                      stance.Label
	}{
		{"The United States has gone for Ericsson in its 5G networks.", "The United States has gone for Ericsson in its 5G networks", "The United States", "US government", stance.Opposed},
		{"Australia opted for other vendors.", "Australia opted for other vendors", "Australia", "Australian government", stance.Opposed},
		{"Canada turned to Huawei for its 5G radio network.", "Canada turned to Huawei for its 5G radio network", "Canada", "Canadian government", stance.Supportive},
		{"Australia has not gone for other vendors in the 5G core.", "Australia has not gone for other vendors in the 5G core", "Australia", "Australian government", stance.Supportive},
		{"Australia has gone for a review of the 5G rules.", "Australia has gone for a review of the 5G rules", "Australia", "Australian government", stance.Supportive},
		// an aside between the holder and its verb ([aside_openers])
		{"Australia, with a huge dependence on Chinese exports, has gone for other vendors.", "Australia, with a huge dependence on Chinese exports, has gone for other vendors", "Australia", "Australian government", stance.Opposed},
	}
	for _, c := range cases {
		checkGolden(t, a, c.text, []goldenWant{{c.span, c.speaker, c.actor, KindAction}})
		res, err := a.Analyze(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Statements) != 1 || res.Statements[0].Prediction.Label != c.label {
			t.Errorf("%q: want one statement labelled %s, got %+v", c.text, c.label, res.Statements)
			continue
		}
		ruled := len(res.Statements[0].Prediction.Reasons) == 1 && res.Statements[0].Prediction.Reasons[0].Feature == "rule:particle"
		if want := c.label == stance.Opposed || strings.Contains(c.text, "Huawei"); ruled != want {
			t.Errorf("%q: labelled by the rule %v, want %v", c.text, ruled, want)
		}
	}
	// the form alone is no act: "gone" is not a clause verb of the grammar
	checkGolden(t, a, "The chance has gone.", nil)
}

// TestGoldenAsides pins an aside between commas after a holder's name
// ([aside_openers]): the holder phrase passes over it to the verb.
func TestGoldenAsides(t *testing.T) {
	a := newTest(t, nil)
	checkGolden(t, a, "Canada, despite pressure from its allies, has banned the vendor from its 5G networks.",
		[]goldenWant{{"Canada, despite pressure from its allies, has banned the vendor from its 5G networks", "Canada", "Canadian government", KindAction}})
}

// TestGoldenAcronyms pins the acronyms a text defines after a registry
// name (acronym.go): the holder phrase passes over the bracket, and the
// acronym names the same actor later in the text.
func TestGoldenAcronyms(t *testing.T) {
	a := newTest(t, nil)
	// (announced "on Monday": a lead sentence's "today" makes the body the
	// release's issuer, TestGoldenReleaseLeads)
	checkGolden(t, a, "The Bureau of Industry and Security (BIS) announced on Monday that it would restrict the vendor's access to U.S. chips. BIS has also banned the vendor from federal networks.",
		[]goldenWant{{"it would restrict the vendor's access to U.S. chips", "The Bureau of Industry and Security", "US government", KindReported},
			{"BIS has also banned the vendor from federal networks", "BIS", "US government", KindAction}})
	// after a body the registry does not know, the bracket stays in the
	// phrase (no holder), and the acronym names no actor
	checkGolden(t, a, "The Lisbon Digital Council (LDC) announced on Monday that it would study the vendor's equipment. LDC has also banned the vendor from its networks.", nil)
}

// TestGoldenInitials pins a person's name with initials ("H.R. McMaster",
// "Robert F. Kennedy", "J. D. Vance"): the initials are part of the name,
// the family name alone names the same person later, and an abbreviation
// ("U.S.") is no initial.
func TestGoldenInitials(t *testing.T) {
	a := newTest(t, nil)
	const span, later = "the vendor was a threat", "the vendor must be excluded"
	checkGolden(t, a, "Former adviser H.R. McMaster said that "+span+". Later, McMaster said that "+later+".",
		[]goldenWant{{span, "H.R. McMaster", "H.R. McMaster", KindReported}, {later, "H.R. McMaster", "H.R. McMaster", KindReported}})
	checkGolden(t, a, "Robert F. Kennedy said that "+span+". Kennedy said that "+later+".",
		[]goldenWant{{span, "Robert F. Kennedy", "Robert F. Kennedy", KindReported}, {later, "Robert F. Kennedy", "Robert F. Kennedy", KindReported}})
	checkGolden(t, a, "Jane Q. Roe told reporters that "+span+".", []goldenWant{{span, "Jane Q. Roe", "Jane Q. Roe", KindReported}})
	checkGolden(t, a, "The U.S. said that "+span+".", []goldenWant{{span, "The U.S.", "US government", KindReported}})
	// a title before the initials stays out of the name
	checkGolden(t, a, "National Security Advisor H.R. McMaster said that "+span+".",
		[]goldenWant{{span, "H.R. McMaster", "H.R. McMaster", KindReported}})
}

// TestGoldenLeadingFamilyNames pins a family name put first ("Zhang Ming"):
// a title and that name alone ("Ambassador Zhang") name the same person
// later in the text; without the earlier full name it stays unresolved.
func TestGoldenLeadingFamilyNames(t *testing.T) {
	a := newTest(t, nil)
	const span = "the ban on the vendor was politically motivated"
	checkGolden(t, a, "Ambassador Zhang Ming gave an interview on Monday.\n\nAmbassador Zhang stressed that "+span+".\n",
		[]goldenWant{{"Ambassador Zhang Ming gave an interview on Monday", "Zhang Ming", "Chinese government", KindAction},
			{span, "Zhang Ming", "Chinese government", KindReported}})
	checkGolden(t, a, "Minister Li Qiang gave an interview.\n\nMinister Li said that "+span+".\n",
		[]goldenWant{{"Minister Li Qiang gave an interview", "Li Qiang", "Li Qiang", KindAction},
			{span, "Li Qiang", "Li Qiang", KindReported}})
	checkGolden(t, a, "Ambassador Zhang said that "+span+".\n",
		[]goldenWant{{span, "Ambassador Zhang", "Ambassador Zhang", KindReported}})
}

// TestGoldenDocumentNames pins that a law, a rule or a paper is no actor
// (the document nouns of words.txt): a capitalised name ending in one is no
// person, and an unknown body named so holds nothing; two words ending in a
// singular one may still be a person's name. An outlet reports, it holds no
// position.
func TestGoldenDocumentNames(t *testing.T) {
	a := newTest(t, nil)
	const span = "the vendor is a risk to our networks"
	checkGolden(t, a, "The Final Direct Product Rule issued by the agency in August restricts the vendor's access to chips.\n", nil)
	checkGolden(t, a, "The Secure Networks Act slams the door on the vendor.\n", nil)
	checkGolden(t, a, "Our insights cover the National Security Intelligence Priorities set by Government.\n", nil)
	checkGolden(t, a, "Nathan Law said that "+span+".\n", []goldenWant{{span, "Nathan Law", "Nathan Law", KindReported}})
	checkGolden(t, a, "NHK reported that "+span+".\n", nil)
}

// TestGoldenMinisterLabels pins a minister's press conference whose turns
// are labelled with the office in capitals ("MINISTER:", "PRIME
// MINISTER:"): the answers are the government's of the country the text
// names most, the journalist's questions nobody's.
func TestGoldenMinisterLabels(t *testing.T) {
	a := newTest(t, nil)
	for _, label := range []string{"MINISTER", "PRIME MINISTER", "TREASURER", "MINISTER ROE"} {
		text := "Press conference, Canberra\n\nJOURNALIST: Minister, will the government reconsider the ban on the vendor?\n\n" +
			label + ": We will not allow high-risk vendors into our networks.\n"
		checkGolden(t, a, text, []goldenWant{{"We will not allow high-risk vendors into our networks.", label, "Australian government", KindStatement}})
	}
	// "No." ends a sentence before a word (a one-word sentence states
	// nothing), not before a numeral
	text := "Press conference, Canberra\n\nJOURNALIST: Will the government reconsider the ban?\n\nMINISTER: No. We will not allow high-risk vendors into our networks.\n"
	checkGolden(t, a, text, []goldenWant{{"We will not allow high-risk vendors into our networks.", "MINISTER", "Australian government", KindStatement}})
	text = "Press conference, Canberra\n\nMINISTER: The review in No. 10 found the vendor a risk to our networks.\n"
	checkGolden(t, a, text, []goldenWant{{"The review in No. 10 found the vendor a risk to our networks.", "MINISTER", "Australian government", KindStatement}})
}

// TestGoldenPressConferenceTitles pins a press conference whose title names
// the ministry holding it: the answers are its government's.
func TestGoldenPressConferenceTitles(t *testing.T) {
	a := newTest(t, nil)
	const answer = "A ban without evidence would be a political act, not a security measure."
	for _, c := range []struct{ title, speaker, actor string }{
		{"Regular Press Conference of the Ministry of Foreign Affairs of Japan on March 3, 2020", "Ministry of Foreign Affairs of Japan", "Japanese government"},
		{"Press Briefing by the Department of Foreign Affairs and Trade, Canberra", "Department of Foreign Affairs and Trade", "Australian government"},
	} {
		text := c.title + "\n\nQ: Germany is said to consider a ban on the vendor. Do you have a response?\n\nA: " + answer + "\n"
		checkGolden(t, a, text, []goldenWant{{answer, c.speaker, c.actor, KindStatement}})
	}
}

// TestGoldenReleaseLeads pins a release's lead sentence whose subject
// "today" did what the release reports, and a dateline before a department:
// the body is the issuer, so the release's unquoted sentences about a
// vendor are its own, not the vendor's.
func TestGoldenReleaseLeads(t *testing.T) {
	a := newTest(t, nil)
	const about = "The vendor has taken steps to undermine these restrictions."
	checkGolden(t, a, "Commerce Restricts Exports\n\nThe Bureau of Industry and Security (BIS) today announced plans to restrict the vendor's access to chips.\n\n"+about+"\n",
		[]goldenWant{{"plans to restrict the vendor's access to chips", "The Bureau of Industry and Security", "US government", KindReported},
			{about, "Bureau of Industry and Security", "US government", KindStatement}})
	// a lead whose subject the registry does not end is no issuer: the
	// capital inside "the Lisbon Digital Council" names no government
	checkGolden(t, a, "The Lisbon Digital Council (LDC) today announced that it would study the vendor's equipment. LDC has also banned the vendor from its networks.", nil)
	checkGolden(t, a, "WASHINGTON – Today, the U.S. Department of Commerce announced plans to restrict the vendor's access to chips.\n\n"+about+"\n",
		[]goldenWant{{"plans to restrict the vendor's access to chips", "the U.S. Department of Commerce", "US government", KindReported},
			{about, "the U.S. Department of Commerce", "US government", KindStatement}})
}

// TestGoldenClosedAppositions pins a name in apposition between commas to
// the noun phrase that opens the clause, the comma before the verb closing
// it ("The chairman of Huawei, John Wood, said ..."): the named person
// speaks, tied to the body the phrase names. A place before the name, or a
// phrase that is not the clause's first, is no such phrase.
func TestGoldenClosedAppositions(t *testing.T) {
	a := newTest(t, nil)
	const span = "the company never handed data to any government"
	checkGolden(t, a, "The chairman of Huawei, John Wood, said that "+span+".\n",
		[]goldenWant{{span, "John Wood", "Huawei", KindReported}})
	checkGolden(t, a, "Its president, Jane Roe, said that "+span+".\n",
		[]goldenWant{{span, "Jane Roe", "Jane Roe", KindReported}})
	checkGolden(t, a, "In Berlin, Jane Roe, said that "+span+".\n", nil)
	checkGolden(t, a, "The match, John Wood, said that "+span+".\n", nil)
}

// TestGoldenNameAppositions pins the commonest attribution of news and
// releases, a name, an apposition between commas, then the verb ("Ken Hu,
// Huawei's chairman, said ..."): the named person speaks, tied to the actor
// the apposition names (a registry name, a demonym or a country's
// possessive before a role), and named alone later.
func TestGoldenNameAppositions(t *testing.T) {
	a := newTest(t, nil)
	const span = "the ban on the vendor was unfair"
	for _, c := range []struct{ phrase, speaker, actor string }{
		{"Ken Hu, Huawei's chairman,", "Ken Hu", "Huawei"},
		{"Jane Roe, a Huawei spokesperson,", "Jane Roe", "Huawei"},
		{"Jane Roe, Canada's industry minister,", "Jane Roe", "Canadian government"},
		{"Jane Roe, the German interior minister,", "Jane Roe", "German government"},
		{"Jane Roe, a spokesperson for the ministry,", "Jane Roe", "Jane Roe"},
		{"Charles Clancy, a professor at Virginia Tech,", "Charles Clancy", "Charles Clancy"},
		{"Dr. Charles Clancy, a professor at Virginia Tech,", "Charles Clancy", "Charles Clancy"},
		{"The Honourable Jane Roe, Minister of Innovation, Science and Industry,", "Jane Roe", "Jane Roe"},
		{"Huawei, the Chinese telecoms giant,", "Huawei, the Chinese telecoms giant", "Huawei"},
	} {
		checkGolden(t, a, c.phrase+" said that "+span+".\n", []goldenWant{{span, c.speaker, c.actor, KindReported}})
	}
	checkGolden(t, a, "Jane Roe, Canada's industry minister, said that "+span+". Later, Roe said that the vendor was a risk.\n",
		[]goldenWant{{span, "Jane Roe", "Canadian government", KindReported}, {"the vendor was a risk", "Jane Roe", "Canadian government", KindReported}})
	// after a short opening phrase; after a long one the phrase may hold
	// the holder itself, and the name is not read as one
	checkGolden(t, a, "Today, the Honourable Jane Roe, Minister of Innovation, Science and Industry, said that "+span+".\n",
		[]goldenWant{{span, "Jane Roe", "Jane Roe", KindReported}})
	checkGolden(t, a, "On Monday, Jane Roe, Canada's industry minister, said that "+span+".\n",
		[]goldenWant{{span, "Jane Roe", "Canadian government", KindReported}})
	checkGolden(t, a, "In Berlin, Jane Roe, the minister, said that "+span+".\n",
		[]goldenWant{{span, "Jane Roe", "Jane Roe", KindReported}})
	checkGolden(t, a, "In answer to a question from the chair of the committee, Jane Roe, a professor, said that "+span+".\n", nil)
	// a relative clause is no apposition
	checkGolden(t, a, "The vendor, which denies the claims, said that "+span+".\n", nil)
}

// TestGoldenColonQuotes pins a paragraph that ends with its holder's speech
// verb and a colon (colon.go): the next paragraph is the holder's quote,
// written without quote marks; the one after it is not.
func TestGoldenColonQuotes(t *testing.T) {
	a := newTest(t, nil)
	const q = "This has not been an easy decision about the vendor, but it is the right one."
	checkGolden(t, a, "Huawei chief executive Ren Zhengfei said:\n\n"+q+"\n\nThe ban will apply from next year.\n",
		[]goldenWant{{q, "Ren Zhengfei", "Huawei", KindQuote}})
	// a paragraph with more than the holder before the verb is no such cue
	checkGolden(t, a, "The vendor was excluded, and Jane Roe said:\n\n"+q+"\n", nil)
}

// TestGoldenInvertedAppositions pins the apposition after the name in
// the other orders of news: after an inverted verb ("…,” said Jane Roe,
// Canada's industry minister."), before the verb after a quote, and the
// unquoted inverted form ("…, said Jane Roe."), which needs the sentence to
// end with the holder ("…, said the Department is …" is no such form).
func TestGoldenInvertedAppositions(t *testing.T) {
	a := newTest(t, nil)
	const q = "“The ban on the vendor was unfair,”"
	checkGolden(t, a, q+" said Jane Roe, Canada's industry minister.\n", []goldenWant{{q, "Jane Roe", "Canadian government", KindQuote}})
	checkGolden(t, a, q+" said Ken Hu, Huawei's chairman.\n", []goldenWant{{q, "Ken Hu", "Huawei", KindQuote}})
	checkGolden(t, a, q+" Jane Roe, Canada's industry minister, said.\n", []goldenWant{{q, "Jane Roe", "Canadian government", KindQuote}})
	checkGolden(t, a, q+" said Jane Roe, who leads the ministry.\n", []goldenWant{{q, "Jane Roe", "Jane Roe", KindQuote}})
	const c = "The ban on the vendor was unfair"
	checkGolden(t, a, c+", said Jane Roe.\n", []goldenWant{{c, "Jane Roe", "Jane Roe", KindReported}})
	checkGolden(t, a, c+", said Jane Roe, Canada's industry minister.\n", []goldenWant{{c, "Jane Roe", "Canadian government", KindReported}})
	checkGolden(t, a, c+", said Jane Roe on Monday.\n", []goldenWant{{c, "Jane Roe", "Jane Roe", KindReported}})
	checkGolden(t, a, "A group aimed at lowering taxes, said the Department is involved in misguided trade policies.\n", nil)
}

// TestGoldenHeadlinePassives pins that a headline's passive subject is acted
// on, not acting ("Huawei to be phased out of ...", "Huawei banned from
// ..."), while an active headline's subject holds the act.
func TestGoldenHeadlinePassives(t *testing.T) {
	a := newTest(t, nil)
	const body = "\n\nThe rest of the text follows here.\n"
	checkGolden(t, a, "Huawei to be phased out of UK 5G networks by 2027"+body, nil)
	checkGolden(t, a, "Huawei banned from UK 5G networks"+body, nil)
	checkGolden(t, a, "Huawei is banned from UK 5G networks by the government"+body, nil)
	checkGolden(t, a, "UK to ban Huawei from 5G networks by 2027"+body,
		[]goldenWant{{"UK to ban Huawei from 5G networks by 2027", "UK", "UK government", KindHeadline}})
}

// TestGoldenTitledFamilyNames pins a title and a family name ("Minister
// Roe") naming the person the text named in full before, and a release's
// dateline before a lead sentence's opening phrase.
func TestGoldenTitledFamilyNames(t *testing.T) {
	a := newTest(t, nil)
	const span = "the ban on the vendor was unfair"
	checkGolden(t, a, "Jane Roe, Canada's industry minister, said that "+span+".\n\nLater, Minister Roe said that the vendor was a risk.\n",
		[]goldenWant{{span, "Jane Roe", "Canadian government", KindReported}, {"the vendor was a risk", "Jane Roe", "Canadian government", KindReported}})
	checkGolden(t, a, "OTTAWA, ON, May 19, 2022 /CNW/ - Today, the Honourable Jane Roe, Canada's industry minister, said that "+span+".\n",
		[]goldenWant{{span, "Jane Roe", "Canadian government", KindReported}})
}

// TestGoldenRecordTurns pins the Congressional Record's speaker turns ("Mr.
// ROE. Madam President, ...") under the record's title as its reposting
// sites write it: the speech is a member's of the US Congress, whatever
// country it names most.
func TestGoldenRecordTurns(t *testing.T) {
	a := newTest(t, nil)
	const turn = "Mr. ROE. Mr. President, I agree with my colleague.\n\nThe vendor is a tool of the Chinese state and of the Chinese government.\n"
	for _, head := range []string{"Congressional Record, Senate, May 16, 2019\n\n"} {
		checkGolden(t, a, head+turn, []goldenWant{{"Mr. President, I agree with my colleague.", "the member", "US Congress", KindStatement},
			{"The vendor is a tool of the Chinese state and of the Chinese government.", "the member", "US Congress", KindStatement}})
	}
}
