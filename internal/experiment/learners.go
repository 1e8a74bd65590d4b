package experiment

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// foldVectors trains word vectors on what a fold may read: its training
// examples' texts and the unlabelled pool.
func foldVectors(tr []defaultmodel.Example, c WordVecConfig) (*WordVectors, error) {
	unl, err := UnlabelledPool()
	if err != nil {
		return nil, err
	}
	texts := make([]string, 0, len(tr)+len(unl))
	for _, e := range tr {
		texts = append(texts, e.Text)
	}
	texts = append(texts, unl...)
	wv, err := TrainWordVectors(texts, c)
	if err != nil {
		return nil, err
	}
	if wv == nil {
		return nil, fmt.Errorf("word vectors: too few words for %d dimensions", c.Dim)
	}
	return wv, nil
}

// slotWord is the made-up word that reserves the vocabulary slot of dense
// feature i: letters no English word is made of, so that no statement has it.
func slotWord(i int) string {
	const cons = "bcdfghjklmnpqrtvwxz"
	return "qqx" + string(cons[i/len(cons)%len(cons)]) + string(cons[i%len(cons)])
}

// DenseLearner appends the statement's mean word vector, of length scale,
// to the sparse features. The vectoriser is fitted with two extra
// documents of made-up words so that it has a feature slot for each
// dimension; the slots are then filled with the dense values.
func DenseLearner(c WordVecConfig, scale float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		c := c.WithDefaults()
		var wv *WordVectors
		if scale > 0 {
			var err error
			if wv, err = foldVectors(tr, c); err != nil {
				return nil, err
			}
		}
		texts, labels, _ := defaultmodel.Columns(tr)
		tk, err := tokenize.Default()
		if err != nil {
			return nil, err
		}
		lex := cfg.Lexicon
		if lex == nil && cfg.Features.Cues {
			var err error
			if lex, err = features.DefaultLexicon(); err != nil {
				return nil, err
			}
		}
		vec, err := features.NewVectorizer(cfg.Features, tk, lex)
		if err != nil {
			return nil, err
		}
		idx, _, err := fitWithSlots(vec, texts, c.Dim, "dense")
		if err != nil {
			return nil, err
		}
		vector := func(s string) (features.Vector, error) {
			x, err := vec.Transform(s)
			if err != nil || wv == nil {
				return x, err
			}
			m := wv.Mean(tk, s)
			if m == nil {
				return x, nil
			}
			add := make([]slotValue, len(m))
			for q, v := range m {
				add[q] = slotValue{idx[q], scale * v}
			}
			return withSlots(x, add), nil
		}
		return trainSlotted(vec, texts, labels, cfg, vector)
	}
}

// fitWithSlots fits vec to texts and to two documents of n made-up words
// (slotWord), so that the vocabulary has a slot for each of n added
// features, and returns the slots' indices and the whole vocabulary's.
// what names the features in the error when a slot word is not kept.
func fitWithSlots(vec *features.Vectorizer, texts []string, n int, what string) ([]int32, map[string]int32, error) {
	slots := make([]string, n)
	for i := range slots {
		slots[i] = slotWord(i)
	}
	dummy := strings.Join(slots, " ")
	if err := vec.Fit(append(slices.Clip(texts), dummy, dummy)); err != nil {
		return nil, nil, err
	}
	at := map[string]int32{}
	for i, n := range vec.Names() {
		at[n] = int32(i)
	}
	idx := make([]int32, n)
	for i, w := range slots {
		j, ok := at["w:"+tokenize.Stem(w)]
		if !ok {
			return nil, nil, fmt.Errorf("%s slot %q not in the vocabulary", what, w)
		}
		idx[i] = j
	}
	return idx, at, nil
}

// slotValue is the value of one reserved vocabulary slot.
type slotValue struct {
	i int32
	v float64
}

