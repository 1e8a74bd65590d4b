package features

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	bits64 "math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/internal/parallel"
	"github.com/stancekit/stancekit/tokenize"
)

// Config sets what a Vectorizer extracts. The zero Config is not useful;
// start from DefaultConfig.
type Config struct {
	// WordNgrams is the longest word n-gram over stems: 1 for unigrams, 2
	// for unigrams and bigrams, 3 adds trigrams.
	WordNgrams int `json:"word_ngrams"`
	// CharMin and CharMax set the character n-gram range over the
	// normalised words (each padded with a space on both sides); 0 turns
	// character n-grams off.
	CharMin int `json:"char_min"`
	CharMax int `json:"char_max"`
	// CharAcross runs the character n-grams over the whole normalised
	// statement (its tokens joined by single spaces, punctuation included)
	// instead of within each word, so that they also span word boundaries,
	// as scikit-learn's analyzer="char" does; "char_wb" is the default.
	CharAcross bool `json:"char_across,omitempty"`
	// DropStopWords leaves stop words out of unigrams (they stay in
	// bigrams, where "not a" or "for all" carry meaning).
	DropStopWords bool `json:"drop_stop_words"`
	// Sublinear uses 1+ln(tf) instead of raw term counts.
	Sublinear bool `json:"sublinear"`
	// MinDF drops features seen in fewer than MinDF training documents.
	MinDF int `json:"min_df"`
	// MaxFeatures keeps only the MaxFeatures most frequent n-gram
	// features (by document frequency, ties by name); 0 keeps all.
	MaxFeatures int `json:"max_features"`
	// Cues adds the stance cue lexicon's class counts as features; the
	// lexicon itself is given to NewVectorizer.
	Cues bool `json:"cues"`
	// CueWeight scales cue features relative to the L2-normalised n-gram
	// block (whose norm is 1).
	CueWeight float64 `json:"cue_weight"`
	// CueEach adds one feature per lexicon cue beside the class counts
	// ("cue=<class>:<pattern>", and "cue=!<class>:<pattern>" for a negated
	// hit), so that a trained model learns each cue's weight from data
	// instead of taking the lexicon's class and weight on trust.
	CueEach bool `json:"cue_each,omitempty"`
	// NegationBack also marks the words before a negated auxiliary as
	// negated ("a ban … is not planned"; tokenize.MarkNegationBack), for
	// n-grams and cues alike.
	NegationBack bool `json:"negation_back,omitempty"`
	// Predicates, when positive, adds the predicate/polarity layer
	// (features/predicates.tsv; see Predicates): one feature per entry of
	// PredicateFeatureNames, after the cue block, with this value when the
	// statement has it. 0 leaves the layer out.
	Predicates float64 `json:"predicates,omitempty"`
	// Relevance, when positive, adds the relevance block
	// (features/relevance.tsv; see RelevanceLists): one feature per entry
	// of RelevanceFeatureNames, after the predicate block, with this value
	// when the statement has it. 0 leaves the block out.
	Relevance float64 `json:"relevance,omitempty"`
	// Vectors, when positive, adds the word-vector block (see dense.go):
	// the mean of the statement's stems' vectors in WordVectors, scaled to
	// this Euclidean length, after every other block. 0 leaves it out.
	Vectors float64 `json:"vectors,omitempty"`
	// WordVectors is the table the word-vector block reads. A model saves
	// it beside this struct's JSON, not in it.
	WordVectors *WordVectors `json:"-"`
	// Synsets, when positive, adds the synset block (see synsets.go): each
	// word token that is no stop word adds the WordNet synset of its first
	// sense in each part of speech ("s:<synset>", "!s:<synset>" in a
	// negation scope) as a feature of the n-gram block, its TF-IDF value
	// scaled by Synsets. 0 leaves the block out.
	Synsets float64 `json:"synsets,omitempty"`
	// SynsetSenses 2 also adds each lemma's second sense, where the table
	// has one; 0 or 1, the first sense only.
	SynsetSenses int `json:"synset_senses,omitempty"`
	// SynsetHypernyms also adds each sense's first hypernym ("h:<synset>").
	SynsetHypernyms bool `json:"synset_hypernyms,omitempty"`
	// SynsetPOS, when set, keeps only the senses of these parts of speech
	// (letters of "nvar": noun, verb, adjective, adverb); "" keeps all.
	SynsetPOS string `json:"synset_pos,omitempty"`
	// GloveClusters, when positive, adds the GloVe cluster block (see
	// glove.go): each word token that is no stop word and that the
	// embedded table (gloveclusters.tsv.gz, 40,000 words of GloVe 6B) has
	// adds its word cluster ("g:<id>", "!g:<id>" in a negation scope) as a
	// feature of the n-gram block, its TF-IDF value scaled by
	// GloveClusters. 0 leaves the block out.
	GloveClusters float64 `json:"glove_clusters,omitempty"`
	// GloveK is the number of clusters the block uses: 256 (or 0) or 1024.
	GloveK int `json:"glove_k,omitempty"`
}

// DefaultConfig is the configuration of stancekit's default model: stem
// unigrams and bigrams with negation marking, sublinear TF-IDF, no
// character n-grams, and cue features.
func DefaultConfig() Config {
	return Config{WordNgrams: 2, Sublinear: true, DropStopWords: true, MinDF: 1, Cues: true, CueWeight: 1}
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	switch {
	case c.WordNgrams < 0 || c.WordNgrams > 3:
		return fmt.Errorf("word n-grams %d out of range 0..3", c.WordNgrams)
	case c.CharMin < 0 || c.CharMax < c.CharMin || c.CharMax > 8 || (c.CharMax > 0 && c.CharMin == 0):
		return fmt.Errorf("character n-gram range %d..%d invalid", c.CharMin, c.CharMax)
	case c.WordNgrams == 0 && c.CharMax == 0 && !c.Cues:
		return errors.New("no features enabled")
	case c.MinDF < 0 || c.MaxFeatures < 0:
		return errors.New("negative MinDF or MaxFeatures")
	case !(c.CueWeight >= 0 && c.CueWeight <= MaxCueWeight):
		return fmt.Errorf("CueWeight %v is not a number in [0, %g]", c.CueWeight, float64(MaxCueWeight))
	case !(c.Predicates >= 0 && c.Predicates <= MaxCueWeight):
		return fmt.Errorf("Predicates %v is not a number in [0, %g]", c.Predicates, float64(MaxCueWeight))
	case !(c.Relevance >= 0 && c.Relevance <= MaxCueWeight):
		return fmt.Errorf("Relevance %v is not a number in [0, %g]", c.Relevance, float64(MaxCueWeight))
	case !(c.Vectors >= 0 && c.Vectors <= MaxCueWeight):
		return fmt.Errorf("Vectors %v is not a number in [0, %g]", c.Vectors, float64(MaxCueWeight))
	case !(c.Synsets >= 0 && c.Synsets <= MaxCueWeight):
		return fmt.Errorf("Synsets %v is not a number in [0, %g]", c.Synsets, float64(MaxCueWeight))
	case strings.Trim(c.SynsetPOS, "nvar") != "":
		return fmt.Errorf("SynsetPOS %q has letters other than n, v, a, r", c.SynsetPOS)
	case !(c.GloveClusters >= 0 && c.GloveClusters <= MaxCueWeight):
		return fmt.Errorf("GloveClusters %v is not a number in [0, %g]", c.GloveClusters, float64(MaxCueWeight))
	case gloveColumn(c.GloveK) < 0:
		return fmt.Errorf("GloveK %d is not 0 or one of %v", c.GloveK, GloveClusterCounts)
	case c.SynsetSenses < 0 || c.SynsetSenses > 2:
		return fmt.Errorf("SynsetSenses %d out of range 0..2", c.SynsetSenses)
	case c.Vectors > 0 && c.WordVectors == nil:
		return errors.New("word-vector block enabled with no word vectors")
	}
	return nil
}

