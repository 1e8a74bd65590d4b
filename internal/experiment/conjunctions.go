package experiment

import (
	"fmt"
	"sort"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
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
		vec, err := vectoriserFor(cfg)
		if err != nil {
			return nil, err
		}
		slotIdx, at, err := fitWithSlots(vec, texts, nslots, "conjunction")
		if err != nil {
			return nil, err
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
			var add []slotValue
			cv := make([]float64, len(cueIdx))
			for n, i := range cueIdx {
				cv[n] = x.Get(i)
			}
			slot := 0
			for n := range cueIdx {
				for _, wi := range wordIdx {
					if cv[n] != 0 && x.Get(wi) != 0 {
						add = append(add, slotValue{slotIdx[slot], scale * cv[n]})
					}
					slot++
				}
			}
			for a := range cueIdx {
				for b := a + 1; b < len(cueIdx); b++ {
					if cv[a] != 0 && cv[b] != 0 {
						add = append(add, slotValue{slotIdx[slot], scale * cv[a] * cv[b]})
					}
					slot++
				}
			}
			return withSlots(x, add), nil
		}
		return trainSlotted(vec, texts, labels, cfg, vector)
	}
}
