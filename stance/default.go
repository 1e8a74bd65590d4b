package stance

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gendefault
//go:generate go run ./internal/gentables

//go:embed default.model
var defaultModel []byte

// defaultTables is the default model as Go data (see modelTables), set by
// default_tables.go, which `go generate ./stance` writes from default.model
// (internal/gentables); TestDefaultTablesAreCurrent checks that it is what
// that writes. Loading the default model uses it when it names the
// embedded file's digest; else (a default.model rebuilt without
// regenerating it, or default_tables.go deleted to rebuild the stance
// package after modelTables changed) the embedded file is decoded as Load
// decodes it.
var defaultTables *modelTables

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := loadEmbedded(defaultModel, defaultTables)
	if err != nil {
		return nil, fmt.Errorf("load embedded default model: %w", err)
	}
	return m, nil
})

// loadEmbedded decodes a model file compiled into the binary: from its
// tables when they were written from it (their digest is the header's),
// else as Load does, but reading the payload in place rather than copying
// it from a reader, and without recomputing its SHA-256. The digest guards
// files against corruption on disk or on the way; the embedded bytes are
// part of the program, and TestEmbeddedModelDigest checks the header's
// digest and length against them. The model's vectorizer gets the word
// tables of default_words.go when they were built for the file (see
// modelWords).
func loadEmbedded(file []byte, tables *modelTables) (*Model, error) {
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
	var m *Model
	if tables != nil && tables.digest == digest {
		if m, err = tables.model(file[i+1:]); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
		}
	} else if m, err = decodePayload(ver, file[i+1:]); err != nil {
		return nil, err
	}
	if err := useWords(m, defaultWords, digest); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	return m, nil
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
