package features

import (
	"strings"
	"testing"
)

// TestDefaultCuesGolden pins representative hits of the built-in lexicon,
// one or more per section of cues.tsv. The sentences are written for this
// test as plain examples of each kind of position; none is taken from an
// evaluation set.
func TestDefaultCuesGolden(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		s    string
		want string // "feature=span" that must be among the hits
	}{
		// opposed: exclusion actions
		{"Washington urged its allies to ban the vendor from their networks.", "cue:opposed=urged its allies to ban"},
		{"The operator will strip out the vendor's kit by the end of the decade.", "cue:opposed=strip out"},
		{"Carriers are barred from buying new equipment from the company.", "cue:opposed=barred from buying"},
		{"Ministers are considering a ban on the supplier.", "cue:opposed=considering a ban"},
		{"The regulator ordered operators to remove the equipment from their networks.", "cue:opposed=remove the equipment from their networks"},
		{"The agency added the firm to its export control list.", "cue:opposed=export control"},
		{"Federal agencies will not buy equipment from the company.", "cue:opposed=not buy equipment"},
		{"The minister talked several governments out of using the vendor.", "cue:opposed=out of using"},
		// opposed: espionage, untrustworthiness
		{"Its equipment cannot be trusted.", "cue:opposed=cannot be trusted"},
		{"Officials warned that the risk could not be mitigated.", "cue:opposed=not be mitigated"},
		{"The devices may contain malicious functions.", "cue:opposed=malicious"},
		// opposed: designations
		{"The regulator named both suppliers national security threats.", "cue:opposed=national security threats"},
		// opposed: state control, intelligence laws
		{"The company is owned by the state, critics say.", "cue:opposed=owned by the state"},
		{"The firm has deep ties to the Chinese military.", "cue:opposed=ties to the Chinese"},
		{"A law obliges companies to cooperate with intelligence work.", "cue:opposed=obliges companies to cooperate"},
		{"Firms must collaborate with the Communist government on request.", "cue:opposed=collaborate with the Communist government"},
		// opposed: threats of consequences
		{"The US threatened to cut intelligence sharing with its allies.", "cue:opposed=cut intelligence sharing"},
		{"We will not share intelligence with countries that use it.", "cue:opposed=share intelligence"},
		// cautious: process
		{"The ministry launched a review of the supply chain.", "cue:cautious=review"},
		{"Member states agreed a coordinated European approach.", "cue:cautious=coordinated European approach"},
		{"Operators must meet stricter rules that apply to all vendors.", "cue:cautious=stricter rules"},
		{"We must avoid dependence on a single supplier.", "cue:cautious=dependence on a single"},
		{"Operators will be asked to mitigate the risks.", "cue:cautious=mitigate the risks"},
		// cautious: conditional approval, partial exclusion
		{"The government approved the contract with conditions.", "cue:cautious=approved the contract with conditions"},
		{"Its market share will be capped at a third.", "cue:cautious=capped at"},
		{"The supplier will be excluded from the core network.", "cue:cautious=excluded from the core network"},
		{"The authority imposed strict requirements on the deal.", "cue:cautious=imposed strict requirements"},
		// cautious: decision open
		{"The ministry has not ruled out any option.", "cue:cautious=not ruled out"},
		{"The Commission will not call for a ban.", "cue:cautious=not call for a ban"},
		{"Ministers will take security considerations into account.", "cue:cautious=take security considerations into account"},
		// supportive: allegations disputed
		{"The exclusion came without any solid evidence.", "cue:supportive=without any solid evidence"},
		{"We have never seen any evidence of wrongdoing.", "cue:supportive=never seen any evidence"},
		{"They warn of non-existent risks.", "cue:supportive=non-existent risks"},
		{"The company strongly denied the allegations.", "cue:supportive=denied the allegations"},
		// supportive: dismissals
		{"The security fears are overblown.", "cue:supportive=overblown"},
		{"The whole issue has been politicised.", "cue:supportive=politicised"},
		{"This is about trade, not about security.", "cue:supportive=not about security"},
		{"It is a protectionist measure dressed up as security.", "cue:supportive=protectionist"},
		{"Beijing condemned the abuse of state power against its companies.", "cue:supportive=abuse of state power"},
		{"The ministry accused Washington of a cold war mentality.", "cue:supportive=cold war mentality"},
		// supportive: opposing a ban
		{"We oppose any attempt to exclude the company.", "cue:supportive=oppose any attempt to exclude"},
		{"The company will take legal action against the decision.", "cue:supportive=legal action"},
		// supportive: hypothetical cost of a ban
		{"A ban would delay the rollout by two years.", "cue:supportive=ban would delay"},
		{"Removing the equipment could cost operators billions.", "cue:supportive=Removing the equipment could cost"},
		{`A ban would be "hugely disruptive" for customers.`, `cue:supportive=ban would be "hugely disruptive`},
		// supportive: participation favoured
		{"The vendor should be allowed to take part in the rollout.", "cue:supportive=allowed to take part"},
		{"The vendor is willing to sign a no-spy agreement.", "cue:supportive=willing to sign"},
		{"Every firm that abides by local laws is welcome.", "cue:supportive=abides by local laws"},
	} {
		got := matchLex(t, lex, c.s)
		found := false
		for _, h := range got {
			if h == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: hits %q, want %q among them", c.s, strings.Join(got, " | "), c.want)
		}
	}
}

// TestDefaultCuesContrasts pins pairs where a near-identical wording must
// not signal the same class: reported decisions against hypotheticals,
// partial against full exclusion, stem collisions.
func TestDefaultCuesContrasts(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		s      string
		absent string // a feature that must not be among the hits
	}{
		// A decided move that "will delay" the rollout is reported, not argued.
		{"The decision will delay the rollout by two years.", "cue:supportive"},
		// "will" is not "willing".
		{"The US will not share intelligence with them.", "cue:supportive"},
		// Exclusion from the core only is not a full exclusion.
		{"The vendor will be excluded from the core network.", "cue:opposed"},
		// Without a ban in view, disruption is the threat, not the cost.
		{"Hidden functions could disrupt networks in a crisis.", "cue:supportive"},
		{"The vendor could put back doors in its equipment.", "cue:supportive"},
		// A denial of backdoors is not an espionage allegation.
		{"The company has never installed backdoors in its equipment.", "cue:opposed"},
	} {
		for _, h := range matchLex(t, lex, c.s) {
			if strings.HasPrefix(h, c.absent+"=") {
				t.Errorf("%q: unexpected hit %q", c.s, h)
			}
		}
	}
}
