package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Statement is one labelled statement of the multi-source stance corpus
// (testdata/statements/*.jsonl): a verbatim span of one or two sentences
// from a stored news or government page, with who holds the position and
// why it has its label. See testdata/statements/README.md.
type Statement struct {
	// ID is unique across the corpus, e.g. "uk-0042".
	ID string `json:"id"`
	// Text is the verbatim span (one or two sentences).
	Text string `json:"text"`
	// Speaker is the person or body as written ("" for a reporter's own
	// sentence or an unrelated one).
	Speaker string `json:"speaker"`
	// Actor is the normalised organisation or state holding the position
	// ("" only for an off-target statement with no holder).
	Actor string `json:"actor"`
	// ActorType is one of ActorTypes.
	ActorType string `json:"actor_type"`
	// Country is the actor's country in English, "European Union" or
	// "International" ("" only where Actor is).
	Country string `json:"country"`
	// Label is one of Labels.
	Label string `json:"label"`
	// AlsoOK lists other defensible labels.
	AlsoOK []string `json:"also_ok"`
	// Confidence is one of Confidences; "low" whenever AlsoOK is non-empty.
	Confidence string `json:"confidence"`
	// Rationale is the annotator's reason, in the annotator's words.
	Rationale string `json:"rationale"`
	// SourceURL is the page the span was taken from.
	SourceURL string `json:"source_url"`
	// SourceTitle is the page's headline.
	SourceTitle string `json:"source_title"`
	// Date is YYYY-MM-DD, YYYY-MM or YYYY, between 2018 and 2024.
	Date string `json:"date"`
	// Kind is one of StatementKinds.
	Kind string `json:"kind"`
	// Synthetic marks a statement written by the project to cover a
	// phenomenon (no source page): it is training data only, never in a
	// dev or test split, and its SourceURL is a "synthetic:" name.
	Synthetic bool `json:"synthetic,omitempty"`
}

// StatementKinds lists every valid Statement.Kind: the quote kinds of the
// article corpus, and "unrelated" for a news sentence about another topic.
var StatementKinds = []string{"quote", "reported", "action", "headline", "unrelated"}

// OnTarget reports whether the statement takes a position (one of the three
// stance classes).
func (s Statement) OnTarget() bool { return s.Label != OffTarget }

// Page returns the statement's source page as a normalised URL (see
// NormURL): the unit the corpus is split by.
func (s Statement) Page() string { return NormURL(s.SourceURL) }

