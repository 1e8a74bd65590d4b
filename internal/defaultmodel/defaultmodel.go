package defaultmodel

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/wordvec"
	"github.com/stancekit/stancekit/stance"
)

// Path is the committed model's location, relative to the repository root.
const Path = "stance/default.model"

// Example is one training statement with its label and its source group
// (a page of the statement corpus, an article of the article corpus): the
// unit cross-validation keeps together.
type Example struct {
	Text  string
	Label stance.Label
	Group string
	// Origin says which file set the example comes from: "statements",
	// "synthetic", Synthetic2Origin or "articles".
	Origin string
	// Confidence is the annotator's confidence: "high", "medium" or "low".
	Confidence string
	// AlsoOK lists the other labels the annotator found defensible (empty
	// when the label is clear); the default model does not train on them.
	AlsoOK []stance.Label
}

// Columns returns the examples' texts, labels and groups as three slices.
func Columns(ex []Example) (texts []string, labels []stance.Label, groups []string) {
	for _, e := range ex {
		texts = append(texts, e.Text)
		labels = append(labels, e.Label)
		groups = append(groups, e.Group)
	}
	return texts, labels, groups
}

// ArticleData returns the on-target statements of the article corpus
// (testdata/quotes.jsonl) with their article names.
func ArticleData() (texts []string, labels []stance.Label, docs []string, err error) {
	ex, err := Articles(false)
	if err != nil {
		return nil, nil, nil, err
	}
	texts, labels, docs = Columns(ex)
	return texts, labels, docs, nil
}

// Articles returns the article corpus's statements, grouped by article;
// withOff keeps the off-target ones.
func Articles(withOff bool) ([]Example, error) {
	qs, err := corpus.LoadQuotes(filepath.Join(corpus.Dir(), "quotes.jsonl"))
	if err != nil {
		return nil, err
	}
	var out []Example
	for _, q := range qs {
		if q.Label == string(stance.OffTarget) && !withOff {
			continue
		}
		out = append(out, Example{Text: q.Text, Label: stance.Label(q.Label), Group: "article:" + q.Doc, Origin: "articles", Confidence: q.Confidence})
	}
	return out, nil
}

// Synthetic2Source is the source name of the second synthetic set
// (testdata/statements/synthetic2.jsonl, the fourteenth session's lane
// synth2); its examples have Origin Synthetic2Origin, the first set's
// "synthetic".
const Synthetic2Source = "synthetic:phenomena2-2026-12"

// Synthetic2Origin is the Origin of the second synthetic set's examples.
const Synthetic2Origin = "synthetic2"

// Synthetic2InDefault says whether the default model trains on the second
// synthetic set: Statements leaves it out when false (StatementsWith takes
// it either way, for the ablation rows that measure it). It is false: the
// set gained within noise on the train split's grouped CV, did not pass
// the gate, and lowered attribution's actor-label floors when trained in
// (stance/RESULTS.md, chronology 18). With it false the default model is
// byte-identical to the one before the set.
const Synthetic2InDefault = false

// Statements returns the statement corpus's examples in the given splits
// (synthetic statements are in Train), grouped by source group: the
// default's statements, with the second synthetic set only when
// Synthetic2InDefault.
func Statements(splits ...corpus.Split) ([]Example, error) {
	return StatementsWith(Synthetic2InDefault, splits...)
}

// StatementsWith is Statements with the second synthetic set in or out as
// withSynthetic2 says. Groups and splits do not depend on it: synthetic
// statements are each set's own group, always in Train.
func StatementsWith(withSynthetic2 bool, splits ...corpus.Split) ([]Example, error) {
	ss, err := corpus.LoadStatementDir(corpus.StatementsDir())
	if err != nil {
		return nil, err
	}
	sel, groups := corpus.Select(ss, splits...)
	out := make([]Example, 0, len(sel))
	for i, s := range sel {
		origin := "statements"
		switch {
		case s.Synthetic && s.SourceURL == Synthetic2Source:
			if !withSynthetic2 {
				continue
			}
			origin = Synthetic2Origin
		case s.Synthetic:
			origin = "synthetic"
		}
		out = append(out, Example{Text: s.Text, Label: stance.Label(s.Label), Group: groups[i], Origin: origin, Confidence: s.Confidence, AlsoOK: labels(s.AlsoOK)})
	}
	return out, nil
}

// TrainingSet returns what the default model is trained on: the train and
// dev splits of the statement corpus (with the synthetic statements) and
// every statement of the article corpus, off-target ones included (they
// train the relevance head) — BaseTrainingSet —, and, when OfficialWeight is
// positive, the official development statements (Official). The sealed
// test split is never in it.
func TrainingSet() ([]Example, error) {
	ex, err := BaseTrainingSet()
	if err != nil || !(OfficialWeight > 0) {
		return ex, err
	}
	off, _, err := Official()
	if err != nil {
		return nil, err
	}
	return append(ex, off...), nil
}

