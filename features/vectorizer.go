package features

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

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
	case c.MinDF < 0 || c.MaxFeatures < 0 || c.CueWeight < 0:
		return errors.New("negative MinDF, MaxFeatures or CueWeight")
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
// character n-gram, and "cue:<class>" / "cue:!<class>" for cues.
type Vectorizer struct {
	cfg   Config
	tok   *tokenize.Tokenizer
	lex   *Lexicon
	names []string         // index -> name
	index map[uint64]int32 // feature hash -> index
	idf   []float64        // per n-gram feature
	nGram int              // n-gram features occupy [0, nGram)
	cues  map[string]int32 // cue feature name -> index
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
	return &Vectorizer{cfg: cfg, tok: tok, lex: lex}, nil
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
// deterministic: the same docs give the same vocabulary in the same order.
func (v *Vectorizer) Fit(docs []string) error {
	if len(docs) == 0 {
		return errors.New("features: fit on no documents")
	}
	df := map[uint64]int{}
	names := map[uint64]string{}
	var a analysis
	for _, d := range docs {
		a.run(v, d)
		seen := map[uint64]bool{}
		a.ngrams(v.cfg, true, func(h uint64, name string) {
			if seen[h] {
				return
			}
			seen[h] = true
			df[h]++
			if _, ok := names[h]; !ok {
				names[h] = name
			}
		})
	}
	type feat struct {
		h    uint64
		name string
		df   int
	}
	feats := make([]feat, 0, len(df))
	for h, n := range df {
		if n >= v.cfg.MinDF {
			feats = append(feats, feat{h, names[h], n})
		}
	}
	if v.cfg.MaxFeatures > 0 && len(feats) > v.cfg.MaxFeatures {
		sort.Slice(feats, func(i, j int) bool {
			if feats[i].df != feats[j].df {
				return feats[i].df > feats[j].df
			}
			return feats[i].name < feats[j].name
		})
		feats = feats[:v.cfg.MaxFeatures]
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].name < feats[j].name })
	nd := float64(len(docs))
	v.names = v.names[:0]
	v.index = make(map[uint64]int32, len(feats))
	v.idf = make([]float64, len(feats))
	for i, f := range feats {
		v.names = append(v.names, f.name)
		v.index[f.h] = int32(i)
		v.idf[i] = math.Log((1+nd)/(1+float64(f.df))) + 1
	}
	v.nGram = len(feats)
	v.addCueFeatures()
	return nil
}

func (v *Vectorizer) addCueFeatures() {
	v.cues = map[string]int32{}
	if !v.cfg.Cues {
		return
	}
	for _, c := range v.lex.Classes() {
		for _, n := range []string{"cue:" + c, "cue:!" + c} {
			v.cues[n] = int32(len(v.names))
			v.names = append(v.names, n)
		}
	}
}

// FitTransform fits the Vectorizer on docs and returns their vectors.
func (v *Vectorizer) FitTransform(docs []string) ([]Vector, error) {
	if err := v.Fit(docs); err != nil {
		return nil, err
	}
	out := make([]Vector, len(docs))
	for i, d := range docs {
		out[i], _ = v.Transform(d)
	}
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
	if v.index == nil {
		return Vector{}, nil, ErrNotFitted
	}
	a := analysisPool.Get().(*analysis)
	defer analysisPool.Put(a)
	a.run(v, doc)
	a.counts = a.counts[:0]
	a.ngrams(v.cfg, false, func(h uint64, _ string) {
		if i, ok := v.index[h]; ok {
			a.counts = append(a.counts, entry{i, 1})
		}
	})
	vec := v.weigh(a.counts)
	var hits []Hit
	if v.cfg.Cues && len(a.hits) > 0 {
		hits = make([]Hit, len(a.hits))
		copy(hits, a.hits)
		vec = v.addCues(vec, hits)
	}
	return vec, hits, nil
}

type entry struct {
	i int32
	x float64
}

