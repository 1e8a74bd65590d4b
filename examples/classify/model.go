package main

import (
	"fmt"
	"os"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// loadModel returns the model saved at path (the -model flag), or the
// embedded default model when path is "".
func loadModel(path string) (*stance.Model, error) {
	if path == "" {
		return stance.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	defer f.Close()
	m, err := stance.Load(f)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, nil
}

// pendingModel is a model being loaded (loadModel) on a goroutine of its
// own. It is a Classifier, and a TokenClassifier as *stance.Model is,
// whose predictions wait for the model: -article finds the article's
// statements while the model decodes.
type pendingModel struct {
	done chan struct{}
	m    *stance.Model
	err  error
}

// loadModelAsync starts loading the model of path (see loadModel).
func loadModelAsync(path string) *pendingModel {
	p := &pendingModel{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.m, p.err = loadModel(path)
	}()
	return p
}

// wait returns the model and the error of loading it, once loaded.
func (p *pendingModel) wait() (*stance.Model, error) {
	<-p.done
	return p.m, p.err
}

// first returns the model's error when it failed to load, else err: the
// model's error is the one to report when loading it first would have
// reported it before err.
func (p *pendingModel) first(err error) error {
	if _, merr := p.wait(); merr != nil {
		return merr
	}
	return err
}

// Predict is the model's Predict, once loaded.
func (p *pendingModel) Predict(text string) (stance.Prediction, error) {
	m, err := p.wait()
	if err != nil {
		return stance.Prediction{}, err
	}
	return m.Predict(text)
}

// PredictTokens is the model's PredictTokens, once loaded.
func (p *pendingModel) PredictTokens(text string, toks []tokenize.Token) (stance.Prediction, error) {
	m, err := p.wait()
	if err != nil {
		return stance.Prediction{}, err
	}
	return m.PredictTokens(text, toks)
}
