package stance

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

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
	// ClassWeights multiplies the loss of the listed classes' examples (on
	// top of Balanced); unlisted classes weigh 1. It trades one class's
	// precision for its recall, as scikit-learn's class_weight dict does.
	ClassWeights map[Label]float64 `json:"class_weights,omitempty"`
	// CuePrior is the prior mean W0 of the weight that ties a lexicon class's
	// cue feature "cue:<class>" to the model class of the same name (all
	// other prior means are 0). It lets the lexicon's knowledge speak where
	// the training data is thin; 0 makes the penalty plain L2. A nonzero
	// CuePrior with no class named like a lexicon class (or with
	// Features.Cues off) ties nothing, and training fails rather than
	// ignore it.
	CuePrior float64 `json:"cue_prior"`
	// MaxIter bounds the optimiser's iterations (for SolverSVM, its passes
	// over the data).
	MaxIter int `json:"max_iter"`
	// Solver chooses the learner; the zero value is SolverLogistic.
	Solver Solver `json:"solver,omitempty"`
	// Tolerance stops SolverSVM once the projected gradient of its dual
	// problem spans less than this; 0 means 0.1, liblinear's default. For the
	// logistic solver, a positive Tolerance stops L-BFGS once ten iterations
	// in a row improve the objective by less than this share of its value;
	// 0 keeps the strict default (1e-10). Smaller is more exact and slower.
	Tolerance float64 `json:"tolerance,omitempty"`
	// RelevanceThreshold, for a model trained with OffTarget examples, is
	// the relevance (1 − P(OffTarget)) below which it answers OffTarget; 0
	// answers OffTarget whenever it is the most probable class.
	RelevanceThreshold float64 `json:"relevance_threshold,omitempty"`
	// NB, when positive, scales each class's n-gram features by the
	// magnitude of their naive Bayes log-count ratio for that class against
	// the rest, raised to the power NB (NB-LR, Wang and Manning 2012): the
	// weights are learnt on the scaled features and the scaling is folded
	// into them, so prediction is unchanged in cost. It amounts to an L2
	// penalty per class and feature that is weaker the more a feature's
	// presence differs between the class and the rest. Cue features are not
	// scaled. Logistic solver only.
	NB float64 `json:"nb,omitempty"`
	// OffTargetBias, for a model trained with OffTarget examples, is added
	// to the OffTarget class's bias after training: a shift of the log-odds
	// of "takes no position" against every stance, so that a positive value
	// answers OffTarget more often (it changes Relevance and the decision,
	// not the stance probabilities given relevance). Zero leaves the trained
	// bias; a model without OffTarget examples must leave it zero.
	OffTargetBias float64 `json:"off_target_bias,omitempty"`
	// RelevanceHead, for a model trained with OffTarget examples, also fits
	// a binary logistic regression of "takes no position" against "takes
	// one" on the same features (the same L2, class balancing and example
	// weights) and adds its log-odds to the OffTarget class's score: the
	// softmax's odds of OffTarget against the stance classes are
	// multiplied by the binary model's odds of off target, so that an
	// off_target answer must convince both. The sum is saved as the
	// OffTarget class's weights, so prediction costs nothing more, and the
	// stance probabilities given relevance are the softmax's. Logistic
	// solver only.
	RelevanceHead bool `json:"relevance_head,omitempty"`
	// Lexicon is the cue lexicon; nil uses features.DefaultLexicon. It is
	// saved inside the model, not in this struct's JSON.
	Lexicon *features.Lexicon `json:"-"`
}

// Solver is a learner Train offers. Its text form ("logistic", "svm") is
// what TrainConfig's JSON, saved models and command-line flags hold.
type Solver int