// Vectorizer turns statements into sparse TF-IDF vectors (Fit learns the
// vocabulary and document frequencies; Transform applies them). A fitted
// Vectorizer is immutable and safe for concurrent use.
//
// The vector has two blocks: n-gram features (word and character), with
// TF-IDF weights and L2 normalisation, then cue features (one per lexicon
// class, plus a negated variant), with value CueWeight × Σ cue weights. Feature
// names say what each index is: "w:<stem>" for a unigram, "!w:<stem>" for a
// unigram in a negation scope, "b:<stem> <stem>" and "t:…" for bigrams and
// trigrams (marked "!" when their first word is negated), "c:<chars>" for a
// character n-gram, and "cue:<class>" / "cue:!<class>" for cues. With
// Config.Predicates set, the predicate features ("P:…",
// PredicateFeatureNames) follow the cue block.
type Vectorizer struct {
	cfg   Config
	tok   *tokenize.Tokenizer
	lex   *Lexicon
	names []string         // index -> name
	index *table           // feature hash -> index; nil before Fit
	idf   []float64        // per n-gram feature
	nGram int              // n-gram features occupy [0, nGram)
	cues  map[string]int32 // cue feature name -> index
	each  map[*Cue]int32   // CueEach: a cue's own feature (its negated one follows)
	// cueAt gives each cue of lex the indices of the class features its
	// plain and negated hits count towards, -1 for none.
	cueAt map[*Cue][2]int32
	// cueFeats holds cueAt's and each's entries by the cue's index in
	// lex, for addCuesAt.
	cueFeats []cueFeat
	// pred is the predicate layer when Config.Predicates is set; its
	// features start at index predAt.
	pred   *Predicates
	predAt int32
	// rel holds the relevance block's word lists when Config.Relevance is
	// set; its features start at index relAt.
	rel   *RelevanceLists
	relAt int32
	// syn is the synset table when Config.Synsets is set.
	syn *SynsetTable
	// glove is the GloVe cluster table when Config.GloveClusters is set.
	glove *GloveClusterTable
	// denseAt is the word-vector block's first index (see dense.go).
	denseAt int32
	// words holds the word tables of Transform's fast path once built
	// (see wordTables); uses counts the statements transformed before.
	// noWords keeps a Vectorizer on the general path (for tests).
	words   atomic.Pointer[wordTables]
	uses    atomic.Int64
	noWords bool
}

// NewVectorizer returns an unfitted Vectorizer. lex may be nil when
// cfg.Cues is false.
func NewVectorizer(cfg Config, tok *tokenize.Tokenizer, lex *Lexicon) (*Vectorizer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	if tok == nil {
		return nil, errors.New("features: nil tokenizer")
	}
	if cfg.Cues && lex == nil {
		return nil, errors.New("features: cues enabled with no lexicon")
	}
	v := &Vectorizer{cfg: cfg, tok: tok, lex: lex}
	if cfg.Predicates > 0 {
		p, err := DefaultPredicates()
		if err != nil {
			return nil, err
		}
		v.pred = p
	}
	if cfg.Relevance > 0 {
		r, err := DefaultRelevanceLists()
		if err != nil {
			return nil, err
		}
		v.rel = r
	}
	if cfg.Synsets > 0 {
		t, err := DefaultSynsets()
		if err != nil {
			return nil, err
		}
		v.syn = t
	}
	if cfg.GloveClusters > 0 {
		t, err := DefaultGloveClusters()
		if err != nil {
			return nil, err
		}
		v.glove = t
	}
	return v, nil
}

// Config returns the configuration the Vectorizer was built with.
func (v *Vectorizer) Config() Config { return v.cfg }

// Lexicon returns the cue lexicon, or nil.
func (v *Vectorizer) Lexicon() *Lexicon { return v.lex }

// Dim returns the number of features (0 before Fit).
func (v *Vectorizer) Dim() int { return len(v.names) }

// Name returns the name of feature i.
func (v *Vectorizer) Name(i int) string { return v.names[i] }

// Names returns all feature names in index order. The slice must not be
// modified.
func (v *Vectorizer) Names() []string { return v.names }

// IDF returns the inverse document frequency of n-gram feature i, or 0 for
// a cue feature.
func (v *Vectorizer) IDF(i int) float64 {
	if i < len(v.idf) {
		return v.idf[i]
	}
	return 0
}

// ErrNotFitted is returned by Transform before Fit.
var ErrNotFitted = errors.New("vectorizer is not fitted")

// Fit learns the vocabulary and document frequencies from docs. It is
// deterministic: the same docs give the same vocabulary in the same order,
// whatever the number of goroutines Fit spreads the work over.
func (v *Vectorizer) Fit(docs []string) error {
	_, _, err := v.fit(docs, false)
	return err
}

// docGrams is what fit keeps of a statement so that FitTransform need not
// analyse it twice: its n-grams as indices into its chunk's featStats, and
// its cue hits.
type docGrams struct {
	chunk int
	loc   []int32
	hits  []Hit
	pred  PredicateSet
	rel   RelevanceSet
	dense []int32 // the word-vector rows of its stems (dense.go)
}

// featStat is one distinct n-gram seen by fit. It holds no pointer (its
// name lives in its chunk's arena), so the garbage collector need not scan
// the hundreds of thousands of them a large fit makes.
type featStat struct {
	h     uint64
	key   uint64 // the name's first 8 bytes, big-endian: sorts like the name
	df    int32
	last  int32 // the last document counted in df
	at    int32 // position in fit's merged list
	chunk int32 // the chunk whose arena holds the name
	off   int32 // the name is arenas[chunk][off : off+n]
	n     int32
}

// arenas holds the names of fit's n-grams, one byte arena per chunk.
type arenas [][]byte

// name returns the name of f.
func (a arenas) name(f featStat) []byte { return a[f.chunk][f.off : f.off+f.n] }

// byName orders features by name, comparing the packed prefixes first.
func (a arenas) byName(x, y featStat) int {
	if x.key != y.key {
		if x.key < y.key {
			return -1
		}
		return 1
	}
	return bytes.Compare(a.name(x), a.name(y))
}

// nameKey packs the first 8 bytes of b so that comparing keys orders
// names as bytes.Compare does, until the keys tie.
func nameKey(b []byte) uint64 {
	var k uint64
	for i := 0; i < 8; i++ {
		k <<= 8
		if i < len(b) {
			k |= uint64(b[i])
		}
	}
	return k
}

// minChunk is the fewest statements a Fit goroutine is given: below it the
// cost of starting one and merging its counts outweighs the work.
const minChunk = 64

// workersFor returns how many goroutines share n statements.
func workersFor(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/minChunk))
}

