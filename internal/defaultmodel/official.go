package defaultmodel

import (
	"bufio"
	_ "embed"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// OfficialOrigin is the Origin of the official gold's statements as
// training examples (Official).
const OfficialOrigin = "official"

// OfficialGroupPrefix starts the Group of an official statement: one source
// group per text, "official:" NAME.
const OfficialGroupPrefix = "official:"

// officialExternalDrops is the committed list of official development
// statements (quote ids) that share a run of eight words with the external
// Huawei/5G dev set of the shared data folder. Official drops them whether
// the folder is there or not, so that what a model is trained on never
// depends on the folder (stance/RESULTS.md, chronology 9);
// TestOfficialExternalDropsAreCurrent fails when the folder is there and the
// list is not what the filter finds.
//
//go:embed official_external.txt
var officialExternalDrops string

// officialUntrained is the committed list of official development texts
// whose statements are not training examples (the file says why for each
// group of names); UntrainedNames reads it.
//
//go:embed official_untrained.txt
var officialUntrained string

// OfficialDrop is an official development statement left out of the
// training examples, with the reason.
type OfficialDrop struct {
	ID, Doc, Reason string
}

// OfficialDevNames returns the development texts of the official gold
// (corpus.OfficialDevNames); the sealed texts are never read.
func OfficialDevNames() ([]string, error) {
	dev, err := corpus.OfficialDevNames()
	if err != nil {
		return nil, fmt.Errorf("official statements: %w", err)
	}
	return dev, nil
}

// ExternalDropIDs returns the committed list of official statement ids
// dropped for sharing a run with the external dev set.
func ExternalDropIDs() ([]string, error) {
	return readList("official_external.txt", officialExternalDrops, "quote id")
}

// UntrainedNames returns the committed list of official development texts
// whose statements Official leaves out of training (official_untrained.txt).
func UntrainedNames() ([]string, error) {
	return readList("official_untrained.txt", officialUntrained, "text name")
}

// readList reads a committed list: one item a line, blank lines and lines
// starting with # skipped; an item with a space or tab is an error naming
// file and line.
func readList(file, data, what string) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.ContainsAny(s, " \t") {
			return nil, fmt.Errorf("%s:%d: want one %s a line, have %q", file, line, what, s)
		}
		out = append(out, s)
	}
	return out, nil
}

