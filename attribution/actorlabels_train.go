package attribution

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/attribution/internal/deflabels"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// labelL2 is the ridge penalty of the learned label's regressions, on
// standardised features (chosen by grouped cross-validation over the
// development texts among 3, 10 and 30: attribution/RESULTS.md).
const labelL2 = 10.0

// learnedFeatureNames are the features the learned label reads, of
// actorFeatureNames: the aggregation's label, confidence, probabilities
// and vote, and the actor's type. Chosen by grouped cross-validation over
// the development texts against all of them (attribution/RESULTS.md:
// 0.828 / 0.817 / 0.817 / 0.839 pooled label accuracy over four fold
// seeds, against 0.806 / 0.817 / 0.796 / 0.806 with all).
var learnedFeatureNames = []string{
	"actor_confidence",
	"type_government", "type_company", "type_parliament", "type_eu", "type_regulator_operator", "type_unknown",
	"label_supportive", "label_cautious", "label_opposed",
	"p_supportive", "p_cautious", "p_opposed", "vote_supportive", "vote_cautious", "vote_opposed",
}

// featureIndices are the indices in actorFeatureNames of names, which
// must be among them, in their order.
func featureIndices(names []string) ([]int, error) {
	var out []int
	for _, n := range names {
		k := slices.Index(actorFeatureNames, n)
		if k < 0 || len(out) > 0 && k <= out[len(out)-1] {
			return nil, fmt.Errorf("attribution: learned label: feature %q unknown or out of order", n)
		}
		out = append(out, k)
	}
	return out, nil
}

// learnedClasses are the classes of the learned label, in the order of
// its weights.
var learnedClasses = []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed}

// standardise returns the features' means and standard deviations over
// xs (1 for a constant feature, whose weight then stays 0) and the rows
// standardised, each with a leading 1 for the bias.
func standardise(xs [][]float64) (mean, scale []float64, z [][]float64) {
	d := len(xs[0])
	mean, scale = make([]float64, d), make([]float64, d)
	n := float64(len(xs))
	for _, x := range xs {
		for i, v := range x {
			mean[i] += v / n
		}
	}
	for _, x := range xs {
		for i, v := range x {
			scale[i] += (v - mean[i]) * (v - mean[i]) / n
		}
	}
	for i := range scale {
		scale[i] = math.Sqrt(scale[i])
		if scale[i] < 1e-9 {
			scale[i] = 1
		}
	}
	z = make([][]float64, len(xs))
	for k, x := range xs {
		z[k] = make([]float64, d+1)
		z[k][0] = 1
		for i, v := range x {
			z[k][i+1] = (v - mean[i]) / scale[i]
		}
	}
	return mean, scale, z
}

// trainLabelModel fits the learned label on the features xs of labelled
// actors (all of actorFeatureNames; it reads those named by names) and the
// gold label of each: one regression per class of
// learnedClasses (that class against the others), by Newton's method, so
// that the same rows always give the same weights. A class no row has is
// an error.
func trainLabelModel(xs [][]float64, gold []stance.Label, l2 float64, names []string) (*labelModel, error) {
	if len(xs) == 0 || len(xs) != len(gold) {
		return nil, errors.New("attribution: learned label: no training rows")
	}
	idx, err := featureIndices(names)
	if err != nil {
		return nil, err
	}
	m := &labelModel{idx: idx}
	sub := make([][]float64, len(xs))
	for r, x := range xs {
		for _, k := range idx {
			sub[r] = append(sub[r], x[k])
		}
	}
	var z [][]float64
	m.mean, m.scale, z = standardise(sub)
	for _, c := range learnedClasses {
		y := make([]bool, len(gold))
		for k, l := range gold {
			y[k] = l == c
		}
		if !slices.Contains(y, true) || !slices.Contains(y, false) {
			return nil, errors.New("attribution: learned label: class " + string(c) + " has no rows, or every row")
		}
		beta := newtonLogistic(z, y, l2)
		m.bias = append(m.bias, beta[0])
		m.w = append(m.w, beta[1:])
	}
	return m, nil
}