// OfficialWeight is the weight of the official development statements in
// the default model's training set (0: not in it). Only 0 and 1 are
// supported by Build, which trains unweighted.
const OfficialWeight = 1.0

// BaseTrainingSet is the default model's training set without the official
// statements: the statement corpus's train and dev splits with the
// synthetic statements, and the article corpus.
func BaseTrainingSet() ([]Example, error) {
	st, err := Statements(corpus.Train, corpus.Dev)
	if err != nil {
		return nil, err
	}
	art, err := Articles(true)
	if err != nil {
		return nil, err
	}
	return append(st, art...), nil
}

// Config is the training configuration of the default model, chosen by
// grouped cross-validation on the train split (examples/evaluate -ablate;
// stance/RESULTS.md).
func Config() stance.TrainConfig {
	c := stance.DefaultTrainConfig()
	c.L2 = 1e-4
	c.CuePrior = 0
	c.Features.CueEach = true
	c.Features.CueWeight = 0.2
	c.Tolerance = 1e-5
	c.Features.MinDF = 2
	// The GloVe cluster block at 0.35, 256 clusters (twelfth session,
	// stance/RESULTS.md item 16): +0.0046 ± 0.0010 and +0.0040 ± 0.0013
	// macro-F1 in fold-paired grouped CV on fold seeds 1 and 2 against the
	// block off. 0.5 gained more in CV (item 15) but, once the ninth
	// official batch joined training, fell under the leave-one-article-out
	// floor (0.845), so that value was chosen with the article corpus in
	// view.
	c.Features.GloveClusters, c.Features.GloveK = 0.35, 256
	return c
}

// VectorConfig is how the default model's word vectors are learnt.
var VectorConfig = wordvec.WordVecConfig{Dim: 100, Seed: 1}

// WithVectors returns cfg with the table of its word-vector block filled
// in, when it has the block and no table yet: vectors (VectorConfig)
// learnt from texts, the statements the model is to be trained on, and the
// unlabelled pool (UnlabelledPool), in that order, so that the same texts
// give the same table bit for bit. The pool holds no text of a held-out
// statement, so a model evaluated on held-out statements must be given only
// its own training texts here.
func WithVectors(cfg stance.TrainConfig, texts []string) (stance.TrainConfig, error) {
	if !(cfg.Features.Vectors > 0) || cfg.Features.WordVectors != nil {
		return cfg, nil
	}
	wv, err := LearnVectors(texts)
	if err != nil {
		return cfg, err
	}
	cfg.Features.WordVectors = wv
	return cfg, nil
}

// LearnVectors learns the word-vector table of a model trained on texts
// (see WithVectors).
func LearnVectors(texts []string) (*features.WordVectors, error) {
	pool, err := UnlabelledPool()
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	all := make([]string, 0, len(texts)+len(pool))
	all = append(append(all, texts...), pool...)
	wv, err := wordvec.TrainWordVectors(all, VectorConfig)
	if err != nil {
		return nil, err
	}
	if wv == nil {
		return nil, fmt.Errorf("word vectors: too few words for %d dimensions", VectorConfig.Dim)
	}
	return wv.Table()
}

// Build trains the default model.
func Build() (*stance.Model, error) {
	ex, err := TrainingSet()
	if err != nil {
		return nil, fmt.Errorf("default model: %w", err)
	}
	return train(ex)
}

// BuildWithout trains the default model as Build does, but without the
// official statements of the development texts held (OfficialWithout): the
// model such a text meets as a text nobody trained on. attribution's learned
// actor label is trained on actors read with these models, each text's
// from a model that never saw it (cross-fitting). BuildWithout(nil) is Build.
func BuildWithout(held []string) (*stance.Model, error) {
	if len(held) == 0 {
		return Build()
	}
	ex, err := BaseTrainingSet()
	if err != nil {
		return nil, fmt.Errorf("default model: %w", err)
	}
	if OfficialWeight > 0 {
		off, err := OfficialWithout(held)
		if err != nil {
			return nil, fmt.Errorf("default model: %w", err)
		}
		ex = append(ex, off...)
	}
	return train(ex)
}

// train trains the default model's configuration on ex.
func train(ex []Example) (*stance.Model, error) {
	texts, labels, _ := Columns(ex)
	cfg, err := WithVectors(Config(), texts)
	if err != nil {
		return nil, fmt.Errorf("default model: %w", err)
	}
	m, err := stance.Train(texts, labels, cfg)
	if err != nil {
		return nil, fmt.Errorf("default model: %w", err)
	}
	return m, nil
}

// Bytes returns the default model as saved bytes.
func Bytes() ([]byte, error) {
	m, err := Build()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// labels converts label names.
func labels(names []string) []stance.Label {
	if len(names) == 0 {
		return nil
	}
	out := make([]stance.Label, len(names))
	for i, n := range names {
		out[i] = stance.Label(n)
	}
	return out
}