// dateRE matches a statement's date: a year from 2018 to 2024, optionally
// with a month and a day. It is compiled when first used, not when the
// package is initialised: every command that links the package (classify,
// through benchutil) paid for it at start-up.
var dateRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(20(1[89]|2[0-4]))(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$`)
})

// Validate reports the first field of s that breaks the corpus rules.
func (s Statement) Validate() error {
	switch {
	case s.ID == "":
		return errors.New("empty id")
	case !utf8.ValidString(s.Text) || strings.TrimSpace(s.Text) != s.Text || len(strings.Fields(s.Text)) < 4:
		return fmt.Errorf("%s: text must be valid UTF-8, trimmed, at least 4 words", s.ID)
	case len(s.Text) > 700:
		return fmt.Errorf("%s: text is %d bytes; a statement is one or two sentences", s.ID, len(s.Text))
	case !slices.Contains(Labels, s.Label):
		return fmt.Errorf("%s: label %q not in %v", s.ID, s.Label, Labels)
	case !slices.Contains(ActorTypes, s.ActorType):
		return fmt.Errorf("%s: actor_type %q not in %v", s.ID, s.ActorType, ActorTypes)
	case !slices.Contains(Confidences, s.Confidence):
		return fmt.Errorf("%s: confidence %q not in %v", s.ID, s.Confidence, Confidences)
	case !slices.Contains(StatementKinds, s.Kind):
		return fmt.Errorf("%s: kind %q not in %v", s.ID, s.Kind, StatementKinds)
	case len(s.AlsoOK) > 0 && s.Confidence != "low":
		return fmt.Errorf("%s: also_ok is set, so confidence must be low", s.ID)
	case strings.TrimSpace(s.Rationale) == "":
		return fmt.Errorf("%s: empty rationale", s.ID)
	case !dateRE().MatchString(s.Date):
		return fmt.Errorf("%s: date %q is not YYYY[-MM[-DD]] in 2018..2024", s.ID, s.Date)
	case s.Synthetic != strings.HasPrefix(s.SourceURL, "synthetic:"):
		return fmt.Errorf("%s: a synthetic statement, and only one, has a synthetic: source", s.ID)
	case !s.Synthetic && !strings.HasPrefix(s.SourceURL, "http://") && !strings.HasPrefix(s.SourceURL, "https://"):
		return fmt.Errorf("%s: source_url %q is not an http(s) URL", s.ID, s.SourceURL)
	case strings.TrimSpace(s.SourceTitle) == "":
		return fmt.Errorf("%s: empty source_title", s.ID)
	case s.Kind == "unrelated" && s.Label != OffTarget:
		return fmt.Errorf("%s: an unrelated statement must be off_target", s.ID)
	case s.Label != OffTarget && (s.Actor == "" || s.Country == ""):
		return fmt.Errorf("%s: a position needs its actor and country", s.ID)
	}
	for _, l := range s.AlsoOK {
		if !slices.Contains(Labels, l) || l == s.Label {
			return fmt.Errorf("%s: also_ok %q is not another label", s.ID, l)
		}
	}
	return nil
}

// StatementsDir returns the folder of the statement corpus.
func StatementsDir() string { return filepath.Join(Dir(), "statements") }

// LoadStatements reads one JSON Lines file of statements. Blank lines are
// skipped; a malformed line, an unknown field or a record that breaks the
// rules of Statement.Validate is an error naming the file and line.
func LoadStatements(path string) ([]Statement, error) {
	ss, err := ReadJSONL(path, func(s *Statement) error { return s.Validate() })
	if err != nil {
		return nil, fmt.Errorf("load statements: %w", err)
	}
	return ss, nil
}

// LoadStatementDir reads every *.jsonl file of dir in name order and checks
// that ids are unique across them.
func LoadStatementDir(dir string) ([]Statement, error) {
	return loadDir(dir, "statements", LoadStatements, func(s Statement) string { return s.ID })
}

// loadDir reads every *.jsonl file of dir in name order with load and
// checks that the ids id gives are unique across them; what names the
// records in errors.
func loadDir[T any](dir, what string, load func(string) ([]T, error), id func(T) string) ([]T, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("load %s %s: %w", what, dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("load %s %s: no .jsonl files", what, dir)
	}
	slices.Sort(paths)
	var all []T
	seen := map[string]string{}
	for _, p := range paths {
		rs, err := load(p)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if prev, dup := seen[id(r)]; dup {
				return nil, fmt.Errorf("load %s %s: duplicate id %q (first in %s)", what, p, id(r), prev)
			}
			seen[id(r)] = filepath.Base(p)
		}
		all = append(all, rs...)
	}
	return all, nil
}

// NormURL normalises a URL the way the shared reserved-source tool does:
// lower case, no scheme, no leading "www.", no query or fragment, no
// trailing slash.
func NormURL(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if i := strings.Index(u, "://"); i > 0 && isLetters(u[:i]) {
		u = u[i+3:]
	}
	u = strings.TrimPrefix(u, "www.")
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	return strings.TrimRight(u, "/")
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// ReservedHashes reads a reserved-source list: one hex SHA-256 of a
// normalised URL a line, '#' comments and blank lines ignored.
func ReservedHashes(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reserved sources: %w", err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out, nil
}

// IsReserved reports whether url's normalised form is in the reserved set.
func IsReserved(reserved map[string]bool, url string) bool {
	sum := sha256.Sum256([]byte(NormURL(url)))
	return reserved[hex.EncodeToString(sum[:])]
}

// ReservedPath returns the shared reserved-source list beside the
// repository (../shared/reserved/sources.sha256); it may not exist.
func ReservedPath() string {
	return filepath.Join(Dir(), "..", "..", "shared", "reserved", "sources.sha256")
}