// withSlots returns x with the values of add put in, in index order.
func withSlots(x features.Vector, add []slotValue) features.Vector {
	if len(add) == 0 {
		return x
	}
	all := make([]slotValue, 0, x.Len()+len(add))
	for k := range x.Idx {
		all = append(all, slotValue{x.Idx[k], x.Val[k]})
	}
	all = append(all, add...)
	sort.Slice(all, func(a, b int) bool { return all[a].i < all[b].i })
	var y features.Vector
	for _, e := range all {
		y.Idx = append(y.Idx, e.i)
		y.Val = append(y.Val, e.v)
	}
	return y
}

// trainSlotted trains a model on vector(text) for every training text and
// returns the Labeller that reads statements through the same vector.
func trainSlotted(vec *features.Vectorizer, texts []string, labels []stance.Label, cfg stance.TrainConfig, vector func(string) (features.Vector, error)) (Labeller, error) {
	X := make([]features.Vector, len(texts))
	for i, s := range texts {
		var err error
		if X[i], err = vector(s); err != nil {
			return nil, err
		}
	}
	m, err := stance.TrainVectors(vec, X, labels, nil, cfg)
	if err != nil {
		return nil, err
	}
	return func(texts []string) []stance.Label {
		out := make([]stance.Label, len(texts))
		for i, s := range texts {
			if x, err := vector(s); err == nil && features.HasWord(s) {
				out[i], _ = m.PredictVector(x)
			}
		}
		return out
	}, nil
}

// ClusterLearner appends to every statement one made-up word per word
// that has a vector: the word's cluster (spherical k-means over the fold's
// vectors), so that the model can learn a weight per cluster of similar
// words.
func ClusterLearner(c WordVecConfig, k int) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		wv, err := foldVectors(tr, c.WithDefaults())
		if err != nil {
			return nil, err
		}
		cl := wv.Clusters(k, 15, c.Seed)
		tk, err := tokenize.Default()
		if err != nil {
			return nil, err
		}
		tf := func(s string) string {
			var b strings.Builder
			b.WriteString(s)
			for _, w := range stemsOf(tk, s) {
				if c, ok := cl[w]; ok {
					b.WriteString(" ; ")
					b.WriteString(slotWord(c))
				}
			}
			return b.String()
		}
		oo := o
		oo.Transform = tf
		m, err := train(tr, cfg, oo)
		if err != nil {
			return nil, err
		}
		base := modelLabeller(m)
		return func(texts []string) []stance.Label {
			t := make([]string, len(texts))
			for i, s := range texts {
				t[i] = tf(s)
			}
			return base(t)
		}, nil
	}
}

// LexiconLearner adds to the cue lexicon, for every one-word cue, its n
// nearest stems in the fold's word vectors (cosine at least min) as cues
// of the same class at the given share of the cue's weight.
func LexiconLearner(c WordVecConfig, n int, min, share float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		wv, err := foldVectors(tr, c.WithDefaults())
		if err != nil {
			return nil, err
		}
		lex, err := features.DefaultLexicon()
		if err != nil {
			return nil, err
		}
		cues := lex.Cues()
		have := map[string]bool{}
		for _, q := range cues {
			for _, w := range strings.Fields(q.Pattern) {
				have[strings.TrimPrefix(w, "=")] = true
			}
		}
		var add []features.Cue
		for _, q := range cues {
			if strings.ContainsAny(q.Pattern, " |*=") {
				continue
			}
			for _, w := range wv.Neighbours(tokenize.Stem(q.Pattern), n, min) {
				if have[w] || !isLetters(w) {
					continue
				}
				have[w] = true
				add = append(add, derivedCue(q, w, share))
			}
		}
		nl, err := expandedLexicon(cues, add)
		if err != nil {
			return nil, err
		}
		cc := cfg
		cc.Lexicon = nl
		m, err := train(tr, cc, o)
		if err != nil {
			return nil, err
		}
		return modelLabeller(m), nil
	}
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

