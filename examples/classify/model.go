package main

import (
	"fmt"
	"os"

	"github.com/stancekit/stancekit/stance"
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
