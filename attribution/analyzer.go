package attribution

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// Classifier labels one statement. *stance.Model satisfies it.
type Classifier interface {
	Predict(text string) (stance.Prediction, error)
}

// Kind is how a statement is expressed in the article.
type Kind string

// The kinds of statement, as in the gold corpus.
const (
	// KindQuote is a direct quote; its span includes the quote marks.
	KindQuote Kind = "quote"
	// KindReported is reported speech; its span is the reported clause.
	KindReported Kind = "reported"
	// KindAction is a position stated as an act ("Germany set tougher
	// criteria for all vendors"); its span is the clause.
	KindAction Kind = "action"
	// KindHeadline is a headline that states a position; its span is the
	// headline or the clause of it that names the actor.
	KindHeadline Kind = "headline"
)

// Statement is one position found in an article and attributed to a
// speaker and an actor.
type Statement struct {
	// Text is the article's text at [Start:End].
	Text string
	// Start and End are byte offsets into the article.
	Start, End int
	// Speaker is the speaker's resolved name: the full name of a person
	// ("Andrus Ansip" for "Ansip" or "he"), otherwise the phrase as written
	// ("a Huawei spokesperson", "MEPs").
	Speaker string
	// SpeakerText is the speaker phrase as it stands in the article, which
	// may be a pronoun or a family name.
	SpeakerText string
	// Actor is the canonical name of the organisation or state holding the
	// position; an unknown speaker is its own actor.
	Actor string
	// ActorType is the actor's type (government, company, ...; "person" or
	// "other" for speakers the registry does not know).
	ActorType string
	// Kind tells quote, reported speech, action, headline or statement.
	Kind Kind
	// Reporter is, for a described position (an issuer reporting another
	// actor's act: "the FCC designated Huawei a threat" in a senator's
	// release), the actor who reports it; Actor is the holder. Empty
	// otherwise.
	Reporter string
	// Prediction is the classifier's output for Text. It is the zero value
	// when the Analyzer has no classifier.
	Prediction stance.Prediction
	// Weight is how much the statement counts towards its actor's position
	// (see Actor).
	Weight float64
	// Sentiment is the statement's sentiment, or nil when the Analyzer was
	// built without WithSentiment.
	Sentiment *Sentiment
}

// Sentiment is how a statement, or an actor's statements on average, read:
// a compound score in [-1, 1] and its class. It is reported beside stance,
// not mixed into it: "no evidence of backdoors" is supportive yet can read
// negative. Compound is rounded to 4 decimals when the Analyzer makes it,
// as JSON writes it, so article JSON and the CLI's statement JSON agree to
// the last digit.
type Sentiment struct {
	Compound float64         `json:"compound"`
	Label    sentiment.Label `json:"label"`
}

// MarshalJSON writes {"compound","label"}, the compound under the JSON
// precision policy (4 decimals).
func (s Sentiment) MarshalJSON() ([]byte, error) {
	l, err := s.Label.MarshalText() // a bare word: no escaping needed
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, 48)
	b = append(b, `{"compound":`...)
	b = jsonnum.Append(b, s.Compound)
	b = append(b, `,"label":"`...)
	b = append(b, l...)
	return append(b, `"}`...), nil
}

// statementJSON is Statement's JSON form, as written and read back.
type statementJSON struct {
	Text        string          `json:"text"`
	Start       int             `json:"start"`
	End         int             `json:"end"`
	Speaker     string          `json:"speaker"`
	SpeakerText string          `json:"speaker_text"`
	Actor       string          `json:"actor"`
	ActorType   string          `json:"actor_type"`
	Kind        Kind            `json:"kind"`
	Reporter    string          `json:"reporter,omitempty"`
	Label       stance.Label    `json:"label,omitempty"`
	Confidence  float64         `json:"confidence"`
	Relevance   *float64        `json:"relevance,omitempty"`
	Probs       stance.Probs    `json:"probs,omitempty"`
	Cues        []stance.CueHit `json:"cues"`
	Reasons     []stance.Reason `json:"reasons,omitempty"`
	Weight      float64         `json:"weight"`
	Sentiment   *Sentiment      `json:"sentiment,omitempty"`
}