// fit counts document frequencies over contiguous chunks of docs in
// parallel and merges the chunks in order, so the result does not depend on
// scheduling. With keep set it also returns what it kept of each statement
// and, for each chunk, the vocabulary index of each of its featStats (-1
// for one pruned).
func (v *Vectorizer) fit(docs []string, keep bool) ([]docGrams, [][]int32, error) {
	if len(docs) == 0 {
		return nil, nil, errors.New("features: fit on no documents")
	}
	var kept []docGrams
	if keep {
		kept = make([]docGrams, len(docs))
	}
	workers := workersFor(len(docs))
	chunks := make([][]featStat, workers)
	names := make(arenas, workers)
	var counts []wordCounts
	if usesCharTable(v.cfg) {
		counts = make([]wordCounts, workers)
	}
	parallel.Chunks(len(docs), workers, func(w, lo, hi int) {
		var c wordCounts
		if counts != nil {
			c = wordCounts{}
			counts[w] = c
		}
		chunks[w], names[w] = v.countChunk(docs, lo, hi, w, kept, c)
	})
	all, remap := mergeChunks(chunks)
	final := make([]int32, len(all))
	feats := all[:0]
	for _, f := range all {
		if int(f.df) >= v.cfg.MinDF {
			feats = append(feats, f)
		}
	}
	if v.cfg.MaxFeatures > 0 && len(feats) > v.cfg.MaxFeatures {
		slices.SortFunc(feats, func(a, b featStat) int {
			if a.df != b.df {
				return int(b.df - a.df)
			}
			return names.byName(a, b)
		})
		feats = feats[:v.cfg.MaxFeatures]
	}
	sortByName(feats, names)
	nd := float64(len(docs))
	// The vocabulary's names are copied into one string, so that the
	// chunks' arenas, which also hold pruned and duplicate names, are freed.
	size := 0
	for _, f := range feats {
		size += int(f.n)
	}
	var sb strings.Builder
	sb.Grow(size)
	for _, f := range feats {
		sb.Write(names.name(f))
	}
	vocab, from := sb.String(), 0
	v.names = make([]string, 0, len(feats))
	v.index = newFinalTable(len(feats))
	v.idf = make([]float64, len(feats))
	for i := range final {
		final[i] = -1
	}
	for i, f := range feats {
		v.names = append(v.names, vocab[from:from+int(f.n)])
		from += int(f.n)
		v.index.put(f.h, int32(i))
		v.idf[i] = math.Log((1+nd)/(1+float64(f.df))) + 1
		if v.syn != nil && isSynsetFeature(v.names[i]) {
			v.idf[i] *= v.cfg.Synsets
		}
		if v.glove != nil && isGloveFeature(v.names[i]) {
			v.idf[i] *= v.cfg.GloveClusters
		}
		final[f.at] = int32(i)
	}
	for _, r := range remap {
		for l, i := range r {
			r[l] = final[i]
		}
	}
	v.nGram = len(feats)
	v.addCueFeatures(nil)
	v.addPredicateFeatures()
	v.addRelevanceFeatures()
	v.addDenseFeatures()
	w := v.buildWords()
	if counts != nil && w.stems != nil {
		w.chars = v.buildChars(charWords(counts), w)
	}
	v.words.Store(w)
	return kept, remap, nil
}

// mergeChunks merges the chunks' n-gram counts in chunk order. It returns
// the distinct n-grams, each with its position in the list in at, and for
// each chunk the position in the list of each of its local n-grams.
func mergeChunks(chunks [][]featStat) (all []featStat, remap [][]int32) {
	remap = make([][]int32, len(chunks))
	if len(chunks) == 1 {
		// One chunk (one CPU, or few documents) is merged already.
		all = chunks[0]
		remap[0] = make([]int32, len(all))
		for i := range all {
			all[i].at = int32(i)
			remap[0][i] = int32(i)
		}
		return all, remap
	}
	seen := newTable(2 * len(chunks[0]))
	all = make([]featStat, 0, 2*len(chunks[0]))
	for c, stats := range chunks {
		remap[c] = make([]int32, len(stats))
		for l, s := range stats {
			i, ok := seen.put(s.h, int32(len(all)))
			if ok {
				all[i].df += s.df
			} else {
				s.at = i
				all = append(all, s)
			}
			remap[c][l] = i
		}
	}
	return all, remap
}

// maxGuess caps how many distinct n-grams countChunk makes room for up
// front, so that fitting millions of statements does not reserve gigabytes
// before it has seen them; past it the tables grow as needed.
const maxGuess = 1 << 18

// countChunk counts the document frequency of every n-gram of docs[lo:hi],
// naming each the first time it is seen, and the words of the statements in
// words unless it is nil.
func (v *Vectorizer) countChunk(docs []string, lo, hi, chunk int, kept []docGrams, words wordCounts) ([]featStat, []byte) {
	var a analysis
	var buf []int32 // the chunk's n-grams as local indices, statement after statement
	// About 50 new n-grams per statement is typical with character n-grams
	// on: sizing for more up front is cheaper than regrowing.
	guess := min(64*(hi-lo), maxGuess)
	seen := newTable(guess)
	stats := make([]featStat, 0, guess)
	arena := make([]byte, 0, 16*guess) // the n-grams' names, end to end
	for d := lo; d < hi; d++ {
		a.run(v, nil, docs[d], nil)
		a.grams(v.cfg, true)
		a.synGrams(v, true)
		a.gloveGrams(v, true)
		if words != nil {
			words.add(&a)
		}
		if kept != nil && buf == nil {
			// Guess the chunk's total from its first statement.
			buf = make([]int32, 0, len(a.hs)*(hi-lo)*5/4+256)
		}
		start := len(buf)
		for k, h := range a.hs {
			i, ok := seen.put(h, int32(len(stats)))
			if kept != nil {
				buf = append(buf, i)
			}
			if !ok {
				start := len(arena)
				arena = a.appendName(arena, k)
				stats = append(stats, featStat{h: h, key: nameKey(arena[start:]), df: 1, last: int32(d),
					chunk: int32(chunk), off: int32(start), n: int32(len(arena) - start)})
				continue
			}
			if s := &stats[i]; s.last != int32(d) {
				s.last = int32(d)
				s.df++
			}
		}
		if kept != nil {
			// Statements share one growing buffer, each keeping its window
			// of it: a window into an outgrown array stays valid, as
			// nothing writes there again.
			kept[d] = docGrams{chunk: chunk, loc: buf[start:len(buf):len(buf)], hits: slices.Clone(a.hits), pred: a.pred, rel: a.rel, dense: v.denseRows(nil, a.stems)}
		}
	}
	return stats, arena
}

func (v *Vectorizer) addCueFeatures(saved []string) {
	v.cues = map[string]int32{}
	if !v.cfg.Cues {
		return
	}
	// name returns the block's next name, a+b+c+d: saved's, when saved
	// (a restored model's names for the block) has it there, so that
	// restoring builds none of them, else built.
	k := 0
	name := func(a, b, c, d string) string {
		s := ""
		if k < len(saved) {
			s = saved[k]
		}
		k++
		if len(s) == len(a)+len(b)+len(c)+len(d) && strings.HasPrefix(s, a) && strings.HasPrefix(s[len(a):], b) &&
			strings.HasPrefix(s[len(a)+len(b):], c) && strings.HasSuffix(s, d) {
			return s
		}
		return a + b + c + d
	}
	classes := v.lex.Classes()
	plain, negated := make(map[string]int32, len(classes)), make(map[string]int32, len(classes))
	for _, c := range classes {
		plain[c], negated[c] = int32(len(v.names)), int32(len(v.names)+1)
		for _, n := range []string{name("cue:", c, "", ""), name("cue:!", c, "", "")} {
			v.cues[n] = int32(len(v.names))
			v.names = append(v.names, n)
		}
	}
	// A cue's two features are those of its hits, plain and negated
	// (Hit.Feature): "cue:<class>", and "cue:<negated class>" or, when it
	// has none, "cue:!<class>".
	at := func(m map[string]int32, class string) int32 {
		if i, ok := m[class]; ok {
			return i
		}
		return -1
	}
	v.cueAt = make(map[*Cue][2]int32, len(v.lex.cues))
	for i := range v.lex.cues {
		c := &v.lex.cues[i]
		neg := at(negated, c.Class)
		if c.NegatedClass != "" {
			neg = at(plain, c.NegatedClass)
		}
		v.cueAt[c] = [2]int32{at(plain, c.Class), neg}
	}
	v.cueFeats = make([]cueFeat, len(v.lex.cues))
	for i := range v.lex.cues {
		v.cueFeats[i] = cueFeat{at: v.cueAt[&v.lex.cues[i]], each: -1}
	}
	if !v.cfg.CueEach {
		return
	}
	cs := v.lex.cues
	v.each = make(map[*Cue]int32, len(cs))
	for i := range cs {
		v.each[&cs[i]] = int32(len(v.names))
		v.cueFeats[i].each = int32(len(v.names))
		v.names = append(v.names, name("cue=", cs[i].Class, ":", cs[i].Pattern), name("cue=!", cs[i].Class, ":", cs[i].Pattern))
	}
}

