package stance

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/stancekit/stancekit/features"
)

// The payload of format version 2 is binary, so that the embedded default
// model decodes in a few milliseconds instead of parsing tens of thousands
// of decimal numbers:
//
//	uvarint n, then n bytes of JSON: fileMeta (labels, features, lexicon,
//	    training record, counts, relevance threshold)
//	for each of meta.Names feature names: uvarint length, then the bytes
//	float64 little-endian: IDF[meta.NGrams], then for each class its
//	    meta.Names weights, then the class biases
//
// Version 3 (a model with the word-vector block, features.Config.Vectors)
// adds one section after the biases, meta.VectorBytes long: the word-vector
// table as features.WordVectors.AppendBinary writes it. A model without the
// block is saved as version 2, byte for byte as before.
//
// Version 4 is version 3's layout, the word-vector section present only
// when the model has the block, for a model with the relevance block
// (features.Config.Relevance) or a relevance head (TrainConfig.RelevanceHead):
// a stancekit that predates them would read such a model's vectors without
// the relevance features, so the version tells it to stop instead.
//
// Every float round-trips bit for bit, so a saved model predicts exactly as
// the model that was saved. Version 1 payloads (one JSON object) still load.

// fileMeta is the JSON part of a version 2 payload.
type fileMeta struct {
	Labels    []Label         `json:"labels"`
	Features  features.Config `json:"features"`
	Lexicon   string          `json:"lexicon"`
	Names     int             `json:"names"`
	NGrams    int             `json:"ngrams"`
	Threshold float64         `json:"relevance_threshold,omitempty"`
	Train     TrainInfo       `json:"train"`
	// VectorBytes is the length of the word-vector section (version 3).
	VectorBytes int `json:"vector_bytes,omitempty"`
	// RelevanceLists is the text of the relevance block's word lists
	// (features/relevance.tsv) the model was trained with, present exactly
	// when it has the block (version 4). The lists are not read from the
	// model: a model whose lists differ from this build's is refused, since
	// it would compute other features than the ones its weights were fitted to.
	RelevanceLists string `json:"relevance_lists,omitempty"`
	// GloveTable names the embedded GloVe cluster table the model was
	// trained with (features.GloveClustersID: file name and the SHA-256 of
	// its entries), present exactly when it has the GloVe cluster block.
	// The table itself is not saved: a model naming a table this build
	// lacks is refused. A reader older than the block refuses such a model
	// too (its features JSON has fields that reader does not know), so the
	// format version is not raised for it.
	GloveTable string `json:"glove_table,omitempty"`
}

// encodeBinary writes fm as a version 2 payload, or version 3 when it has
// the word-vector block (see fileVersion).
func encodeBinary(fm *fileModel) ([]byte, error) {
	var vecs []byte
	if wv := fm.wordVectors(); wv != nil {
		vecs = wv.AppendBinary(nil)
	}
	meta := fileMeta{Labels: fm.Labels, Features: fm.Features, Lexicon: fm.Lexicon,
		Names: len(fm.Names), NGrams: len(fm.IDF), Threshold: fm.Threshold, Train: fm.Train, VectorBytes: len(vecs)}
	if fm.Features.Relevance > 0 {
		meta.RelevanceLists = features.DefaultRelevanceData()
	}
	if fm.Features.GloveClusters > 0 {
		id, err := features.GloveClustersID()
		if err != nil {
			return nil, err
		}
		meta.GloveTable = id
	}
	mj, err := json.Marshal(meta)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Write(binary.AppendUvarint(nil, uint64(len(mj))))
	b.Write(mj)
	for _, n := range fm.Names {
		b.Write(binary.AppendUvarint(nil, uint64(len(n))))
		b.WriteString(n)
	}
	put := func(xs ...float64) {
		var w [8]byte
		for _, x := range xs {
			binary.LittleEndian.PutUint64(w[:], math.Float64bits(x))
			b.Write(w[:])
		}
	}
	put(fm.IDF...)
	for _, row := range fm.Weights {
		put(row...)
	}
	put(fm.Bias...)
	b.Write(vecs)
	return b.Bytes(), nil
}

