package experiment

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// ConjunctionLearner adds features the linear model cannot form: the
// product of each lexicon class feature ("cue:<class>", "cue:!<class>")
// with the presence of each of the fold's top unigrams by document
// frequency (which is where the target's names, "huawei", "chines",
// "vendor", and the modals sit: no word list is written), and with each
// other cue class feature. The words are chosen from the fold's training
// texts alone. The new features take reserved vocabulary slots (made-up
// words no statement has, as DenseLearner does), at value scale × the cue
// value.
func ConjunctionLearner(top int, scale float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
		texts, labels, _ := defaultmodel.Columns(tr)
		probe, err := vectoriserFor(cfg)
		if err != nil {
			return nil, err
		}
		X0, err := probe.FitTransform(texts)
		if err != nil {
			return nil, err
		}
		df := map[int32]int{}
		for _, x := range X0 {
			for _, i := range x.Idx {
				df[i]++
			}
		}
		var cues, words []int32
		for i, n := range probe.Names() {
			switch {
			case strings.HasPrefix(n, "cue:"):
				cues = append(cues, int32(i))
			case strings.HasPrefix(n, "w:"):
				words = append(words, int32(i))
			}
		}
		sort.SliceStable(words, func(a, b int) bool { return df[words[a]] > df[words[b]] })
		words = words[:min(top, len(words))]
		topNames := make([]string, len(words))
		for n, i := range words {
			topNames[n] = probe.Name(int(i))
		}
		cueNames := make([]string, len(cues))
		for n, i := range cues {
			cueNames[n] = probe.Name(int(i))
		}
		nslots := len(cues)*len(words) + len(cues)*(len(cues)-1)/2
		if nslots > 19*19 {
			return nil, fmt.Errorf("conjunctions: %d slots, at most %d", nslots, 19*19)
		}
		slots := make([]string, nslots)
		for i := range slots {
			slots[i] = slotWord(i)
		}
		dummy := strings.Join(slots, " ")
		vec, err := vectoriserFor(cfg)
		if err != nil {
			return nil, err
		}
		if err := vec.Fit(append(slices.Clip(texts), dummy, dummy)); err != nil {
			return nil, err
		}
		at := map[string]int32{}
		for i, n := range vec.Names() {
			at[n] = int32(i)
		}
		slotIdx := make([]int32, nslots)
		for i, w := range slots {
			j, ok := at["w:"+tokenize.Stem(w)]
			if !ok {
				return nil, fmt.Errorf("conjunction slot %q not in the vocabulary", w)
			}
			slotIdx[i] = j
		}
		cueIdx := make([]int32, len(cueNames))
		for n, s := range cueNames {
			cueIdx[n] = at[s]
		}
		wordIdx := make([]int32, len(topNames))
		for n, s := range topNames {
			wordIdx[n] = at[s]
		}
		vector := func(s string) (features.Vector, error) {
			x, err := vec.Transform(s)
			if err != nil {
				return x, err
			}
			type kv struct {
				i int32
				v float64
			}
			var add []kv
			cv := make([]float64, len(cueIdx))
			for n, i := range cueIdx {
				cv[n] = x.Get(i)
			}
			slot := 0
			for n := range cueIdx {
				for _, wi := range wordIdx {
					if cv[n] != 0 && x.Get(wi) != 0 {
						add = append(add, kv{slotIdx[slot], scale * cv[n]})
					}
					slot++
				}
			}
			for a := range cueIdx {
				for b := a + 1; b < len(cueIdx); b++ {
					if cv[a] != 0 && cv[b] != 0 {
						add = append(add, kv{slotIdx[slot], scale * cv[a] * cv[b]})
					}
					slot++
				}
			}
			if len(add) == 0 {
				return x, nil
			}
			all := make([]kv, 0, x.Len()+len(add))
			for k := range x.Idx {
				all = append(all, kv{x.Idx[k], x.Val[k]})
			}
			all = append(all, add...)
			sort.Slice(all, func(a, b int) bool { return all[a].i < all[b].i })
			var y features.Vector
			for _, e := range all {
				y.Idx = append(y.Idx, e.i)
				y.Val = append(y.Val, e.v)
			}
			return y, nil
		}
		X := make([]features.Vector, len(texts))
		for i, s := range texts {
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
}