// FitTransform fits the Vectorizer on docs and returns their vectors, the
// same as Fit followed by Transform of each statement but analysing each
// statement once.
func (v *Vectorizer) FitTransform(docs []string) ([]Vector, error) {
	kept, remap, err := v.fit(docs, true)
	if err != nil {
		return nil, err
	}
	out := make([]Vector, len(docs))
	parallel.Chunks(len(docs), workersFor(len(docs)), func(_, lo, hi int) {
		var idx, tmp []int32
		var sum []float64
		for d := lo; d < hi; d++ {
			idx = idx[:0]
			r := remap[kept[d].chunk]
			for _, l := range kept[d].loc {
				if i := r[l]; i >= 0 {
					idx = append(idx, i)
				}
			}
			out[d], tmp = v.weigh(idx, tmp)
			if v.cfg.Cues && len(kept[d].hits) > 0 {
				out[d] = v.addCues(out[d], kept[d].hits)
			}
			out[d] = v.addPredicates(out[d], kept[d].pred)
			out[d] = v.addRelevance(out[d], kept[d].rel)
			out[d], sum = v.addDense(out[d], kept[d].dense, sum)
			kept[d] = docGrams{}
		}
	})
	return out, nil
}

// Transform returns the feature vector of one statement. Features not in
// the fitted vocabulary are ignored; a statement with none gives the zero
// vector.
func (v *Vectorizer) Transform(doc string) (Vector, error) {
	vec, _, err := v.TransformHits(doc)
	return vec, err
}

// TransformHits is Transform that also returns the cue hits, with byte
// offsets into doc.
func (v *Vectorizer) TransformHits(doc string) (Vector, []Hit, error) {
	d, err := v.TransformTokens(doc, nil)
	return d.Vector, d.Hits, err
}

// Doc is one statement as a Vectorizer analysed it.
type Doc struct {
	// Vector is the statement's feature vector.
	Vector Vector
	// Hits are the cue hits, in text order, with byte offsets into the
	// statement; nil when there are none.
	Hits []Hit
	// Words is the number of word tokens (tokens holding a letter or digit)
	// in the analysed text. A statement with none has nothing to classify,
	// whatever its vector.
	Words int
}

// TransformTokens analyses the statement src, as TransformHits does, from
// its tokens: toks must be the tokens of src as tokenize gives them
// (tokenize.Tokenizer.AppendTokens of src, or Tokenizer.AppendSub for a
// statement cut from a tokenized document); their negation marks are
// ignored and set again. It saves a caller that has tokenized the text
// already tokenizing it twice; with toks nil, the Vectorizer tokenizes src
// itself. Tokens out of order or outside src are an error. A statement over
// MaxStatementBytes is analysed on its first MaxStatementBytes bytes, which
// it tokenizes again.
func (v *Vectorizer) TransformTokens(src string, toks []tokenize.Token) (Doc, error) {
	var d Doc
	if err := v.TransformInto(&d, src, toks); err != nil {
		return Doc{}, err
	}
	if len(d.Vector.Idx) == 0 {
		d.Vector = Vector{}
	}
	if len(d.Hits) == 0 {
		d.Hits = nil
	}
	return d, nil
}

// TransformInto is TransformTokens writing into d, whose slices it reuses:
// a caller analysing many statements one after another, such as a
// prediction loop, allocates nothing per statement once d has grown. d's
// contents are overwritten by the next call with d.
func (v *Vectorizer) TransformInto(d *Doc, src string, toks []tokenize.Token) error {
	_, _, err := v.transformInto(d, src, toks, v.idf, idfRows{})
	return err
}

// TransformTF is TransformInto stopping short of the TF-IDF weights: each
// n-gram entry of d.Vector holds the feature's term frequency factor (its
// count in the statement, or 1 + ln(count) with Config.Sublinear), the cue
// and predicate entries their values in Transform's vector. Multiplying n-gram entry t by
// IDF(Idx[t]), in order, and then dividing each by the Euclidean norm of the
// products, 1 / math.Sqrt(Σ x²) with the squares summed in order, gives
// TransformInto's vector bit for bit. It serves a caller that keeps the IDF
// beside weights of its own, such as a linear model reading both with one
// memory access a feature.
func (v *Vectorizer) TransformTF(d *Doc, src string, toks []tokenize.Token) error {
	_, _, err := v.transformInto(d, src, toks, nil, idfRows{})
	return err
}

// transformInto is TransformInto weighing the n-gram features by idf, or,
// with idf nil, leaving them at their term frequency factors, or, with idf
// nil and ext's rows set, weighing them by ext's IDF without normalising
// them (see idfRows). It returns the number of n-gram entries, the first t
// of d's vector, and, with ext, the sum of the squares of their values.
func (v *Vectorizer) transformInto(d *Doc, src string, toks []tokenize.Token, idf []float64, ext idfRows) (t int, ss float64, err error) {
	if err := v.canTransform(src, toks); err != nil {
		return 0, 0, err
	}
	a := analysisPool.Get().(*analysis)
	defer analysisPool.Put(a)
	t, ss = a.transform(v, d, src, toks, idf, ext)
	return t, ss, nil
}

// canTransform returns the error transformInto gives before analysing
// src, if any.
func (v *Vectorizer) canTransform(src string, toks []tokenize.Token) error {
	if v.index == nil {
		return ErrNotFitted
	}
	if toks != nil && !tokensFit(src, toks) {
		return errors.New("features: tokens do not fit the statement (out of order or out of bounds)")
	}
	return nil
}

// transform is transformInto's analysis, with a the scratch space.
func (a *analysis) transform(v *Vectorizer, d *Doc, src string, toks []tokenize.Token, idf []float64, ext idfRows) (t int, ss float64) {
	w := v.wordTables()
	a.idx = a.idx[:0]
	a.run(v, w, src, toks) // with w, the word n-grams' indices too
	if w != nil {
		a.hs = a.hs[:0]
		if w.chars != nil {
			a.charGramsTable(v.cfg, w.chars)
		} else {
			a.charGrams(v.cfg, false)
		}
		a.synGrams(v, false)
		a.sink = v.index.touch(a.hs)
		a.idx = v.lookup(a.idx, a.hs)
		a.idx = a.gloveIdx(v, w, a.idx)
	} else {
		a.grams(v.cfg, false)
		a.synGrams(v, false)
		a.gloveGrams(v, false)
		a.sink = v.index.touch(a.hs)
		a.idx = v.lookup(a.idx[:0], a.hs)
	}
	if len(v.names) <= maxBitmapDim {
		d.Vector, ss = a.weighBits(v, Vector{Idx: d.Vector.Idx[:0], Val: d.Vector.Val[:0]}, idf, ext)
	} else {
		d.Vector, a.tmp = v.weighIDF(Vector{Idx: d.Vector.Idx[:0], Val: d.Vector.Val[:0]}, a.idx, a.tmp, idf)
		if ext.rows != nil {
			ss = ext.weigh(d.Vector)
		}
	}
	t = len(d.Vector.Idx)
	d.Hits = d.Hits[:0]
	if v.cfg.Cues && len(a.hits) > 0 {
		if d == &a.doc {
			// the analysis's own Doc (the fused path's, held until the
			// analysis is released) shares its hits rather than copying them
			d.Hits = a.hits
		} else {
			d.Hits = append(d.Hits, a.hits...)
		}
		if len(a.hitCues) == len(a.hits) && v.cueFeats != nil {
			d.Vector = v.addCuesAt(d.Vector, d.Hits, a.hitCues)
		} else {
			d.Vector = v.addCues(d.Vector, d.Hits)
		}
	}
	d.Vector = v.addPredicates(d.Vector, a.pred)
	d.Vector = v.addRelevance(d.Vector, a.rel)
	d.Vector, a.dsum = v.addDenseStems(d.Vector, a.stems, a.dsum)
	d.Words = a.words
	return t, ss
}

