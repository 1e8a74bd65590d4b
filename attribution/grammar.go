package attribution

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/stancekit/stancekit/internal/tsv"
)

// The grammar the extractor is written with lives in versioned data files
// embedded from grammar/ (see grammar/*.txt for their formats):
//
//   - verbs.txt: reporting verbs keyed by lemma, with their irregular forms;
//     every other inflection is generated;
//   - words.txt: closed word classes (auxiliaries, determiners, titles, role
//     nouns, ...);
//   - clutter.txt: patterns of page clutter;
//   - gazetteer.txt: country -> government (names, capitals, demonyms);
//   - layout.txt: header, debate, speaker-line and turn-label patterns of
//     official texts (layout.go).
//
// A Grammar is extended at run time like the actor registry: Load reads one
// more file of any of the five kinds and adds what it says; WithGrammar
// gives an Analyzer the result. Every file starts with the version line of
// its kind ("# stancekit-data grammar-verbs v1"); an error names the file
// and the line.

//go:embed grammar/*.txt
var grammarFS embed.FS

// grammarVersion is the file format version this package reads.
const grammarVersion = 1

// ErrGrammar is wrapped by every error about grammar file content.
var ErrGrammar = errors.New("attribution: bad grammar file")

// Grammar holds the extractor's word classes, reporting verbs, clutter
// patterns and country gazetteer. The zero value is empty; DefaultGrammar
// returns the embedded one. A Grammar is not safe for concurrent mutation;
// an Analyzer takes a copy.
type Grammar struct {
	speech, object, clause map[string]bool // inflected forms
	lemma                  map[string]string
	sets                   map[string]map[string]bool
	clutter                []clutterRule
	countries              []Country
	layout                 []layoutRule
}

// Country is one gazetteer entry: a country and the government actor its
// names, capitals and demonyms stand for.
type Country struct {
	Name     string
	Actor    string
	Capitals []string
	Demonyms []string
	Others   []string
}

type clutterRule struct {
	kind string // prefix, contains, regexp
	text string
	re   *gatedRe // a regexp rule's pattern and gate, compiled when first matched
}

// grammarSets are the section names words.txt may use.
var grammarSets = []string{"be_forms", "irregular_past", "subordinators", "auxiliaries", "not_verb", "determiners",
	"np_adjectives", "phrase_connectors", "phrase_fillers", "connector_heads", "company_anaphors", "time_words", "trailer_words", "portfolios", "institution_nouns", "document_nouns", "person_pronouns", "source_nouns", "media_words", "clause_openers",
	"titles", "role_nouns_bare", "junk_names", "role_nouns", "prepositions", "adjectival", "legislator_titles", "minister_markers", "abbreviations", "numeral_abbreviations",
	"first_person", "topic_words", "act_nouns", "address_forms", "address_openers", "furniture_words", "defending_vendors", "title_articles", "quote_frames", "defending_states", "executive_nouns",
	"executive_openers", "executive_modifiers", "account_modals", "demand_modals", "post_nominals", "name_particles",
	"former_markers", "cleft_openers", "cleft_relatives", "vendor_nouns", "negators", "aside_openers"}

// verbSets are the word sets the verbs file fills (particle verbs, by
// polarity), which a words file may not name.
var verbSets = []string{"particle_for", "particle_against"}

func newGrammar() *Grammar {
	g := &Grammar{speech: map[string]bool{}, object: map[string]bool{}, clause: map[string]bool{},
		lemma: map[string]string{}, sets: map[string]map[string]bool{}}
	for _, s := range append(slices.Clip(grammarSets), verbSets...) {
		g.sets[s] = map[string]bool{}
	}
	return g
}

// defaultGrammar is the embedded grammar, read once and never changed.
var defaultGrammar = sync.OnceValues(loadDefaultGrammar)

// DefaultGrammar returns a fresh copy of the embedded grammar, which may be
// extended with Load. The embedded files are read once per process; an
// error (a broken build: the package's tests read them) is returned to
// every caller.
func DefaultGrammar() (*Grammar, error) {
	g, err := defaultGrammar()
	if err != nil {
		return nil, err
	}
	return g.Clone(), nil
}

func loadDefaultGrammar() (*Grammar, error) {
	g := newGrammar()
	for _, f := range []string{"verbs.txt", "words.txt", "clutter.txt", "gazetteer.txt", "layout.txt"} {
		b, err := grammarFS.ReadFile("grammar/" + f)
		if err == nil {
			err = g.Load("grammar/"+f, strings.NewReader(string(b)))
		}
		if err != nil {
			return nil, fmt.Errorf("attribution: embedded grammar: %w", err)
		}
	}
	return g, nil
}

