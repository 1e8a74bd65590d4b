package experiment

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// Ablation is one setting measured against the default by grouped
// cross-validation on the train split.
type Ablation struct {
	// Name says what changes.
	Name string
	// Config is the training configuration.
	Config stance.TrainConfig
	// Options carry text transforms and data choices.
	Options Options
	// NoSynthetic and NoArticles leave those train-only sets out
	// (NoSynthetic the first synthetic set, synthetic.jsonl, only).
	NoSynthetic, NoArticles bool
	// Synthetic2 says whether the row trains on the second synthetic set
	// (synthetic2.jsonl): 0 as the default does
	// (defaultmodel.Synthetic2InDefault), 1 with it, -1 without it. Its
	// weight is Options.Weights[defaultmodel.Synthetic2Origin].
	Synthetic2 int
	// Synthetic2Part, when the row trains on the second synthetic set,
	// keeps part of it: 0 all of it, 1 its off-target statements only, -1
	// its on-target ones only.
	Synthetic2Part int
	// Official, when its weight is positive, adds the official gold's
	// development statements (defaultmodel.Official) to every fold's
	// training part; in each fold, those sharing a run of eight words with
	// a held-out statement are left out (Options.Disjoint). They are never
	// scored.
	Official OfficialSpec
}

// OfficialOffOrigin is the Origin the official off-target statements are
// given when OfficialSpec weighs them apart.
const OfficialOffOrigin = "official_off"

// OfficialSpec says how the official development statements join a
// training set.
type OfficialSpec struct {
	// Weight is the on-target statements' weight (0 or negative: none of
	// them join).
	Weight float64
	// OffWeight, when not 0, is the off-target statements' weight (their
	// Origin becomes OfficialOffOrigin); negative leaves them out. When 0
	// they have Weight.
	OffWeight float64
}

// DefaultOfficial is how the default model takes the official statements
// (defaultmodel.OfficialWeight).
func DefaultOfficial() OfficialSpec { return OfficialSpec{Weight: defaultmodel.OfficialWeight} }

// WithDefaultOfficial returns rows with every row that sets no official
// weight of its own (Weight 0) given the official statements at weight w,
// as the default then takes them: each row stays a change from the
// default. A negative Weight means none and is left alone; w 0 leaves
// every row as it is, the rows as measured before the tenth session.
func WithDefaultOfficial(rows []Ablation, w float64) []Ablation {
	out := slices.Clone(rows)
	for i := range out {
		if out[i].Official.Weight == 0 {
			out[i].Official.Weight = w
		}
	}
	return out
}

// On reports whether the spec adds any statement.
func (s OfficialSpec) On() bool { return s.Weight > 0 }

// Examples returns the official statements the spec adds.
func (s OfficialSpec) Examples() ([]defaultmodel.Example, error) {
	if !s.On() {
		return nil, nil
	}
	off, _, err := defaultmodel.Official()
	if err != nil {
		return nil, err
	}
	out := off[:0:0]
	for _, e := range off {
		if e.Label == stance.OffTarget && s.OffWeight != 0 {
			if s.OffWeight < 0 {
				continue
			}
			e.Origin = OfficialOffOrigin
		}
		out = append(out, e)
	}
	return out, nil
}

// Apply returns o with the spec's weights and its origins in Disjoint.
func (s OfficialSpec) Apply(o Options) Options {
	if !s.On() {
		return o
	}
	o.Disjoint = append(slices.Clip(o.Disjoint), defaultmodel.OfficialOrigin, OfficialOffOrigin)
	w := map[string]float64{}
	for k, v := range o.Weights {
		w[k] = v
	}
	if s.Weight != 1 {
		w[defaultmodel.OfficialOrigin] = s.Weight
	}
	if s.OffWeight > 0 && s.OffWeight != 1 {
		w[OfficialOffOrigin] = s.OffWeight
	}
	if len(w) > 0 {
		o.Weights = w
	}
	return o
}

// Data returns the row's cross-validation set: the train split scored, the
// synthetic statements, the article corpus and (Official) the official
// development statements train-only.
func (a Ablation) Data() (Data, error) {
	d, err := trainData(!a.NoSynthetic, a.Synthetic2On(), !a.NoArticles)
	if err != nil {
		return Data{}, err
	}
	d.TrainOnly = slices.DeleteFunc(d.TrainOnly, func(e defaultmodel.Example) bool { return !a.keepSynthetic2(e) })
	return a.WithOfficial(d)
}

