package attribution

import (
	"math"
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/stance"
)

// Step: the learned actor label (after aggregation). The aggregation's
// label of an actor is a weighted mean of its statements' classes; the
// learned layer reads features of each labelled actor and gives the label
// a reader of the gold gives: three one-vs-rest logistic regressions over
// standardised features, trained on the development texts of
// testdata/official (actor_labels.txt, written by go generate;
// learnedlabels.go reads it). actorFeatures computes what the analyser
// knows of an actor (how its statements were found, its type, how many
// bear on the question and how confidently, its name's shape, where it
// speaks, the aggregation's own probabilities and vote); the shipped
// model reads the subset learnedFeatureNames, which cross-validation
// chose. Actors the aggregation leaves unlabelled stay so.

// actorFeatureNames are the features of an actor, in the order
// actorFeatures writes them. The weights file names them; a file that
// names others is refused.
var actorFeatureNames = []string{
	"log_statements", "log_on_target", "on_target_share", "log_weight", "weight_share", "top_actor",
	"mean_confidence", "max_confidence", "mean_relevance", "cue_share", "actor_confidence",
	"kind_quote", "kind_reported", "kind_action", "kind_headline", "kind_statement", "reported_share",
	"type_government", "type_company", "type_parliament", "type_eu", "type_regulator_operator", "type_unknown",
	"name_words", "name_capitalised", "first_position", "log_actors", "defends",
	"label_supportive", "label_cautious", "label_opposed",
	"p_supportive", "p_cautious", "p_opposed", "vote_supportive", "vote_cautious", "vote_opposed",
}

// actorFeatures are the features of every actor of res (nil for an actor
// with no label: the layer leaves those alone), for a text of n bytes.
func (a *Analyzer) actorFeatures(res *Result, n int) [][]float64 {
	total := 0.0
	for _, ac := range res.Actors {
		total += actorWeight(ac)
	}
	out := make([][]float64, len(res.Actors))
	for i := range res.Actors {
		ac := &res.Actors[i]
		if ac.Label == "" || ac.Label == stance.OffTarget {
			continue
		}
		x := make([]float64, 0, len(actorFeatureNames))
		x = append(x, statementFeatures(ac, total)...)
		if i == 0 {
			x[5] = 1
		}
		x = append(x, kindFeatures(ac)...)
		x = append(x, typeFeatures(ac.Type)...)
		x = append(x, nameFeatures(ac.Name)...)
		first := n
		for _, s := range ac.Statements {
			first = min(first, s.Start)
		}
		x = append(x, float64(first)/float64(max(n, 1)), math.Log1p(float64(len(res.Actors))), b2f(a.Defends(ac.Name, ac.Type)))
		x = append(x, b2f(ac.Label == stance.Supportive), b2f(ac.Label == stance.Cautious), b2f(ac.Label == stance.Opposed))
		x = append(x, ac.Probs.Of(stance.Supportive), ac.Probs.Of(stance.Cautious), ac.Probs.Of(stance.Opposed))
		x = append(x, voteShares(ac)...)
		out[i] = x
	}
	return out
}

// statementFeatures are the counts and confidences of an actor's
// statements (the first 11 features; top_actor is left 0).
func statementFeatures(ac *Actor, total float64) []float64 {
	var on, cues int
	var conf, maxConf, rel float64
	for _, s := range ac.Statements {
		if len(s.Prediction.Cues) > 0 {
			cues++
		}
		if s.Prediction.Label == "" || s.Prediction.Label == stance.OffTarget {
			continue
		}
		on++
		conf += s.Prediction.Confidence
		maxConf = max(maxConf, s.Prediction.Confidence)
		rel += s.Prediction.Relevance
	}
	n := float64(len(ac.Statements))
	w := actorWeight(*ac)
	return []float64{math.Log1p(n), math.Log1p(float64(on)), float64(on) / max(n, 1), math.Log1p(w), w / max(total, 1e-9), 0,
		conf / max(float64(on), 1), maxConf, rel / max(float64(on), 1), float64(cues) / max(n, 1), ac.Confidence}
}

// voteShares are the shares of an actor's weight whose statements' most
// probable stance class is supportive, cautious and opposed.
func voteShares(ac *Actor) []float64 {
	x := make([]float64, 3)
	labels := []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed}
	total := 0.0
	for _, s := range ac.Statements {
		if s.Weight <= 0 || len(s.Prediction.Probs) == 0 {
			continue
		}
		x[topLabel(s.Prediction.Probs, labels)] += s.Weight
		total += s.Weight
	}
	for i := range x {
		x[i] /= max(total, 1e-9)
	}
	return x
}

// kindFeatures are the shares of an actor's statements of each kind and
// the share that are described positions (with a reporter).
func kindFeatures(ac *Actor) []float64 {
	x := make([]float64, 6)
	for _, s := range ac.Statements {
		switch s.Kind {
		case KindQuote:
			x[0]++
		case KindReported:
			x[1]++
		case KindAction:
			x[2]++
		case KindHeadline:
			x[3]++
		case KindStatement:
			x[4]++
		}
		if s.Reporter != "" {
			x[5]++
		}
	}
	n := max(float64(len(ac.Statements)), 1)
	for i := range x {
		x[i] /= n
	}
	return x
}

// typeFeatures is the actor's type, one-hot; "unknown" is a speaker the
// registry does not know (person or other).
func typeFeatures(t string) []float64 {
	return []float64{b2f(t == TypeGovernment), b2f(t == TypeCompany), b2f(t == TypeParliament), b2f(t == TypeEUInstitution),
		b2f(t == TypeRegulator || t == TypeOperator), b2f(t == TypePerson || t == TypeOther || t == "")}
}

// nameFeatures are the shape of the actor's name: its number of words
// (log) and the share of them that open with a capital.
func nameFeatures(name string) []float64 {
	f := strings.Fields(name)
	caps := 0
	for _, w := range f {
		for _, r := range w {
			if unicode.IsUpper(r) {
				caps++
			}
			break
		}
	}
	return []float64{math.Log1p(float64(len(f))), float64(caps) / max(float64(len(f)), 1)}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
