package stance

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gendefault

//go:embed default.model
var defaultModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded default model: %w", err)
	}
	return m, nil
})

// Default returns stancekit's default model, embedded in the binary and
// decoded once per process on first use. It is trained on every on-target
// statement of the labelled corpus (testdata/quotes.jsonl) with
// DefaultTrainConfig and the built-in cue lexicon; `go generate ./stance`
// rebuilds it. The returned Model is shared and safe for concurrent use.
func Default() (*Model, error) { return loadDefault() }