// The learners Train offers.
const (
	// SolverLogistic is a multinomial (softmax) logistic regression fitted
	// by L-BFGS: calibrated probabilities and honest explanations, the
	// default.
	SolverLogistic Solver = iota
	// SolverSVM is a one-vs-rest linear support vector machine with the
	// squared hinge loss and a regularised intercept (scikit-learn's
	// LinearSVC), trained by dual coordinate descent. It is much faster
	// than SolverLogistic on large sparse feature sets such as character
	// n-grams. Its probabilities are a softmax of the decision values: they
	// rank the classes but are not calibrated.
	SolverSVM
)

// solverNames are the solvers' text forms, by value.
var solverNames = [...]string{SolverLogistic: "logistic", SolverSVM: "svm"}

// String returns the solver's text form, or "Solver(n)" for a value that is
// none of the constants.
func (s Solver) String() string {
	if s >= 0 && int(s) < len(solverNames) {
		return solverNames[s]
	}
	return fmt.Sprintf("Solver(%d)", int(s))
}

// MarshalText implements encoding.TextMarshaler; a value that is none of
// the constants is an error.
func (s Solver) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(solverNames) {
		return nil, fmt.Errorf("unknown solver %d", int(s))
	}
	return []byte(solverNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: "logistic" or "svm"
// (the empty text is SolverLogistic, the zero value).
func (s *Solver) UnmarshalText(b []byte) error {
	switch string(b) {
	case "", "logistic":
		*s = SolverLogistic
	case "svm":
		*s = SolverSVM
	default:
		return fmt.Errorf("unknown solver %q (want %q or %q)", b, SolverLogistic, SolverSVM)
	}
	return nil
}

// DefaultTrainConfig is the configuration the default model is trained
// with.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Features: features.DefaultConfig(), L2: 0.01, Balanced: true, CuePrior: 1, MaxIter: 500}
}

// Train fits a model to texts and their labels. The label set is whatever
// labels holds, so the trainer serves any scheme: stancekit's three classes,
// or a benchmark's with a neutral class. Examples labelled OffTarget make the
// model able to say a statement takes no position (see HasRelevance):
// OffTarget is scored as one more class, reported apart from the stance
// classes. Training is deterministic:
// the same inputs give the same model, bit for bit. Statements with no words
// are rejected with their index, and so are labels that are not as
// ParseLabel writes them (one lower-case word: "Supportive" is an error
// wrapping ErrBadLabel, not a class apart from "supportive").
func Train(texts []string, labels []Label, cfg TrainConfig) (*Model, error) {
	return TrainWeighted(texts, labels, nil, cfg)
}

// TrainWeighted is Train with a weight for each example, scikit-learn's
// sample_weight: example i's loss counts weights[i] times (on top of the
// class weights). Weights must be positive and finite; nil weighs every
// example 1 and gives Train's model bit for bit.
func TrainWeighted(texts []string, labels []Label, weights []float64, cfg TrainConfig) (*Model, error) {
	p, err := prepare(texts, labels, &cfg)
	if err != nil {
		return nil, err
	}
	if err := p.setWeights(weights); err != nil {
		return nil, err
	}
	vec, err := features.NewVectorizer(cfg.Features, p.tok, p.lex)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	X, err := vec.FitTransform(texts)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	return p.fit(vec, X, cfg)
}

// TrainVectors fits a model to vectors that vec produced (by FitTransform
// or Transform), for callers that share one fitted vectoriser between
// several models: one model per target over a common vocabulary, or a grid
// of settings over the same cross-validation folds, without analysing the
// statements again for each. The model predicts with vec (which it shares:
// a fitted Vectorizer is immutable). cfg.Features and cfg.Lexicon are
// ignored in favour of vec's own.
//
// weights, unless nil, gives each example a weight, scikit-learn's
// sample_weight: example i's loss counts weights[i] times (on top of the
// class weights). Use it to add examples that inform the task less than its
// own, such as related data at a fraction of the weight. Weights must be
// positive and finite; nil weighs every example 1, as Train does.
func TrainVectors(vec *features.Vectorizer, X []features.Vector, labels []Label, weights []float64, cfg TrainConfig) (*Model, error) {
	if vec == nil || vec.Dim() == 0 {
		return nil, errors.New("train: vectorizer is nil or not fitted")
	}
	cfg.Features, cfg.Lexicon = vec.Config(), vec.Lexicon()
	for i, x := range X {
		if n := x.Len(); n > 0 && int(x.Idx[n-1]) >= vec.Dim() {
			return nil, fmt.Errorf("train: vector %d has feature %d, beyond the vectorizer's %d", i, x.Idx[n-1], vec.Dim())
		}
		for _, v := range x.Val {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("train: vector %d has the value %v", i, v)
			}
		}
	}
	p, err := prepareLabels(X, labels, &cfg)
	if err != nil {
		return nil, err
	}
	if err := p.setWeights(weights); err != nil {
		return nil, err
	}
	return p.fit(vec, X, cfg)
}

