package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Stance labels used in the corpus.
const (
	// Supportive means the actor favours Huawei's participation or disputes the security allegations.
	Supportive = "supportive"
	// Cautious means the actor acknowledges a risk but answers it with process short of exclusion.
	Cautious = "cautious"
	// Opposed means the actor wants Huawei excluded or alleges espionage, backdoors or state control.
	Opposed = "opposed"
	// OffTarget marks a statement about China or cyber policy with no bearing on vendors or networks.
	OffTarget = "off_target"
)

// Labels lists every valid statement label, the three stances first.
var Labels = []string{Supportive, Cautious, Opposed, OffTarget}

// ActorTypes lists every valid actor_type value.
var ActorTypes = []string{"government", "company", "eu_institution", "parliament", "regulator", "operator", "analyst", "other"}

// Confidences lists every valid confidence value.
var Confidences = []string{"high", "medium", "low"}

// Kinds lists every valid statement kind.
var Kinds = []string{"quote", "reported", "action", "headline", "statement"}

// Quote is one attributed statement of the gold corpus (one line of quotes.jsonl).
type Quote struct {
	// ID is unique across the corpus, e.g. "reuters-0322-03".
	ID string `json:"id"`
	// Doc is the article file name without ".txt".
	Doc string `json:"doc"`
	// Start is the byte offset of Text in the article.
	Start int `json:"start"`
	// End is the byte offset just past Text in the article.
	End int `json:"end"`
	// Text is the verbatim span of the statement.
	Text string `json:"text"`
	// Speaker is the person or body as written in the article.
	Speaker string `json:"speaker"`
	// Actor is the normalised organisation or state holding the position.
	Actor string `json:"actor"`
	// ActorType is one of ActorTypes.
	ActorType string `json:"actor_type"`
	// Label is one of Labels.
	Label string `json:"label"`
	// AlsoOK lists other defensible labels; empty when the label is clear.
	AlsoOK []string `json:"also_ok"`
	// Confidence is one of Confidences; "low" whenever AlsoOK is non-empty.
	Confidence string `json:"confidence"`
	// Rationale is one short sentence naming the cue for the label.
	Rationale string `json:"rationale"`
	// Kind is one of Kinds.
	Kind string `json:"kind"`
	// Reporter is, for a described position (one actor reporting another's
	// act or words), the actor who reports it; empty otherwise. Only the
	// official-texts gold (testdata/official) uses it.
	Reporter string `json:"reporter,omitempty"`
}

// ActorPosition is one actor's overall position in one article.
type ActorPosition struct {
	// Actor is the normalised actor name, as in Quote.Actor.
	Actor string `json:"actor"`
	// ActorType is one of ActorTypes.
	ActorType string `json:"actor_type"`
	// Label is the overall stance: supportive, cautious or opposed.
	Label string `json:"label"`
	// Evidence holds the ids of the statements supporting Label.
	Evidence []string `json:"evidence"`
}

// DocActors holds the overall actor positions of one article.
type DocActors struct {
	// Doc is the article file name without ".txt".
	Doc string `json:"doc"`
	// Actors lists every actor with at least one on-target statement.
	Actors []ActorPosition `json:"actors"`
}

// Dir returns the absolute path of the repository's testdata directory,
// found relative to this source file so that tests of any package can use it.
//
// If the source path is not available (for example under -trimpath), Dir
// walks up from the working directory to the first directory holding go.mod
// and a testdata directory.
func Dir() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
	}
	wd, err := os.Getwd()
	if err != nil {
		return "testdata"
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if isFile(filepath.Join(dir, "go.mod")) && isDir(filepath.Join(dir, "testdata")) {
			return filepath.Join(dir, "testdata")
		}
		if filepath.Dir(dir) == dir {
			return filepath.Join(wd, "testdata")
		}
	}
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// LoadQuotes reads a JSON Lines file of Quote records. Blank lines are
// skipped; unknown fields are an error.
func LoadQuotes(path string) ([]Quote, error) {
	qs, err := ReadJSONL[Quote](path, nil)
	if err != nil {
		return nil, fmt.Errorf("load quotes: %w", err)
	}
	return qs, nil
}

// ReadJSONL reads a JSON Lines file of T, one object a line, strictly: a
// blank line is skipped, an unknown field, trailing data or a record that
// check (when not nil) refuses is an error naming the file and line
// ("path:line: …").
func ReadJSONL[T any](path string, check func(*T) error) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var v T
		if err := decodeStrict(b, &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if check != nil {
			if err := check(&v); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return out, nil
}

// LoadArticles reads every *.txt file in dir and returns a map from the
// document name (the file name without ".txt") to its text.
func LoadArticles(dir string) (map[string]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("load articles %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("load articles %s: no .txt files", dir)
	}
	docs := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load articles %s: %w", dir, err)
		}
		docs[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}
	return docs, nil
}

// LoadActors reads the article-level actor positions (a JSON array of
// DocActors); unknown fields are an error.
func LoadActors(path string) ([]DocActors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load actors %s: %w", path, err)
	}
	var docs []DocActors
	if err := decodeStrict(b, &docs); err != nil {
		return nil, fmt.Errorf("load actors %s: %w", path, err)
	}
	return docs, nil
}

// decodeStrict decodes exactly one JSON value from b into v, rejecting
// unknown fields and trailing data.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("trailing data after JSON value")
	}
	return nil
}
