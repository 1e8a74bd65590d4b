package experiment

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
	"github.com/stancekit/stancekit/tokenize"
)

// The off-target experiments of issue 10 (eighth session): features suited
// to relevance (does the statement take a position on Huawei and 5G
// vendors at all), a separate binary relevance model combined with the
// default joint softmax, and the off_target decision's threshold chosen
// inside each fold. Each is a Learner, so it reads only the fold's
// training examples.

// relevanceHeader is the version line of relevance.tsv.
const relevanceHeader = features.RelevanceHeader

// relEntry is one phrase of relevance.tsv: a role and, per word position,
// the stems that may stand there.
type relEntry struct {
	role string
	alts [][]string
}

// RelevanceLists are the word lists of relevance.tsv, as the experiment's
// markers read them (features.RelevanceLists is the built block's reader).
type RelevanceLists struct {
	entries []relEntry
}

// ReadRelevanceLists parses the relevance.tsv format.
func ReadRelevanceLists(data string) (*RelevanceLists, error) {
	lines := strings.Split(data, "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != relevanceHeader {
		return nil, fmt.Errorf("relevance lists: first line must be %q", relevanceHeader)
	}
	var r RelevanceLists
	for n, line := range lines[1:] {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		role, phrase, ok := strings.Cut(line, "\t")
		switch role {
		case "target", "deontic", "eval", "speech":
		default:
			ok = false
		}
		if !ok || strings.TrimSpace(phrase) == "" {
			return nil, fmt.Errorf("relevance lists: line %d: want role<TAB>phrase with a known role, have %q", n+2, line)
		}
		e := relEntry{role: role}
		for _, w := range strings.Fields(phrase) {
			var alt []string
			for _, a := range strings.Split(w, "|") {
				if a != "" {
					alt = append(alt, tokenize.Stem(strings.ToLower(a)))
				}
			}
			e.alts = append(e.alts, alt)
		}
		r.entries = append(r.entries, e)
	}
	return &r, nil
}

// DefaultRelevanceLists returns features/relevance.tsv, the word lists the
// built relevance block reads, parsed as the experiment's markers read them.
func DefaultRelevanceLists() (*RelevanceLists, error) {
	return ReadRelevanceLists(features.DefaultRelevanceData())
}

// Roles reports which roles occur in a statement's word stems.
func (r *RelevanceLists) Roles(stems []string) map[string]bool {
	out := map[string]bool{}
	for _, e := range r.entries {
		if out[e.role] {
			continue
		}
		for i := 0; i+len(e.alts) <= len(stems); i++ {
			ok := true
			for k, alt := range e.alts {
				if !slices.Contains(alt, stems[i+k]) {
					ok = false
					break
				}
			}
			if ok {
				out[e.role] = true
				break
			}
		}
	}
	return out
}

// relevanceMarkers returns the made-up words a statement's relevance
// features are written as: which roles of the lists occur (and which
// pairs, with the target), whether the predicate layer finds an action or
// frame, and the sentence's shape (quoted speech, figures, length).
// The words are letters no English word is made of, as slotWord's.
func relevanceMarkers(tk *tokenize.Tokenizer, lists *RelevanceLists, preds *features.Predicates, s string) []string {
	stems := stemsOf(tk, s)
	roles := lists.Roles(stems)
	var out []string
	if roles["target"] {
		out = append(out, "qqvtrgt")
	} else {
		out = append(out, "qqvnotrgt")
	}
	for _, r := range []string{"deontic", "eval", "speech"} {
		if roles[r] {
			out = append(out, "qqv"+r[:3]+"x")
			if roles["target"] {
				out = append(out, "qqvt"+r[:3]+"x")
			}
		}
	}
	if preds != nil && preds.Analyze(tk, s) != 0 {
		out = append(out, "qqvpredx")
	}
	if strings.ContainsAny(s, "\"“”") {
		out = append(out, "qqvquotx")
	}
	if slices.ContainsFunc(stems, isFigure) {
		out = append(out, "qqvdigx")
	}
	switch n := len(stems); {
	case n < 12:
		out = append(out, "qqvshrtx")
	case n > 30:
		out = append(out, "qqvlngx")
	}
	return out
}