// MarshalJSON writes a statement as {"text","start","end","speaker",
// "speaker_text","actor","actor_type","kind","reporter","label",
// "confidence","relevance","probs","cues","reasons","weight","sentiment"}:
// the prediction's fields beside the statement's, every figure under the
// JSON precision policy (4 decimals). "cues" (whose offsets count bytes of
// "text") is [] when there is none; "reporter", "reasons" and "sentiment"
// are left out when empty, and "label", "relevance" and "probs" for a
// statement with no prediction. UnmarshalJSON reads it back.
func (s Statement) MarshalJSON() ([]byte, error) {
	var rel *float64
	if len(s.Prediction.Probs) > 0 {
		r := jsonnum.Round(s.Prediction.Relevance)
		rel = &r
	}
	cues := s.Prediction.Cues
	if cues == nil {
		cues = []stance.CueHit{}
	}
	return json.Marshal(statementJSON{Text: s.Text, Start: s.Start, End: s.End, Speaker: s.Speaker,
		SpeakerText: s.SpeakerText, Actor: s.Actor, ActorType: s.ActorType, Kind: s.Kind, Reporter: s.Reporter,
		Label: s.Prediction.Label, Confidence: jsonnum.Round(s.Prediction.Confidence), Relevance: rel,
		Probs: s.Prediction.Probs, Cues: cues, Reasons: s.Prediction.Reasons, Weight: jsonnum.Round(s.Weight),
		Sentiment: s.Sentiment})
}

// UnmarshalJSON reads what MarshalJSON writes. The statement equals the
// one written, with its figures rounded.
func (s *Statement) UnmarshalJSON(b []byte) error {
	var j statementJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("attribution: statement: %w", err)
	}
	*s = Statement{Text: j.Text, Start: j.Start, End: j.End, Speaker: j.Speaker, SpeakerText: j.SpeakerText,
		Actor: j.Actor, ActorType: j.ActorType, Kind: j.Kind, Reporter: j.Reporter,
		Prediction: stance.Prediction{Label: j.Label, Confidence: j.Confidence, Probs: j.Probs, Cues: j.Cues,
			Reasons: j.Reasons},
		Weight: j.Weight, Sentiment: j.Sentiment}
	if j.Relevance != nil {
		s.Prediction.Relevance = *j.Relevance
	}
	return nil
}

// Actor is one actor's position in an article.
type Actor struct {
	// Name is the actor's canonical name.
	Name string `json:"actor"`
	// Type is the actor's type (JSON "actor_type", and "type" as before).
	Type string `json:"type"`
	// Label is the actor's overall stance: the most probable class of
	// Probs. It is empty when the Analyzer has no classifier or when
	// nothing the actor said bears on the question (its on-target
	// statements weigh less than MinPositionWeight).
	Label stance.Label `json:"label,omitempty"`
	// Confidence is the probability of Label: in Probs, or, when the
	// learned label gave it, in LearnedProbs.
	Confidence float64 `json:"confidence"`
	// Probs combines the probabilities of the actor's statements (see
	// Analyzer for how).
	Probs stance.Probs `json:"probs,omitempty"`
	// Sentiment is the mean sentiment of the actor's statements, or nil
	// when the Analyzer was built without WithSentiment.
	Sentiment *Sentiment `json:"sentiment,omitempty"`
	// Statements are the actor's statements, the weightiest first.
	Statements []Statement `json:"statements"`
	// Aggregated is the label the aggregation of the statements gave,
	// when the learned label (see Analyzer) replaced it by Label; empty
	// otherwise (JSON "aggregated_label", left out when empty).
	Aggregated stance.Label `json:"aggregated_label,omitempty"`
	// LearnedProbs are the learned label's probabilities of the stance
	// classes, whose most probable is Label and whose probability of it is
	// Confidence; nil when the learned label did not act (JSON
	// "learned_probs", left out when nil).
	LearnedProbs stance.Probs `json:"learned_probs,omitempty"`
}

