package attribution

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// MinOnTarget was the share of an actor's statements (by count) that its
// summed on-target weight had to reach for the actor to get a stance label
// rather than stance.OffTarget.
//
// Deprecated: off-target statements give no position, so they no longer
// outvote an actor's on-target ones: the label comes from the on-target
// statements alone, and an actor whose on-target weight is under
// MinPositionWeight is listed without a label.
const MinOnTarget = 0.5

// MinPositionWeight is the summed statement weight an actor needs for a
// label. Off-target statements weigh nothing and cue-less, unconfident
// ones a tenth (see weight), so an actor that only greeted, announced a
// visit or was named in passing is listed without a label.
const MinPositionWeight = 0.3

// kindWeight is how much a statement of each kind counts: the actor's own
// words first, headlines (a journalist's summary) last.
var kindWeight = map[Kind]float64{KindQuote: 1, KindReported: 0.9, KindStatement: 0.9, KindAction: 0.8, KindHeadline: 0.6}

// aggSettings are the settings of aggregation: how a statement is weighed
// and when an actor gets a label. defaultAgg holds the values the package
// uses; the tests try others (the leave-one-text-out choice of RESULTS.md).
type aggSettings struct {
	// abstainBelow and abstainWeight: an own-voice statement (every
	// sentence of a release or an answer is one) in which the classifier
	// finds no stance cue and whose label is less probable than
	// abstainBelow counts abstainWeight of its kind's weight. They are
	// mostly off target (greetings, procedure, announcements, other
	// topics) and would otherwise give every actor the classifier's prior
	// label. Quotes, reported speech and acts were picked by their cues and
	// keep their weight, in news prose and in texts with their own voice
	// alike.
	abstainBelow, abstainWeight float64
	// reportedWeight scales a described position: the holder's act as
	// another actor reports it counts less than what the holder says
	// itself.
	reportedWeight float64
	// minWeight is the summed statement weight an actor needs for a label
	// (MinPositionWeight).
	minWeight float64
	// kinds is each kind's weight (kindWeight).
	kinds map[Kind]float64
	// confPower raises the statement's confidence to this power as a
	// factor of its weight (0: confidence does not count).
	confPower float64
	// vote: each statement gives its weight to its most probable stance
	// class, instead of its probabilities to every class.
	vote bool
	// scale multiplies an actor's summed weight of each class before the
	// most probable is taken (nil or a missing class: 1).
	scale map[stance.Label]float64
	// defending are the actors (lower-case names) that defend themselves:
	// the vendors the question is about, whose statements read opposed
	// count as supportive (grammar/words.txt, defending_vendors).
	defending map[string]bool
	// defendingStates are the demonyms (lower case) of the vendors' home
	// countries: a government actor whose name opens with one defends them
	// too (defending_states).
	defendingStates map[string]bool
}

var defaultAgg = aggSettings{abstainBelow: 0.75, abstainWeight: 0.1, reportedWeight: 0.5, minWeight: MinPositionWeight, kinds: kindWeight}

// weight is a statement's weight in its actor's position under the
// package's settings.
func weight(s Statement) float64 { return defaultAgg.weight(s) }

// weight is a statement's weight in its actor's position: its kind's weight
// times the probability that it is on target.
func (g aggSettings) weight(s Statement) float64 {
	w := g.kinds[s.Kind]
	if w == 0 {
		w = 0.5
	}
	if s.Prediction.Label == stance.OffTarget {
		return 0 // an off-target statement gives no position
	}
	if g.confPower > 0 && s.Prediction.Confidence > 0 {
		w *= math.Pow(s.Prediction.Confidence, g.confPower)
	}
	if len(s.Prediction.Probs) > 0 {
		w *= 1 - s.Prediction.Probs.Of(stance.OffTarget)
	}
	if s.Kind == KindStatement && len(s.Prediction.Probs) > 0 && len(s.Prediction.Cues) == 0 && s.Prediction.Confidence < g.abstainBelow {
		w *= g.abstainWeight // no stance cue and no confident label: most likely off target
	}
	if s.Reporter != "" {
		w *= g.reportedWeight
	}
	return w
}

// aggregate groups statements by actor and combines their probabilities
// under the package's settings.
func aggregate(stmts []Statement) []Actor { return defaultAgg.aggregate(stmts) }

// aggregate groups statements by actor and combines their probabilities.
func (g aggSettings) aggregate(stmts []Statement) []Actor {
	idx := map[string]int{}
	var out []Actor
	var count []int
	for _, s := range stmts {
		if _, ok := idx[s.Actor]; !ok {
			idx[s.Actor] = len(out)
			out = append(out, Actor{Name: s.Actor, Type: s.ActorType})
			count = append(count, 0)
		}
		count[idx[s.Actor]]++
	}
	for i := range out {
		out[i].Statements = make([]Statement, 0, count[i])
	}
	for _, s := range stmts {
		i := idx[s.Actor]
		out[i].Statements = append(out[i].Statements, s)
	}
	for i := range out {
		g.combine(&out[i])
	}
	weights := make(map[string]float64, len(out))
	for _, a := range out {
		weights[a.Name] = actorWeight(a)
	}
	slices.SortStableFunc(out, func(x, y Actor) int {
		if wx, wy := weights[x.Name], weights[y.Name]; wx != wy {
			return cmp.Compare(wy, wx)
		}
		return strings.Compare(x.Name, y.Name)
	})
	return out
}