// newtonLogistic minimises the L2-penalised logistic loss of the rows'
// standardised features z (a leading 1 for the bias, which is not
// penalised) by Newton's method.
func newtonLogistic(z [][]float64, y []bool, l2 float64) []float64 {
	d := len(z[0])
	beta := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for k, x := range z {
			p := 1 / (1 + math.Exp(-dot(beta, x)))
			yk := b2f(y[k])
			for i := range x {
				g[i] += (p - yk) * x[i]
				for j := range x {
					h[i][j] += p * (1 - p) * x[i] * x[j]
				}
			}
		}
		for i := 1; i < d; i++ {
			g[i] += l2 * beta[i]
			h[i][i] += l2
		}
		h[0][0] += 1e-9
		step := solve(h, g)
		change := 0.0
		for i := range beta {
			beta[i] -= step[i]
			change = max(change, math.Abs(step[i]))
		}
		if change < 1e-10 {
			break
		}
	}
	return beta
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// solve solves h x = g by Gaussian elimination with partial pivoting (h
// is symmetric positive definite here; it is overwritten).
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(slices.Clone(h[i]), g[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			m := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= m * a[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := a[r][n]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}

func init() { deflabels.Build = buildLabelModel }

// labelRowsOf are the training rows of one analysed text: the features of
// each actor the analyser labelled (feats, as actorFeatures gives them)
// that the gold lists, and the gold's label of it. Texts without an own
// voice, on which the layer does not act, give rows too: training on them
// labels the 99 development texts one actor better in grouped CV than
// leaving them out (attribution/RESULTS.md).
func labelRowsOf(res *Result, feats [][]float64, gold map[string]stance.Label) (xs [][]float64, ys []stance.Label) {
	for i, x := range feats {
		if l, ok := gold[res.Actors[i].Name]; ok && x != nil {
			xs, ys = append(xs, x), append(ys, l)
		}
	}
	return xs, ys
}

// officialDevGold reads the development texts of testdata/official (the
// union of every batch's "dev" in split.json, sorted) and the gold actors'
// labels of each; the sealed texts are never read.
func officialDevGold() (names []string, docs map[string]string, gold map[string]map[string]stance.Label, err error) {
	dir := filepath.Join(corpus.Dir(), "official")
	dev, err := corpus.OfficialDevNames()
	if err != nil {
		return nil, nil, nil, err
	}
	names = slices.Sorted(slices.Values(dev))
	docs = map[string]string{}
	for _, n := range names {
		t, err := os.ReadFile(filepath.Join(dir, n+".txt"))
		if err != nil {
			return nil, nil, nil, err
		}
		docs[n] = string(t)
	}
	as, err := corpus.LoadActors(filepath.Join(dir, "actors.json"))
	if err != nil {
		return nil, nil, nil, err
	}
	gold = map[string]map[string]stance.Label{}
	for _, da := range as {
		if _, ok := docs[da.Doc]; !ok {
			continue
		}
		gold[da.Doc] = map[string]stance.Label{}
		for _, ac := range da.Actors {
			gold[da.Doc][ac.Actor] = stance.Label(ac.Label)
		}
	}
	return names, docs, gold, nil
}

// Cross-fitting of the learned label's training rows: the development
// texts' sorted names shuffled with crossFitSeed and dealt round-robin into
// crossFitFolds folds; each text is read with a stance model trained
// without its fold's official statements (deflabels.HeldOut), so that its
// actors' features are those of a text the stance model never saw, as on
// new texts. Read with the default model, which has seen every development
// statement, they are more confident than anything the label meets outside
// (attribution/RESULTS.md, eleventh session).
const (
	crossFitFolds = 5
	crossFitSeed  = 20261202
)

// cvFolds deals the sorted names, shuffled with seed, into k folds: the
// fold of each name.
func cvFolds(names []string, k int, seed uint64) map[string]int {
	s := slices.Clone(names)
	slices.Sort(s)
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	out := map[string]int{}
	for i, n := range s {
		out[n] = i % k
	}
	return out
}

// foldText is one development text read with the stance model of its
// fold: its result, with the learned label off, and its labelled actors'
// features.
type foldText struct {
	name  string
	res   *Result
	feats [][]float64
}

// crossFit reads every text of names (docs holds them) with the stance
// model heldOut trains without the official statements of its fold's
// texts (folds: each name's fold, 0 to k-1), the learned label off.
func crossFit(names []string, docs map[string]string, folds map[string]int, k int, heldOut func([]string) (*stance.Model, error)) ([]foldText, error) {
	out := make([]foldText, 0, len(names))
	for f := 0; f < k; f++ {
		var held []string
		for _, n := range names {
			if folds[n] == f {
				held = append(held, n)
			}
		}
		if len(held) == 0 {
			continue
		}
		m, err := heldOut(held)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f, err)
		}
		a, err := New(m, nil, WithoutLearnedLabels())
		if err != nil {
			return nil, err
		}
		for _, n := range held {
			res, err := a.Analyze(docs[n])
			if err != nil {
				return nil, fmt.Errorf("%s: %w", n, err)
			}
			out = append(out, foldText{name: n, res: res, feats: a.actorFeatures(res, len(docs[n]))})
		}
	}
	slices.SortFunc(out, func(a, b foldText) int { return strings.Compare(a.name, b.name) })
	return out, nil
}

// buildLabelModel trains the learned label on every development text, each
// read with the stance model of its cross-fitting fold (heldOut trains the
// default model without the statements of the texts it is given), and
// writes the weights file.
func buildLabelModel(heldOut func([]string) (*stance.Model, error)) ([]byte, error) {
	if heldOut == nil {
		return nil, errors.New("attribution: learned label: no trainer of held-out stance models")
	}
	names, docs, gold, err := officialDevGold()
	if err != nil {
		return nil, err
	}
	texts, err := crossFit(names, docs, cvFolds(names, crossFitFolds, crossFitSeed), crossFitFolds, heldOut)
	if err != nil {
		return nil, err
	}
	var xs [][]float64
	var ys []stance.Label
	for _, tx := range texts {
		x, y := labelRowsOf(tx.res, tx.feats, gold[tx.name])
		xs, ys = append(xs, x...), append(ys, y...)
	}
	lm, err := trainLabelModel(xs, ys, labelL2, learnedFeatureNames)
	if err != nil {
		return nil, err
	}
	note := []string{
		fmt.Sprintf("Trained on %d development texts, %d labelled actors the gold lists; ridge penalty %g.", len(names), len(xs), labelL2),
		fmt.Sprintf("Cross-fitted: each text read with the stance model trained without its fold's statements (%d folds, seed %d).", crossFitFolds, crossFitSeed),
	}
	return writeLabelModel(lm, note), nil
}
