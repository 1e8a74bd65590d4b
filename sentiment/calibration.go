package sentiment

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/internal/wordhash"
)

// The learned calibration. A Calibration is a ridge regression from the rule
// score's features and the presence of words to the mean human rating on the
// -4..+4 scale of the VADER crowd ratings.
//
// An Analyzer applies it as an intensity correction inside the class the
// rules chose (see Analyzer.Score): the estimate divided by 4 becomes the
// compound, clipped to [0.05, 1] for a text the rules read as positive, to
// [-1, -0.05] for a negative one, and, in the News profile, to
// [-maxNeutral, maxNeutral] for a neutral one. So in News the label is
// always the rule layer's and the learned part only says how strongly. In
// the Social profile a text the rules read as neutral keeps the estimate
// (clipped to [-1, 1]), which labels it. A text with neither a sentiment
// word nor a word the calibration knows scores 0.
//
// Two calibrations are shipped, both fitted on the VADER ground-truth tweets
// and NYT editorial snippets together (9,390 rated texts) with the default
// FitOptions:
//   - calibration.tsv, for News, with the domain layer on;
//     `go run ./examples/sentimenteval -fit sentiment/calibration.tsv`
//     rebuilds it;
//   - calibration_social.tsv, for Social, with the domain layer off;
//     `go run ./examples/sentimenteval -fit-social sentiment/calibration_social.tsv`
//     rebuilds it.
//
// TestCalibrationReproducible checks both committed files against a refit.

// Neither file is parsed at run time: both ship as Go tables generated from
// them (calibration_tables.go; run `go generate ./sentiment` after a refit),
// which TestCalibrationTablesAreGenerated checks against the files.
//
//go:generate go run ./internal/gencal

// maxNeutral bounds the calibrated compound of a text the rules read as
// neutral, so that it stays inside the ±0.05 neutral band and keeps its
// Neutral label while still ordering neutral texts by the learned estimate.
const maxNeutral = 0.049

// Calibration is a fitted learned correction. It is immutable once built and
// safe for concurrent use.
type Calibration struct {
	// Domain records whether the features were computed with the domain
	// layer on; New refuses a calibration that does not match.
	Domain bool
	// Lambda is the ridge penalty it was fitted with.
	Lambda float64
	// MinDF is the document frequency a word needed to be in the vocabulary.
	MinDF int
	// Dense are the weights of the rule-score features, in the order of
	// denseNames.
	Dense []float64
	// Words are the learned word weights, in rating units.
	Words map[string]float64
}

// denseNames name the rule-score features a Calibration weighs.
var denseNames = []string{"bias", "compound", "sum", "pos", "neg", "pos-neg", "n_pos_words", "n_neg_words", "sum_per_word"}

// Example is one training text with its mean human rating on -4..+4.
type Example struct {
	Text   string
	Rating float64
}

// FitOptions configure FitCalibration. Zero values mean the defaults.
type FitOptions struct {
	Lambda float64 // ridge penalty on every weight but the bias; default 30
	MinDF  int     // words in fewer training texts are ignored; default 3
}

// DefaultCalibration returns the calibration shipped with the package and
// used by default in the News profile (fitted on the VADER tweets and NYT
// editorial snippets, with the domain layer on). It is
// DefaultCalibrationFor(News). It is parsed once; the same value is
// returned to every caller and must not be modified.
func DefaultCalibration() (*Calibration, error) { return DefaultCalibrationFor(News) }

// DefaultCalibrationFor returns the calibration shipped for profile p: the
// one a calibrated Analyzer uses unless WithCalibration gives another,
// News's when its domain layer is on and Social's when it is off. Both are
// fitted on the VADER tweets and NYT editorial snippets; News's with the
// domain layer on, Social's with it off. The VADER profile has none, an
// error. Each is parsed once; the same value is returned to every caller
// and must not be modified.
func DefaultCalibrationFor(p Profile) (*Calibration, error) {
	t, err := profileTable(p)
	if err != nil {
		return nil, err
	}
	return t.cal(), nil
}

