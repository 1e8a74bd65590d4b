package sentiment

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/tokenize"
)

// Input limits. Longer input is cut (at a space near the limit when there is
// one, never inside a UTF-8 sequence) and the result says Truncated.
const (
	// MaxStatementBytes is the most of a text Score reads. A statement is a
	// sentence or two; VADER's compound saturates long before this.
	MaxStatementBytes = 64 << 10
	// MaxArticleBytes is the most of a text Article reads.
	MaxArticleBytes = 4 << 20
)

// Analyzer scores the sentiment of statements and articles. Build it once
// with New and share it: it is immutable after New and safe for concurrent
// use by any number of goroutines.
type Analyzer struct {
	lx     *lexicon
	dom    *domainRules // nil when the domain layer is off
	tok    *tokenize.Tokenizer
	domain bool
	cal    *calTable // nil: no learned calibration
	// neutrals: the calibration labels the texts the rules leave Neutral
	// (the Social preset), instead of keeping them inside the neutral band.
	neutrals bool
	// profile is the preset the Analyzer was built from.
	profile Profile
}

// Option configures New.
//
// A score goes through four layers: VADER's rules (always), the news domain
// layer (WithDomain, WithDomainRules), the learned calibration
// (WithCalibration, WithoutCalibration) and, when calibrated, whether the
// calibration may label the texts the rules leave Neutral
// (WithCalibratedNeutrals). Each option sets its own layer and no other; a
// Profile (WithProfile) is a preset of all of them, which the explicit
// options override layer by layer, whatever their order.
type Option func(*config) error

type config struct {
	profile     Profile
	domain      bool
	domainSet   bool // WithDomain was given
	extra       []extraRules
	cal         *Calibration
	calSet      bool // WithCalibration or WithoutCalibration was given
	neutrals    bool
	neutralsSet bool // WithCalibratedNeutrals was given
}

type extraRules struct {
	r    io.Reader
	name string
}

// WithDomain turns the news domain layer (domain.tsv and any
// WithDomainRules entries) on or off, and changes nothing else. The News
// preset has it on, Social and VADER off. The layer changes the rule score
// (Score.Uncalibrated), the drivers' valences and Pos, Neg and Neu. A
// calibrated Analyzer stays calibrated: unless WithCalibration gives one,
// it uses the shipped calibration fitted with its domain setting
// (DefaultCalibrationFor(News) with the layer on, DefaultCalibrationFor(Social)
// off), since a calibration only fits the rule features it was fitted on.
// For plain VADER scores use WithProfile(VADER), or WithDomain(false) with
// WithoutCalibration.
func WithDomain(on bool) Option {
	return func(c *config) error { c.domain, c.domainSet = on, true; return nil }
}

// WithDomainRules adds domain rules read from r, in the domain.tsv format
// (see that file's header; the first line is the version line
// "# stancekit-data sentiment-domain v1"), after the built-in ones; an
// entry with the same pattern as a built-in one replaces it. name labels
// errors, which are *ParseErrors. Rules act through the domain layer, so
// with the layer off (the Social and VADER presets, or WithDomain(false))
// New reports them as an error rather than ignoring them.
func WithDomainRules(r io.Reader, name string) Option {
	return func(c *config) error {
		if r == nil {
			return fmt.Errorf("sentiment: WithDomainRules(%q): nil reader", name)
		}
		c.extra = append(c.extra, extraRules{r: r, name: name})
		return nil
	}
}

// WithCalibration turns the learned calibration on with c, for example one
// from FitCalibration, in place of the shipped one; it changes nothing
// else. See Score for how a calibration acts: it sets the compound's
// strength within the class the rules chose (and, with
// WithCalibratedNeutrals, labels the texts the rules leave Neutral). c must
// have been fitted with the Analyzer's domain setting (c.Domain); New
// reports a mismatch.
func WithCalibration(c *Calibration) Option {
	return func(cfg *config) error {
		if c == nil {
			return errors.New("sentiment: WithCalibration: nil calibration (use WithoutCalibration to turn it off)")
		}
		if len(c.Dense) != len(denseNames) {
			return fmt.Errorf("sentiment: WithCalibration: %d dense weights, want %d", len(c.Dense), len(denseNames))
		}
		for _, v := range c.Dense {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return errors.New("sentiment: WithCalibration: a dense weight is not finite")
			}
		}
		for w, v := range c.Words {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("sentiment: WithCalibration: the weight of %q is not finite", w)
			}
		}
		cfg.cal, cfg.calSet = c, true
		return nil
	}
}

