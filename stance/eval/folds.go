package eval

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/stancekit/stancekit/stance"
)

// Folds assigns each example to a fold, numbered from 0. StratifiedKFold,
// GroupKFold and GroupFolds make the usual kinds.
type Folds []int

// StratifiedKFold splits n examples into k folds that keep each class's
// share, shuffling within classes with the given seed (deterministic).
func StratifiedKFold(labels []stance.Label, k int, seed uint64) (Folds, error) {
	if k < 2 || k > len(labels) {
		return nil, fmt.Errorf("stratified k-fold: k=%d for %d examples", k, len(labels))
	}
	byClass := map[stance.Label][]int{}
	var order []stance.Label
	for i, l := range labels {
		if _, ok := byClass[l]; !ok {
			order = append(order, l)
		}
		byClass[l] = append(byClass[l], i)
	}
	// The classes are dealt by name, not in stance.CompareLabels order:
	// the folds, and every figure cross-validated on them, depend on it.
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	f := make(Folds, len(labels))
	next := 0
	for _, l := range order {
		idx := byClass[l]
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			f[i] = next % k
			next++
		}
	}
	return f, nil
}

// split returns fold f's training part (every other fold) and its test
// part with the test examples' indices.
func (folds Folds) split(f int, texts []string, labels []stance.Label) (trX []string, trY []stance.Label, teX []string, teI []int) {
	for i := range texts {
		if folds[i] == f {
			teX = append(teX, texts[i])
			teI = append(teI, i)
		} else {
			trX = append(trX, texts[i])
			trY = append(trY, labels[i])
		}
	}
	return trX, trY, teX, teI
}

// GroupFolds puts each distinct group in its own fold (leave-one-group-out:
// with groups set to article names, leave-one-article-out). Folds are
// numbered in sorted group order.
func GroupFolds(groups []string) Folds {
	names := map[string]int{}
	var sorted []string
	for _, g := range groups {
		if _, ok := names[g]; !ok {
			names[g] = 0
			sorted = append(sorted, g)
		}
	}
	sort.Strings(sorted)
	for i, g := range sorted {
		names[g] = i
	}
	f := make(Folds, len(groups))
	for i, g := range groups {
		f[i] = names[g]
	}
	return f
}

// GroupKFold splits examples into k folds by group: every example of a
// group lands in the same fold (scikit-learn's GroupKFold, with the groups
// shuffled by seed before they are dealt, largest first, to the fold with
// the fewest examples so far). Use it with groups set to source pages, so
// that no fold's model has seen the page it is scored on. Deterministic.
func GroupKFold(groups []string, k int, seed uint64) (Folds, error) {
	size := map[string]int{}
	var names []string
	for _, g := range groups {
		if size[g] == 0 {
			names = append(names, g)
		}
		size[g]++
	}
	if k < 2 || k > len(names) {
		return nil, fmt.Errorf("group k-fold: k=%d for %d groups", k, len(names))
	}
	sort.Strings(names)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	sort.SliceStable(names, func(i, j int) bool { return size[names[i]] > size[names[j]] })
	fold := map[string]int{}
	load := make([]int, k)
	for _, g := range names {
		best := 0
		for f := range load {
			if load[f] < load[best] {
				best = f
			}
		}
		fold[g] = best
		load[best] += size[g]
	}
	f := make(Folds, len(groups))
	for i, g := range groups {
		f[i] = fold[g]
	}
	return f, nil
}