// profileTable is the shipped calibration of p, prepared for scoring.
func profileTable(p Profile) (*calTable, error) {
	switch p {
	case News:
		return newsTable()
	case Social:
		return socialTable()
	case VADER:
		return nil, errors.New("sentiment: the VADER profile has no calibration")
	}
	return nil, fmt.Errorf("sentiment: unknown profile %d", uint8(p))
}

var (
	newsTable   = sync.OnceValues(func() (*calTable, error) { return newsCal.table(true) })
	socialTable = sync.OnceValues(func() (*calTable, error) { return socialCal.table(false) })
)

// calTable is a Calibration prepared for scoring: every vocabulary word has a
// dense index (its entry), found by an open-addressing index on wordhash, so
// that a text's words are looked up once and deduplicated by index without
// allocating.
type calTable struct {
	dense   []float64
	entries []calEntry
	slots   []uint32 // 1 + the index of an entry, or 0
	mask    uint32   // len(slots) - 1
	cal     func() *Calibration
}

// calEntry is a vocabulary word of a calibration and its weight.
type calEntry struct {
	word string
	w    float64
}

func newCalTable(c *Calibration) *calTable {
	words := make([]string, 0, len(c.Words))
	for w := range c.Words {
		words = append(words, w)
	}
	sort.Strings(words)
	t := &calTable{dense: c.Dense, entries: make([]calEntry, len(words)), cal: func() *Calibration { return c }}
	for i, w := range words {
		t.entries[i] = calEntry{w, c.Words[w]}
	}
	t.slots = wordhash.Place(words)
	t.mask = uint32(len(t.slots) - 1)
	return t
}

// find returns the index of the entry of w.
func (t *calTable) find(w []byte) (int32, bool) { return t.findHashed(w, wordhash.Bytes(w)) }

// findHashed is find for a w whose wordhash is h.
func (t *calTable) findHashed(w []byte, h uint32) (int32, bool) {
	for h &= t.mask; ; h = (h + 1) & t.mask {
		s := t.slots[h]
		if s == 0 {
			return 0, false
		}
		if t.entries[s-1].word == string(w) {
			return int32(s - 1), true
		}
	}
}

// shippedCal is a shipped calibration as calibration_tables.go holds it,
// generated from its file (see sentiment/internal/calgen).
type shippedCal struct {
	file    string
	domain  bool
	lambda  float64
	minDF   int
	dense   []float64
	entries []calEntry
	slots   []uint32
}

// table returns s prepared for scoring, after checking that it was fitted
// with the domain setting its profile needs. Its Calibration (a map of its
// words, which scoring does not read) is built when first asked for.
func (s *shippedCal) table(domain bool) (*calTable, error) {
	if s.domain != domain {
		return nil, fmt.Errorf("sentiment: %s was fitted with the domain layer %s, want %s", s.file, onOff(s.domain), onOff(domain))
	}
	if len(s.dense) != len(denseNames) || len(s.slots) == 0 || len(s.slots)&(len(s.slots)-1) != 0 {
		return nil, fmt.Errorf("sentiment: %s: malformed generated table (run go generate ./sentiment)", s.file)
	}
	t := &calTable{dense: s.dense, entries: s.entries, slots: s.slots, mask: uint32(len(s.slots) - 1)}
	t.cal = sync.OnceValue(func() *Calibration {
		c := &Calibration{Domain: s.domain, Lambda: s.lambda, MinDF: s.minDF,
			Dense: slices.Clone(s.dense), Words: make(map[string]float64, len(s.entries))}
		for _, e := range s.entries {
			c.Words[e.word] = e.w
		}
		return c
	})
	return t, nil
}