// weigh merges duplicate counts and applies TF-IDF and L2 normalisation.
func (v *Vectorizer) weigh(c []entry) Vector {
	if len(c) == 0 {
		return Vector{}
	}
	slices.SortFunc(c, func(a, b entry) int { return int(a.i - b.i) })
	n := 0
	for _, e := range c {
		if n > 0 && c[n-1].i == e.i {
			c[n-1].x += e.x
			continue
		}
		c[n] = e
		n++
	}
	vec := Vector{Idx: make([]int32, n), Val: make([]float64, n)}
	var ss float64
	for k, e := range c[:n] {
		tf := e.x
		if v.cfg.Sublinear {
			tf = 1 + math.Log(tf)
		}
		x := tf * v.idf[e.i]
		vec.Idx[k], vec.Val[k] = e.i, x
		ss += x * x
	}
	inv := 1 / math.Sqrt(ss)
	for k := range vec.Val {
		vec.Val[k] *= inv
	}
	return vec
}

// addCues appends the cue block (indices above every n-gram index).
func (v *Vectorizer) addCues(vec Vector, hits []Hit) Vector {
	var sums [16]entry
	acc := sums[:0]
	for _, h := range hits {
		i, ok := v.cues[h.Feature()]
		if !ok {
			continue
		}
		found := false
		for k := range acc {
			if acc[k].i == i {
				acc[k].x += h.Cue.Weight
				found = true
			}
		}
		if !found {
			acc = append(acc, entry{i, h.Cue.Weight})
		}
	}
	slices.SortFunc(acc, func(a, b entry) int { return int(a.i - b.i) })
	for _, e := range acc {
		vec.Idx = append(vec.Idx, e.i)
		vec.Val = append(vec.Val, v.cfg.CueWeight*e.x)
	}
	return vec
}

// analysis holds the per-statement scratch state; pooled so that Transform
// allocates only its result.
type analysis struct {
	toks   []tokenize.Token
	stems  []string // "" for punctuation
	hits   []Hit
	counts []entry
	buf    []byte
}

var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

func (a *analysis) run(v *Vectorizer, doc string) {
	a.toks = v.tok.AppendTokens(a.toks[:0], doc)
	tokenize.MarkNegation(a.toks)
	a.stems = a.stems[:0]
	for _, t := range a.toks {
		st := ""
		if t.IsWord() {
			st = tokenize.Stem(t.Norm)
		}
		a.stems = append(a.stems, st)
	}
	a.hits = a.hits[:0]
	if v.cfg.Cues && v.lex != nil {
		a.hits = v.lex.Match(a.hits, a.toks, a.stems)
	}
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

func mixBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func mixByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// ngrams calls emit for every n-gram feature of the analysed statement with
// its hash and, when named is set (Fit), its name; Transform passes false
// and no string is built.
func (a *analysis) ngrams(cfg Config, named bool, emit func(h uint64, name string)) {
	// Word n-grams run over consecutive word tokens; punctuation breaks them.
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		neg := a.toks[i].Negated
		for n := 1; n <= cfg.WordNgrams; n++ {
			if i+n > len(a.stems) {
				break
			}
			ok := true
			for k := 1; k < n; k++ {
				if a.stems[i+k] == "" {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
			if n == 1 && cfg.DropStopWords && tokenize.IsStopWord(a.toks[i].Norm) {
				continue
			}
			prefix := [...]string{"", "w:", "b:", "t:"}[n]
			h := uint64(fnvOffset)
			if neg {
				h = mixByte(h, '!')
			}
			h = mix(h, prefix)
			for k := 0; k < n; k++ {
				if k > 0 {
					h = mixByte(h, ' ')
				}
				h = mix(h, a.stems[i+k])
			}
			name := ""
			if named {
				if neg {
					name = "!"
				}
				name += prefix + strings.Join(a.stems[i:i+n], " ")
			}
			emit(h, name)
		}
	}
	if cfg.CharMax == 0 {
		return
	}
	// Character n-grams over " word " for each normalised word token.
	for _, t := range a.toks {
		if !t.IsWord() {
			continue
		}
		a.buf = append(append(append(a.buf[:0], ' '), t.Norm...), ' ')
		w := a.buf
		for n := cfg.CharMin; n <= cfg.CharMax; n++ {
			for s := 0; s+n <= len(w); s++ {
				g := w[s : s+n]
				h := mixBytes(mix(fnvOffset, "c:"), g)
				name := ""
				if named {
					name = "c:" + string(g)
				}
				emit(h, name)
			}
		}
	}
}