// MarshalJSON writes {"actor","type","label","confidence","probs",
// "sentiment","statements","aggregated_label","learned_probs",
// "actor_type"} (the learned label's two left out when empty), the
// confidence under the JSON precision policy like every other figure, and
// "statements" [] when there is none. UnmarshalJSON reads it back.
//
// The statements' JSON is spliced in as their MarshalJSON writes it: left
// to encoding/json, every byte of it was scanned again for each level it
// is nested in, most of what a cold classify -json -article spent writing.
func (a Actor) MarshalJSON() ([]byte, error) { return a.appendJSON(nil, nil) }

// appendJSON appends what MarshalJSON writes of a to b, each statement's
// JSON as stmt gives it (nil: its MarshalJSON).
func (a *Actor) appendJSON(b []byte, stmt func(*Statement) ([]byte, error)) ([]byte, error) {
	// the fields before "statements", as Actor's tags name them
	head, err := json.Marshal(struct {
		Name       string       `json:"actor"`
		Type       string       `json:"type"`
		Label      stance.Label `json:"label,omitempty"`
		Confidence float64      `json:"confidence"`
		Probs      stance.Probs `json:"probs,omitempty"`
		Sentiment  *Sentiment   `json:"sentiment,omitempty"`
	}{a.Name, a.Type, a.Label, jsonnum.Round(a.Confidence), a.Probs, a.Sentiment})
	if err != nil {
		return nil, err
	}
	typ, err := json.Marshal(a.Type)
	if err != nil {
		return nil, err
	}
	b = append(b, head[:len(head)-1]...)
	b = append(b, `,"statements":`...)
	if b, err = appendStatements(b, a.Statements, stmt); err != nil {
		return nil, err
	}
	if a.Aggregated != "" || a.LearnedProbs != nil {
		// the learned label's fields, as encoding/json writes them
		tail, err := json.Marshal(struct {
			Aggregated stance.Label `json:"aggregated_label,omitempty"`
			Learned    stance.Probs `json:"learned_probs,omitempty"`
		}{a.Aggregated, a.LearnedProbs})
		if err != nil {
			return nil, err
		}
		b = append(b, ',')
		b = append(b, tail[1:len(tail)-1]...)
	}
	b = append(b, `,"actor_type":`...)
	b = append(b, typ...)
	return append(b, '}'), nil
}

