package experiment

// Model families and combinations measured against the default (issue 10,
// eighth session): learners that give each statement a probability for
// every class of Labels, so that they can be averaged, stacked, or given
// class offsets chosen inside the fold. Every choice a row makes from data
// (stacking weights, class offsets) is made by an inner grouped
// cross-validation over the fold's own training statements: the held-out
// fold is only predicted.

import (
	"fmt"
	"math"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
	"github.com/stancekit/stancekit/tokenize"
)

// Prober gives every text a probability for each class of Labels, in that
// order (nil for a text the learner cannot classify, such as one with no
// words).
type Prober func(texts []string) [][]float64

// ProbLearner fits a Prober to a fold's training examples, as Learner
// fits a Labeller.
type ProbLearner func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Prober, error)

// argmaxLabel is the label of the largest of p plus off (off may be nil).
func argmaxLabel(p, off []float64) stance.Label {
	if p == nil {
		return ""
	}
	best, bv := 0, math.Inf(-1)
	for c, v := range p {
		s := math.Log(math.Max(v, 1e-12))
		if off != nil {
			s += off[c]
		}
		if s > bv {
			best, bv = c, s
		}
	}
	return Labels[best]
}

// Labelled turns a ProbLearner into a Learner that answers the most
// probable class.
func Labelled(pl ProbLearner) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		pr, err := pl(tr, cfg, o)
		if err != nil {
			return nil, err
		}
		return func(texts []string) []stance.Label {
			out := make([]stance.Label, len(texts))
			for i, p := range pr(texts) {
				out[i] = argmaxLabel(p, nil)
			}
			return out
		}, nil
	}
}

// jointProbs are a model's probabilities over Labels: each stance's
// probability given relevance times the relevance, and 1 − relevance for
// OffTarget.
func jointProbs(m *stance.Model, texts []string) [][]float64 {
	out := make([][]float64, len(texts))
	for i, r := range m.PredictBatch(texts, 0) {
		if r.Err != nil {
			continue
		}
		p := make([]float64, len(Labels))
		for c, l := range Labels {
			if l == stance.OffTarget {
				p[c] = 1 - r.Relevance
			} else {
				p[c] = r.Relevance * r.Probs.Of(l)
			}
		}
		out[i] = p
	}
	return out
}

// LinearProbs is the single stance.Model train fits with cfg changed by
// change (nil: the configuration as given), as a ProbLearner.
func LinearProbs(change func(*stance.TrainConfig)) ProbLearner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Prober, error) {
		if change != nil {
			change(&cfg)
		}
		m, err := train(tr, cfg, o)
		if err != nil {
			return nil, err
		}
		return func(texts []string) [][]float64 {
			t := make([]string, len(texts))
			for i, s := range texts {
				t[i] = apply(o.Transform, s)
			}
			return jointProbs(m, t)
		}, nil
	}
}

// innerOOF predicts every statement-corpus example of tr (Origin
// "statements") by pl trained on the other inner folds plus every other
// example of tr (synthetic and article statements always train): grouped
// k-fold inside the fold. It returns the indices into tr of the predicted
// examples, their gold labels and, per learner, their probabilities.
func innerOOF(tr []defaultmodel.Example, pls []ProbLearner, k int, seed uint64, cfg stance.TrainConfig, o Options) ([]int, []stance.Label, [][][]float64, error) {
	var idx []int
	var groups []string
	for i, e := range tr {
		if e.Origin == "statements" {
			idx, groups = append(idx, i), append(groups, e.Group)
		}
	}
	folds, err := eval.GroupKFold(groups, k, seed)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("inner folds: %w", err)
	}
	gold := make([]stance.Label, len(idx))
	for n, i := range idx {
		gold[n] = tr[i].Label
	}
	probs := make([][][]float64, len(pls))
	for b := range pls {
		probs[b] = make([][]float64, len(idx))
	}
	held := make([]bool, len(tr))
	for f := 0; f < k; f++ {
		clear(held)
		var te []int
		for n, i := range idx {
			if folds[n] == f {
				held[i] = true
				te = append(te, n)
			}
		}
		var sub []defaultmodel.Example
		for i, e := range tr {
			if !held[i] {
				sub = append(sub, e)
			}
		}
		texts := make([]string, len(te))
		for j, n := range te {
			texts[j] = tr[idx[n]].Text
		}
		for b, pl := range pls {
			pr, err := pl(sub, cfg, o)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("inner fold %d: %w", f, err)
			}
			for j, p := range pr(texts) {
				probs[b][te[j]] = p
			}
		}
	}
	return idx, gold, probs, nil
}

