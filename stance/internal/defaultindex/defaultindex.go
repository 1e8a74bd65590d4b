// Package defaultindex writes stance/default.index, the prebuilt feature
// index of the embedded default model, from the model file alone: the
// header line
//
//	stancekit-index 1 model-sha256=<the model header's digest>
//
// then the model's n-gram index as features.Vectorizer.AppendIndex writes
// it. The stance package reads it only for the model whose digest it names.
package defaultindex

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Bytes returns the index file of the model file model.
func Bytes(model []byte) ([]byte, error) {
	i := bytes.IndexByte(model, '\n')
	if i < 0 {
		return nil, fmt.Errorf("defaultindex: model has no header line")
	}
	var digest string
	for _, f := range strings.Fields(string(model[:i])) {
		if d, ok := strings.CutPrefix(f, "sha256="); ok {
			digest = d
		}
	}
	if digest == "" {
		return nil, fmt.Errorf("defaultindex: model header has no digest")
	}
	m, err := stance.Load(bytes.NewReader(model))
	if err != nil {
		return nil, fmt.Errorf("defaultindex: %w", err)
	}
	out := fmt.Appendf(nil, "stancekit-index 1 model-sha256=%s\n", digest)
	return m.Vectorizer().AppendIndex(out), nil
}