// wordVectors returns the table of fm's word-vector block, or nil when it
// has none.
func (fm *fileModel) wordVectors() *features.WordVectors {
	if fm.Features.Vectors > 0 {
		return fm.Features.WordVectors
	}
	return nil
}

// fileVersion is the format version fm is saved in: 5 with the synset
// block, else 4 with the relevance block or head, else 3 with the
// word-vector block, else 2.
func (fm *fileModel) fileVersion() int {
	switch {
	case fm.Features.Synsets > 0:
		return 5
	case fm.hasRelevance():
		return 4
	case fm.wordVectors() != nil:
		return 3
	}
	return 2
}

// hasRelevance reports whether fm has the relevance block or head (format
// version 4).
func (fm *fileModel) hasRelevance() bool {
	return fm.Features.Relevance > 0 || fm.Train.Config.RelevanceHead
}

// decodeBinary reads a version 2 or 3 payload into fm. Every count is checked
// against the bytes that remain before anything is allocated, so a hostile
// payload cannot ask for more memory than its own size.
func decodeBinary(ver int, p []byte, fm *fileModel) error {
	d := decoder{p: p}
	n := d.uvarint()
	mj := d.bytes(n)
	if d.err != nil {
		return d.err
	}
	var meta fileMeta
	dec := json.NewDecoder(bytes.NewReader(mj))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&meta); err != nil {
		return fmt.Errorf("decode header: %v", err)
	}
	K := len(meta.Labels)
	if meta.Names < 0 || meta.NGrams < 0 || meta.NGrams > meta.Names || meta.Names > len(p) {
		return fmt.Errorf("bad feature counts %d and %d", meta.Names, meta.NGrams)
	}
	if meta.VectorBytes < 0 || meta.VectorBytes > len(p) || ver < 4 && (meta.VectorBytes > 0) != (ver >= 3) {
		return fmt.Errorf("format version %d with a word-vector section of %d bytes", ver, meta.VectorBytes)
	}
	fm.Labels, fm.Features, fm.Lexicon, fm.Train, fm.Threshold = meta.Labels, meta.Features, meta.Lexicon, meta.Train, meta.Threshold
	if (fm.Features.Synsets > 0) != (ver >= 5) {
		return fmt.Errorf("format version %d for a model with synset block %v (version 5 exactly when it is on)", ver, fm.Features.Synsets)
	}
	if ver < 5 && fm.hasRelevance() != (ver >= 4) {
		return fmt.Errorf("format version %d for a model with relevance block %v and head %v (version 4 exactly when either is on)", ver, fm.Features.Relevance, fm.Train.Config.RelevanceHead)
	}
	if err := checkRelevanceLists(fm.Features.Relevance > 0, meta.RelevanceLists); err != nil {
		return err
	}
	if err := checkGloveTable(fm.Features.GloveClusters > 0, meta.GloveTable); err != nil {
		return err
	}
	if fm.Features.Cues {
		// Compiling the cue lexicon (stemming its words) is a third of what
		// building the model costs, and needs nothing below: it runs beside
		// the decoding of the names and weights.
		fm.lex = parseLexicon(fm.Lexicon)
	}
	fm.Names = d.strings(meta.Names)
	D := meta.Names
	floats := meta.NGrams + K*D + K
	if d.err == nil && len(d.p)-d.off != 8*floats+meta.VectorBytes {
		return fmt.Errorf("payload holds %d bytes of weights and word vectors, its header says %d", len(d.p)-d.off, 8*floats+meta.VectorBytes)
	}
	fm.IDF = d.floats(meta.NGrams)
	// The weights go straight into the model's feature-major layout (see
	// Model.w), not into rows to be transposed once built.
	if b := d.bytes(8 * K * D); d.err == nil {
		// Feature by feature: the writes run in order and the reads in K
		// sequential streams, which is kinder to the cache than strided
		// writes into memory touched for the first time.
		fm.major = make([]float64, K*D)
		for j := range D {
			for k := range K {
				fm.major[j*K+k] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*(k*D+j):]))
			}
		}
	}
	fm.Bias = d.floats(K)
	if d.err == nil && meta.VectorBytes > 0 {
		if !(fm.Features.Vectors > 0) {
			return errors.New("a word-vector section but no word-vector block")
		}
		wv, n, err := features.ReadWordVectors(d.bytes(meta.VectorBytes))
		if err != nil {
			return err
		}
		if n != meta.VectorBytes {
			return fmt.Errorf("word-vector section of %d bytes holds a table of %d", meta.VectorBytes, n)
		}
		fm.Features.WordVectors = wv
	}
	return d.err
}