// prepared is a validated training set: its classes and class indices, and
// the tokenizer and lexicon to build the vectoriser with.
type prepared struct {
	classes []Label
	y       []int
	sw      []float64 // example weights, nil for all 1
	tok     *tokenize.Tokenizer
	lex     *features.Lexicon
}

// prepare validates a training set and cfg (filling in defaults) and maps
// the labels to class indices.
func prepare(texts []string, labels []Label, cfg *TrainConfig) (*prepared, error) {
	if len(texts) != len(labels) {
		return nil, fmt.Errorf("train: %d texts but %d labels", len(texts), len(labels))
	}
	if len(texts) == 0 {
		return nil, errors.New("train: no examples")
	}
	p, err := prepareLabels(texts, labels, cfg)
	if err != nil {
		return nil, err
	}
	for i, t := range texts {
		if !features.HasWord(t) {
			return nil, fmt.Errorf("train: example %d: %w", i, ErrEmpty)
		}
	}
	return p, nil
}

// prepareLabels checks cfg and maps labels to class indices; examples is
// the texts or vectors the labels belong to.
func prepareLabels[E any](examples []E, labels []Label, cfg *TrainConfig) (*prepared, error) {
	if len(examples) != len(labels) {
		return nil, fmt.Errorf("train: %d examples but %d labels", len(examples), len(labels))
	}
	if len(examples) == 0 {
		return nil, errors.New("train: no examples")
	}
	lex, err := checkConfig(cfg)
	if err != nil {
		return nil, err
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	var classes, firstSeen []Label
	y := make([]int, len(labels))
	for i, l := range labels {
		if err := checkLabel(l); err != nil {
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
	// Report the classes in the one order of CompareLabels.
	slices.SortFunc(classes, CompareLabels)
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
	return &prepared{classes: classes, y: y, tok: tk, lex: lex}, nil
}

// checkLabel checks that l is a label as ParseLabel writes it: one
// lower-case word. Train takes labels as they are, so "Supportive" would
// otherwise make a class apart from "supportive", and one that no cue
// feature of the lexicon names.
func checkLabel(l Label) error {
	c, err := ParseLabel(string(l))
	switch {
	case l == "":
		return fmt.Errorf("%w %q: empty", ErrBadLabel, l)
	case err != nil:
		return fmt.Errorf("%w %q: not one word of letters, digits, '_' or '-'", ErrBadLabel, l)
	case c != l:
		return fmt.Errorf("%w %q: not lower case without spaces (ParseLabel gives %q)", ErrBadLabel, l, c)
	}
	return nil
}

// setWeights checks and records example weights.
func (p *prepared) setWeights(w []float64) error {
	if w == nil {
		return nil
	}
	if len(w) != len(p.y) {
		return fmt.Errorf("train: %d weights for %d examples", len(w), len(p.y))
	}
	for i, x := range w {
		if !(x > 0) || math.IsInf(x, 0) {
			return fmt.Errorf("train: example %d: weight %v is not positive", i, x)
		}
	}
	p.sw = w
	return nil
}

// weight returns example i's weight.
func (p *prepared) weight(i int) float64 {
	if p.sw == nil {
		return 1
	}
	return p.sw[i]
}

// checkConfig validates cfg, fills in defaults and returns the lexicon the
// vectoriser is to use.
func checkConfig(cfg *TrainConfig) (*features.Lexicon, error) {
	if !finiteAtLeast0(cfg.L2) {
		return nil, fmt.Errorf("train: L2 %v is not a finite number >= 0", cfg.L2)
	}
	if math.IsNaN(cfg.CuePrior) || math.IsInf(cfg.CuePrior, 0) {
		return nil, fmt.Errorf("train: CuePrior %v is not a finite number", cfg.CuePrior)
	}
	switch cfg.Solver {
	case SolverLogistic:
	case SolverSVM:
		if cfg.L2 == 0 {
			return nil, errors.New("train: the SVM solver needs L2 > 0")
		}
	default:
		return nil, fmt.Errorf("train: unknown solver %v (want %v or %v)", cfg.Solver, SolverLogistic, SolverSVM)
	}
	for l, w := range cfg.ClassWeights {
		if err := checkLabel(l); err != nil {
			return nil, fmt.Errorf("train: class weight: %w", err)
		}
		if !(w > 0) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("train: class weight %v for %q is not positive", w, l)
		}
	}
	if !(cfg.RelevanceThreshold >= 0 && cfg.RelevanceThreshold < 1) {
		return nil, fmt.Errorf("train: relevance threshold %v is not in [0, 1)", cfg.RelevanceThreshold)
	}
	if math.IsNaN(cfg.OffTargetBias) || math.Abs(cfg.OffTargetBias) > 10 {
		return nil, fmt.Errorf("train: off-target bias %v is not a number in [-10, 10]", cfg.OffTargetBias)
	}
	if !finiteAtLeast0(cfg.NB) || cfg.NB > 4 {
		return nil, fmt.Errorf("train: NB %v is not a number in [0, 4]", cfg.NB)
	}
	if cfg.NB > 0 && cfg.Solver != SolverLogistic {
		return nil, fmt.Errorf("train: NB scaling needs the %v solver", SolverLogistic)
	}
	if cfg.RelevanceHead && cfg.Solver != SolverLogistic {
		return nil, fmt.Errorf("train: a relevance head needs the %v solver", SolverLogistic)
	}
	if !finiteAtLeast0(cfg.Tolerance) {
		return nil, fmt.Errorf("train: tolerance %v is not a finite number >= 0", cfg.Tolerance)
	}
	if cfg.MaxIter <= 0 {
		cfg.MaxIter = 500
	}
	lex := cfg.Lexicon
	if lex == nil && cfg.Features.Cues {
		var err error
		if lex, err = features.DefaultLexicon(); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	return lex, nil
}

// finiteAtLeast0 reports whether x is a finite number >= 0 (not NaN, not
// +Inf: an infinite L2 makes every weight NaN).
func finiteAtLeast0(x float64) bool { return x >= 0 && !math.IsInf(x, 1) }

// fit trains a model on the vectors X of the prepared examples.
func (p *prepared) fit(vec *features.Vectorizer, X []features.Vector, cfg TrainConfig) (*Model, error) {
	if err := validLabels(p.classes); err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	m := &Model{labels: p.classes, vec: vec, dim: vec.Dim(), off: indexOff(p.classes), threshold: cfg.RelevanceThreshold}
	if err := m.checkPrior(cfg.CuePrior); err != nil {
		return nil, err
	}
	var err error
	if cfg.Solver == SolverSVM {
		err = m.fitSVM(X, p, cfg)
	} else {
		err = m.fit(X, p, cfg)
	}
	if err != nil {
		return nil, err
	}
	if cfg.RelevanceHead {
		if m.off < 0 {
			return nil, fmt.Errorf("train: a relevance head needs %s examples", OffTarget)
		}
		if err := m.addRelevanceHead(X, p, cfg); err != nil {
			return nil, err
		}
	}
	if cfg.OffTargetBias != 0 {
		if m.off < 0 {
			return nil, fmt.Errorf("train: an off-target bias needs %s examples", OffTarget)
		}
		m.b[m.off] += cfg.OffTargetBias
	}
	m.meta.Examples = len(X)
	m.meta.Config = cfg
	return m, nil
}

// exampleWeights returns each class's weight (1, or n / (K × n_class) when
// balanced, times any ClassWeights entry) and the sum over the examples of
// their class weight times their example weight.
func (m *Model) exampleWeights(p *prepared, cfg TrainConfig) ([]float64, float64) {
	y := p.y
	K, balanced := len(m.labels), cfg.Balanced
	cw := make([]float64, K)
	counts := make([]float64, K)
	for _, k := range y {
		counts[k]++
	}
	for k := range cw {
		cw[k] = 1
		if balanced {
			cw[k] = float64(len(y)) / (float64(K) * counts[k])
		}
		if w, ok := cfg.ClassWeights[m.labels[k]]; ok {
			cw[k] *= w
		}
	}
	var wsum float64
	for i, k := range y {
		wsum += cw[k] * p.weight(i)
	}
	return cw, wsum
}

// prior returns W0: CuePrior on (class k, feature "cue:<label k>").
func (m *Model) prior(cuePrior float64) []float64 {
	D := m.dim
	w0 := make([]float64, len(m.labels)*D)
	m.eachPrior(cuePrior, func(k, j int) { w0[k*D+j] = cuePrior })
	return w0
}

// eachPrior calls set for each class k and feature j whose prior mean is
// cuePrior rather than 0: the cue feature of class k. It calls nothing when
// cuePrior is 0.
func (m *Model) eachPrior(cuePrior float64, set func(k, j int)) {
	if cuePrior == 0 {
		return
	}
	for j := m.vec.NGrams(); j < m.dim; j++ {
		name := m.vec.Name(j)
		for k, l := range m.labels {
			if name == "cue:"+string(l) {
				set(k, j)
			}
		}
	}
}

// checkPrior fails when a nonzero cue prior would tie no weight: when no
// class of the model has the name of a lexicon class (or there are no cue
// features at all), the prior would silently turn into plain L2.
func (m *Model) checkPrior(cuePrior float64) error {
	if cuePrior == 0 {
		return nil
	}
	n := 0
	m.eachPrior(cuePrior, func(int, int) { n++ })
	if n > 0 {
		return nil
	}
	if !m.vec.Config().Cues {
		return fmt.Errorf("train: CuePrior %v needs cue features, and Features.Cues is off; set CuePrior to 0", cuePrior)
	}
	var cues []string
	for j := m.vec.NGrams(); j < m.dim; j++ {
		if c, ok := strings.CutPrefix(m.vec.Name(j), "cue:"); ok && !strings.HasPrefix(c, "!") {
			cues = append(cues, c)
		}
	}
	return fmt.Errorf("train: CuePrior %v applies to no class: the lexicon's classes %v share no name with the classes %v; set CuePrior to 0", cuePrior, cues, m.labels)
}

// fit minimises the class-weighted mean log-loss plus the L2 penalty with
// gonum's L-BFGS, starting from the prior (deterministic).
func (m *Model) fit(X []features.Vector, ex *prepared, cfg TrainConfig) error {
	K, D, y := len(m.labels), m.dim, ex.y
	cw, wsum := m.exampleWeights(ex, cfg)
	w0 := m.prior(cfg.CuePrior)
	// Parameters: K*D weights then K biases. With NB scaling, theta holds
	// the weights V of the scaled features and the weights of the features
	// themselves are W = s ⊙ V.
	nParam := K*D + K
	var s []float64
	if cfg.NB > 0 {
		s = nbScale(X, y, K, D, m.vec.NGrams(), cfg.NB)
	}
	obj := newSoftmax(X, y, K, D, cw, ex.weight, wsum, w0, s, cfg.L2)
	prob := optimize.Problem{Func: obj.value, Grad: obj.gradient}
	init := make([]float64, nParam)
	copy(init, w0)
	settings := &optimize.Settings{
		MajorIterations:   cfg.MaxIter,
		GradientThreshold: 1e-7,
		Converger:         &optimize.FunctionConverge{Absolute: 1e-10, Relative: 1e-10, Iterations: 20},
	}
	if cfg.Tolerance > 0 {
		// Stop once 10 iterations in a row improve the objective by less
		// than Tolerance relative to its value.
		settings.GradientThreshold = 1e-9
		settings.Converger = &optimize.FunctionConverge{Absolute: 1e-12, Relative: cfg.Tolerance, Iterations: 10}
	}
	res, err := optimize.Minimize(prob, init, settings, newLBFGS())
	if err != nil && res == nil {
		return fmt.Errorf("train: optimise: %w", err)
	}
	// Hitting the iteration limit still leaves a usable, deterministic model.
	for _, v := range res.X {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return errors.New("train: optimiser diverged")
		}
	}
	if s != nil {
		for j := range s {
			res.X[j] *= s[j]
		}
	}
	m.setClassMajor(func(k int) []float64 { return res.X[k*D : (k+1)*D] })
	m.b = append([]float64(nil), res.X[K*D:]...)
	m.meta.Iterations = res.Stats.MajorIterations
	m.meta.Loss = res.F
	return nil
}

// addRelevanceHead fits the binary relevance model of
// TrainConfig.RelevanceHead (on target, off target) to the examples of the
// fitted model m and adds its log-odds of off target to m's OffTarget
// weights and bias. The binary model is a two-class softmax, whose log-odds
// are the difference of its two classes' scores.
func (m *Model) addRelevanceHead(X []features.Vector, p *prepared, cfg TrainConfig) error {
	const on, off = 0, 1
	y := make([]int, len(p.y))
	for i, k := range p.y {
		y[i] = on
		if k == m.off {
			y[i] = off
		}
	}
	bin := &Model{labels: []Label{"on", OffTarget}, vec: m.vec, dim: m.dim, off: -1}
	bc := cfg
	bc.CuePrior, bc.ClassWeights, bc.NB = 0, nil, 0
	if err := bin.fit(X, &prepared{classes: bin.labels, y: y, sw: p.sw, tok: p.tok, lex: p.lex}, bc); err != nil {
		return fmt.Errorf("relevance head: %w", err)
	}
	K := len(m.labels)
	for j := range m.dim {
		m.w[j*K+m.off] += bin.w[j*2+off] - bin.w[j*2+on]
	}
	m.b[m.off] += bin.b[off] - bin.b[on]
	return nil
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// nbScale returns NB-LR's feature scaling, class-major (s[k*D+j] for class
// k and feature j): for each of the first nGram features, the magnitude of
// the log ratio of its smoothed presence rate among class k's examples to
// that among the others, to the power pow; 1 for the features after them.
func nbScale(X []features.Vector, y []int, K, D, nGram int, pow float64) []float64 {
	cnt := make([]float64, K*D) // examples of class k with feature j
	tot := make([]float64, D)
	for i, x := range X {
		row := cnt[y[i]*D : (y[i]+1)*D]
		for t, j := range x.Idx {
			if x.Val[t] != 0 {
				row[j]++
				tot[j]++
			}
		}
	}
	// The L1 norms of the smoothed count vectors (one added to each of the
	// nGram counts).
	in := make([]float64, K)
	var all float64
	for k := range K {
		for j := range nGram {
			in[k] += cnt[k*D+j]
		}
		all += in[k]
	}
	s := make([]float64, K*D)
	for k := range K {
		pn, qn := in[k]+float64(nGram), all-in[k]+float64(nGram)
		for j := range D {
			if j >= nGram {
				s[k*D+j] = 1
				continue
			}
			c := cnt[k*D+j]
			r := math.Log((c + 1) / pn / ((tot[j] - c + 1) / qn))
			s[k*D+j] = math.Pow(math.Abs(r), pow)
		}
	}
	return s
}
