package attribution

import (
	"slices"

	"github.com/stancekit/stancekit/stance"
)

// Step: phrasal acts. A clause verb of grammar/verbs.txt written with a
// particle ("clause go+for ... polarity=for") is an act only when the
// particle follows the form ("has gone for Ericsson"); the cue step reads
// it as a clause verb there (particleAt). Its polarity says what the act
// does to its object, and the label of the act statement is then the
// rule's, not the classifier's, when the object names the vendors of the
// question or, for a choice, another vendor (choiceLabel).

// particleAt returns the polarity ("for" or "against") of a particle
// verb whose form is ws[k] and whose particle is ws[k+1], or "".
func (a *Analyzer) particleAt(ws []word, k int) string {
	if k+1 >= len(ws) || !ws[k].alpha || ws[k].cap {
		return ""
	}
	key := ws[k].norm + "+" + ws[k+1].norm
	switch {
	case a.lx.particleFor[key]:
		return "for"
	case a.lx.particleAgainst[key]:
		return "against"
	}
	return ""
}

// choiceLabel is the rule's label of an act statement over words ws (its
// span) whose verb is a particle verb: with polarity "for", supportive
// when the object names a vendor of the question ([defending_vendors]),
// opposed when it names another vendor instead ([vendor_nouns], another
// company of the registry); with "against", opposed for a vendor of the
// question. "" leaves the label to the classifier: no particle verb, a
// negator ([negators]) before it, or an object naming neither.
func (a *Analyzer) choiceLabel(ws []word) stance.Label {
	for k := range ws {
		pol := a.particleAt(ws, k)
		if pol == "" {
			if a.lx.negators[ws[k].norm] {
				return ""
			}
			continue
		}
		ours, other := a.vendorObject(ws[k+2:])
		switch {
		case ours && pol == "for":
			return stance.Supportive
		case ours:
			return stance.Opposed
		case other && pol == "for":
			return stance.Opposed
		}
		return ""
	}
	return ""
}

// vendorObject reports whether ws name a vendor of the question (ours)
// or, when they name none, another vendor (other).
func (a *Analyzer) vendorObject(ws []word) (ours, other bool) {
	for _, w := range ws {
		switch {
		case a.lx.defendingVendors[w.norm]:
			return true, false
		case a.lx.vendorNouns[w.norm] || w.cap && a.vendors[w.norm]:
			other = true
		}
	}
	return false, other
}

// ruledLabel is the rule's label of statement r (choiceLabel), for an
// act only; "" otherwise.
func (a *Analyzer) ruledLabel(text string, r rawStmt) stance.Label {
	if r.kind != KindAction {
		return ""
	}
	return a.choiceLabel(a.words(nil, text[r.start:r.end], r.start))
}

// ruledPrediction is p with the label of a rule: the label certain, on
// target, the classifier's cues kept and its reasons replaced by one
// naming the rule ("rule:" and the rule's name).
func ruledPrediction(p stance.Prediction, l stance.Label, rule string) stance.Prediction {
	if p.Probs.Of(l) == 0 && !slices.ContainsFunc(p.Probs, func(lp stance.LabelProb) bool { return lp.Label == l }) {
		return p // a model without the class: its prediction stands
	}
	probs := make(stance.Probs, 0, len(p.Probs))
	for _, lp := range p.Probs {
		lp.P = 0
		if lp.Label == l {
			lp.P = 1
		}
		probs = append(probs, lp)
	}
	p.Label, p.Confidence, p.Relevance, p.Probs = l, 1, 1, probs
	p.Reasons = []stance.Reason{{Feature: "rule:" + rule, Weight: 1}}
	return p
}
