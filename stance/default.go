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
// decoded once per process on first use. It is trained on the train and dev
// splits of the statement corpus (testdata/statements), its synthetic
// statements and the article corpus (testdata/quotes.jsonl), off-target
// statements included, so it answers OffTarget beside its three classes;
// its configuration is internal/defaultmodel's Config, chosen by grouped
// cross-validation (stance/RESULTS.md). `go generate ./stance` rebuilds it.
// The returned Model is shared and safe for concurrent use.
func Default() (*Model, error) { return loadDefault() }