// keepSynthetic2 reports whether an example the row trains on stays by
// Synthetic2Part (every example not of the second synthetic set does).
func (a Ablation) keepSynthetic2(e defaultmodel.Example) bool {
	if e.Origin != defaultmodel.Synthetic2Origin || a.Synthetic2Part == 0 {
		return true
	}
	return (e.Label == stance.OffTarget) == (a.Synthetic2Part > 0)
}

// Synthetic2On reports whether the row trains on the second synthetic set.
func (a Ablation) Synthetic2On() bool {
	if a.Synthetic2 == 0 {
		return defaultmodel.Synthetic2InDefault
	}
	return a.Synthetic2 > 0
}

// WithSynthetic2 returns ex with the second synthetic set's examples as the
// row trains: every one of them dropped, then the set's train split
// appended when the row takes it (for training sets built as the default's,
// such as examples/evaluate -row's).
func (a Ablation) WithSynthetic2(ex []defaultmodel.Example) ([]defaultmodel.Example, error) {
	out := make([]defaultmodel.Example, 0, len(ex))
	for _, e := range ex {
		if e.Origin != defaultmodel.Synthetic2Origin {
			out = append(out, e)
		}
	}
	if !a.Synthetic2On() {
		return out, nil
	}
	st, err := defaultmodel.StatementsWith(true, corpus.Train)
	if err != nil {
		return nil, err
	}
	for _, e := range st {
		if e.Origin == defaultmodel.Synthetic2Origin && a.keepSynthetic2(e) {
			out = append(out, e)
		}
	}
	return out, nil
}

// WithOfficial appends the official development statements to d's
// train-only part when the row has them.
func (a Ablation) WithOfficial(d Data) (Data, error) {
	off, err := a.Official.Examples()
	if err != nil || len(off) == 0 {
		return d, err
	}
	d.TrainOnly = append(append([]defaultmodel.Example(nil), d.TrainOnly...), off...)
	return d, nil
}

// RowOptions returns the row's options for a run with o's folds and seed
// (with Official, its weights and Disjoint).
func (a Ablation) RowOptions(o Options) Options {
	ao := a.Options
	ao.Folds, ao.Seed = o.Folds, o.Seed
	return a.Official.Apply(ao)
}

// InDomainAblations are the tenth session's rows (issues 10 and 11): the
// default trained with the official development statements added, at three
// weights (go run ./examples/evaluate -paired 'official statements').
func InDomainAblations(def stance.TrainConfig) []Ablation {
	var out []Ablation
	for _, w := range []float64{1, 0.5, 2} {
		out = append(out, Ablation{Name: fmt.Sprintf("official statements added, weight %g", w), Config: def, Official: OfficialSpec{Weight: w}})
	}
	return append(out,
		Ablation{Name: "official statements added, on-target ones only", Config: def, Official: OfficialSpec{Weight: 1, OffWeight: -1}},
		Ablation{Name: "official statements added, off-target ones at weight 0.5", Config: def, Official: OfficialSpec{Weight: 1, OffWeight: 0.5}},
		Ablation{Name: "official statements added, off-target ones at weight 0.25", Config: def, Official: OfficialSpec{Weight: 1, OffWeight: 0.25}},
		Ablation{Name: "without the official statements (the ninth session's default)", Config: def, Official: OfficialSpec{Weight: -1}},
	)
}