// decoder reads a payload, remembering the first error.
type decoder struct {
	p   []byte
	off int
	err error
}

var errShort = errors.New("payload ends early")

func (d *decoder) uvarint() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.p[d.off:])
	if n <= 0 || v > uint64(len(d.p)) {
		d.err = errors.New("bad length in payload")
		return 0
	}
	d.off += n
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.p)-d.off {
		d.err = errShort
		return nil
	}
	b := d.p[d.off : d.off+n]
	d.off += n
	return b
}

// strings reads n length-prefixed strings. They are cut from one copy of
// the bytes they lie in, length prefixes included: one allocation and one
// copy instead of one of each per name.
func (d *decoder) strings(n int) []string {
	start := d.off
	for range n { // check every length against the payload first
		d.bytes(d.uvarint())
	}
	if d.err != nil {
		return nil
	}
	all := string(d.p[start:d.off])
	out := make([]string, n)
	for i, off := 0, 0; i < n; i++ {
		l, k := binary.Uvarint(d.p[start+off:])
		out[i] = all[off+k : off+k+int(l)]
		off += k + int(l)
	}
	return out
}

func (d *decoder) floats(n int) []float64 {
	b := d.bytes(8 * n)
	if d.err != nil {
		return nil
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return out
}

// lexiconParse is a cue lexicon being parsed on its own goroutine.
type lexiconParse struct {
	done chan struct{}
	lex  *features.Lexicon
	err  error
}

// parseLexicon starts parsing text as a cue lexicon.
func parseLexicon(text string) *lexiconParse {
	p := &lexiconParse{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.lex, p.err = features.ParseLexicon(features.CuesHeader + "\n" + text)
	}()
	return p
}

// lexicon returns the model's cue lexicon, parsed.
func (fm *fileModel) lexicon() (*features.Lexicon, error) {
	if fm.lex != nil {
		<-fm.lex.done
		return fm.lex.lex, fm.lex.err
	}
	return features.ParseLexicon(features.CuesHeader + "\n" + fm.Lexicon)
}

// checkRelevanceLists reports an error unless a model's saved relevance
// lists are this build's (features.DefaultRelevanceData), for a model with
// the relevance block, or absent, for one without.
func checkRelevanceLists(block bool, saved string) error {
	switch {
	case !block && saved != "":
		return fmt.Errorf("relevance word lists saved in a model without the relevance block")
	case block && saved != features.DefaultRelevanceData():
		return fmt.Errorf("the model was trained with other relevance word lists (%s) than this build's features/relevance.tsv (%s); retrain it", firstLine(saved), firstLine(features.DefaultRelevanceData()))
	}
	return nil
}

// firstLine is s up to its first newline (a data file's version line).
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// checkGloveTable reports an error unless a model's recorded GloVe cluster
// table is this build's embedded one, for a model with the GloVe cluster
// block, or absent, for one without.
func checkGloveTable(block bool, saved string) error {
	switch {
	case !block && saved != "":
		return fmt.Errorf("a GloVe cluster table (%s) named in a model without the GloVe cluster block", saved)
	case !block:
		return nil
	}
	have, err := features.GloveClustersID()
	if err != nil {
		return err
	}
	if saved != have {
		return fmt.Errorf("the model was trained with the GloVe cluster table %q, this build embeds %q; retrain it", saved, have)
	}
	return nil
}