// macroOf is the stance macro-F1 of labels answered by argmax of p + off.
func macroOf(gold []stance.Label, p [][]float64, off []float64) float64 {
	pred := make([]stance.Label, len(gold))
	for i := range gold {
		pred[i] = argmaxLabel(p[i], off)
	}
	r, err := score(gold, pred)
	if err != nil {
		return 0
	}
	return r.MacroF1
}

// chooseOffsets finds log-odds offsets for the classes (off_target's held
// at 0) that maximise the stance macro-F1 of argmax(log p + offset) on
// out-of-fold probabilities, by coordinate ascent over a grid of step
// 0.05 within ±limit; ties keep the offset nearer 0.
func chooseOffsets(gold []stance.Label, p [][]float64, limit float64) []float64 {
	off := make([]float64, len(Labels))
	best := macroOf(gold, p, off)
	steps := int(math.Round(limit / 0.05))
	for sweep := 0; sweep < 3; sweep++ {
		moved := false
		for c := range Labels {
			if Labels[c] == stance.OffTarget {
				continue
			}
			bestV := off[c]
			for s := -steps; s <= steps; s++ {
				v := float64(s) * 0.05
				off[c] = v
				m := macroOf(gold, p, off)
				if m > best+1e-12 || (math.Abs(m-best) <= 1e-12 && math.Abs(v) < math.Abs(bestV)) {
					if m > best+1e-12 {
						moved = true
					}
					best, bestV = math.Max(m, best), v
				}
			}
			off[c] = bestV
		}
		if !moved {
			break
		}
	}
	return off
}

// OffsetLearner is base with class offsets chosen for stance macro-F1 by
// an inner grouped k-fold cross-validation on the fold's training
// statements (chooseOffsets), then base trained on the whole fold.
func OffsetLearner(base ProbLearner, k int, limit float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		_, gold, probs, err := innerOOF(tr, []ProbLearner{base}, k, o.Seed+101, cfg, o)
		if err != nil {
			return nil, err
		}
		off := chooseOffsets(gold, probs[0], limit)
		pr, err := base(tr, cfg, o)
		if err != nil {
			return nil, err
		}
		return func(texts []string) []stance.Label {
			out := make([]stance.Label, len(texts))
			for i, p := range pr(texts) {
				out[i] = argmaxLabel(p, off)
			}
			return out
		}, nil
	}
}

// Mix averages the log-probabilities of learners with fixed weights (a
// weighted geometric mean, renormalised).
func Mix(pls []ProbLearner, w []float64) ProbLearner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Prober, error) {
		prs := make([]Prober, len(pls))
		for b, pl := range pls {
			var err error
			if prs[b], err = pl(tr, cfg, o); err != nil {
				return nil, err
			}
		}
		return func(texts []string) [][]float64 {
			all := make([][][]float64, len(prs))
			for b, pr := range prs {
				all[b] = pr(texts)
			}
			out := make([][]float64, len(texts))
			for i := range texts {
				out[i] = mixOne(all, i, w)
			}
			return out
		}, nil
	}
}

func mixOne(all [][][]float64, i int, w []float64) []float64 {
	s := make([]float64, len(Labels))
	for b := range all {
		p := all[b][i]
		if p == nil {
			return nil
		}
		for c := range s {
			s[c] += w[b] * math.Log(math.Max(p[c], 1e-12))
		}
	}
	return softmaxInPlace(s)
}

func softmaxInPlace(s []float64) []float64 {
	mx := math.Inf(-1)
	for _, v := range s {
		mx = math.Max(mx, v)
	}
	var z float64
	for c, v := range s {
		s[c] = math.Exp(v - mx)
		z += s[c]
	}
	for c := range s {
		s[c] /= z
	}
	return s
}