// Ablations lists the settings README and stance/RESULTS.md report, each
// a change from the default (the first row). The rows after the default
// are those of the fifth session (NB scaling, the off-target bias, the
// linear SVM with character n-grams), then those of the sessions before,
// then the sixth session's learners (word vectors, self-training, ordinal
// models; Options.Learner), then the eighth session's model families
// (FamilyAblations).
func Ablations(def stance.TrainConfig) []Ablation {
	with := func(f func(*stance.TrainConfig)) stance.TrainConfig {
		c := def
		f(&c)
		return c
	}
	nb := func(pow, l2, bias float64, f func(*stance.TrainConfig)) stance.TrainConfig {
		return with(func(c *stance.TrainConfig) {
			c.NB, c.L2, c.OffTargetBias = pow, l2, bias
			if f != nil {
				f(c)
			}
		})
	}
	svm := func(l2 float64, cmin, cmax int) stance.TrainConfig {
		return with(func(c *stance.TrainConfig) {
			c.Solver, c.L2, c.Tolerance = stance.SolverSVM, l2, 0
			c.Features.CharMin, c.Features.CharMax = cmin, cmax
		})
	}
	return append([]Ablation{
		{Name: "default (chosen)", Config: def},
		{Name: "NB scaling 0.25, L2 3e-5, off-target bias 0.25 (best grouped CV)", Config: nb(0.25, 3e-5, 0.25, nil)},
		{Name: "NB scaling 0.25, L2 3e-5", Config: nb(0.25, 3e-5, 0, nil)},
		{Name: "NB scaling 0.25, L2 3e-5, off-target bias 0.5", Config: nb(0.25, 3e-5, 0.5, nil)},
		{Name: "NB scaling 0.25, L2 1e-5", Config: nb(0.25, 1e-5, 0, nil)},
		{Name: "NB scaling 0.25, L2 5e-5", Config: nb(0.25, 5e-5, 0, nil)},
		{Name: "NB scaling 0.25", Config: nb(0.25, def.L2, 0, nil)},
		{Name: "NB scaling 0.5, L2 3e-5", Config: nb(0.5, 3e-5, 0, nil)},
		{Name: "NB scaling 0.5, L2 3e-5, off-target bias 0.25", Config: nb(0.5, 3e-5, 0.25, nil)},
		{Name: "NB scaling 0.5, L2 1e-5", Config: nb(0.5, 1e-5, 0, nil)},
		{Name: "NB scaling 0.5", Config: nb(0.5, def.L2, 0, nil)},
		{Name: "NB scaling 0.5, L2 3e-4", Config: nb(0.5, 3e-4, 0, nil)},
		{Name: "NB scaling 0.75, L2 3e-5", Config: nb(0.75, 3e-5, 0, nil)},
		{Name: "NB scaling 1, L2 3e-5 (NB-LR as published)", Config: nb(1, 3e-5, 0, nil)},
		{Name: "NB scaling 1", Config: nb(1, def.L2, 0, nil)},
		{Name: "NB scaling 0.5, L2 3e-5, cue weight 0.1", Config: nb(0.5, 3e-5, 0, func(c *stance.TrainConfig) { c.Features.CueWeight = 0.1 })},
		{Name: "NB scaling 0.5, L2 3e-5, cue weight 0.4", Config: nb(0.5, 3e-5, 0, func(c *stance.TrainConfig) { c.Features.CueWeight = 0.4 })},
		{Name: "NB scaling 0.5, L2 3e-5, classes not balanced", Config: nb(0.5, 3e-5, 0, func(c *stance.TrainConfig) { c.Balanced = false })},
		{Name: "NB scaling 0.5, L2 3e-5, raw term counts", Config: nb(0.5, 3e-5, 0, func(c *stance.TrainConfig) { c.Features.Sublinear = false })},
		{Name: "NB scaling 0.5, L2 3e-5, min-df 1", Config: nb(0.5, 3e-5, 0, func(c *stance.TrainConfig) { c.Features.MinDF = 1 })},
		{Name: "NB scaling 0.5, L2 3e-5, min-df 3", Config: nb(0.5, 3e-5, 0, func(c *stance.TrainConfig) { c.Features.MinDF = 3 })},
		{Name: "off-target bias 0.25", Config: with(func(c *stance.TrainConfig) { c.OffTargetBias = 0.25 })},
		{Name: "off-target bias -0.25", Config: with(func(c *stance.TrainConfig) { c.OffTargetBias = -0.25 })},
		{Name: "linear SVM, L2 3e-4, liblinear's tolerance", Config: svm(3e-4, 0, 0)},
		{Name: "linear SVM, L2 1e-3, character 3-5-grams", Config: svm(1e-3, 3, 5)},
		{Name: "linear SVM, L2 1e-3, character 3-4-grams", Config: svm(1e-3, 3, 4)},
		{Name: "linear SVM, L2 1e-3, character 2-5-grams", Config: svm(1e-3, 2, 5)},
		{Name: "linear SVM, L2 2e-3, character 2-5-grams", Config: svm(2e-3, 2, 5)},
		// The sessions before.
		{Name: "previous default: cue prior 1, class counts only, L2 0.01", Config: stance.DefaultTrainConfig()},
		{Name: "L2 1e-3", Config: with(func(c *stance.TrainConfig) { c.L2 = 1e-3 })},
		{Name: "L2 3e-5", Config: with(func(c *stance.TrainConfig) { c.L2 = 3e-5 })},
		{Name: "no lexicon features", Config: with(func(c *stance.TrainConfig) { c.Features.Cues = false })},
		{Name: "lexicon class counts only (no per-cue features)", Config: with(func(c *stance.TrainConfig) { c.Features.CueEach = false })},
		{Name: "cue prior 1 (lexicon class trusted a priori)", Config: with(func(c *stance.TrainConfig) { c.CuePrior = 1 })},
		{Name: "negation scope also reaches back", Config: with(func(c *stance.TrainConfig) { c.Features.NegationBack = true })},
		{Name: "word trigrams", Config: with(func(c *stance.TrainConfig) { c.Features.WordNgrams = 3 })},
		{Name: "character 2-5-grams added", Config: with(func(c *stance.TrainConfig) { c.Features.CharMin, c.Features.CharMax = 2, 5 })},
		{Name: "linear SVM (L2 3e-4)", Config: with(func(c *stance.TrainConfig) { c.Solver, c.L2 = stance.SolverSVM, 3e-4 })},
		{Name: "relevance threshold 0.4", Config: with(func(c *stance.TrainConfig) { c.RelevanceThreshold = 0.4 })},
		{Name: "relevance threshold 0.6", Config: with(func(c *stance.TrainConfig) { c.RelevanceThreshold = 0.6 })},
		{Name: "names masked (capitalised words after the first)", Config: def, Options: Options{Transform: MaskNames}},
		{Name: "without the synthetic statements", Config: def, NoSynthetic: true},
		{Name: "without the article corpus", Config: def, NoArticles: true},
		{Name: "synthetic statements weighted 3", Config: def, Options: Options{Weights: map[string]float64{"synthetic": 3}}},
		// The fourteenth session (lane synth2): the second synthetic set,
		// synthetic2.jsonl, in and out of the default.
		{Name: "second synthetic set (synthetic2.jsonl) added", Config: def, Synthetic2: 1},
		{Name: "second synthetic set (synthetic2.jsonl) added, weight 0.5", Config: def, Synthetic2: 1, Options: Options{Weights: map[string]float64{defaultmodel.Synthetic2Origin: 0.5}}},
		{Name: "second synthetic set (synthetic2.jsonl) added, weight 3", Config: def, Synthetic2: 1, Options: Options{Weights: map[string]float64{defaultmodel.Synthetic2Origin: 3}}},
		{Name: "second synthetic set (synthetic2.jsonl) left out", Config: def, Synthetic2: -1},
		{Name: "second synthetic set (synthetic2.jsonl), its off-target part only", Config: def, Synthetic2: 1, Synthetic2Part: 1},
		{Name: "second synthetic set (synthetic2.jsonl), its on-target part only", Config: def, Synthetic2: 1, Synthetic2Part: -1},
		// Both synthetic sets over the default without the GloVe block
		// (-paired 'glove off,' -base 'glove: off (the default'): what
		// the first set was worth before the twelfth session.
		{Name: "glove off, without the synthetic statements", Config: noGlove(def), NoSynthetic: true},
		{Name: "glove off, second synthetic set (synthetic2.jsonl) added", Config: noGlove(def), Synthetic2: 1},
		{Name: "predicate layer (features/predicates.tsv), value 0.2", Config: with(func(c *stance.TrainConfig) { c.Features.Predicates = 0.2 })},
		{Name: "predicate layer, value 0.5", Config: with(func(c *stance.TrainConfig) { c.Features.Predicates = 0.5 })},
		{Name: "predicate layer, value 1", Config: with(func(c *stance.TrainConfig) { c.Features.Predicates = 1 })},
		{Name: "predicate layer 0.5, negation scope also reaches back", Config: with(func(c *stance.TrainConfig) {
			c.Features.Predicates, c.Features.NegationBack = 0.5, true
		})},
		// The sixth session: word vectors trained in Go on what each fold
		// may read (its training statements and the unlabelled pool),
		// self-training on the pool, and the order of the stances.
		{Name: "word vectors: 100-d mean vector, length 0.5", Config: def, Options: Options{Learner: DenseLearner(WordVecConfig{Dim: 100, Seed: 1}, 0.5)}},
		{Name: "word vectors: cue lexicon + 3 neighbours (cos ≥ 0.5) at half weight", Config: def, Options: Options{Learner: LexiconLearner(WordVecConfig{Dim: 100, Seed: 1}, 3, 0.5, 0.5)}},
		{Name: "word vectors: 100 clusters as words", Config: def, Options: Options{Learner: ClusterLearner(WordVecConfig{Dim: 100, Seed: 1}, 100)}},
		{Name: "word vectors: empty dense slots (control)", Config: def, Options: Options{Learner: DenseLearner(WordVecConfig{Dim: 100, Seed: 1}, 0)}},
		{Name: "word vectors: 100-d mean vector, length 0.2", Config: def, Options: Options{Learner: DenseLearner(WordVecConfig{Dim: 100, Seed: 1}, 0.2)}},
		{Name: "word vectors: 100-d mean vector, length 0.3", Config: def, Options: Options{Learner: DenseLearner(WordVecConfig{Dim: 100, Seed: 1}, 0.3)}},
		{Name: "word vectors: 100-d mean vector, length 1", Config: def, Options: Options{Learner: DenseLearner(WordVecConfig{Dim: 100, Seed: 1}, 1)}},
		{Name: "word vectors: 300 clusters as words", Config: def, Options: Options{Learner: ClusterLearner(WordVecConfig{Dim: 100, Seed: 1}, 300)}},
		// The seventh session: the length-0.2 mean vector built as the
		// vectoriser's word-vector block (features.Config.Vectors), its
		// table learnt per fold from the fold's training texts and the pool
		// (defaultmodel.WithVectors), as go generate would learn it.
		{Name: "word-vector block (features.Config.Vectors 0.2)", Config: with(func(c *stance.TrainConfig) { c.Features.Vectors = 0.2 })},
		{Name: "self-training: confidence ≥ 0.8, weight 0.3, ≤ 100 a class, 1 round", Config: def, Options: Options{Learner: SelfTrain(0.8, 0.3, 100, 1)}},
		{Name: "self-training: confidence ≥ 0.9, weight 0.5, ≤ 100 a class, 1 round", Config: def, Options: Options{Learner: SelfTrain(0.9, 0.5, 100, 1)}},
		{Name: "self-training: confidence ≥ 0.7, weight 0.2, ≤ 300 a class, 2 rounds", Config: def, Options: Options{Learner: SelfTrain(0.7, 0.2, 300, 2)}},
		{Name: "ordinal: cumulative binary models, mix 0.5", Config: def, Options: Options{Learner: OrdinalLearner(0.5)}},
		{Name: "ordinal: cumulative binary models only (mix 0)", Config: def, Options: Options{Learner: OrdinalLearner(0)}},
	}, append(append(append(append(append(offTargetAblations(def), FamilyAblations(def)...), InDomainAblations(def)...), softLabelAblations(def)...), SynsetAblations(def)...), GloveAblations(def)...)...)
}