// features computes the dense rule-score features of one analysed text.
func denseFeatures(an analysis, vals []float64) [9]float64 {
	np, nn := 0.0, 0.0
	for _, v := range vals {
		switch {
		case v > 0:
			np++
		case v < 0:
			nn++
		}
	}
	return [9]float64{1, an.compound, an.sum, an.pos, an.neg, an.pos - an.neg, np, nn, an.sum / (1 + np + nn)}
}

// calWord is the vocabulary form of token i: lower-cased, outer punctuation
// stripped. It may be empty.
func (e *engine) calWord(i int) []byte {
	t := &e.sc.toks[i]
	w := e.sc.lower[t.lo:t.hi]
	for len(w) > 0 && isPunct(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && isPunct(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// FitCalibration fits a Calibration on rated examples, computing the
// features with the rule layer of a (VADER rules, and the domain layer when
// a has it on; a's own calibration, if any, plays no part). The fit is
// deterministic: the vocabulary is sorted and the solver (conjugate
// gradients on the ridge normal equations) runs a fixed schedule.
func FitCalibration(a *Analyzer, train []Example, opt FitOptions) (*Calibration, error) {
	if a == nil {
		return nil, errors.New("sentiment: FitCalibration: nil Analyzer")
	}
	if len(train) < 10 {
		return nil, fmt.Errorf("sentiment: FitCalibration: %d examples, need at least 10", len(train))
	}
	if opt.Lambda == 0 {
		opt.Lambda = 30
	}
	if opt.MinDF == 0 {
		opt.MinDF = 3
	}
	if opt.Lambda < 0 || opt.MinDF < 1 {
		return nil, fmt.Errorf("sentiment: FitCalibration: invalid options %+v", opt)
	}
	const d = 9
	dense := make([][d]float64, len(train))
	words := make([][]string, len(train))
	df := map[string]int{}
	for i, ex := range train {
		if math.IsNaN(ex.Rating) || math.IsInf(ex.Rating, 0) {
			return nil, fmt.Errorf("sentiment: FitCalibration: example %d has rating %v", i, ex.Rating)
		}
		text, _ := clip(ex.Text, MaxStatementBytes)
		a.analyse(text, func(e *engine, an analysis) {
			dense[i] = denseFeatures(an, e.sc.vals)
			seen := map[string]bool{}
			for k := range e.sc.toks {
				w := e.calWord(k)
				if len(w) == 0 || seen[string(w)] {
					continue
				}
				seen[string(w)] = true
				words[i] = append(words[i], string(w))
				df[string(w)]++
			}
		})
	}
	vocab := make([]string, 0, len(df))
	for w, c := range df {
		if c >= opt.MinDF {
			vocab = append(vocab, w)
		}
	}
	sort.Strings(vocab)
	index := make(map[string]int, len(vocab))
	for j, w := range vocab {
		index[w] = d + j
	}
	cols := make([][]int, len(train))
	for i := range train {
		for _, w := range words[i] {
			if j, ok := index[w]; ok {
				cols[i] = append(cols[i], j)
			}
		}
		sort.Ints(cols[i])
	}
	p := d + len(vocab)
	// A v = X'X v + lambda v (bias unpenalised)
	mulA := func(v, out []float64) {
		for j := range out {
			out[j] = opt.Lambda * v[j]
		}
		out[0] -= opt.Lambda * v[0]
		for i := range train {
			s := 0.0
			for j := range d {
				s += dense[i][j] * v[j]
			}
			for _, j := range cols[i] {
				s += v[j]
			}
			for j := range d {
				out[j] += dense[i][j] * s
			}
			for _, j := range cols[i] {
				out[j] += s
			}
		}
	}
	b := make([]float64, p)
	for i, ex := range train {
		for j := range d {
			b[j] += dense[i][j] * ex.Rating
		}
		for _, j := range cols[i] {
			b[j] += ex.Rating
		}
	}
	w := conjugateGradient(mulA, b, 500, 1e-10)
	c := &Calibration{Domain: a.domain, Lambda: opt.Lambda, MinDF: opt.MinDF, Dense: w[:d:d], Words: make(map[string]float64, len(vocab))}
	for j, word := range vocab {
		c.Words[word] = w[d+j]
	}
	return c, nil
}

// conjugateGradient solves A x = b for a symmetric positive definite A given
// as a product, stopping when |r|^2 <= tol*|b|^2 or after maxIter steps.
func conjugateGradient(mulA func(v, out []float64), b []float64, maxIter int, tol float64) []float64 {
	n := len(b)
	x := make([]float64, n)
	r := append([]float64(nil), b...)
	p := append([]float64(nil), b...)
	ap := make([]float64, n)
	rr, bb := dotf(r, r), dotf(b, b)
	for it := 0; it < maxIter && rr > tol*bb; it++ {
		mulA(p, ap)
		alpha := rr / dotf(p, ap)
		for j := range x {
			x[j] += alpha * p[j]
			r[j] -= alpha * ap[j]
		}
		nrr := dotf(r, r)
		beta := nrr / rr
		for j := range p {
			p[j] = r[j] + beta*p[j]
		}
		rr = nrr
	}
	return x
}

func dotf(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// predict returns the calibration's estimate of the mean human rating
// (-4..+4) for the features of one analysed text. evidence is false when the
// text has neither a sentiment word nor a word of the calibration's
// vocabulary; the estimate is then only the bias, and the caller scores the
// text a neutral zero instead.
func (t *calTable) predict(e *engine, an analysis) (y float64, evidence bool) {
	f := denseFeatures(an, e.sc.vals)
	for j, x := range f {
		y += t.dense[j] * x
	}
	evidence = f[6]+f[7] > 0
	// the words counted already: listed in seen, and marked in bits so
	// that the test is one bit, not a scan of the list (the bits are
	// cleared again from the list before the scratch goes back)
	seen := e.sc.seen[:0]
	if need := len(t.entries)/64 + 1; len(e.sc.seenBits) < need {
		e.sc.seenBits = make([]uint64, need)
	}
	bits := e.sc.seenBits
	for k := range e.sc.toks {
		w := e.calWord(k)
		if len(w) == 0 {
			continue
		}
		h := e.sc.toks[k].hash // the token's own hash, when nothing was stripped
		if tk := &e.sc.toks[k]; len(w) != tk.hi-tk.lo {
			h = wordhash.Bytes(w)
		}
		j, ok := t.findHashed(w, h)
		if !ok || bits[j/64]&(1<<(j%64)) != 0 { // each word counts once per text
			continue
		}
		bits[j/64] |= 1 << (j % 64)
		seen = append(seen, j)
		y += t.entries[j].w
		evidence = true
	}
	for _, j := range seen {
		bits[j/64] &^= 1 << (j % 64)
	}
	e.sc.seen = seen
	return y, evidence
}

// project maps a calibrated compound x into the class the rules chose: it
// can change how strong a score is, never its label.
func project(x float64, rule Label) float64 {
	switch rule {
	case Positive:
		return min(1, max(PositiveThreshold, x))
	case Negative:
		return max(-1, min(NegativeThreshold, x))
	}
	return max(-maxNeutral, min(maxNeutral, x))
}

// WriteTo writes c in the calibration.tsv format ReadCalibration reads.
func (c *Calibration) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	b.WriteString(tsv.Header(calibrationKind, calibrationVersion) + "\n")
	b.WriteString("# stancekit sentiment calibration: ridge regression to the mean human rating (-4..+4).\n")
	b.WriteString("# The shipped ones are fitted on the VADER tweets and NYT editorial snippets; rebuild them with\n")
	b.WriteString("# go run ./examples/sentimenteval -fit sentiment/calibration.tsv (News, domain layer on) or\n")
	b.WriteString("# go run ./examples/sentimenteval -fit-social sentiment/calibration_social.tsv (Social, domain layer off)\n")
	b.WriteString("# Lines: meta<TAB>name<TAB>value | dense<TAB>feature<TAB>weight | word<TAB>word<TAB>weight\n")
	fmt.Fprintf(&b, "meta\tdomain\t%t\n", c.Domain)
	fmt.Fprintf(&b, "meta\tlambda\t%s\n", strconv.FormatFloat(c.Lambda, 'g', -1, 64))
	fmt.Fprintf(&b, "meta\tmin_df\t%d\n", c.MinDF)
	for j, name := range denseNames {
		fmt.Fprintf(&b, "dense\t%s\t%s\n", name, strconv.FormatFloat(c.Dense[j], 'g', 8, 64))
	}
	ws := make([]string, 0, len(c.Words))
	for word := range c.Words {
		ws = append(ws, word)
	}
	sort.Strings(ws)
	for _, word := range ws {
		fmt.Fprintf(&b, "word\t%s\t%s\n", word, strconv.FormatFloat(c.Words[word], 'g', 8, 64))
	}
	n, err := io.WriteString(w, b.String())
	if err != nil {
		return int64(n), fmt.Errorf("sentiment: writing calibration: %w", err)
	}
	return int64(n), nil
}

// calibrationKind and calibrationVersion make the version line of a
// calibration file: "# stancekit-data sentiment-calibration v1".
const (
	calibrationKind    = "sentiment-calibration"
	calibrationVersion = 1
)

// ParseError is the error about a line of a data file (a calibration, or
// domain rules given to WithDomainRules) that this package returns
// (wrapped): File names the file, Line is 1-based (0: the file as a whole)
// and Err says what is wrong. Test for it with errors.As. The same type is
// features.ParseError and attribution.ParseError.
type ParseError = tsv.ParseError

// ReadCalibration parses a calibration written by WriteTo. Its first line
// must be the version line WriteTo writes. An error about the content is a
// *ParseError naming the line ("sentiment: calibration.tsv:12: ..."); the
// file is named by its name when r is an *os.File, else "calibration".
func ReadCalibration(r io.Reader) (*Calibration, error) {
	return readCalibration(r, tsv.Name(r, "calibration"))
}

func readCalibration(r io.Reader, name string) (*Calibration, error) {
	c := &Calibration{Dense: make([]float64, len(denseNames)), Words: map[string]float64{}}
	seen := make([]bool, len(denseNames))
	sc := tsv.NewScanner(r, name)
	if err := sc.Version(calibrationKind, calibrationVersion); err != nil {
		return nil, fmt.Errorf("sentiment: %w", err)
	}
	for sc.Scan() {
		if err := c.line(sc.Fields(), seen); err != nil {
			return nil, fmt.Errorf("sentiment: %w", sc.Wrap(err))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sentiment: %w", err)
	}
	for j, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("sentiment: %w", sc.FileErrorf("no weight for feature %q", denseNames[j]))
		}
	}
	return c, nil
}

// line reads one "kind<TAB>name<TAB>value" line into c; seen records the
// dense features given.
func (c *Calibration) line(f []string, seen []bool) error {
	if len(f) != 3 {
		return fmt.Errorf("want 3 tab-separated fields, got %d", len(f))
	}
	if f[0] == "meta" {
		var err error
		switch f[1] {
		case "domain":
			c.Domain, err = strconv.ParseBool(f[2])
		case "lambda":
			c.Lambda, err = strconv.ParseFloat(f[2], 64)
		case "min_df":
			c.MinDF, err = strconv.Atoi(f[2])
		default:
			err = fmt.Errorf("unknown meta %q", f[1])
		}
		return err
	}
	v, err := strconv.ParseFloat(f[2], 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("weight %q is not a finite number", f[2])
	}
	switch f[0] {
	case "dense":
		j := slices.Index(denseNames, f[1])
		if j < 0 {
			return fmt.Errorf("unknown feature %q", f[1])
		}
		c.Dense[j], seen[j] = v, true
	case "word":
		c.Words[f[1]] = v
	default:
		return fmt.Errorf("unknown kind %q", f[0])
	}
	return nil
}