// SelfTrain fits the model on the labelled fold, labels the unlabelled
// pool, and adds the statements it labels with confidence at least thr,
// at most perClass of each class (most confident first), with weight w;
// rounds repeats it with the retrained model.
func SelfTrain(thr, w float64, perClass, rounds int) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		unl, err := UnlabelledPool()
		if err != nil {
			return nil, err
		}
		texts, labels, _ := defaultmodel.Columns(tr)
		m, err := train(tr, cfg, o)
		if err != nil {
			return nil, err
		}
		for r := 0; r < rounds; r++ {
			type cand struct {
				i    int
				conf float64
			}
			by := map[stance.Label][]cand{}
			for i, p := range m.PredictBatch(unl, 0) {
				if p.Err == nil && p.Confidence >= thr {
					by[p.Label] = append(by[p.Label], cand{i, p.Confidence})
				}
			}
			tt, ll := slices.Clip(texts), slices.Clip(labels)
			wt := make([]float64, len(tt), len(tt)+len(unl))
			for i := range wt {
				wt[i] = 1
			}
			for _, l := range Labels {
				cs := by[l]
				sort.SliceStable(cs, func(a, b int) bool { return cs[a].conf > cs[b].conf })
				for _, c := range cs[:min(perClass, len(cs))] {
					tt, ll, wt = append(tt, unl[c.i]), append(ll, l), append(wt, w)
				}
			}
			if m, err = stance.TrainWeighted(tt, ll, wt, cfg); err != nil {
				return nil, err
			}
		}
		return modelLabeller(m), nil
	}
}

// OrdinalLearner adds two cumulative binary models over the on-target
// statements, P(stance > supportive) and P(stance > cautious), to the
// default model: the stance of a statement the default calls on target is
// the argmax of mix × its stance probabilities + (1 − mix) × the ordinal
// ones.
func OrdinalLearner(mix float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		m, err := train(tr, cfg, o)
		if err != nil {
			return nil, err
		}
		var on []defaultmodel.Example
		for _, e := range tr {
			if e.Label != stance.OffTarget {
				on = append(on, e)
			}
		}
		cut := func(above ...stance.Label) (*stance.Model, error) {
			ex := make([]defaultmodel.Example, len(on))
			for i, e := range on {
				ex[i] = e
				ex[i].Label = "low"
				if slices.Contains(above, e.Label) {
					ex[i].Label = "high"
				}
			}
			return train(ex, cfg, o)
		}
		m1, err := cut(stance.Cautious, stance.Opposed)
		if err != nil {
			return nil, err
		}
		m2, err := cut(stance.Opposed)
		if err != nil {
			return nil, err
		}
		return func(texts []string) []stance.Label {
			out := make([]stance.Label, len(texts))
			for i, s := range texts {
				p, err := m.Predict(s)
				if err != nil {
					continue
				}
				out[i] = p.Label
				if p.Label == stance.OffTarget {
					continue
				}
				p1, err1 := m1.Predict(s)
				p2, err2 := m2.Predict(s)
				if err1 != nil || err2 != nil {
					continue
				}
				g1, g2 := p1.Probs.Of("high"), p2.Probs.Of("high")
				ord := map[stance.Label]float64{
					stance.Supportive: 1 - g1,
					stance.Cautious:   math.Max(0, g1-g2),
					stance.Opposed:    g2,
				}
				best, bv := out[i], math.Inf(-1)
				for _, l := range []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed} {
					if v := mix*p.Probs.Of(l) + (1-mix)*ord[l]; v > bv {
						best, bv = l, v
					}
				}
				out[i] = best
			}
			return out
		}, nil
	}
}

// derivedCue is a cue for pattern p that signals what q does, at share of
// q's weight (a weight of 0 counts as 1): a cue a lexicon expansion adds.
func derivedCue(q features.Cue, p string, share float64) features.Cue {
	wt := q.Weight
	if wt == 0 {
		wt = 1
	}
	return features.Cue{Class: q.Class, Pattern: p, NegatedClass: q.NegatedClass, Weight: wt * share}
}

// expandedLexicon is the lexicon of cues (class, pattern, negated class and
// weight of each) followed by add.
func expandedLexicon(cues, add []features.Cue) (*features.Lexicon, error) {
	all := make([]features.Cue, 0, len(cues)+len(add))
	for _, q := range cues {
		all = append(all, features.Cue{Class: q.Class, Pattern: q.Pattern, NegatedClass: q.NegatedClass, Weight: q.Weight})
	}
	return features.NewLexicon(append(all, add...))
}