// officialCandidates returns the statements of the official development
// texts (the gold's verbatim spans, off-target ones included), in the
// order of quotes.jsonl.
func officialCandidates() ([]corpus.Quote, error) {
	dev, err := OfficialDevNames()
	if err != nil {
		return nil, err
	}
	qs, err := corpus.LoadQuotes(filepath.Join(corpus.Dir(), "official", "quotes.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("official statements: %w", err)
	}
	var out []corpus.Quote
	for _, q := range qs {
		if slices.Contains(dev, q.Doc) {
			out = append(out, q)
		}
	}
	return out, nil
}

// Official returns the statements of the official gold's development texts
// as training examples: the verbatim span, its gold label (off_target
// kept), Origin "official", one source group per text ("official:" NAME).
// A statement is dropped (and listed in drops) when it shares a run of
// eight words with a statement of the statement corpus's dev or test
// splits, with the article corpus, with a sealed official text, or with
// the external dev set (by the
// committed list, see ExternalDropIDs), when its text is on the committed
// list of texts kept out of training (UntrainedNames), when it has no word,
// or when an earlier statement has the same text. Only split.json's development texts
// are read.
func Official() (kept []Example, drops []OfficialDrop, err error) {
	cands, err := officialCandidates()
	if err != nil {
		return nil, nil, err
	}
	held, err := officialHeldShingles()
	if err != nil {
		return nil, nil, fmt.Errorf("official statements: %w", err)
	}
	ext, err := ExternalDropIDs()
	if err != nil {
		return nil, nil, err
	}
	untrained, err := UntrainedNames()
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	for _, q := range cands {
		reason := ""
		switch {
		case !slices.Contains(corpus.Labels, q.Label):
			return nil, nil, fmt.Errorf("official statements: %s: label %q", q.ID, q.Label)
		case !features.HasWord(q.Text):
			reason = "no word"
		case seen[q.Text]:
			reason = "same text as an earlier statement"
		case slices.Contains(ext, q.ID):
			reason = "shares a run with the external dev set (official_external.txt)"
		case slices.Contains(untrained, q.Doc):
			reason = "its text is kept out of training (official_untrained.txt)"
		default:
			if w := sharedWith(held, q.Text); w != "" {
				reason = "shares a run with " + w
			}
		}
		seen[q.Text] = true
		if reason != "" {
			drops = append(drops, OfficialDrop{ID: q.ID, Doc: q.Doc, Reason: reason})
			continue
		}
		kept = append(kept, Example{Text: q.Text, Label: stance.Label(q.Label), Group: OfficialGroupPrefix + q.Doc, Origin: OfficialOrigin, Confidence: q.Confidence})
	}
	return kept, drops, nil
}

// OfficialWithout is Official without the statements of the development
// texts held and without any statement sharing a run of eight words with
// one of their gold statements (off-target ones included), so that a model
// trained on it has seen nothing of those texts' statements, as
// attribution's text cross-validation trains its fold models. A held name
// that is not a development text is an error.
func OfficialWithout(held []string) ([]Example, error) {
	kept, _, err := Official()
	if err != nil {
		return nil, err
	}
	cands, err := officialCandidates()
	if err != nil {
		return nil, err
	}
	dev, err := OfficialDevNames()
	if err != nil {
		return nil, err
	}
	for _, h := range held {
		if !slices.Contains(dev, h) {
			return nil, fmt.Errorf("official statements: %q is not a development text", h)
		}
	}
	set := map[string]string{}
	for _, q := range cands {
		if slices.Contains(held, q.Doc) {
			for _, sh := range corpus.Shingles(q.Text) {
				set[sh] = q.Doc
			}
		}
	}
	out := kept[:0:0]
	for _, e := range kept {
		if slices.Contains(held, strings.TrimPrefix(e.Group, OfficialGroupPrefix)) || sharedWith(set, e.Text) != "" {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

// sharedWith names the first held set a run of text is in ("" for none).
func sharedWith(held map[string]string, text string) string {
	for _, sh := range corpus.Shingles(text) {
		if w, ok := held[sh]; ok {
			return w
		}
	}
	return ""
}

// officialHeldShingles maps each eight-word run of the statement corpus's
// dev and test splits, of the article corpus and of the sealed official
// texts to the set's name.
func officialHeldShingles() (map[string]string, error) {
	set := map[string]string{}
	add := func(name, text string) {
		for _, sh := range corpus.Shingles(text) {
			set[sh] = name
		}
	}
	ss, err := Statements(corpus.Dev, corpus.Test)
	if err != nil {
		return nil, err
	}
	for _, s := range ss {
		add("the statement corpus's dev or test split", s.Text)
	}
	art, err := Articles(true)
	if err != nil {
		return nil, err
	}
	for _, e := range art {
		add("the article corpus", e.Text)
	}
	// The sealed official texts are scored by attribution's sealed look: a
	// development statement quoting one of them (a shared news quote, a
	// joint declaration's sentence) would train the model on it. Their text
	// is only shingled here, never read otherwise, as UnlabelledPool does.
	dev, err := OfficialDevNames()
	if err != nil {
		return nil, err
	}
	docs, err := corpus.LoadArticles(filepath.Join(corpus.Dir(), "official"))
	if err != nil {
		return nil, err
	}
	for _, text := range sealedOfficialTexts(docs, dev) {
		add("a sealed official text", text)
	}
	return set, nil
}

// OfficialSharingExternal returns the ids of the official development
// statements that share a run of eight words with the given external texts:
// what official_external.txt must list.
func OfficialSharingExternal(external []string) ([]string, error) {
	cands, err := officialCandidates()
	if err != nil {
		return nil, err
	}
	set := map[string]string{}
	for _, t := range external {
		for _, sh := range corpus.Shingles(t) {
			set[sh] = "external"
		}
	}
	var out []string
	for _, q := range cands {
		if sharedWith(set, q.Text) != "" {
			out = append(out, q.ID)
		}
	}
	return out, nil
}