// WithoutCalibration turns the learned calibration off, and changes nothing
// else: Compound is then the rule score (VADER's rules, and the domain
// layer when it is on), Score.Uncalibrated. With the domain layer off too
// that is VADER's own score (the VADER preset).
func WithoutCalibration() Option {
	return func(cfg *config) error {
		cfg.cal, cfg.calSet = nil, true
		return nil
	}
}

// WithCalibratedNeutrals sets what the calibration does with a text the
// rules leave Neutral, and changes nothing else. Off (the News preset), the
// calibrated compound stays inside the neutral band (within ±0.049), so the
// label is always the rules'. On (the Social preset), it is the
// calibration's estimate divided by 4, clipped only to [-1, 1], so the
// calibration labels such texts. Texts the rules read as Positive or
// Negative are treated alike either way. Without a calibration it has no
// effect.
func WithCalibratedNeutrals(on bool) Option {
	return func(cfg *config) error {
		cfg.neutrals, cfg.neutralsSet = on, true
		return nil
	}
}

// New builds an Analyzer. With no options it is the News preset: the news
// domain layer and the default learned calibration (DefaultCalibration) on.
// WithProfile(Social) gives the preset for social-media text instead, and
// WithProfile(VADER) plain VADER. The VADER lexicons are static tables
// (vader_tables.go) and cost nothing to load; the default calibrations are
// parsed once per process; building an Analyzer with the domain layer
// indexes the few hundred words that layer changes.
func New(opts ...Option) (*Analyzer, error) {
	cfg := config{}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	// The preset, for each layer no option set.
	domain, calibrated, neutrals := cfg.profile == News, cfg.profile != VADER, cfg.profile == Social
	if cfg.domainSet {
		domain = cfg.domain
	}
	if cfg.calSet {
		calibrated = cfg.cal != nil
	}
	if cfg.neutralsSet {
		neutrals = cfg.neutrals
	}
	if !domain && len(cfg.extra) > 0 {
		why := "WithDomain(false)"
		if !cfg.domainSet {
			why = "the " + cfg.profile.String() + " profile"
		}
		return nil, fmt.Errorf("sentiment: %s turns the domain layer off; WithDomainRules(%q) would have no effect", why, cfg.extra[0].name)
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("sentiment: %w", err)
	}
	a := &Analyzer{lx: baseLexicon(), tok: tk, domain: domain, neutrals: neutrals, profile: cfg.profile}
	if domain {
		d := newDomainRules()
		if err := d.parse(strings.NewReader(domainTSV), "domain.tsv"); err != nil {
			return nil, err
		}
		for _, x := range cfg.extra {
			if err := d.parse(x.r, x.name); err != nil {
				return nil, err
			}
		}
		a.dom = d
		a.lx = a.lx.withDomain(d)
	}
	switch {
	case !calibrated:
	case cfg.cal != nil:
		if cfg.cal.Domain != domain {
			return nil, fmt.Errorf("sentiment: the calibration was fitted with the domain layer %s, the Analyzer has it %s", onOff(cfg.cal.Domain), onOff(domain))
		}
		a.cal = newCalTable(cfg.cal)
	default:
		// The shipped calibration fitted with this domain setting.
		fitted := Social
		if domain {
			fitted = News
		}
		t, err := profileTable(fitted)
		if err != nil {
			return nil, fmt.Errorf("sentiment: default calibration (domain layer %s): %w", onOff(domain), err)
		}
		a.cal = t
	}
	return a, nil
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// Calibrated reports whether the Analyzer applies a learned correction.
func (a *Analyzer) Calibrated() bool { return a.cal != nil }

// Domain reports whether the news domain layer is on.
func (a *Analyzer) Domain() bool { return a.domain }

// CalibratedNeutrals reports whether the calibration labels the texts the
// rules leave Neutral (see WithCalibratedNeutrals); false when the Analyzer
// has no calibration.
func (a *Analyzer) CalibratedNeutrals() bool { return a.neutrals && a.cal != nil }

// Score is the sentiment of one text.
type Score struct {
	// Compound is the score in [-1, 1]. Without a calibration it is VADER's
	// normalised valence, Sum / sqrt(Sum*Sum + 15), equal to Uncalibrated
	// (and, with the domain layer off too, to VADER's own compound). With
	// one (the News and Social presets) it is the calibrated estimate of
	// the mean human rating divided by 4, kept inside the class of the rule
	// score: in [0.05, 1] when Uncalibrated is Positive, in [-1, -0.05]
	// when it is Negative, and within ±0.049 when it is Neutral, unless the
	// Analyzer has WithCalibratedNeutrals (Social), where such a text gets
	// the estimate divided by 4, clipped only to [-1, 1].
	Compound float64 `json:"compound"`
	// Pos, Neg and Neu are the proportions of the text that read positive,
	// negative and neutral (VADER's pos/neg/neu); they sum to 1, or are all
	// 0 for a text without words.
	Pos float64 `json:"pos"`
	Neg float64 `json:"neg"`
	Neu float64 `json:"neu"`
	// Sum is the raw valence: the Drivers' valences plus the punctuation
	// emphasis ("!", "??"), before normalisation.
	Sum float64 `json:"sum"`
	// Label is LabelOf(Compound). It always equals LabelOf(Uncalibrated),
	// the rules decide the class, except with WithCalibratedNeutrals
	// (Social): there, when the rules say Neutral, the calibration decides.
	Label Label `json:"label"`
	// Drivers are the words and phrases that moved the rule score, in text
	// order; their valences and the punctuation emphasis add up to Sum.
	Drivers []Driver `json:"drivers,omitempty"`
	// Uncalibrated is the rule score (VADER rules, and the domain layer
	// when it is on) before the learned calibration; it equals Compound
	// when the Analyzer has no calibration.
	Uncalibrated float64 `json:"uncalibrated"`
	// Truncated is true when the text was longer than the limit and only its
	// beginning was scored.
	Truncated bool `json:"truncated,omitempty"`
}

// Driver is one word or phrase that contributed to a Score.
type Driver struct {
	// Text is the word as written: text[Start:End] of the scored text.
	Text string `json:"text"`
	// Start and End are byte offsets into the scored text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Valence is the word's contribution to Score.Sum, after negation,
	// boosters, capitals, "but" and the domain layer.
	Valence float64 `json:"valence"`
	// Rule is empty when the valence comes from the general VADER lexicon,
	// or "domain: <pattern>" naming the domain rule that set or changed it.
	// (The calibration's word weights are not drivers: it changes the
	// strength, and with WithCalibratedNeutrals the label of a text the
	// rules leave Neutral; compare Compound with Uncalibrated.)
	Rule string `json:"rule,omitempty"`
}

// clip cuts text to at most limit bytes, at the last space in the final
// quarter when there is one, never inside a UTF-8 sequence.
func clip(text string, limit int) (string, bool) {
	if len(text) <= limit {
		return text, false
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if sp := strings.LastIndexAny(text[:cut], " \t\n\r"); sp > limit*3/4 {
		cut = sp
	}
	return text[:cut], true
}

// Score scores one statement (a sentence or a short passage). Any input is
// accepted: empty or blank text, invalid UTF-8 and control bytes give a
// defined result (a text with neither a sentiment word nor a word the
// calibration knows scores a neutral zero), and text beyond
// MaxStatementBytes is cut.
//
// The VADER rules and the domain layer give the rule score
// (Score.Uncalibrated) and hence the label. The calibration, when on,
// replaces the rule score's strength by its estimate of the mean human
// rating, within that label's interval (see Score.Compound). With
// WithCalibratedNeutrals (Social) a text the rules leave Neutral takes the
// label of that estimate.
func (a *Analyzer) Score(text string) Score {
	text, trunc := clip(text, MaxStatementBytes)
	s := a.score(text, 0)
	s.Truncated = trunc
	return s
}

// ScoreTokens is Score(src[start:end]), bit for bit, computed from toks:
// the tokens package tokenize found in src (Tokenizer.Tokens or
// AppendTokens of src, or of a span of src holding [start, end), with
// offsets into src), which a caller that has tokenised the text already
// has at hand. VADER's rules are defined on whitespace-separated words, so
// the words are read off the tokens' byte spans and the text between them,
// without scanning the tokens' bytes for white space again; the words, and
// every figure of the Score, are those of Score. Drivers' offsets are into
// src[start:end], as Score's are into its text. Only the tokens that meet
// the span are read; when those are out of order or out of src's bounds
// none is used (the text is then split as Score splits it). A span outside
// src scores as the empty text. Tokens that are not
// src's give the words they imply.
func (a *Analyzer) ScoreTokens(src string, toks []tokenize.Token, start, end int) Score {
	text, trunc, toks := statementSpan(src, toks, start, end)
	s := a.scoreWith(text, toks, start, 0, true)
	s.Truncated = trunc
	return s
}

// Polarity is Score(text)'s Compound and Label, without the rest of the
// Score: the Drivers are not built, which is most of what Score allocates.
func (a *Analyzer) Polarity(text string) (float64, Label) {
	text, _ = clip(text, MaxStatementBytes)
	s := a.scoreWith(text, nil, 0, 0, false)
	return s.Compound, s.Label
}

// PolarityTokens is ScoreTokens(src, toks, start, end)'s Compound and
// Label, which are Score(src[start:end])'s, without the rest of the Score.
func (a *Analyzer) PolarityTokens(src string, toks []tokenize.Token, start, end int) (float64, Label) {
	text, _, toks := statementSpan(src, toks, start, end)
	s := a.scoreWith(text, toks, start, 0, false)
	return s.Compound, s.Label
}

// statementSpan is the text ScoreTokens scores, src[start:end] cut as
// Score cuts it, whether it was cut, and the tokens to read its words
// from: toks when they fit src, else nil (split the text itself).
func statementSpan(src string, toks []tokenize.Token, start, end int) (string, bool, []tokenize.Token) {
	if start < 0 || end > len(src) || start > end {
		return "", false, nil
	}
	text, trunc := clip(src[start:end], MaxStatementBytes)
	// Only the tokens that meet the span are read. Any run of src's own
	// tokens gives the words (a token left out only has its bytes scanned
	// with the gaps), so the search needs no check; the run found does.
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	hi, prev := lo, start
	for ; hi < len(toks) && toks[hi].Start < start+len(text); hi++ {
		t := &toks[hi]
		if t.Start < prev && hi > lo || t.End < t.Start || t.End > len(src) || t.Start < 0 {
			return text, trunc, nil
		}
		prev = t.End
	}
	return text, trunc, toks[lo:hi:hi]
}

// analyse runs the engine over text and hands the result to fn while the
// scratch buffers are still valid.
func (a *Analyzer) analyse(text string, fn func(e *engine, an analysis)) {
	sc := getScratch()
	defer putScratch(sc)
	e, an := a.runEngine(text, nil, 0, sc)
	fn(&e, an)
}

// runEngine runs the engine over text with the scratch buffers sc. When
// toks is not nil they are tokenize's tokens of a text holding text at
// byte offset base (see ScoreTokens), and the words are read from them
// unless emoji had to be expanded.
func (a *Analyzer) runEngine(text string, toks []tokenize.Token, base int, sc *scratch) (engine, analysis) {
	e := engine{lx: a.lx, dom: a.dom, sc: sc, text: text, toks: toks, base: base}
	if e.expandEmoji(text) {
		e.text = string(sc.work)
		e.toks = nil // the working text is no longer the tokens' text
	}
	an := e.run()
	return e, an
}

// score scores text; offset is added to every driver offset (the position
// of text in a larger document).
func (a *Analyzer) score(text string, offset int) Score {
	return a.scoreWith(text, nil, 0, offset, true)
}

// scoreWith scores text, from toks when not nil (see runEngine), with its
// drivers (offset added to theirs) when withDrivers is set. It calls no
// function value, so that nothing of a score escapes to the heap but its
// drivers.
func (a *Analyzer) scoreWith(text string, toks []tokenize.Token, base, offset int, withDrivers bool) Score {
	sc := getScratch()
	e, an := a.runEngine(text, toks, base, sc)
	s := a.scoreOf(&e, an, text, offset, withDrivers)
	putScratch(sc)
	return s
}

// scoreOf makes the Score of an engine run over text, with its drivers
// when withDrivers is set.
func (a *Analyzer) scoreOf(e *engine, an analysis, text string, offset int, withDrivers bool) Score {
	s := Score{
		Compound:     an.compound,
		Pos:          an.pos,
		Neg:          an.neg,
		Neu:          an.neu,
		Sum:          an.sum,
		Uncalibrated: an.compound,
	}
	if withDrivers {
		s.Drivers = e.drivers(text, offset)
	}
	if a.cal != nil && an.tokens > 0 {
		y, evidence := a.cal.predict(e, an)
		s.Compound = 0
		switch rule := LabelOf(an.compound); {
		case !evidence:
		case rule == Neutral && a.neutrals:
			s.Compound = max(-1, min(1, y/4))
		default:
			s.Compound = project(y/4, rule)
		}
	}
	s.Label = LabelOf(s.Compound)
	return s
}

// drivers lists the tokens with a non-zero valence, mapped back to the input.
// The description words of one emoji become one driver.
func (e *engine) drivers(orig string, offset int) []Driver {
	sc := e.sc
	n := 0
	for _, v := range sc.vals {
		if v != 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Driver, 0, n)
	for i, v := range sc.vals {
		if v == 0 {
			continue
		}
		t := &sc.toks[i]
		start, end := e.origSpan(t.start, t.end)
		if k := len(out) - 1; k >= 0 && out[k].Start == start+offset && out[k].End == end+offset {
			out[k].Valence += v
			continue
		}
		d := Driver{Text: orig[start:end], Start: start + offset, End: end + offset, Valence: v}
		if t.domain {
			if t.rule != "" {
				d.Rule = "domain: " + t.rule
			} else {
				d.Rule = "domain: " + string(sc.lower[t.lo:t.hi])
			}
		}
		out = append(out, d)
	}
	return out
}

// SentenceScore is the Score of one sentence of an article.
type SentenceScore struct {
	// Start and End are the sentence's byte offsets in the article text.
	Start int `json:"start"`
	End   int `json:"end"`
	Score
}

// ArticleScore is the sentiment of a multi-sentence text.
type ArticleScore struct {
	// Sentences are the per-sentence scores, in order; their Drivers'
	// offsets are offsets into the article text.
	Sentences []SentenceScore `json:"sentences"`
	// Compound, Pos, Neg and Neu are the means over the sentences (0 when
	// there is none).
	Compound float64 `json:"compound"`
	Pos      float64 `json:"pos"`
	Neg      float64 `json:"neg"`
	Neu      float64 `json:"neu"`
	// Label is LabelOf(Compound), the class of the mean. (The sentences'
	// own labels follow Score.Label's rules.)
	Label Label `json:"label"`
	// Truncated is true when the text was longer than MaxArticleBytes.
	Truncated bool `json:"truncated,omitempty"`
}

// Article splits text into sentences (prose's Punkt segmenter, through
// package tokenize, which loads it on first use), scores each
// one and averages them. VADER is calibrated on sentences, so the mean of
// sentence scores is a better article score than scoring the whole text as
// one statement, where the compound saturates. A sentence longer than
// MaxStatementBytes is scored on its beginning.
func (a *Analyzer) Article(text string) ArticleScore {
	text, trunc := clip(text, MaxArticleBytes)
	out := ArticleScore{Truncated: trunc}
	if strings.TrimSpace(text) == "" {
		return out
	}
	sents := a.tok.Sentences(text)
	out.Sentences = make([]SentenceScore, 0, len(sents))
	for _, s := range sents {
		st, cut := clip(s.Text, MaxStatementBytes)
		sc := a.score(st, s.Start)
		sc.Truncated = cut
		out.Sentences = append(out.Sentences, SentenceScore{Start: s.Start, End: s.End, Score: sc})
		out.Compound += sc.Compound
		out.Pos += sc.Pos
		out.Neg += sc.Neg
		out.Neu += sc.Neu
	}
	if n := float64(len(out.Sentences)); n > 0 {
		out.Compound /= n
		out.Pos /= n
		out.Neg /= n
		out.Neu /= n
	}
	out.Label = LabelOf(out.Compound)
	return out
}
