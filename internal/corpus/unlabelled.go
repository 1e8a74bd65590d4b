package corpus

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// UnlabelledStatement is one statement of the unlabelled in-domain pool
// (testdata/unlabelled/*.jsonl): a verbatim span of one or two sentences
// from a stored news or government page on Huawei, ZTE and other Chinese
// vendors in telecom networks, without a label. The pool is for
// unsupervised learning inside training folds only (self-training, word
// vectors); it is never a dev or test set. See testdata/unlabelled/README.md.
type UnlabelledStatement struct {
	// ID is unique across the pool: "u-" NAME "-" four or more digits,
	// NAME being the file's base name.
	ID string `json:"id"`
	// Text is the verbatim span (one or two sentences, at most
	// MaxUnlabelledBytes bytes).
	Text string `json:"text"`
	// SourceURL is the page the span was taken from.
	SourceURL string `json:"source_url"`
	// SourceTitle is the page's headline (or a short bracketed description).
	SourceTitle string `json:"source_title"`
	// Date is YYYY-MM-DD, YYYY-MM or YYYY between 2018 and 2024, or "" when
	// the page shows none.
	Date string `json:"date"`
	// Country is the upper-case ISO 3166-1 alpha-2 code of the page's focus
	// ("EU" for the European Union), or "" when unclear.
	Country string `json:"country"`
	// Query is the search that found the page.
	Query string `json:"query"`
}

// MaxUnlabelledBytes bounds an unlabelled statement's text: one or two
// sentences, never a paragraph.
const MaxUnlabelledBytes = 600

// MaxUnlabelledPerPage bounds how many statements the pool takes from one
// page, so that no page dominates it.
const MaxUnlabelledPerPage = 5

// Page returns the statement's source page as a normalised URL (see NormURL).
func (u UnlabelledStatement) Page() string { return NormURL(u.SourceURL) }

var (
	unlabelledIDRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^u-([a-z0-9]+)-[0-9]{4,}$`)
	})
	countryRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z]{2}$`) })
)

// Validate reports the first field of u that breaks the pool's rules.
func (u UnlabelledStatement) Validate() error {
	switch {
	case u.ID == "":
		return errors.New("empty id")
	case !unlabelledIDRE().MatchString(u.ID):
		return fmt.Errorf("%s: id is not u-NAME-NNNN", u.ID)
	case !utf8.ValidString(u.Text) || strings.TrimSpace(u.Text) != u.Text || len(strings.Fields(u.Text)) < 4:
		return fmt.Errorf("%s: text must be valid UTF-8, trimmed, at least 4 words", u.ID)
	case len(u.Text) > MaxUnlabelledBytes:
		return fmt.Errorf("%s: text is %d bytes, over %d; a statement is one or two sentences", u.ID, len(u.Text), MaxUnlabelledBytes)
	case !strings.HasPrefix(u.SourceURL, "http://") && !strings.HasPrefix(u.SourceURL, "https://"):
		return fmt.Errorf("%s: source_url %q is not an http(s) URL", u.ID, u.SourceURL)
	case strings.TrimSpace(u.SourceTitle) == "":
		return fmt.Errorf("%s: empty source_title", u.ID)
	case u.Date != "" && !dateRE().MatchString(u.Date):
		return fmt.Errorf("%s: date %q is neither empty nor YYYY[-MM[-DD]] in 2018..2024", u.ID, u.Date)
	case u.Country != "" && !countryRE().MatchString(u.Country):
		return fmt.Errorf("%s: country %q is neither empty nor a two-letter upper-case code", u.ID, u.Country)
	case strings.TrimSpace(u.Query) == "":
		return fmt.Errorf("%s: empty query", u.ID)
	}
	return nil
}

// UnlabelledDir returns the folder of the unlabelled pool.
func UnlabelledDir() string { return filepath.Join(Dir(), "unlabelled") }

// LoadUnlabelled reads one JSON Lines file of unlabelled statements. Blank
// lines are skipped; a malformed line, an unknown field, a record that
// breaks UnlabelledStatement.Validate or an id whose NAME is not the file's
// base name is an error naming the file and line.
func LoadUnlabelled(path string) ([]UnlabelledStatement, error) {
	name := strings.TrimSuffix(filepath.Base(path), ".jsonl")
	us, err := ReadJSONL(path, func(u *UnlabelledStatement) error {
		if err := u.Validate(); err != nil {
			return err
		}
		if m := unlabelledIDRE().FindStringSubmatch(u.ID); m[1] != name {
			return fmt.Errorf("%s: id names %q, not the file %q", u.ID, m[1], name)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load unlabelled: %w", err)
	}
	return us, nil
}

// LoadUnlabelledDir reads every *.jsonl file of dir in name order and checks
// that ids are unique across them and that no page gives more than
// MaxUnlabelledPerPage statements.
func LoadUnlabelledDir(dir string) ([]UnlabelledStatement, error) {
	all, err := loadDir(dir, "unlabelled", LoadUnlabelled, func(u UnlabelledStatement) string { return u.ID })
	if err != nil {
		return nil, err
	}
	perPage := map[string]int{}
	for _, u := range all {
		if perPage[u.Page()]++; perPage[u.Page()] > MaxUnlabelledPerPage {
			return nil, fmt.Errorf("load unlabelled %s: %s: page %s gives more than %d statements", dir, u.ID, u.Page(), MaxUnlabelledPerPage)
		}
	}
	return all, nil
}

// Unlabelled reads the unlabelled in-domain pool (testdata/unlabelled).
func Unlabelled() ([]UnlabelledStatement, error) { return LoadUnlabelledDir(UnlabelledDir()) }
