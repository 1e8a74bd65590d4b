package stance

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gendefault
//go:generate go run ./internal/genindex

//go:embed default.model
var defaultModel []byte

// defaultIndex is the feature index of the default model (feature hash ->
// feature index) as features.Vectorizer.AppendIndex writes it, after a
// header line naming the model it belongs to by its digest:
//
//	stancekit-index 1 model-sha256=<the model header's digest>\n
//
// `go generate ./stance` writes it from default.model (internal/genindex),
// and TestDefaultIndexIsCurrent checks that it is what that writes. Loading
// the default model reads it instead of hashing twenty thousand feature
// names into a table: a fifth of a cold start of the classify command.
//
//go:embed default.index
var defaultIndex []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := loadEmbedded(defaultModel, defaultIndex)
	if err != nil {
		return nil, fmt.Errorf("load embedded default model: %w", err)
	}
	return m, nil
})

// loadEmbedded decodes a model file compiled into the binary: as Load does,
// but reading the payload in place rather than copying it from a reader,
// and without recomputing its SHA-256. The digest guards files against
// corruption on disk or on the way; the embedded bytes are part of the
// program, and TestEmbeddedModelDigest checks the header's digest and
// length against them. index is the model's prebuilt feature index (see
// defaultIndex); one that names another model (a default.model rebuilt
// without regenerating it) is ignored, and the index is built as Load
// builds it.
func loadEmbedded(file, index []byte) (*Model, error) {
	i := bytes.IndexByte(file, '\n')
	if i < 0 || i >= maxHeader {
		return nil, fmt.Errorf("%w: no %q header line", ErrBadModel, magic)
	}
	ver, digest, n, err := parseHeader(string(file[:i]))
	if err != nil {
		return nil, err
	}
	if payload := file[i+1:]; len(payload) != n {
		return nil, fmt.Errorf("%w: payload is %d bytes, header says %d (truncated or appended to)", ErrBadModel, len(payload), n)
	}
	return decodeIndexed(ver, file[i+1:], indexFor(index, digest))
}

// indexMagic starts the header line of a prebuilt index.
const indexMagic = "stancekit-index 1 model-sha256="

// indexFor returns the body of index if its header names the model with
// the given digest, else nil.
func indexFor(index []byte, digest string) []byte {
	i := bytes.IndexByte(index, '\n')
	if i < 0 || string(index[:i]) != indexMagic+digest {
		return nil
	}
	return index[i+1:]
}

// Default returns stancekit's default model, embedded in the binary and
// decoded once per process on first use. It is trained on the train and dev
// splits of the statement corpus (testdata/statements), its synthetic
// statements and the article corpus (testdata/quotes.jsonl), off-target
// statements included, so it answers OffTarget beside its three classes;
// its configuration is internal/defaultmodel's Config, chosen by grouped
// cross-validation (stance/RESULTS.md). `go generate ./stance` rebuilds it.
// The returned Model is shared and safe for concurrent use.
func Default() (*Model, error) { return loadDefault() }