// Load reads one grammar file and adds its content to g. The kind of file
// is told by its name's base (verbs, words, clutter, gazetteer, layout,
// each with any extension, e.g. "my-verbs.txt" is a verbs file). The first
// line must be the version line of that kind, "# stancekit-data
// grammar-verbs v1" (grammar-words, grammar-clutter, grammar-gazetteer,
// grammar-layout). An error wraps ErrGrammar and a *ParseError naming name
// and the line.
func (g *Grammar) Load(name string, r io.Reader) error {
	base := strings.ToLower(name[strings.LastIndexAny(name, `/\`)+1:])
	var parse func(fields string) error
	var kind string
	switch {
	case strings.Contains(base, "verbs"):
		kind, parse = "verbs", g.verbLine
	case strings.Contains(base, "words"):
		kind = "words"
	case strings.Contains(base, "clutter"):
		kind, parse = "clutter", g.clutterLine
	case strings.Contains(base, "gazetteer"):
		kind, parse = "gazetteer", g.countryLine
	case strings.Contains(base, "layout"):
		kind, parse = "layout", g.layoutLine
	default:
		return fmt.Errorf("%w: %w", ErrGrammar, &ParseError{File: name,
			Err: errors.New("cannot tell the file kind from its name (verbs, words, clutter, gazetteer or layout)")})
	}
	section := ""
	if parse == nil {
		parse = func(s string) error { return g.wordsLine(&section, s) }
	}
	return readGrammarLines(name, r, "grammar-"+kind, parse)
}

// ParseError is the error about a line of a grammar file that Load returns
// (wrapped, beside ErrGrammar): File names the file, Line is 1-based (0:
// the file as a whole) and Err says what is wrong. Test for it with
// errors.As. The same type is features.ParseError and
// sentiment.ParseError.
type ParseError = tsv.ParseError

// readGrammarLines checks the version line of kind, then calls parse on
// every line, trimmed, skipping blanks and # comments.
func readGrammarLines(name string, r io.Reader, kind string, parse func(string) error) error {
	sc := tsv.NewScanner(r, name)
	if err := sc.Version(kind, grammarVersion); err != nil {
		return fmt.Errorf("%w: %w", ErrGrammar, err)
	}
	for sc.Scan() {
		if err := parse(strings.TrimSpace(sc.Text())); err != nil {
			return fmt.Errorf("%w: %w", ErrGrammar, sc.Wrap(err))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrGrammar, err)
	}
	return nil
}

// verbLine reads "CLASS LEMMA [FLAG | KEY=FORM]...".
func (g *Grammar) verbLine(s string) error {
	f := strings.Fields(s)
	if len(f) < 2 {
		return fmt.Errorf("want CLASS LEMMA, got %q", s)
	}
	var dst map[string]bool
	switch f[0] {
	case "speech":
		dst = g.speech
	case "clause":
		dst = g.clause
	default:
		return fmt.Errorf("unknown verb class %q (speech or clause)", f[0])
	}
	v := verbSpec{lemma: strings.ToLower(f[1])}
	if l, p, ok := strings.Cut(v.lemma, "+"); ok {
		if l == "" || p == "" || strings.ContainsAny(p, "+=") {
			return fmt.Errorf("want LEMMA+PARTICLE, got %q", f[1])
		}
		v.lemma, v.particle = l, p
	}
	for _, o := range f[2:] {
		if err := v.option(o); err != nil {
			return err
		}
	}
	if v.particle != "" || v.polarity != "" {
		return g.particleVerb(f[0], v)
	}
	for _, form := range v.forms() {
		dst[form] = true
		g.lemma[form] = v.lemma
		if v.object {
			g.object[form] = true
		}
	}
	if v.past != "" {
		g.sets["irregular_past"][v.past] = true
	}
	return nil
}

// particleVerb records the forms of a clause verb with a particle ("clause
// go+for past=went part=gone s=goes polarity=for"): each form followed by
// the particle, as "FORM+PARTICLE", in the particle_for or
// particle_against set of its polarity. Its forms alone are no verb of
// the grammar ("gone" is not an act; "gone for" is).
func (g *Grammar) particleVerb(class string, v verbSpec) error {
	switch {
	case class != "clause":
		return fmt.Errorf("a particle verb (%s+%s) must be of class clause", v.lemma, v.particle)
	case v.particle == "":
		return fmt.Errorf("polarity= is for a particle verb (LEMMA+PARTICLE), not %q", v.lemma)
	case v.polarity == "":
		return fmt.Errorf("particle verb %s+%s needs polarity=for or polarity=against", v.lemma, v.particle)
	case v.object:
		return fmt.Errorf("particle verb %s+%s cannot take the object flag", v.lemma, v.particle)
	}
	for _, form := range v.forms() {
		g.sets["particle_"+v.polarity][form+"+"+v.particle] = true
	}
	return nil
}

// wordsLine reads a "[section]" header or a line of words of the current
// section.
func (g *Grammar) wordsLine(section *string, s string) error {
	if strings.HasPrefix(s, "[") {
		if !strings.HasSuffix(s, "]") {
			return fmt.Errorf("unclosed section header %q", s)
		}
		name := strings.TrimSpace(s[1 : len(s)-1])
		if !slices.Contains(grammarSets, name) {
			return fmt.Errorf("unknown section %q (one of %s)", name, strings.Join(grammarSets, ", "))
		}
		*section = name
		return nil
	}
	if *section == "" {
		return errors.New("words before the first [section] header")
	}
	for _, w := range strings.Fields(s) {
		g.sets[*section][strings.ToLower(w)] = true
	}
	return nil
}

// clutterLine reads "prefix TEXT", "contains TEXT" or "regexp RE".
func (g *Grammar) clutterLine(s string) error {
	kind, text, ok := strings.Cut(s, " ")
	text = strings.TrimLeft(text, " ")
	if !ok || text == "" {
		return fmt.Errorf("want KIND TEXT, got %q", s)
	}
	r := clutterRule{kind: kind, text: strings.ToLower(text)}
	switch kind {
	case "prefix", "contains":
	case "regexp":
		re, err := compileGated(text)
		if err != nil {
			return fmt.Errorf("bad regexp: %v", err)
		}
		r.re = &re
	default:
		return fmt.Errorf("unknown clutter kind %q (prefix, contains or regexp)", kind)
	}
	g.clutter = append(g.clutter, r)
	return nil
}

// countryLine reads "country | actor | capitals | demonyms | others".
func (g *Grammar) countryLine(s string) error {
	f := strings.Split(s, "|")
	if len(f) != 5 {
		return fmt.Errorf("want 5 fields split by |, got %d", len(f))
	}
	c := Country{Name: strings.TrimSpace(f[0]), Actor: strings.TrimSpace(f[1]),
		Capitals: splitList(f[2]), Demonyms: splitList(f[3]), Others: splitList(f[4])}
	if c.Name == "" {
		return errors.New("empty country name")
	}
	if c.Actor == "" {
		if len(c.Demonyms) == 0 {
			return fmt.Errorf("%s: no actor and no demonym to name it", c.Name)
		}
		c.Actor = c.Demonyms[0] + " government"
	}
	g.countries = append(g.countries, c)
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// Clone returns a deep copy of g.
func (g *Grammar) Clone() *Grammar {
	c := newGrammar()
	c.Merge(g)
	return c
}

// Merge adds everything in o to g.
func (g *Grammar) Merge(o *Grammar) {
	for k, v := range o.speech {
		g.speech[k] = v
	}
	for k, v := range o.object {
		g.object[k] = v
	}
	for k, v := range o.clause {
		g.clause[k] = v
	}
	for k, v := range o.lemma {
		g.lemma[k] = v
	}
	for name, set := range o.sets {
		for w := range set {
			g.sets[name][w] = true
		}
	}
	g.clutter = append(g.clutter, o.clutter...)
	g.countries = append(g.countries, o.countries...)
	g.layout = append(g.layout, o.layout...)
}

// Countries returns the gazetteer's entries.
func (g *Grammar) Countries() []Country { return append([]Country(nil), g.countries...) }

// Lemma returns the lemma of an inflected reporting verb ("told" -> "tell").
func (g *Grammar) Lemma(form string) (string, bool) {
	l, ok := g.lemma[strings.ToLower(form)]
	return l, ok
}

// set returns the named word class.
func (g *Grammar) set(name string) map[string]bool { return g.sets[name] }

// foldMarks removes diacritics ("Babiš" -> "Babis"), so that a source
// that drops accents matches a name written with them. ASCII is returned
// as is.
func foldMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// fold removes diacritics and apostrophes: "Türkiye" -> "Turkiye",
// "People's" -> "Peoples".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) || r == '\'' || r == '\u2019' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