// HasWord reports whether the part of doc a Vectorizer analyses (its first
// MaxStatementBytes bytes) holds a word token, which Doc.Words counts: a
// token with a letter or a digit. It finds out without tokenizing, so it costs
// no memory, where tokenizing a long run of punctuation would cost a token per
// byte: every letter or digit of a text lies in a token and makes it a word
// (see tokenize.Token.IsWord).
func HasWord(doc string) bool {
	return strings.IndexFunc(clip(doc), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// tokensFit reports whether toks are in order and within src.
func tokensFit(src string, toks []tokenize.Token) bool {
	prev := 0
	for _, t := range toks {
		if t.Start < prev || t.End < t.Start || t.End > len(src) {
			return false
		}
		prev = t.End
	}
	return true
}

// lookup appends the vocabulary index of every known hash in hs to dst.
func (v *Vectorizer) lookup(dst []int32, hs []uint64) []int32 {
	for _, h := range hs {
		if i, ok := v.index.get(h); ok {
			dst = append(dst, i)
		}
	}
	return dst
}

type entry struct {
	i int32
	x float64
}

// weigh counts repeated indices and applies TF-IDF and L2 normalisation.
// It sorts idx, with tmp as scratch space, and returns tmp for reuse.
func (v *Vectorizer) weigh(idx, tmp []int32) (Vector, []int32) {
	return v.weighInto(Vector{}, idx, tmp)
}

// weighInto is weigh appending to vec's slices, which must be empty.
func (v *Vectorizer) weighInto(vec Vector, idx, tmp []int32) (Vector, []int32) {
	return v.weighIDF(vec, idx, tmp, v.idf)
}

// weighIDF is weighInto with the IDF values idf, or, with idf nil, the term
// frequency factors alone, not normalised.
func (v *Vectorizer) weighIDF(vec Vector, idx, tmp []int32, idf []float64) (Vector, []int32) {
	if len(idx) == 0 {
		return vec, tmp
	}
	tmp = sortIndices(idx, tmp)
	n := 1
	for k := 1; k < len(idx); k++ {
		if idx[k] != idx[k-1] {
			n++
		}
	}
	if cap(vec.Idx) < n {
		vec.Idx = make([]int32, 0, n)
	}
	if cap(vec.Val) < n {
		vec.Val = make([]float64, 0, n)
	}
	var ss float64
	for k := 0; k < len(idx); {
		i, run := idx[k], 1
		for k+run < len(idx) && idx[k+run] == i {
			run++
		}
		k += run
		tf := float64(run)
		if v.cfg.Sublinear && run > 1 {
			tf = sublinear(run)
		}
		if idf == nil {
			vec.Idx = append(vec.Idx, i)
			vec.Val = append(vec.Val, tf)
			continue
		}
		x := tf * idf[i]
		vec.Idx = append(vec.Idx, i)
		vec.Val = append(vec.Val, x)
		ss += x * x
	}
	if idf == nil {
		return vec, tmp
	}
	inv := 1 / math.Sqrt(ss)
	for k := range vec.Val {
		vec.Val[k] *= inv
	}
	return vec, tmp
}

// sublinear returns 1 + ln(run), the sublinear term frequency factor of a
// feature seen run times, from a table for the common small counts: the
// same values, without a logarithm per repeated feature.
func sublinear(run int) float64 {
	if run < len(sublinearTable) {
		return sublinearTable[run]
	}
	return 1 + math.Log(float64(run))
}

// SublinearTF is 1 + ln(n), the sublinear term frequency factor of a
// feature seen n times, exactly as the vectoriser weighs it (for compiled
// predictors that must agree with it bit for bit).
func SublinearTF(n int) float64 { return sublinear(n) }

// sublinearTable holds 1 + ln(run) for run < 64.
var sublinearTable = func() (t [64]float64) {
	for run := range t {
		t[run] = 1 + math.Log(float64(run))
	}
	return t
}()

// maxBitmapDim is the largest vocabulary whose statements weighBits
// weighs: its bitmap is then at most 512 KiB, and its summary 8 KiB.
// Setting and reading back a few hundred bits costs a fraction of sorting
// as many indices.
const maxBitmapDim = 1 << 22

// smallSummary is the largest summary (in words: a vocabulary of up to
// 2^18 features) that weighBits reads whole rather than between the lowest
// and highest word its marks set: reading a few tens of words, most of them
// zero, costs less than keeping that range for every mark.
const smallSummary = 64

// weighBits is weighInto for a.idx without sorting it: the indices are
// marked in a bitmap of the vocabulary, and each word of the bitmap that
// gets a mark in a summary bitmap (a bit a word), so that reading them back
// in increasing order visits only marked words. A repeat is marked in a
// second bitmap, dup, and counted in a small open-addressed table (see
// repCounts), so that reading back costs one bit test a feature and a probe
// only for a repeated one, where sorting the repeats and walking them
// beside the marks cost a sort and a compare a feature. The entries and the
// arithmetic are weighInto's.
//
// With idf nil it leaves each entry at its term frequency factor, not
// normalised (see TransformTF).
func (a *analysis) weighBits(v *Vectorizer, vec Vector, idf []float64, ext idfRows) (Vector, float64) {
	idx := a.idx
	if len(idx) == 0 {
		return vec, 0
	}
	if nw := (len(v.names) + 63) / 64; len(a.bits) < nw {
		a.bits = make([]uint64, nw)
		a.dup = make([]uint64, nw)
		a.sum = make([]uint64, (nw+63)/64)
	}
	if len(a.dup) < len(a.bits) {
		a.dup = make([]uint64, len(a.bits))
	}
	bits, dup, sum := a.bits, a.dup, a.sum
	if cap(a.reps.list) < len(idx) {
		a.reps.list = make([]int32, len(idx))
	}
	reps := a.reps.list[:len(idx)]
	var nrep int
	var lo, hi uint
	if len(sum) <= smallSummary {
		// A small summary is read whole, so the marks need not track
		// the range of its words they set.
		lo, hi = 0, uint(len(sum)-1)
		nrep = markSmall(idx, bits, dup, sum)
		reps = idx[:nrep] // markSmall lists the repeats over idx's first entries
	} else {
		nrep, lo, hi = markRange(idx, bits, dup, sum, reps)
		reps = reps[:nrep]
	}
	var rc repCounts
	if nrep > 0 {
		rc = a.reps.reset(nrep)
		for _, i := range reps {
			rc.add(i)
		}
	}
	n := len(idx) - nrep
	if cap(vec.Idx) < n {
		vec.Idx = make([]int32, 0, n)
	}
	if cap(vec.Val) < n {
		vec.Val = make([]float64, 0, n)
	}
	out, val := vec.Idx[:n], vec.Val[:n]
	sub := v.cfg.Sublinear
	if idf == nil {
		var ss float64
		switch {
		case ext.rows != nil && len(sum) <= smallSummary:
			// Read whole, from its first word: readIDF has no lo to
			// keep in a register.
			ss = readIDF(bits, dup, sum, out, val, &rc, sub, ext)
		case ext.rows != nil:
			readRaw(bits, dup, sum[lo:hi+1], lo, out, val, &rc, sub)
			ss = ext.weigh(Vector{Idx: out, Val: val})
		default:
			readRaw(bits, dup, sum[lo:hi+1], lo, out, val, &rc, sub)
		}
		if nrep > 0 {
			clear(rc.keys)
			clear(rc.cnt)
		}
		vec.Idx, vec.Val = out, val
		return vec, ss
	}
	var ss float64
	k := 0
	for s := lo; s <= hi; s++ {
		for sw := sum[s]; sw != 0; sw &= sw - 1 {
			w := s<<6 + uint(bits64.TrailingZeros64(sw))
			dw := dup[w]
			for word := bits[w]; word != 0; word &= word - 1 {
				i := int32(w<<6 + uint(bits64.TrailingZeros64(word)))
				tf := 1.0
				if dw&word&-word != 0 {
					run := 1 + rc.count(i) // the first and its repeats
					tf = float64(run)
					if sub {
						tf = sublinear(run)
					}
				}
				x := tf * idf[i]
				out[k], val[k] = i, x
				k++
				ss += x * x
			}
			bits[w], dup[w] = 0, 0
		}
		sum[s] = 0
	}
	if nrep > 0 {
		clear(rc.keys)
		clear(rc.cnt)
	}
	vec.Idx, vec.Val = out, val
	inv := 1 / math.Sqrt(ss)
	for k := range val {
		val[k] *= inv
	}
	return vec, 0
}

// readRaw is weighBits' reading back for TransformTF (no IDF): it writes
// each marked index of bits, in increasing order, to out with its term
// frequency factor in val, and clears the marks, sum being the summary's
// words from lo on. A word of bits with no repeat (the common case: a
// statement has few) is read in a loop with no test of dup and no factor
// to work out. It is a function of its own so that its loops keep their
// values in registers.
//
//go:noinline
func readRaw(bits, dup, sum []uint64, lo uint, out []int32, val []float64, rc *repCounts, sub bool) {
	// One bounds check for out[k] and val[k], one for bits[w] and dup[w].
	val, dup = val[:len(out)], dup[:len(bits)]
	k := 0
	for s, sw := range sum {
		if sw == 0 {
			continue
		}
		sum[s] = 0
		for ; sw != 0; sw &= sw - 1 {
			w := (lo+uint(s))<<6 + uint(bits64.TrailingZeros64(sw))
			word, dw := bits[w], dup[w]
			bits[w] = 0
			if dw == 0 {
				base := int32(w << 6)
				for ; word != 0; word &= word - 1 {
					out[k], val[k] = base+int32(bits64.TrailingZeros64(word)), 1
					k++
				}
				continue
			}
			dup[w] = 0
			for ; word != 0; word &= word - 1 {
				i := int32(w<<6 + uint(bits64.TrailingZeros64(word)))
				tf := 1.0
				if dw&word&-word != 0 {
					run := 1 + rc.count(i) // the first and its repeats
					tf = float64(run)
					if sub {
						tf = sublinear(run)
					}
				}
				out[k], val[k] = i, tf
				k++
			}
		}
	}
}

// markSmall marks the indices idx in bits and, for a small summary read
// whole, the words they set in sum; a repeat is marked in dup and written
// over idx's first entries, which the loop has read (the n-th repeat comes
// at or after idx[n]), and it returns how many it wrote. idx is the
// statement's list, read no more once marked. Writing the repeats there,
// not to a list of their own, and testing dup's length once, leave the loop
// few enough values to keep in registers: with a fifth slice it spilled its
// counter and two lengths (25 instructions an index). It is a function of
// its own, not inlined, so that its loop keeps what it reads in registers,
// where inside weighBits they were spilled to the stack.
//
//go:noinline
func markSmall(idx []int32, bits, dup, sum []uint64) int {
	n := 0
	dup = dup[:len(bits)]
	for _, i := range idx {
		w := uint(i) >> 6
		bit := uint64(1) << (uint(i) & 63)
		old := bits[w]
		if old&bit != 0 {
			dup[w] |= bit
			idx[n] = i
			n++
			continue
		}
		bits[w] = old | bit
		sum[w>>6] |= 1 << (w & 63)
	}
	return n
}

// markRange is markSmall for a large summary: it also returns the range
// of summary words the marks set.
//
//go:noinline
func markRange(idx []int32, bits, dup, sum []uint64, reps []int32) (n int, lo, hi uint) {
	lo, hi = uint(len(sum)), 0
	reps = reps[:len(idx)]
	for _, i := range idx {
		w := uint(i) >> 6
		bit := uint64(1) << (uint(i) & 63)
		old := bits[w]
		if old&bit != 0 {
			dup[w] |= bit
			reps[n] = i
			n++
			continue
		}
		bits[w] = old | bit
		if old == 0 {
			s := w >> 6
			sum[s] |= 1 << (w & 63)
			lo, hi = min(lo, s), max(hi, s)
		}
	}
	return n, lo, hi
}

// repScratch is the memory of weighBits' repCounts, kept between
// statements; its slots are all zero between them.
type repScratch struct {
	list []int32 // the repeated indices, one entry a repeat
	keys []int32 // index+1; 0: empty
	cnt  []int32
}

// repCounts counts the occurrences of a statement's repeated indices in an
// open-addressed table of at least twice as many slots as there are
// repeats, so that a probe finds its slot in about one step.
type repCounts struct {
	keys, cnt []int32
	shift     uint
}

// reset returns a table for up to n distinct keys, its slots zero, over
// the scratch space (grown as needed).
func (r *repScratch) reset(n int) repCounts {
	size, bits := 16, uint(4)
	for size < 2*n {
		size <<= 1
		bits++
	}
	if len(r.keys) < size {
		r.keys, r.cnt = make([]int32, size), make([]int32, size)
	}
	return repCounts{keys: r.keys[:size], cnt: r.cnt[:size], shift: 32 - bits}
}

func (r *repCounts) slot(i int32) uint32 { return (uint32(i) * 0x9e3779b1) >> r.shift }

// add counts one occurrence of i.
func (r *repCounts) add(i int32) {
	mask := uint32(len(r.keys) - 1)
	for s := r.slot(i); ; s = (s + 1) & mask {
		switch r.keys[s] {
		case i + 1:
			r.cnt[s]++
			return
		case 0:
			r.keys[s], r.cnt[s] = i+1, 1
			return
		}
	}
}

// count returns how many times add counted i.
func (r *repCounts) count(i int32) int {
	mask := uint32(len(r.keys) - 1)
	s := r.slot(i)
	for r.keys[s] != i+1 {
		s = (s + 1) & mask
	}
	return int(r.cnt[s])
}

// addCues appends the cue block (indices above every n-gram index).
func (v *Vectorizer) addCues(vec Vector, hits []Hit) Vector {
	var sums entry16
	acc := sums[:0]
	for _, h := range hits {
		if at, ok := v.cueAt[h.Cue]; ok && h.Class == v.hitClass(h) {
			if i := at[b2i(h.Negated)]; i >= 0 {
				acc = addEntry(acc, i, h.Cue.Weight)
			}
		} else if i, ok := v.cues[h.Feature()]; ok {
			acc = addEntry(acc, i, h.Cue.Weight)
		}
		if i, ok := v.each[h.Cue]; ok {
			if h.Negated {
				i++ // the cue's negated feature follows its own
			}
			acc = addEntry(acc, i, h.Cue.Weight)
		}
	}
	sortEntries(acc)
	for _, e := range acc {
		vec.Idx = append(vec.Idx, e.i)
		vec.Val = append(vec.Val, v.cfg.CueWeight*e.x)
	}
	return vec
}

// addCuesAt is addCues for hits the Vectorizer's own lexicon matched, the
// cue of hits[k] being the lexicon's cue cues[k]: each cue's features are
// read from cueFeats by index, where addCues looks its cue up in maps. A
// matched hit's class is the one hitClass gives, so addCues takes its
// class-feature branch for each; the sums and their order are addCues'.
func (v *Vectorizer) addCuesAt(vec Vector, hits []Hit, cues []int32) Vector {
	var sums entry16
	acc := sums[:0]
	for k, h := range hits {
		f := &v.cueFeats[cues[k]]
		if i := f.at[b2i(h.Negated)]; i >= 0 {
			acc = addEntry(acc, i, h.Cue.Weight)
		}
		if i := f.each; i >= 0 {
			if h.Negated {
				i++ // the cue's negated feature follows its own
			}
			acc = addEntry(acc, i, h.Cue.Weight)
		}
	}
	sortEntries(acc)
	// room for every sum grown once, then stored by index: append's
	// capacity test and length update a feature fewer
	n := len(vec.Idx)
	vec.Idx, vec.Val = slices.Grow(vec.Idx, len(acc))[:n+len(acc)], slices.Grow(vec.Val, len(acc))[:n+len(acc)]
	idx, val, w := vec.Idx[n:], vec.Val[n:len(vec.Idx)], v.cfg.CueWeight
	for k, e := range acc {
		idx[k], val[k] = e.i, w*e.x
	}
	return vec
}

// sortEntries sorts acc, whose indices are distinct (addEntry sums
// repeats), by index: the few entries of a statement's cues by insertion,
// without SortFunc's calls of its comparison, and more by SortFunc.
func sortEntries(acc []entry) {
	if len(acc) > len(entry16{}) {
		slices.SortFunc(acc, func(a, b entry) int { return int(a.i - b.i) })
		return
	}
	for k := 1; k < len(acc); k++ {
		e, j := acc[k], k
		for j > 0 && acc[j-1].i > e.i {
			acc[j] = acc[j-1]
			j--
		}
		acc[j] = e
	}
}

// entry16 is the size of addCuesAt's buffer on the stack.
type entry16 [16]entry

// cueFeat is what addCuesAt reads of one cue of the lexicon: cueAt's and
// each's entries for it, each -1 when the cue has none.
type cueFeat struct {
	at   [2]int32
	each int32
}

// addPredicateFeatures appends the predicate block's names when the layer
// is on.
func (v *Vectorizer) addPredicateFeatures() {
	if v.pred == nil {
		return
	}
	v.predAt = int32(len(v.names))
	v.names = append(v.names, PredicateFeatureNames()...)
}

// addPredicates appends the predicate block (indices above every cue
// index) for the features in s.
func (v *Vectorizer) addPredicates(vec Vector, s PredicateSet) Vector {
	if v.pred == nil {
		return vec
	}
	for x := uint32(s); x != 0; x &= x - 1 {
		vec.Idx = append(vec.Idx, v.predAt+int32(bits64.TrailingZeros32(x)))
		vec.Val = append(vec.Val, v.cfg.Predicates)
	}
	return vec
}

// hitClass returns the class a hit of h.Cue with h's negation has: the class
// match gives it.
func (v *Vectorizer) hitClass(h Hit) string {
	if h.Negated && h.Cue.NegatedClass != "" {
		return h.Cue.NegatedClass
	}
	return h.Cue.Class
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addEntry adds x to feature i's entry of acc, appending one if it has
// none.
func addEntry(acc []entry, i int32, x float64) []entry {
	for k := range acc {
		if acc[k].i == i {
			acc[k].x += x
			return acc
		}
	}
	return append(acc, entry{i, x})
}

// analysis holds the per-statement scratch state; pooled so that Transform
// allocates only its result.
type analysis struct {
	// doc is the vector tfidf.Transform gives, which its caller reads
	// until it hands the analysis back (see transformIDF).
	doc     Doc
	toks    []tokenize.Token
	lx      []*tokenize.Lexeme // the lexeme of each token
	stems   []string           // "" for punctuation
	ent     []int32            // each token's stem slot, -1 for none
	cw      []int32            // each token's slot in the character table, -1 for none
	shs     []uint64           // each token's stem hash, 0 for punctuation
	gl      []int32            // each token's GloVe cluster, -1 for none (gloveClusters)
	present stemSet            // the hashes of the words' stems
	words   int                // word tokens
	hits    []Hit
	hitCues []int32      // on the fast path, the index in the lexicon of each hit's cue
	pred    PredicateSet // the predicate features, when the layer is on
	rel     RelevanceSet // the relevance features, when the block is on
	ps      predScratch
	hs      []uint64 // n-gram hashes, repeats included
	refs    []gram   // where each of hs comes from, when naming
	idx     []int32
	tmp     []int32
	bits    []uint64 // weighBits' bitmap, all zero between statements
	sum     []uint64 // its summary: bit w set when bits[w] is not zero
	dup     []uint64 // weighBits' bitmap of repeated indices, all zero between statements
	reps    repScratch
	sink    int32    // what the touch methods read, kept so that their reads are made
	nh      []uint64 // each token's hashName of its normalised form, for the character table
	buf     []byte
	dsum    []float64    // the sum of the stems' word vectors (dense.go)
	syn     *SynsetTable // the table synGrams last read, for naming
}

// gram locates an n-gram in the analysed statement so that it can be named:
// a word n-gram by its first token and length, a character n-gram by its
// byte range in the padded text it was cut from.
type gram struct {
	tok   int32 // word n-gram: first token; character n-gram: word token, or -1 for the whole statement
	start int32 // character n-gram: first byte in the padded text
	n     int32 // words or bytes
	char  bool
	syn   int32 // a synset feature: its synset's id + 1, or -(id + 1) for a hypernym; 0 for none
	glove int32 // a GloVe cluster feature: its cluster's id + 1; 0 for none
}

var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

// MaxStatementBytes is the byte budget of one statement: Fit and Transform
// analyse a statement's first MaxStatementBytes bytes (cut at a character
// boundary) and ignore the rest. A statement is a sentence or a few; the
// budget bounds what any one input can cost: at worst (dense punctuation
// makes a token of every byte) analysis allocates about 400 bytes per byte,
// so about 25 MiB per statement being analysed, of which about 10 MiB stays
// in the pooled scratch space for reuse.
const MaxStatementBytes = 64 << 10

// clip cuts doc to MaxStatementBytes at a character boundary.
func clip(doc string) string {
	if len(doc) <= MaxStatementBytes {
		return doc
	}
	n := MaxStatementBytes
	for k := 0; k < utf8.UTFMax && n > 0 && !utf8.RuneStart(doc[n]); k++ {
		n--
	}
	return doc[:n]
}

// run tokenizes doc (or takes its tokens, toks, when given and doc is
// within the byte budget), marks negation, stems the words and matches the
// cues.
func (a *analysis) run(v *Vectorizer, w *wordTables, doc string, toks []tokenize.Token) {
	if toks == nil || len(doc) > MaxStatementBytes {
		a.toks, a.lx = v.tok.AppendTokensLexemes(a.toks[:0], a.lx[:0], clip(doc))
	} else {
		a.toks = append(a.toks[:0], toks...)
		a.lx = tokenize.AppendLexemes(a.lx[:0], a.toks)
	}
	tokenize.MarkNegationLexemes(a.toks, a.lx)
	if v.cfg.NegationBack {
		tokenize.MarkNegationBackLexemes(a.toks, a.lx)
	}
	// One entry a token in each of stems, ent, cw and shs, written in
	// place: every entry is set below.
	n := len(a.lx)
	a.stems, a.ent, a.cw, a.shs = grown(a.stems, n), grown(a.ent, n), grown(a.cw, n), grown(a.shs, n)
	a.words, a.present = 0, stemSet{}
	var chars *charTable
	if w != nil {
		chars = w.chars
	}
	if chars != nil {
		var or uint16
		a.nh, or = chars.touch(a.lx, a.nh)
		a.sink |= int32(or)
	}
	stems, ent, cw, shs := a.stems[:n], a.ent[:n], a.cw[:n], a.shs[:n]
	var g wordGrammer
	if w != nil {
		g = newWordGrammer(v.cfg, w, a.toks[:n], ent, a.idx)
	}
	if w != nil && chars == nil {
		a.words, a.present = stemKnown(w.stems, a.lx[:n], stems, ent, shs)
	} else {
		for i, l := range a.lx[:n] {
			st, e, c, h := "", int32(-1), int32(-1), uint64(0)
			if l.IsWord() {
				st, h = l.Stem(), l.StemHash()
				a.words++
				a.present.add(h)
				if chars != nil {
					// A word of the character table knows its stem's slot.
					c = -1
					if len(l.Norm) <= maxCharWord {
						c = chars.findHash(l.Norm, a.nh[i])
					}
					if c >= 0 {
						e = chars.slots[c].stem
					} else {
						e = w.stems.find(h)
					}
				} else if w != nil {
					e = w.stems.find(h)
				}
			}
			stems[i], ent[i], cw[i], shs[i] = st, e, c, h
		}
	}
	if w != nil {
		a.idx = g.walk(a.lx[:n])
	}
	a.pred = 0
	if v.pred != nil {
		a.pred = v.pred.extract(&a.ps, a.toks, a.stems, a.shs, &a.present)
	}
	a.rel = 0
	if v.rel != nil {
		a.rel = v.rel.Analyze(clip(doc), a.stems)
	}
	a.hits, a.hitCues = a.hits[:0], a.hitCues[:0]
	if !v.cfg.Cues || v.lex == nil {
		return
	}
	if w == nil {
		a.hits = v.lex.matchHashed(a.hits, a.toks, a.stems, a.shs, &a.present)
		return
	}
	slots := w.stems.slots
	for i := cueStart(ent, slots, 0); i < n; i = cueStart(ent, slots, i+1) {
		var ci int
		s := &slots[ent[i]]
		a.hits, i, ci = v.lex.matchKnown(a.hits, a.toks, a.stems, a.shs, &a.present, i, w.firstCues[w.cueOf[s.ID]])
		if ci >= 0 {
			a.hitCues = append(a.hitCues, int32(ci))
		}
	}
}

// cueStart returns the first token from i on whose stem slot (ent) starts
// lexicon cues, or len(ent) when none does: the scan in a loop of its own
// (inlined), with ent and slots in locals, where run's loop around the
// matching reloaded a.ent and w.stems.slots a token.
func cueStart(ent []int32, slots []stemSlot, i int) int {
	for ; i < len(ent); i++ {
		if e := ent[i]; e >= 0 && slots[e].Starts&cueBit != 0 {
			return i
		}
	}
	return len(ent)
}

// stemKnown is run's loop over the tokens for word tables without a
// character table (the default model's): it writes each token's stem, stem
// slot and stem hash to stems, ent and shs ("", -1 and 0 for punctuation)
// and returns the count of words and the set of their stems' hashes. The
// character table's slots (analysis.cw) are neither read nor written. A
// loop of its own, with its counts in locals and no test of the tables a
// token, costs less than the general loop's branch for it.
func stemKnown(t *stemTable, lx []*tokenize.Lexeme, stems []string, ent []int32, shs []uint64) (int, stemSet) {
	var present stemSet
	others := 0 // tokens that are not words
	tag := t.tag
	stems, ent, shs = stems[:len(lx)], ent[:len(lx)], shs[:len(lx)]
	for i, l := range lx {
		if !l.IsWord() {
			stems[i], ent[i], shs[i] = "", -1, 0
			others++
			continue
		}
		// The stem, its hash and its slot as this table left it on the
		// lexeme (see slotWord): loads and two tests, with one call, to
		// stemSlow, on the rare path (a stem not yet worked out, a
		// lexeme the table has not met), so that the loop's values stay
		// in registers on the common one.
		st, h, ok := l.StemIfKnown()
		v := l.Slot()
		e := int32(uint32(v)) - 1
		if !ok || v&^0xffffffff != tag {
			st, h, e = t.stemSlow(l, v)
		}
		present.add(h)
		stems[i], ent[i], shs[i] = st, e, h
	}
	return len(lx) - others, present
}

// stemSlow is stemKnown's word whose stem or slot word is not at hand:
// it works out the stem and finds its slot, leaving the slot on the
// lexeme when no table has claimed it (see findLexeme).
//
//go:noinline
func (t *stemTable) stemSlow(l *tokenize.Lexeme, v uint64) (string, uint64, int32) {
	st, h := l.Stem(), l.StemHash()
	if v&^0xffffffff == t.tag {
		return st, h, int32(uint32(v)) - 1
	}
	return st, h, t.findLexeme(l, h, v)
}

// grown returns s resliced to length n, reallocated when short of room;
// its entries are left as they were, for the caller to set.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// FNV-1a, 64 bit, fed field by field so that no feature string is built
// on the Transform path.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func mixByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

var wordPrefix = [...]string{"", "w:", "b:", "t:"}

// grams fills a.hs with the hash of every n-gram feature of the analysed
// statement and, when named is set (Fit), a.refs with where each comes from.
// The hash of a feature is FNV-1a of its name (see hashName), computed
// incrementally: a character n-gram extends the hash of its prefix by one
// byte, so all lengths at one start cost one pass.
func (a *analysis) grams(cfg Config, named bool) {
	a.hs, a.refs = a.hs[:0], a.refs[:0]
	// Word n-grams run over consecutive word tokens; punctuation breaks them.
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		neg := a.toks[i].Negated
		for n := 1; n <= cfg.WordNgrams && i+n <= len(a.stems); n++ {
			if n > 1 && a.stems[i+n-1] == "" {
				break
			}
			if n == 1 && cfg.DropStopWords && a.lx[i].IsStopWord() {
				continue
			}
			h := uint64(fnvOffset)
			if neg {
				h = mixByte(h, '!')
			}
			h = mix(h, wordPrefix[n])
			for k := 0; k < n; k++ {
				if k > 0 {
					h = mixByte(h, ' ')
				}
				h = mix(h, a.stems[i+k])
			}
			a.hs = append(a.hs, h)
			if named {
				a.refs = append(a.refs, gram{tok: int32(i), n: int32(n)})
			}
		}
	}
	a.charGrams(cfg, named)
}

// charGrams appends the character n-grams of the analysed statement to
// a.hs (and a.refs when named).
func (a *analysis) charGrams(cfg Config, named bool) {
	if cfg.CharMax == 0 {
		return
	}
	if cfg.CharAcross {
		a.buf = a.joined()
		a.charGramsOf(cfg, a.buf, -1, named)
		return
	}
	// Character n-grams over " word " for each normalised word token.
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		a.buf = append(append(append(a.buf[:0], ' '), a.toks[i].Norm...), ' ')
		a.charGramsOf(cfg, a.buf, int32(i), named)
	}
}

// charGramsTable is charGrams (within words, not naming) for Transform's
// fast path: a word of the character table t appends its features to a.idx
// directly, any other its n-gram hashes to a.hs, for lookup.
func (a *analysis) charGramsTable(cfg Config, t *charTable) {
	a.sink |= t.touchLists(a.cw)
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		if c := a.cw[i]; c >= 0 {
			a.idx = append(a.idx, t.list(&t.slots[c])...)
			continue
		}
		a.buf = append(append(append(a.buf[:0], ' '), a.toks[i].Norm...), ' ')
		a.charGramsOf(cfg, a.buf, int32(i), false)
	}
}

