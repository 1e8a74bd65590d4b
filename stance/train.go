package stance

import (
	"errors"
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/optimize"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/tokenize"
)

// TrainConfig sets how Train fits a model.
type TrainConfig struct {
	// Features configures the vectoriser.
	Features features.Config `json:"features"`
	// L2 is the strength of the L2 penalty on the weights (the inverse of
	// scikit-learn's C, divided by the number of examples): the objective
	// is the weighted mean log-loss plus L2/2 × ‖W − W0‖².
	L2 float64 `json:"l2"`
	// Balanced weights each class by n / (K × n_class), scikit-learn's
	// class_weight="balanced", so a rare class is not ignored.
	Balanced bool `json:"balanced"`
	// CuePrior is the prior mean W0 of the weight that ties a lexicon class's
	// cue feature "cue:<class>" to the model class of the same name (all
	// other prior means are 0). It lets the lexicon's knowledge speak where
	// the training data is thin; 0 makes the penalty plain L2.
	CuePrior float64 `json:"cue_prior"`
	// MaxIter bounds the optimiser's iterations.
	MaxIter int `json:"max_iter"`
	// Lexicon is the cue lexicon; nil uses features.DefaultLexicon. It is
	// saved inside the model, not in this struct's JSON.
	Lexicon *features.Lexicon `json:"-"`
}

// DefaultTrainConfig is the configuration the default model is trained
// with.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Features: features.DefaultConfig(), L2: 0.01, Balanced: true, CuePrior: 1, MaxIter: 500}
}

