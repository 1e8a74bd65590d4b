package attribution

import (
	"math"

	"github.com/stancekit/stancekit/stance"
)

// stmtFeatureNames are the features of a statement for the learned
// on-target weight, in the order stmtFeatures writes them.
var stmtFeatureNames = []string{
	"p_supportive", "p_cautious", "p_opposed", "p_off_target", "confidence", "relevance", "log_cues",
	"kind_quote", "kind_reported", "kind_action", "kind_headline", "kind_statement", "reported",
	"voice_no_cue", "log_bytes", "position", "type_government", "type_company", "type_parliament",
	"type_unknown", "on_topic", "actor_share",
}

// stmtFeatures are the features of every statement of stmts, in a text of
// n bytes (nil for a statement without a prediction).
func (a *Analyzer) stmtFeatures(stmts []Statement, n int) [][]float64 {
	count := map[string]int{}
	for _, s := range stmts {
		count[s.Actor]++
	}
	out := make([][]float64, len(stmts))
	for i, s := range stmts {
		p := s.Prediction
		if len(p.Probs) == 0 {
			continue
		}
		k := s.Kind
		out[i] = []float64{p.Probs.Of(stance.Supportive), p.Probs.Of(stance.Cautious), p.Probs.Of(stance.Opposed),
			p.Probs.Of(stance.OffTarget), p.Confidence, p.Relevance, math.Log1p(float64(len(p.Cues))),
			b2f(k == KindQuote), b2f(k == KindReported), b2f(k == KindAction), b2f(k == KindHeadline), b2f(k == KindStatement),
			b2f(s.Reporter != ""), b2f(k == KindStatement && len(p.Cues) == 0), math.Log1p(float64(s.End - s.Start)),
			float64(s.Start) / float64(max(n, 1)), b2f(s.ActorType == TypeGovernment), b2f(s.ActorType == TypeCompany),
			b2f(s.ActorType == TypeParliament), b2f(s.ActorType == TypePerson || s.ActorType == TypeOther),
			b2f(a.onTopic(s.Text)), float64(count[s.Actor]) / float64(len(stmts))}
	}
	return out
}