// isFigure reports whether a stem is a number (digits, no letters: "3",
// "2019", not "5g").
func isFigure(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return digit
}

// RelevanceTransform appends a statement's relevance markers to its text,
// each after " ; " so that no word n-gram joins them to the text or to one
// another.
func RelevanceTransform(withPredicates bool) (Transform, error) {
	return relevanceTransform(withPredicates, true, true)
}

func relevanceTransform(withPredicates, withTarget, withShape bool) (Transform, error) {
	tk, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	lists, err := DefaultRelevanceLists()
	if err != nil {
		return nil, err
	}
	var preds *features.Predicates
	if withPredicates {
		if preds, err = features.DefaultPredicates(); err != nil {
			return nil, err
		}
	}
	return func(s string) string {
		var b strings.Builder
		b.WriteString(s)
		for _, m := range relevanceMarkers(tk, lists, preds, s) {
			if !withTarget && (strings.HasPrefix(m, "qqvt") || m == "qqvnotrgt") {
				continue
			}
			if !withShape && slices.Contains([]string{"qqvquotx", "qqvdigx", "qqvshrtx", "qqvlngx"}, m) {
				continue
			}
			b.WriteString(" ; ")
			b.WriteString(m)
		}
		return b.String()
	}, nil
}

// Off-target decisions a RelevanceLearner can make.
const (
	// OffJoint: the joint softmax alone (its P(off_target) against the
	// stance classes, or a threshold on it when chosen inside the fold).
	OffJoint = iota
	// OffGate: a binary relevance model's P(off) above a threshold (0.5,
	// or chosen inside the fold) answers off_target; otherwise the joint
	// softmax's most probable stance class.
	OffGate
	// OffProduct: the joint softmax's P(off_target) and the binary model's
	// P(off) multiplied (odds times odds), then decided as the joint
	// softmax decides, or by a threshold chosen inside the fold.
	OffProduct
)

// RelevanceSpec sets up a RelevanceLearner.
type RelevanceSpec struct {
	// Decision is OffJoint, OffGate or OffProduct.
	Decision int
	// JointMarkers appends the relevance markers to the joint softmax's
	// texts; BinaryMarkers to the binary model's.
	JointMarkers, BinaryMarkers bool
	// Inner, when at least 2, chooses the decision's threshold on P(off)
	// by grouped Inner-fold cross-validation inside the fold's training
	// statements (origin "statements"), for the best off-target F1.
	Inner int
	// Seed shuffles the inner folds.
	Seed uint64
	// NoPredicates leaves the predicate-layer marker out; NoTarget the
	// markers of the target's mention (alone and with each role).
	NoPredicates, NoTarget bool
	// NoShape leaves out the markers of the sentence's shape (quote,
	// figure, length).
	NoShape bool
}

// relevancePair is what one fit of a RelevanceLearner holds: the joint
// softmax, and the binary relevance model when the decision uses one.
type relevancePair struct {
	joint, bin *stance.Model
	jtf, btf   Transform
	spec       RelevanceSpec
}

// OffLabel is the binary relevance model's label for off-target; it is
// trained on the labels "on" and OffLabel.
const OffLabel stance.Label = "off"

// fitRelevancePair fits the models spec's decision uses (for scoring only,
// an inner fit of the gate needs no joint softmax).
func fitRelevancePair(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options, spec RelevanceSpec, tf Transform, scoreOnly bool) (*relevancePair, error) {
	p := &relevancePair{spec: spec}
	if spec.JointMarkers {
		p.jtf = tf
	}
	if spec.BinaryMarkers {
		p.btf = tf
	}
	jo := o
	jo.Transform, jo.Learner = p.jtf, nil
	var err error
	if !scoreOnly || spec.Decision != OffGate {
		if p.joint, err = train(tr, cfg, jo); err != nil {
			return nil, err
		}
	}
	if spec.Decision == OffJoint {
		return p, nil
	}
	ex := make([]defaultmodel.Example, len(tr))
	for i, e := range tr {
		ex[i] = e
		ex[i].Label = "on"
		if e.Label == stance.OffTarget {
			ex[i].Label = OffLabel
		}
	}
	bo := o
	bo.Transform, bo.Learner = p.btf, nil
	if p.bin, err = train(ex, cfg, bo); err != nil {
		return nil, err
	}
	return p, nil
}