// StackLearner fits a small multinomial logistic regression (balanced
// classes, L2 l2) on the learners' out-of-fold log-probabilities from an
// inner grouped k-fold cross-validation, then applies it to the learners
// trained on the whole fold. With offsets, class offsets are then chosen
// on the stacker's own (in-sample) answers to the inner predictions.
func StackLearner(pls []ProbLearner, k int, l2 float64, offsets bool) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		_, gold, probs, err := innerOOF(tr, pls, k, o.Seed+101, cfg, o)
		if err != nil {
			return nil, err
		}
		var Z [][]float64
		var y []int
		for i := range gold {
			z := stackRow(probs, i)
			if z == nil {
				continue
			}
			Z = append(Z, z)
			for c, l := range Labels {
				if l == gold[i] {
					y = append(y, c)
				}
			}
		}
		st := fitSoftmax(Z, y, len(Labels), l2)
		var off []float64
		if offsets {
			p := make([][]float64, len(gold))
			for i := range gold {
				if z := stackRow(probs, i); z != nil {
					p[i] = st.probs(z)
				}
			}
			off = chooseOffsets(gold, p, 1)
		}
		prs := make([]Prober, len(pls))
		for b, pl := range pls {
			if prs[b], err = pl(tr, cfg, o); err != nil {
				return nil, err
			}
		}
		return func(texts []string) []stance.Label {
			all := make([][][]float64, len(prs))
			for b, pr := range prs {
				all[b] = pr(texts)
			}
			out := make([]stance.Label, len(texts))
			for i := range texts {
				if z := stackRow(all, i); z != nil {
					out[i] = argmaxLabel(st.probs(z), off)
				}
			}
			return out
		}, nil
	}
}

// stackRow is example i's log-probabilities under every learner, side by
// side (nil when one has none).
func stackRow(probs [][][]float64, i int) []float64 {
	z := make([]float64, 0, len(probs)*len(Labels))
	for b := range probs {
		p := probs[b][i]
		if p == nil {
			return nil
		}
		for _, v := range p {
			z = append(z, math.Log(math.Max(v, 1e-6)))
		}
	}
	return z
}

// softmaxModel is a dense multinomial logistic regression.
type softmaxModel struct {
	w [][]float64 // class × (features + bias)
}

func (m softmaxModel) probs(z []float64) []float64 {
	s := make([]float64, len(m.w))
	for c, wc := range m.w {
		v := wc[len(z)]
		for j, x := range z {
			v += wc[j] * x
		}
		s[c] = v
	}
	return softmaxInPlace(s)
}

// fitSoftmax fits a softmax regression with balanced class weights and
// L2 penalty l2 by full-batch gradient descent with a step halved whenever
// the objective rises: a convex problem of a few dozen weights.
func fitSoftmax(Z [][]float64, y []int, k int, l2 float64) softmaxModel {
	d := 0
	if len(Z) > 0 {
		d = len(Z[0])
	}
	count := make([]float64, k)
	for _, c := range y {
		count[c]++
	}
	cw := make([]float64, k)
	for c := range cw {
		if count[c] > 0 {
			cw[c] = float64(len(y)) / (float64(k) * count[c])
		}
	}
	m := softmaxModel{w: make([][]float64, k)}
	for c := range m.w {
		m.w[c] = make([]float64, d+1)
	}
	obj := func(m softmaxModel, grad [][]float64) float64 {
		var f float64
		for c := range grad {
			clear(grad[c])
		}
		for i, z := range Z {
			p := m.probs(z)
			wt := cw[y[i]] / float64(len(Z))
			f -= wt * math.Log(math.Max(p[y[i]], 1e-300))
			for c := range p {
				g := p[c]
				if c == y[i] {
					g--
				}
				g *= wt
				for j, x := range z {
					grad[c][j] += g * x
				}
				grad[c][d] += g
			}
		}
		for c := range m.w {
			for j := 0; j < d; j++ {
				f += l2 / 2 * m.w[c][j] * m.w[c][j]
				grad[c][j] += l2 * m.w[c][j]
			}
		}
		return f
	}
	newGrad := func() [][]float64 {
		g := make([][]float64, k)
		for c := range g {
			g[c] = make([]float64, d+1)
		}
		return g
	}
	g := newGrad()
	f := obj(m, g)
	step := 1.0
	trial := softmaxModel{w: newGrad()}
	tg := newGrad()
	for it := 0; it < 500 && step > 1e-8; it++ {
		for c := range m.w {
			for j := range m.w[c] {
				trial.w[c][j] = m.w[c][j] - step*g[c][j]
			}
		}
		ft := obj(trial, tg)
		if ft < f {
			if f-ft < 1e-10*math.Abs(f) {
				m.w, trial.w = trial.w, m.w
				break
			}
			m.w, trial.w = trial.w, m.w
			g, tg = tg, g
			f = ft
			step *= 1.2
		} else {
			step /= 2
		}
	}
	return m
}

// vectoriserFor builds the vectoriser train would (the default tokenizer,
// cfg's lexicon or the default one), unfitted.
func vectoriserFor(cfg stance.TrainConfig) (*features.Vectorizer, error) {
	tk, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	lex := cfg.Lexicon
	if lex == nil && cfg.Features.Cues {
		if lex, err = features.DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	return features.NewVectorizer(cfg.Features, tk, lex)
}