// MaskNames replaces every capitalised word but the first with "Name",
// leaving acronyms of two or three letters ("EU", "5G", "ZTE") alone: a
// test of whether the model leans on who is named rather than what is said.
func MaskNames(s string) string {
	var b strings.Builder
	first := true
	for _, w := range strings.Fields(s) {
		if !first {
			b.WriteByte(' ')
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !first && unicode.IsUpper(r) && !(len(w) <= 3 && strings.ToUpper(w) == w) {
			b.WriteString("Name")
			// Keep trailing punctuation, which ends clauses and scopes.
			if last := w[len(w)-1]; last == ',' || last == '.' || last == ';' || last == ':' {
				b.WriteByte(last)
			}
		} else {
			b.WriteString(w)
		}
		first = false
	}
	return b.String()
}

// RunAblations measures each ablation and writes a Markdown table to w.
func RunAblations(w io.Writer, abl []Ablation, o Options) error {
	fmt.Fprintln(w, "| setting | stance macro-F1 | off-target F1 | accuracy | time |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- |")
	for _, a := range abl {
		d, err := a.Data()
		if err != nil {
			return err
		}
		ao := a.RowOptions(o)
		t0 := time.Now()
		r, err := CrossValidate(d, a.Config, ao)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.1f s |\n", a.Name, r.MacroF1, r.OffTargetF1, r.Report.Accuracy, time.Since(t0).Seconds())
	}
	return nil
}

// noGlove returns c without the GloVe cluster block.
func noGlove(c stance.TrainConfig) stance.TrainConfig {
	c.Features.GloveClusters, c.Features.GloveK = 0, 0
	return c
}