// offScore returns a statement's P(off) under the pair's decision and the
// joint softmax's prediction.
func (p *relevancePair) offScore(s string) (float64, stance.Prediction, error) {
	var jp stance.Prediction
	ps := 0.0
	if p.joint != nil {
		var err error
		if jp, err = p.joint.Predict(apply(p.jtf, s)); err != nil {
			return 0, jp, err
		}
		ps = 1 - jp.Relevance
	}
	if p.spec.Decision == OffJoint {
		return ps, jp, nil
	}
	bp, err := p.bin.Predict(apply(p.btf, s))
	if err != nil {
		return 0, jp, err
	}
	pb := bp.Probs.Of(OffLabel)
	if p.spec.Decision == OffGate {
		return pb, jp, nil
	}
	num := ps * pb
	den := num + (1-ps)*(1-pb)
	if den <= 0 {
		return ps, jp, nil
	}
	return num / den, jp, nil
}

// decide labels a statement: OffTarget when its P(off) is above t (t < 0:
// the joint softmax's rule, P(off) against the most probable stance class
// times P(on); the gate's fixed threshold is 0.5), else its most probable
// stance class.
func (p *relevancePair) decide(s string, t float64) stance.Label {
	q, jp, err := p.offScore(s)
	if err != nil {
		return ""
	}
	best, bv := stance.Label(""), math.Inf(-1)
	for _, lp := range jp.Probs {
		if lp.P > bv {
			best, bv = lp.Label, lp.P
		}
	}
	off := false
	switch {
	case t >= 0:
		off = q > t
	case p.spec.Decision == OffGate:
		off = q > 0.5
	default:
		off = q > (1-q)*bv
	}
	if off {
		return stance.OffTarget
	}
	return best
}

// bestThreshold returns the threshold on score that maximises the F1 of
// "score > t" for the gold positives isOff (ties: the smaller threshold).
func bestThreshold(score []float64, isOff []bool) float64 {
	bestT, bestF := 0.5, -1.0
	for t := 0.05; t < 0.951; t += 0.01 {
		var tp, fp, fn float64
		for i, q := range score {
			switch {
			case q > t && isOff[i]:
				tp++
			case q > t:
				fp++
			case isOff[i]:
				fn++
			}
		}
		if f := 2 * tp / (2*tp + fp + fn); tp > 0 && f > bestF+1e-12 {
			bestT, bestF = t, f
		}
	}
	return bestT
}

// RelevanceLearner fits the pair spec describes; with spec.Inner it first
// chooses the threshold by inner grouped cross-validation on the fold's
// training statements (synthetic and article examples train only).
func RelevanceLearner(spec RelevanceSpec) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		tf, err := relevanceTransform(!spec.NoPredicates, !spec.NoTarget, !spec.NoShape)
		if err != nil {
			return nil, err
		}
		t := -1.0
		if spec.Inner >= 2 {
			if t, err = innerThreshold(tr, cfg, o, spec, tf); err != nil {
				return nil, err
			}
		}
		p, err := fitRelevancePair(tr, cfg, o, spec, tf, false)
		if err != nil {
			return nil, err
		}
		return func(texts []string) []stance.Label {
			out := make([]stance.Label, len(texts))
			for i, s := range texts {
				out[i] = p.decide(s, t)
			}
			return out
		}, nil
	}
}