// Train fits a model to texts and their labels. The label set is whatever
// labels holds (in order of first appearance), so the trainer serves any
// scheme: stancekit's three classes, or a benchmark's with a neutral class.
// Training is deterministic: the same inputs give the same model, bit for
// bit. Statements with no words are rejected with their index.
func Train(texts []string, labels []Label, cfg TrainConfig) (*Model, error) {
	if len(texts) != len(labels) {
		return nil, fmt.Errorf("train: %d texts but %d labels", len(texts), len(labels))
	}
	if len(texts) == 0 {
		return nil, errors.New("train: no examples")
	}
	if cfg.L2 < 0 || math.IsNaN(cfg.L2) {
		return nil, fmt.Errorf("train: L2 %v is negative", cfg.L2)
	}
	if cfg.MaxIter <= 0 {
		cfg.MaxIter = 500
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	lex := cfg.Lexicon
	if lex == nil && cfg.Features.Cues {
		if lex, err = features.DefaultLexicon(); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	var classes, firstSeen []Label
	y := make([]int, len(labels))
	for i, l := range labels {
		if _, err := ParseLabel(string(l)); err != nil {
			return nil, fmt.Errorf("train: example %d: %w", i, err)
		}
		k := -1
		for c, have := range classes {
			if have == l {
				k = c
			}
		}
		if k < 0 {
			k = len(classes)
			classes = append(classes, l)
			firstSeen = append(firstSeen, l)
		}
		y[i] = k
	}
	// Report stancekit's classes in their documented order, others by name.
	sort.SliceStable(classes, func(i, j int) bool { return stanceOrder(classes[i]) < stanceOrder(classes[j]) })
	remap := make([]int, len(classes))
	for c, l := range classes {
		for old := range remap {
			if firstSeen[old] == l {
				remap[old] = c
			}
		}
	}
	for i := range y {
		y[i] = remap[y[i]]
	}
	if len(classes) < 2 {
		return nil, fmt.Errorf("train: need at least two classes, have %v", classes)
	}
	for i, t := range texts {
		if !hasWord(tk, t) {
			return nil, fmt.Errorf("train: example %d: %w", i, ErrEmpty)
		}
	}
	vec, err := features.NewVectorizer(cfg.Features, tk, lex)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	X, err := vec.FitTransform(texts)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	m := &Model{labels: classes, vec: vec, tok: tk, dim: vec.Dim()}
	if err := m.fit(X, y, cfg); err != nil {
		return nil, err
	}
	m.meta.Examples = len(texts)
	m.meta.Config = cfg
	return m, nil
}

// prior returns W0: CuePrior on (class k, feature "cue:<label k>").
func (m *Model) prior(cuePrior float64) []float64 {
	K, D := len(m.labels), m.dim
	w0 := make([]float64, K*D)
	if cuePrior == 0 {
		return w0
	}
	for j := m.vec.NGrams(); j < D; j++ {
		name := m.vec.Name(j)
		for k, l := range m.labels {
			if name == "cue:"+string(l) {
				w0[k*D+j] = cuePrior
			}
		}
	}
	return w0
}

// fit minimises the class-weighted mean log-loss plus the L2 penalty with
// gonum's L-BFGS, starting from the prior (deterministic).
func (m *Model) fit(X []features.Vector, y []int, cfg TrainConfig) error {
	K, D, n := len(m.labels), m.dim, len(X)
	cw := make([]float64, K)
	counts := make([]float64, K)
	for _, k := range y {
		counts[k]++
	}
	for k := range cw {
		cw[k] = 1
		if cfg.Balanced {
			cw[k] = float64(n) / (float64(K) * counts[k])
		}
	}
	var wsum float64
	for _, k := range y {
		wsum += cw[k]
	}
	w0 := m.prior(cfg.CuePrior)
	// Parameters: K*D weights then K biases.
	nParam := K*D + K
	p := make([]float64, K)
	objective := func(theta, grad []float64) float64 {
		if grad != nil {
			for i := range grad {
				grad[i] = 0
			}
		}
		W, B := theta[:K*D], theta[K*D:]
		var loss float64
		for i, x := range X {
			mx := math.Inf(-1)
			for c := 0; c < K; c++ {
				p[c] = B[c] + x.Dot(W[c*D:(c+1)*D])
				mx = math.Max(mx, p[c])
			}
			var z float64
			for c := range p {
				p[c] = math.Exp(p[c] - mx)
				z += p[c]
			}
			wi := cw[y[i]] / wsum
			loss -= wi * (math.Log(p[y[i]]) - math.Log(z))
			if grad == nil {
				continue
			}
			for c := 0; c < K; c++ {
				g := wi * (p[c]/z - b2f(c == y[i]))
				grad[K*D+c] += g
				row := grad[c*D : (c+1)*D]
				for t, j := range x.Idx {
					row[j] += g * x.Val[t]
				}
			}
		}
		for j := 0; j < K*D; j++ {
			d := W[j] - w0[j]
			loss += 0.5 * cfg.L2 * d * d
			if grad != nil {
				grad[j] += cfg.L2 * d
			}
		}
		return loss
	}
	prob := optimize.Problem{
		Func: func(theta []float64) float64 { return objective(theta, nil) },
		Grad: func(grad, theta []float64) { objective(theta, grad) },
	}
	init := make([]float64, nParam)
	copy(init, w0)
	settings := &optimize.Settings{
		MajorIterations:   cfg.MaxIter,
		GradientThreshold: 1e-7,
		Converger:         &optimize.FunctionConverge{Absolute: 1e-10, Relative: 1e-10, Iterations: 20},
	}
	res, err := optimize.Minimize(prob, init, settings, &optimize.LBFGS{})
	if err != nil && res == nil {
		return fmt.Errorf("train: optimise: %w", err)
	}
	// Hitting the iteration limit still leaves a usable, deterministic model.
	for _, v := range res.X {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return errors.New("train: optimiser diverged")
		}
	}
	m.w = append([]float64(nil), res.X[:K*D]...)
	m.b = append([]float64(nil), res.X[K*D:]...)
	m.meta.Iterations = res.Stats.MajorIterations
	m.meta.Loss = res.F
	return nil
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
