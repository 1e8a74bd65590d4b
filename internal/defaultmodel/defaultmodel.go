package defaultmodel

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Path is the committed model's location, relative to the repository root.
const Path = "stance/default.model"

// Data returns the training statements: every on-target statement of
// testdata/quotes.jsonl (off-target ones are not one of the three classes).
func Data() (texts []string, labels []stance.Label, docs []string, err error) {
	qs, err := corpus.LoadQuotes(filepath.Join(corpus.Dir(), "quotes.jsonl"))
	if err != nil {
		return nil, nil, nil, err
	}
	for _, q := range qs {
		if q.Label == string(stance.OffTarget) {
			continue
		}
		texts = append(texts, q.Text)
		labels = append(labels, stance.Label(q.Label))
		docs = append(docs, q.Doc)
	}
	return texts, labels, docs, nil
}

// Build trains the default model with stance.DefaultTrainConfig.
func Build() (*stance.Model, error) {
	texts, labels, _, err := Data()
	if err != nil {
		return nil, fmt.Errorf("default model: %w", err)
	}
	m, err := stance.Train(texts, labels, stance.DefaultTrainConfig())
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
