package stance

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/tokenize"
)

// formatVersion is the newest model file format version this package
// writes and reads. Version 2 made the payload binary and added the
// relevance threshold; version 3 adds the word-vector table of a model with
// the word-vector block (features.Config.Vectors), and a model without it
// is still written as version 2; version 4 marks a model with the
// relevance block or head (features.Config.Relevance,
// TrainConfig.RelevanceHead), which a model without them is never saved
// as; version 5 marks a model with the synset block
// (features.Config.Synsets), whose synset table is the one embedded in
// package features and is not saved; version 1 to 4 files still load.
const formatVersion = 5

// magic starts every model file.
const magic = "stancekit-model"

// maxModelSize bounds what Load reads, so a wrong file (a disk image, a
// stream) fails fast instead of exhausting memory.
const maxModelSize = 256 << 20

// maxHeader bounds the header line: a file whose first line is longer is
// not a model, and Load says so without reading further (a device such as
// /dev/zero would otherwise be read to maxModelSize first).
const maxHeader = 4096

// maxWeight bounds the magnitude of a loaded weight or bias. Trained
// weights are a few units; a far larger one can only come from a corrupt or
// hostile file, and summed over a statement's features it could overflow
// the scores to ±Inf and the probabilities to NaN.
const maxWeight = 1e9

// ErrBadModel is wrapped by every error Load returns for a file that is not
// a usable model: foreign, truncated, corrupt, or of a future version.
var ErrBadModel = errors.New("not a valid stancekit model")

// The model file format:
//
//	stancekit-model <version> sha256=<hex digest of the payload> bytes=<payload length>\n
//	<payload: version 1, one JSON object (see fileModel); versions 2 and 3,
//	the binary layout of codec.go (3: with a word-vector table)>
//
// The header line lets Load reject a foreign file on its first bytes, a file
// from a newer stancekit by its version, and a truncated or altered file by
// its length and digest, before any JSON is decoded. The payload holds
// everything the model needs (configuration, lexicon, vocabulary, weights),
// so a saved model does not depend on the built-in lexicon of the stancekit
// that loads it.
type fileModel struct {
	Labels   []Label         `json:"labels"`
	Features features.Config `json:"features"`
	Lexicon  string          `json:"lexicon"`
	Names    []string        `json:"names"`
	IDF      []float64       `json:"idf"`
	Weights  [][]float64     `json:"weights"`
	Bias     []float64       `json:"bias"`
	// Threshold is the model's relevance threshold (version 2; 0: off
	// target when that is the most probable class).
	Threshold float64   `json:"relevance_threshold,omitempty"`
	Train     TrainInfo `json:"train"`
	// lex, when set, is Lexicon being parsed on another goroutine (see
	// decodeBinary).
	lex *lexiconParse
	// ix, when set, is the n-gram index of a model compiled into the
	// program (modelTables), for features.RestoreIndexed.
	ix *features.Index
	// major, when set, holds the weights in the model's feature-major
	// layout instead of Weights (decodeBinary, modelTables).
	major []float64
	// trusted skips checking each weight: set for modelTables, which are
	// part of the program and checked by its tests.
	trusted bool
}

// Save writes the model in the versioned format above. The output is a
// function of the model alone, so saving the same model twice gives the same
// bytes.
func (m *Model) Save(w io.Writer) error {
	fm := m.toFile()
	payload, err := encodeBinary(&fm)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	sum := sha256.Sum256(payload)
	if _, err := fmt.Fprintf(w, "%s %d sha256=%s bytes=%d\n", magic, fm.fileVersion(), hex.EncodeToString(sum[:]), len(payload)); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if _, err := w.Write(payload); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// toFile returns the model's saved form.
func (m *Model) toFile() fileModel {
	fm := fileModel{
		Labels:   m.labels,
		Features: m.vec.Config(),
		Names:    m.vec.Names(),
		IDF:      make([]float64, m.vec.NGrams()),
		Weights:  make([][]float64, len(m.labels)),
		Bias:     m.b,
		Train:    m.meta,
	}
	if lex := m.vec.Lexicon(); lex != nil {
		// The model file's version covers the lexicon it carries: it is
		// stored without its own version line, which Load gives back.
		fm.Lexicon = strings.TrimPrefix(lex.String(), features.CuesHeader+"\n")
	}
	for i := range fm.IDF {
		fm.IDF[i] = m.vec.IDF(i)
	}
	for k := range m.labels {
		fm.Weights[k] = m.classWeights(k)
	}
	fm.Threshold = m.threshold
	return fm
}

// Load reads a model written by Save. A foreign, truncated or corrupt file,
// one written by a newer format version, or one larger than 256 MiB gives
// an error wrapping ErrBadModel that says which.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(io.LimitReader(r, maxModelSize+maxHeader), maxHeader)
	line, err := br.ReadSlice('\n')
	head := string(line)
	switch {
	case errors.Is(err, bufio.ErrBufferFull):
		return nil, fmt.Errorf("%w: no %q header in the first %d bytes (is this a model file?)", ErrBadModel, magic, maxHeader)
	case errors.Is(err, io.EOF) && head == "":
		return nil, fmt.Errorf("%w: empty file", ErrBadModel)
	case err != nil && !errors.Is(err, io.EOF):
		return nil, fmt.Errorf("read model: %w", err)
	}
	ver, digest, n, err := parseHeader(head)
	if err != nil {
		return nil, err
	}
	payload, err := io.ReadAll(br)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if len(payload) != n {
		return nil, fmt.Errorf("%w: payload is %d bytes, header says %d (truncated or appended to)", ErrBadModel, len(payload), n)
	}
	sum := sha256.Sum256(payload)
	if hex.EncodeToString(sum[:]) != digest {
		return nil, fmt.Errorf("%w: checksum mismatch (file corrupt)", ErrBadModel)
	}
	return decodePayload(ver, payload)
}