func innerThreshold(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options, spec RelevanceSpec, tf Transform) (float64, error) {
	var scored, only []defaultmodel.Example
	for _, e := range tr {
		if e.Origin == "statements" {
			scored = append(scored, e)
		} else {
			only = append(only, e)
		}
	}
	_, _, groups := defaultmodel.Columns(scored)
	folds, err := eval.GroupKFold(groups, spec.Inner, spec.Seed)
	if err != nil {
		return 0, err
	}
	var score []float64
	var isOff []bool
	for f := 0; f < spec.Inner; f++ {
		var itr, ite []defaultmodel.Example
		for i, e := range scored {
			if folds[i] == f {
				ite = append(ite, e)
			} else {
				itr = append(itr, e)
			}
		}
		p, err := fitRelevancePair(append(itr, only...), cfg, o, spec, tf, true)
		if err != nil {
			return 0, fmt.Errorf("inner fold %d: %w", f, err)
		}
		for _, e := range ite {
			q, _, err := p.offScore(e.Text)
			if err != nil {
				continue
			}
			score, isOff = append(score, q), append(isOff, e.Label == stance.OffTarget)
		}
	}
	return bestThreshold(score, isOff), nil
}

// offTargetAblations are the rows of this file, after the default in
// Ablations.
func offTargetAblations(def stance.TrainConfig) []Ablation {
	row := func(name string, s RelevanceSpec) Ablation {
		pre := "off-target: "
		if s.Inner > 0 {
			pre = "off-target inner: "
		}
		return Ablation{Name: pre + name, Config: def, Options: Options{Learner: RelevanceLearner(s)}}
	}
	built := func(rel float64, head bool) stance.TrainConfig {
		c := def
		c.Features.Relevance, c.RelevanceHead = rel, head
		return c
	}
	return []Ablation{
		{Name: "off-target built: relevance head (stance.TrainConfig.RelevanceHead)", Config: built(0, true)},
		{Name: "off-target built: relevance block 0.2 (features.Config.Relevance) and head", Config: built(0.2, true)},
		{Name: "off-target built: relevance block 0.5 and head", Config: built(0.5, true)},
		{Name: "off-target built: relevance block 0.1 and head", Config: built(0.1, true)},
		{Name: "off-target built: relevance block 0.3 and head", Config: built(0.3, true)},
		{Name: "off-target built: relevance block 0.2, no head", Config: built(0.2, false)},
		row("relevance markers in the joint softmax", RelevanceSpec{Decision: OffJoint, JointMarkers: true}),
		row("joint softmax, threshold on P(off) chosen in 3 inner folds", RelevanceSpec{Decision: OffJoint, Inner: 3, Seed: 7}),
		row("binary relevance model with markers, gate 0.5", RelevanceSpec{Decision: OffGate, BinaryMarkers: true}),
		row("binary relevance model with markers, gate chosen in 3 inner folds", RelevanceSpec{Decision: OffGate, BinaryMarkers: true, Inner: 3, Seed: 7}),
		row("binary relevance model with markers, product with the joint softmax", RelevanceSpec{Decision: OffProduct, BinaryMarkers: true}),
		row("binary relevance model without markers, product with the joint softmax", RelevanceSpec{Decision: OffProduct}),
		row("binary relevance model with markers but the predicate one, product", RelevanceSpec{Decision: OffProduct, BinaryMarkers: true, NoPredicates: true}),
		row("markers but the target's in both models, no predicate marker, product", RelevanceSpec{Decision: OffProduct, JointMarkers: true, BinaryMarkers: true, NoPredicates: true, NoTarget: true}),
		row("markers but the shape's in both models, no predicate marker, product", RelevanceSpec{Decision: OffProduct, JointMarkers: true, BinaryMarkers: true, NoPredicates: true, NoShape: true}),
		row("markers in both models, no predicate marker, product", RelevanceSpec{Decision: OffProduct, JointMarkers: true, BinaryMarkers: true, NoPredicates: true}),
		row("markers in both models, product", RelevanceSpec{Decision: OffProduct, JointMarkers: true, BinaryMarkers: true}),
		row("markers in both models, product, threshold chosen in 3 inner folds", RelevanceSpec{Decision: OffProduct, JointMarkers: true, BinaryMarkers: true, Inner: 3, Seed: 7}),
		row("binary relevance model with markers, product, threshold chosen in 3 inner folds", RelevanceSpec{Decision: OffProduct, BinaryMarkers: true, Inner: 3, Seed: 7}),
	}
}