func actorWeight(a Actor) float64 {
	w := 0.0
	for _, s := range a.Statements {
		w += s.Weight
	}
	return w
}

// combine sets an actor's label, confidence and probabilities from its
// statements, and orders the statements by weight.
func (g aggSettings) combine(a *Actor) {
	slices.SortStableFunc(a.Statements, func(x, y Statement) int {
		return cmp.Compare(evidence(y), evidence(x))
	})
	// the stance classes the classifier reports, in its order
	var labels []stance.Label
	for _, s := range a.Statements {
		if len(s.Prediction.Probs) == 0 {
			continue
		}
		for _, lp := range s.Prediction.Probs {
			if lp.Label != stance.OffTarget {
				labels = append(labels, lp.Label)
			}
		}
		break
	}
	if len(labels) == 0 {
		return
	}
	sum := make([]float64, len(labels))
	total, n := 0.0, 0
	for _, s := range a.Statements {
		if len(s.Prediction.Probs) == 0 {
			continue
		}
		n++
		on := 0.0
		for _, l := range labels {
			on += s.Prediction.Probs.Of(l)
		}
		if on <= 0 || s.Weight <= 0 {
			continue
		}
		if g.vote {
			sum[topLabel(s.Prediction.Probs, labels)] += s.Weight
		} else {
			for k, l := range labels {
				sum[k] += s.Weight * s.Prediction.Probs.Of(l) / on
			}
		}
		total += s.Weight
	}
	if n == 0 {
		return
	}
	for k, l := range labels {
		if f, ok := g.scale[l]; ok {
			sum[k] *= f
		}
	}
	if g.defends(a) {
		defend(labels, sum)
	}
	a.Probs = make(stance.Probs, len(labels))
	best := 0
	for k, l := range labels {
		p := 1 / float64(len(labels))
		if total > 0 {
			p = sum[k] / total
		}
		a.Probs[k] = stance.LabelProb{Label: l, P: p}
		if p > a.Probs[best].P {
			best = k
		}
	}
	a.Label, a.Confidence = labels[best], a.Probs[best].P
	// off-target statements weigh nothing: however many there are, they do
	// not outvote what the actor said on target
	if total < g.minWeight {
		// nothing the actor said bears on the question: listed, no label
		a.Label, a.Confidence = "", 0
	}
	if math.IsNaN(a.Confidence) {
		a.Confidence = 0
	}
}

// evidence orders an actor's statements: weight times confidence.
func evidence(s Statement) float64 {
	c := s.Prediction.Confidence
	if c == 0 {
		c = 1
	}
	return s.Weight * c
}

// topLabel is the index in labels of the most probable of them in ps.
func topLabel(ps stance.Probs, labels []stance.Label) int {
	best := 0
	for k, l := range labels {
		if ps.Of(l) > ps.Of(labels[best]) {
			best = k
		}
	}
	return best
}

// defend moves the opposed share of a self-defending actor's position to
// supportive: what a vendor says of the case against it is its defence.
func defend(labels []stance.Label, sum []float64) {
	opp, sup := slices.Index(labels, stance.Opposed), slices.Index(labels, stance.Supportive)
	if opp >= 0 && sup >= 0 {
		sum[sup] += sum[opp]
		sum[opp] = 0
	}
}

// defends reports whether a is a vendor the question is about, or the
// government of a vendor's home country.
func (g aggSettings) defends(a *Actor) bool {
	return defendsVendor(g.defending, g.defendingStates, a.Name, a.Type)
}

// defendsVendor reports whether the actor of that name and type is one of
// vendors (lower-case names) or a government whose name opens with one of
// states (lower-case demonyms).
func defendsVendor(vendors, states map[string]bool, name, actorType string) bool {
	name = strings.ToLower(name)
	if vendors[name] {
		return true
	}
	first, _, _ := strings.Cut(name, " ")
	return actorType == TypeGovernment && states[first]
}

// Defends reports whether the actor of that name and registry type defends
// the vendors the question is about: a vendor of the grammar's
// defending_vendors class, or the government of a vendor's home country
// (defending_states). Analyze counts such an actor's statements read
// opposed as supportive in its position; package debate does the same over
// a corpus.
func (a *Analyzer) Defends(actor, actorType string) bool {
	return defendsVendor(a.lx.defendingVendors, a.lx.defendingStates, actor, actorType)
}