// parseHeader reads the header line of a model file: the format version,
// the payload's digest and its length.
func parseHeader(head string) (ver int, digest string, n int, err error) {
	f := strings.Fields(head)
	if len(f) != 4 || f[0] != magic {
		return 0, "", 0, fmt.Errorf("%w: no %q header (is this a model file?)", ErrBadModel, magic)
	}
	ver, err = strconv.Atoi(f[1])
	if err != nil || ver < 1 {
		return 0, "", 0, fmt.Errorf("%w: bad format version %q", ErrBadModel, f[1])
	}
	if ver > formatVersion {
		return 0, "", 0, fmt.Errorf("%w: format version %d is newer than this stancekit reads (%d); upgrade stancekit", ErrBadModel, ver, formatVersion)
	}
	digest, ok1 := strings.CutPrefix(f[2], "sha256=")
	size, ok2 := strings.CutPrefix(f[3], "bytes=")
	n, err = strconv.Atoi(size)
	if !ok1 || !ok2 || err != nil || n < 0 || n > maxModelSize {
		return 0, "", 0, fmt.Errorf("%w: bad header %q", ErrBadModel, strings.TrimSpace(head))
	}
	return ver, digest, n, nil
}

// decodePayload builds the model a payload of format version ver holds.
func decodePayload(ver int, payload []byte) (*Model, error) {
	var fm fileModel
	if ver == 1 {
		dec := json.NewDecoder(bytes.NewReader(payload))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&fm); err != nil {
			return nil, fmt.Errorf("%w: decode: %v", ErrBadModel, err)
		}
	} else if err := decodeBinary(ver, payload, &fm); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrBadModel, err)
	}
	m, err := fm.build()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	return m, nil
}

func (fm *fileModel) build() (*Model, error) {
	K := len(fm.Labels)
	if K < 2 {
		return nil, fmt.Errorf("%d classes", K)
	}
	for i, l := range fm.Labels {
		if _, err := ParseLabel(string(l)); err != nil {
			return nil, err
		}
		for _, prev := range fm.Labels[:i] {
			if prev == l {
				return nil, fmt.Errorf("label %q repeated", l)
			}
		}
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	var lex *features.Lexicon
	if fm.Features.Cues {
		if lex, err = fm.lexicon(); err != nil {
			return nil, err
		}
	}
	var vec *features.Vectorizer
	if fm.ix != nil {
		vec, err = features.RestoreIndexed(fm.Features, tk, lex, fm.Names, fm.IDF, fm.ix)
	} else {
		vec, err = features.Restore(fm.Features, tk, lex, fm.Names, fm.IDF)
	}
	if err != nil {
		return nil, err
	}
	D := vec.Dim()
	m := &Model{labels: fm.Labels, vec: vec, dim: D, b: fm.Bias, meta: fm.Train}
	if fm.major != nil {
		if len(fm.major) != K*D || len(fm.Bias) != K {
			return nil, fmt.Errorf("%d weights and %d biases for %d classes of %d features", len(fm.major), len(fm.Bias), K, D)
		}
		for i := 0; i < len(fm.major) && !fm.trusted; i++ {
			if w := fm.major[i]; !(math.Abs(w) <= maxWeight) {
				return nil, fmt.Errorf("class %d, feature %d: weight %v is not a finite number within ±%g", i%K, i/K, w, float64(maxWeight))
			}
		}
		m.w = fm.major
	} else {
		if len(fm.Weights) != K || len(fm.Bias) != K {
			return nil, fmt.Errorf("%d weight rows and %d biases for %d classes", len(fm.Weights), len(fm.Bias), K)
		}
		for k, row := range fm.Weights {
			if len(row) != D {
				return nil, fmt.Errorf("class %d has %d weights for %d features", k, len(row), D)
			}
			for j, w := range row {
				if !(math.Abs(w) <= maxWeight) {
					return nil, fmt.Errorf("class %d, feature %d: weight %v is not a finite number within ±%g", k, j, w, float64(maxWeight))
				}
			}
		}
		m.setClassMajor(func(k int) []float64 { return fm.Weights[k] })
	}
	for k, b := range fm.Bias {
		if !(math.Abs(b) <= maxWeight) {
			return nil, fmt.Errorf("class %d: bias %v is not a finite number within ±%g", k, b, float64(maxWeight))
		}
	}
	if err := validLabels(fm.Labels); err != nil {
		return nil, err
	}
	m.off = indexOff(fm.Labels)
	if !(fm.Threshold >= 0 && fm.Threshold < 1) || (m.off < 0 && fm.Threshold != 0) {
		return nil, fmt.Errorf("relevance threshold %v is not in [0, 1) or has no off_target class", fm.Threshold)
	}
	m.threshold = fm.Threshold
	return m, nil
}