// appendStatements appends the JSON array of list, [] when it is empty:
// each statement as stmt gives it (nil: as its MarshalJSON writes it,
// compact, HTML characters escaped, as encoding/json leaves a Marshaler's
// output).
func appendStatements(b []byte, list []Statement, stmt func(*Statement) ([]byte, error)) ([]byte, error) {
	if stmt == nil {
		stmt = func(s *Statement) ([]byte, error) { return s.MarshalJSON() }
	}
	b = append(b, '[')
	for i := range list {
		if i > 0 {
			b = append(b, ',')
		}
		s, err := stmt(&list[i])
		if err != nil {
			return nil, fmt.Errorf("attribution: statement at %d:%d: %w", list[i].Start, list[i].End, err)
		}
		b = append(b, s...)
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads what MarshalJSON writes; the type is "actor_type",
// or "type" when that is absent.
func (a *Actor) UnmarshalJSON(b []byte) error {
	type plain Actor
	var p struct {
		plain
		ActorType *string `json:"actor_type"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("attribution: actor: %w", err)
	}
	*a = Actor(p.plain)
	if p.ActorType != nil {
		a.Type = *p.ActorType
	}
	return nil
}

// Result is what Analyze finds in an article.
type Result struct {
	// Actors are the actors with at least one statement, the most
	// confident first.
	Actors []Actor `json:"actors"`
	// Statements are all statements in text order.
	Statements []Statement `json:"statements"`
}

// MarshalJSON writes {"actors","statements"}, empty lists as [] rather
// than null. A Result reads back from it with encoding/json. The output is
// compact, as json.Marshal writes it, and the actors' and statements' JSON
// is spliced in as their MarshalJSON writes it (see Actor.MarshalJSON).
// The statements of an actor are copies of the article's, so each is
// written once: an actor's statement that is the article's statement of
// the same span, field for field and sharing its slices (sameValue), takes
// its JSON.
func (r Result) MarshalJSON() ([]byte, error) {
	written := make([][]byte, len(r.Statements))
	bySpan := make(map[[2]int]int, len(r.Statements))
	size := 64
	for i := range r.Statements {
		s := &r.Statements[i]
		j, err := s.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("attribution: statement at %d:%d: %w", s.Start, s.End, err)
		}
		written[i] = j
		bySpan[[2]int{s.Start, s.End}] = i
		size += 2*len(j) + 2
	}
	stmt := func(s *Statement) ([]byte, error) {
		if i, ok := bySpan[[2]int{s.Start, s.End}]; ok && sameValue(reflect.ValueOf(s).Elem(), reflect.ValueOf(&r.Statements[i]).Elem()) {
			return written[i], nil
		}
		return s.MarshalJSON()
	}
	// room for the statements twice (the article's, the actors') and the
	// actors' own fields: the output is not grown and copied as it is
	// written
	b := make([]byte, 0, size+256*len(r.Actors))
	b = append(b, `{"actors":[`...)
	for i := range r.Actors {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = r.Actors[i].appendJSON(b, stmt); err != nil {
			return nil, fmt.Errorf("attribution: actor %q: %w", r.Actors[i].Name, err)
		}
	}
	b = append(b, `],"statements":[`...)
	for i, j := range written {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, j...)
	}
	return append(b, "]}"...), nil
}

// sameValue reports whether x and y (of one type) hold the same value
// down to the memory they share, so that they write the same JSON: equal
// numbers, booleans and strings, slices of the same length over the same
// elements (nil or not alike), the same pointers, structs alike field for
// field. Any other kind is not the same.
func sameValue(x, y reflect.Value) bool {
	switch x.Kind() {
	case reflect.Struct:
		for i := 0; i < x.NumField(); i++ {
			if !sameValue(x.Field(i), y.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		return x.Len() == y.Len() && x.IsNil() == y.IsNil() && (x.Len() == 0 || x.UnsafePointer() == y.UnsafePointer())
	case reflect.Pointer:
		return x.UnsafePointer() == y.UnsafePointer()
	case reflect.String:
		return x.String() == y.String()
	case reflect.Bool:
		return x.Bool() == y.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return x.Int() == y.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return x.Uint() == y.Uint()
	case reflect.Float32, reflect.Float64:
		return math.Float64bits(x.Float()) == math.Float64bits(y.Float())
	}
	return false
}

// Analyzer finds statements in articles, attributes them and aggregates them
// per actor. It is safe for concurrent use.
//
// # Aggregation
//
// Each statement gets a weight: its kind's weight (quote 1, reported 0.9,
// action 0.8, headline 0.6), times the probability that it is on target
// (1 - P(off_target) when the classifier has that class, else 1). An actor's
// probabilities are the weight-weighted mean of its statements'
// probabilities over the stance classes (off_target left out and the rest
// renormalised), and its label is the most probable class. Off-target
// statements weigh nothing, so an actor's label comes from its on-target
// statements however many off-target ones it has; an actor whose summed
// weight is below MinPositionWeight (nothing it said bears on the question)
// is listed without a label. A vendor the question is about (the
// defending_vendors class of grammar/words.txt), and the government of its
// home country (defending_states), defend the vendor: their
// statements read opposed count as supportive in their position (the
// predictions stay as the classifier made them). Evidence is ordered by
// weight times the statement's confidence.
//
// # Learned label
//
// With a classifier, and unless WithoutLearnedLabels is given, every
// actor of a text with its own voice (a release, an answer, a speech)
// that the aggregation labels is then labelled again by a learned layer
// (actorlabels.go): logistic regressions over features of the actor (of
// those the analyser computes, the file names the ones it reads: the
// aggregation's label, confidence, probabilities and vote, and the
// actor's type), trained on the gold actors of the development texts of
// testdata/official and embedded as data (actor_labels.txt, written by go
// generate). The aggregation's label is
// kept in Actor.Aggregated, the layer's probabilities in
// Actor.LearnedProbs. Actors the aggregation leaves unlabelled stay so.
type Analyzer struct {
	cls     Classifier
	tk      *tokenize.Tokenizer
	maxSize int
	sent    *sentiment.Analyzer
	issuer  string
	gram    *Grammar
	labels  *labelModel  // the learned label; nil: off (WithoutLearnedLabels or no classifier)
	holders *holderModel // the holder detector; nil: off (the default; WithHolderDetector)
	compiled
}

// compiled is what compile builds from a grammar and a registry. It is
// only read once built, so Analyzers of the default grammar and registry
// share one (see defaultCompiled).
type compiled struct {
	m       *matcher
	lx      *lexicon
	info    wordTable       // word forms the lexicon and the registry know
	vendors map[string]bool // lower-case single-word names of the registry's companies
}

// Option configures New. An option given a value it cannot use makes New
// fail with an error saying which; a nil Option is skipped.
type Option func(*config) error

// config is what the options set; New builds the Analyzer from it.
type config struct {
	maxSize int
	sent    *sentiment.Analyzer
	gram    *Grammar
	issuer  string
	// noLearned turns the learned label off (WithoutLearnedLabels).
	noLearned bool
	// holders turns the holder detector on (WithHolderDetector).
	holders bool
}

// DefaultMaxBytes is how much of an article an Analyzer reads unless
// WithMaxBytes says otherwise.
const DefaultMaxBytes = 16 << 20

// WithMaxBytes limits how many bytes of an article are read (default
// DefaultMaxBytes); AnalyzeReader returns ErrTooLarge past it and Analyze
// analyzes the first n bytes. n must be positive.
func WithMaxBytes(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("attribution: WithMaxBytes(%d): the limit must be positive", n)
		}
		c.maxSize = n
		return nil
	}
}

// WithSentiment scores every statement's sentiment with sa and gives each
// actor the mean of its statements' compound scores. sa must not be nil
// (leave the option out for no sentiment).
func WithSentiment(sa *sentiment.Analyzer) Option {
	return func(c *config) error {
		if sa == nil {
			return errors.New("attribution: WithSentiment: nil sentiment Analyzer (leave the option out for no sentiment)")
		}
		c.sent = sa
		return nil
	}
}

// WithGrammar makes the Analyzer read text with g (a copy is taken) instead
// of the DefaultGrammar; extend the default with DefaultGrammar and Load.
// g must not be nil (leave the option out for the default).
func WithGrammar(g *Grammar) Option {
	return func(c *config) error {
		if g == nil {
			return errors.New("attribution: WithGrammar: nil Grammar (leave the option out for the default)")
		}
		c.gram = g.Clone()
		return nil
	}
}

// WithIssuer names the issuer of every text the Analyzer reads (a
// ministry, a senator's office, a government): the unquoted sentences of a
// release belong to it, and positions it reports of other actors carry it
// as their reporter. Without it the issuer is read from the text's header
// or dateline, when there is one. The name must not be blank.
func WithIssuer(name string) Option {
	return func(c *config) error {
		name = strings.TrimSpace(name)
		if name == "" {
			return errors.New("attribution: WithIssuer: empty name (leave the option out to read the issuer from the text)")
		}
		c.issuer = name
		return nil
	}
}

// WithoutLearnedLabels turns the learned actor label off: every actor
// keeps the label the aggregation of its statements gives (see Analyzer).
func WithoutLearnedLabels() Option {
	return func(c *config) error {
		c.noLearned = true
		return nil
	}
}

// ErrTooLarge is returned by AnalyzeReader for an article over the size
// limit.
var ErrTooLarge = errors.New("attribution: article too large")

// New returns an Analyzer. cls labels the statements and may be nil, in
// which case statements and actors come out without labels. reg is the actor
// registry; nil means DefaultRegistry(). The registry is copied, so later
// changes to reg do not affect the Analyzer. New fails on the first option
// that reports an error.
func New(cls Classifier, reg *Registry, opts ...Option) (*Analyzer, error) {
	cfg := config{maxSize: DefaultMaxBytes}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	a := &Analyzer{cls: cls, tk: tk, maxSize: cfg.maxSize, sent: cfg.sent, gram: cfg.gram, issuer: cfg.issuer}
	if cls != nil && !cfg.noLearned {
		if a.labels, err = defaultLabelModel(); err != nil {
			return nil, fmt.Errorf("attribution: learned label: %w", err)
		}
	}
	if cls != nil && cfg.holders {
		if a.holders, err = defaultHolderModel(); err != nil {
			return nil, fmt.Errorf("attribution: holder detector: %w", err)
		}
	}
	if reg == nil && a.gram == nil {
		d, err := defaultCompiled()
		if err != nil {
			return nil, err
		}
		a.gram, a.compiled = d.gram, d.compiled
		return a, nil
	}
	if reg == nil {
		if reg, err = defaultRegistry(); err != nil {
			return nil, err
		}
	}
	if a.gram == nil {
		if a.gram, err = defaultGrammar(); err != nil {
			return nil, err
		}
	}
	a.compile(reg)
	return a, nil
}

// compile builds the Analyzer's lexicon and matcher from its grammar and
// reg, which it does not change.
func (a *Analyzer) compile(reg *Registry) {
	a.lx = a.gram.lexicon()
	reg = reg.Clone()
	reg.addCountries(a.gram.countries)
	reg.addRoleNouns(a.lx.roleNouns)
	a.m = compile(a.tk, reg, a.lx)
	a.info = newWordTable(wordInfos(a.lx, a.m))
	a.vendors = vendorNames(reg)
}

// vendorNames are the lower-case single-word names and aliases of the
// registry's companies ("huawei", "zte").
func vendorNames(reg *Registry) map[string]bool {
	out := map[string]bool{}
	for _, e := range reg.Actors() {
		if e.Type != TypeCompany {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if !strings.ContainsAny(n, " \t") {
				out[strings.ToLower(n)] = true
			}
		}
	}
	return out
}

// defaultCompiled is the lexicon and matcher of the default registry and
// grammar, made once per process: every Analyzer New makes without a
// registry or grammar of its own shares them (they are only read). They
// come from the tables compiled at go generate time (tables.go), or, when
// those are not the embedded data files' (a data file edited without go
// generate), from compiling the files, which only the first Analyzer pays
// for.
var defaultCompiled = sync.OnceValues(func() (*Analyzer, error) {
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	if c, ok := tablesCompiled(&defaultTablesData); ok {
		return &Analyzer{tk: tk, compiled: c}, nil
	}
	return slowDefault()
})

// slowDefault compiles the embedded grammar and registry files: the
// default Analyzer's compiled state without the tables, and what the
// tables are generated from.
func slowDefault() (*Analyzer, error) {
	tk, err := tokenize.Default()
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	reg, err := defaultRegistry()
	if err != nil {
		return nil, err
	}
	a := &Analyzer{tk: tk}
	if a.gram, err = defaultGrammar(); err != nil {
		return nil, err
	}
	a.compile(reg)
	return a, nil
}

// AnalyzeReader reads an article from r and analyzes it.
func (a *Analyzer) AnalyzeReader(r io.Reader) (*Result, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(a.maxSize)+1))
	if err != nil {
		return nil, fmt.Errorf("attribution: read article: %w", err)
	}
	if len(b) > a.maxSize {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, a.maxSize)
	}
	return a.Analyze(string(b))
}

// Analyze finds the statements of an article, labels them with the
// classifier and aggregates them per actor. An article with no statements
// gives an empty Result and no error. An error is returned only when the
// classifier fails on a statement for a reason other than stance.ErrEmpty.
func (a *Analyzer) Analyze(text string) (*Result, error) {
	var hc *holderCands
	if a.holders != nil && a.cls != nil {
		hc = &holderCands{}
	}
	stmts, err := a.statements(text, hc)
	if err != nil {
		return nil, err
	}
	res := &Result{Statements: stmts}
	agg := defaultAgg
	agg.defending, agg.defendingStates = a.lx.defendingVendors, a.lx.defendingStates
	res.Actors = agg.aggregate(res.Statements)
	if hc != nil {
		if err := a.addHolders(text[:min(len(text), a.maxSize)], res, hc, agg); err != nil {
			return nil, err
		}
	}
	if a.labels != nil {
		a.relabel(res, min(len(text), a.maxSize))
	}
	if a.sent != nil {
		for i := range res.Actors {
			res.Actors[i].Sentiment = meanSentiment(res.Actors[i].Statements)
		}
	}
	return res, nil
}

// Statements finds and labels the statements of an article as Analyze
// does, in text order, without aggregating them per actor: for a caller
// that aggregates them itself (package debate does, over a corpus), the
// per-actor copy Analyze makes is work thrown away. An article with no
// statements gives none and no error.
func (a *Analyzer) Statements(text string) ([]Statement, error) {
	return a.statements(text, nil)
}

// statements is Statements, recording the registry's phrases of the text in
// hc when it is not nil.
func (a *Analyzer) statements(text string, hc *holderCands) ([]Statement, error) {
	if len(text) > a.maxSize {
		text = text[:a.maxSize]
		for len(text) > 0 && !utf8.RuneStart(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
	}
	lines := splitLines(text)
	var lt *lineTokens
	if _, ok := a.cls.(TokenClassifier); ok || a.sent != nil {
		// the lines' tokens, kept for the classifier and sentiment: a
		// statement is not tokenised again
		lt = newLineTokens()
		defer lt.release()
	}
	raw := a.extract(text, lines, lt, hc)
	src := a.sources(text, lines, a.issuer)
	raw = a.ownVoice(text, lines, src, raw)
	stmts := make([]Statement, 0, len(raw))
	for _, r := range raw {
		if r.start < 0 || r.end > len(text) || r.start >= r.end || !r.spk.actor.known() || a.junkActor(r.spk.actor.name) || a.documentActor(r.spk.actor) {
			continue
		}
		s, err := a.statement(text, r, lt)
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, s)
	}
	return stmts, nil
}

// statement is the Statement of r (its span in bounds): classified,
// weighed, and with its sentiment when the analyser reads it, from the
// tokens of r's line when lt holds them. An error is the classifier's on a
// statement it could read (not stance.ErrEmpty).
func (a *Analyzer) statement(text string, r rawStmt, lt *lineTokens) (Statement, error) {
	s := Statement{
		Text: text[r.start:r.end], Start: r.start, End: r.end,
		Speaker: r.spk.name, SpeakerText: r.spk.text,
		Actor: r.spk.actor.name, ActorType: r.spk.actor.typ, Kind: r.kind, Reporter: r.reporter,
	}
	if s.Speaker == "" {
		s.Speaker = s.SpeakerText
	}
	if a.cls != nil {
		p, err := a.classify(text, r.start, r.end, lt)
		if err != nil && !errors.Is(err, stance.ErrEmpty) {
			return Statement{}, fmt.Errorf("attribution: classify statement at %d:%d: %w", s.Start, s.End, err)
		}
		if err == nil {
			s.Prediction = p
		}
		if l := a.ruledLabel(text, r); err == nil && l != "" {
			s.Prediction = ruledPrediction(s.Prediction, l, "particle")
		}
	}
	s.Weight = weight(s)
	if a.sent != nil {
		c, l := a.polarity(text, r.start, r.end, lt)
		s.Sentiment = &Sentiment{Compound: jsonnum.Round(c), Label: l}
	}
	return s, nil
}

// meanSentiment averages the statements' compound scores.
func meanSentiment(stmts []Statement) *Sentiment {
	var sum float64
	n := 0
	for _, s := range stmts {
		if s.Sentiment != nil {
			sum += s.Sentiment.Compound
			n++
		}
	}
	if n == 0 {
		return nil
	}
	c := jsonnum.Round(sum / float64(n))
	return &Sentiment{Compound: c, Label: sentiment.LabelOf(c)}
}

// String renders a statement for debugging: "[kind] speaker (actor): text".
func (s Statement) String() string {
	return fmt.Sprintf("[%s] %s (%s): %s", s.Kind, s.Speaker, s.Actor, strings.Join(strings.Fields(s.Text), " "))
}

// junkActor reports whether name can never be an actor: a pronoun, a
// wh-word or deictic ("What I", "There"), a clause opener ("As") or a
// preposition opening a time or place phrase ("Following reports"), a bare
// role noun ("minister", "report"), a page's furniture ("Each Urgent
// Question") or a chamber's form of address ("the hon. Gentleman"). It is
// the pipeline's last filter, read from the grammar's word classes.
func (a *Analyzer) junkActor(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return true
	}
	first := strings.Trim(f[0], ",.;:")
	if a.lx.junkNames[first] || a.lx.subordinators[first] || a.lx.clauseOpeners[first] || a.lx.prepositions[first] {
		return true
	}
	if len(f) == 1 && (a.lx.roleNounsBare[first] || a.lx.roleNouns[first]) {
		return true
	}
	if len(f) == 2 && f[0] == "the" && (a.lx.roleNounsBare[f[1]] || a.lx.roleNouns[f[1]]) {
		return true
	}
	for _, w := range f {
		if a.lx.furnitureWords[strings.Trim(w, ",.;:")] {
			return true // "Each Urgent Question", "Hansard Excerpts"
		}
	}
	if _, ok := a.addressWords(f); ok {
		return true // "Gentleman", "the noble Lord", "Madam Deputy Speaker"
	}
	return a.bareTitle(f)
}

// documentActor reports whether ac, an actor the registry does not know,
// is named as a law, a rule or a paper ("Secure Equipment Act"): its last
// word is one of the grammar's document nouns. A person's name may end in
// one ("Nathan Law"), so persons are left alone.
func (a *Analyzer) documentActor(ac actorRef) bool {
	if ac.typ != TypeOther {
		return false
	}
	f := strings.Fields(strings.ToLower(ac.name))
	return len(f) > 0 && a.lx.documentNouns[strings.Trim(f[len(f)-1], ",.;:")]
}

// bareTitle reports whether the words f (lower case) are an office's title
// and nothing else, "the" allowed first: "prime minister", "the foreign
// minister", "vice president", "the interior ministry" (a portfolio). A
// title with a name or a body in it ("prime minister johnson", "european
// commission") is not bare.
func (a *Analyzer) bareTitle(f []string) bool {
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if w = strings.Trim(w, ",.;:"); !a.lx.titles[w] && !a.lx.roleNouns[w] && !a.lx.portfolios[w] || w == "the" || w == "of" || w == "and" || w == "for" {
			return false
		}
	}
	return true
}