// joined writes " tok tok … tok " (the normalised tokens) into a.buf.
func (a *analysis) joined() []byte {
	b := append(a.buf[:0], ' ')
	for _, t := range a.toks {
		if t.Norm == "" {
			continue
		}
		b = append(append(b, t.Norm...), ' ')
	}
	return b
}

var charPrefix = mix(fnvOffset, "c:")

// charGramsOf appends the character n-grams of w.
func (a *analysis) charGramsOf(cfg Config, w []byte, tok int32, named bool) {
	for s := 0; s+cfg.CharMin <= len(w); s++ {
		h := charPrefix
		for n := 1; n <= cfg.CharMax && s+n <= len(w); n++ {
			h = mixByte(h, w[s+n-1])
			if n < cfg.CharMin {
				continue
			}
			a.hs = append(a.hs, h)
			if named {
				a.refs = append(a.refs, gram{tok: tok, start: int32(s), n: int32(n), char: true})
			}
		}
	}
}

// appendName appends the feature name of a.hs[k] to dst; grams must have
// run with named set.
func (a *analysis) appendName(dst []byte, k int) []byte {
	g := a.refs[k]
	if g.syn != 0 {
		return a.appendSynName(dst, g)
	}
	if g.glove != 0 {
		return a.appendGloveName(dst, g)
	}
	if !g.char {
		if a.toks[g.tok].Negated {
			dst = append(dst, '!')
		}
		dst = append(dst, wordPrefix[g.n]...)
		for i, st := range a.stems[g.tok : g.tok+g.n] {
			if i > 0 {
				dst = append(dst, ' ')
			}
			dst = append(dst, st...)
		}
		return dst
	}
	var w []byte
	if g.tok < 0 {
		w = a.joined()
	} else {
		w = append(append(append(a.buf[:0], ' '), a.toks[g.tok].Norm...), ' ')
	}
	a.buf = w
	return append(append(dst, "c:"...), w[g.start:g.start+g.n]...)
}
