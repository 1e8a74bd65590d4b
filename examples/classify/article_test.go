package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

const testArticle = "Huawei’s rotating chairman Ken Hu said the allegations against the company were false.\n\n" +
	"The US ambassador Richard Grenell warned German officials that using Huawei equipment may result in a cutback on intelligence sharing.\n"

func TestArticleFlag(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte(testArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-article", path, "-json"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		Actors []struct {
			Actor      string             `json:"actor"`
			Type       string             `json:"type"`
			Label      string             `json:"label"`
			Confidence float64            `json:"confidence"`
			Probs      map[string]float64 `json:"probs"`
			Statements []struct {
				Text    string             `json:"text"`
				Start   int                `json:"start"`
				End     int                `json:"end"`
				Speaker string             `json:"speaker"`
				Label   string             `json:"label"`
				Probs   map[string]float64 `json:"probs"`
			} `json:"statements"`
		} `json:"actors"`
		Statements []json.RawMessage `json:"statements"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out.String())
	}
	if len(got.Actors) < 2 || len(got.Statements) < 2 {
		t.Fatalf("want two actors and statements, got %s", out.String())
	}
	for _, a := range got.Actors {
		if a.Label == "" || len(a.Probs) != 3 || len(a.Statements) == 0 {
			t.Errorf("actor %+v incomplete", a)
		}
		for _, s := range a.Statements {
			if testArticle[s.Start:s.End] != s.Text || s.Speaker == "" || s.Label == "" {
				t.Errorf("statement %+v incomplete or offsets wrong", s)
			}
		}
	}

	// table from stdin
	out.Reset()
	if code := run([]string{"-article", "-"}, strings.NewReader(testArticle), &out, &errb); code != 0 || !strings.Contains(out.String(), "Huawei") {
		t.Fatalf("table: exit %d\n%s", code, out.String())
	}
	// an empty article is not an error
	out.Reset()
	if code := run([]string{"-article", "-", "-json"}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(out.String(), `"actors":[]`) {
		t.Fatalf("empty: exit %d\n%s", code, out.String())
	}
}

func TestArticleFlagErrors(t *testing.T) {
	dir := t.TempDir()
	reg := filepath.Join(dir, "actors.json")
	os.WriteFile(reg, []byte(`{"actors":[{"name":"Vodafone","type":"operator","aliases":["Vodafone"]}]}`), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"actors":[{"name":""}]}`), 0o644)
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"-actors", reg}, 2},                           // -actors without -article
		{[]string{"-article", "-", "statement"}, 2},             // both
		{[]string{"-article", filepath.Join(dir, "none")}, 1},   // missing file
		{[]string{"-article", "-", "-actors", bad}, 1},          // bad registry
		{[]string{"-article", "-", "-actors", reg, "-json"}, 0}, // good registry
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		code := run(c.args, strings.NewReader("Vodafone said that a ban would delay 5G."), &out, &errb)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errb.String())
		}
		if code != 0 && strings.Count(strings.TrimSpace(errb.String()), "\n") != 0 {
			t.Errorf("%v: stderr is not one line: %q", c.args, errb.String())
		}
		if c.code == 0 && !strings.Contains(out.String(), "Vodafone") {
			t.Errorf("%v: registry file not used: %s", c.args, out.String())
		}
	}
}

func TestArticleJSONHasSentiment(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "articles", "reuters-2019-03-22-eu-drops-huawei-ban-threat.txt")
	code, out, errs := runCLI(t, "", "-article", path, "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct {
		Actors []struct {
			Actor     string `json:"actor"`
			Sentiment *struct {
				Compound float64 `json:"compound"`
				Label    string  `json:"label"`
			} `json:"sentiment"`
		} `json:"actors"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Actors) == 0 {
		t.Fatal("no actors")
	}
	for _, a := range res.Actors {
		if a.Sentiment == nil || a.Sentiment.Label == "" || a.Sentiment.Compound < -1 || a.Sentiment.Compound > 1 {
			t.Errorf("%s: sentiment %+v", a.Actor, a.Sentiment)
		}
	}
}

// TestArticleIssuerAndGrammar checks -issuer (the unquoted text of a release
// is the issuer's; the JSON keeps the actor/actor_type/label/confidence/
// statements contract) and that a bad -grammar file is one line naming the
// file and line, exit 1.
func TestArticleIssuerAndGrammar(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "release.txt")
	release := "Telecommunications security\n\nThe vendor cannot be trusted and must be removed from our networks.\n"
	if err := os.WriteFile(path, []byte(release), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-article", path, "-issuer", "Australian government"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		Actors []map[string]any `json:"actors"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Actors) != 1 || got.Actors[0]["actor"] != "Australian government" || got.Actors[0]["actor_type"] != "government" {
		t.Fatalf("actors %v, want the issuer alone", got.Actors)
	}
	for _, k := range []string{"actor", "actor_type", "label", "confidence", "statements"} {
		if _, ok := got.Actors[0][k]; !ok {
			t.Errorf("actor JSON lacks %q", k)
		}
	}
	// the learned actor label explains itself, and -no-learned-labels
	// turns it off
	if _, ok := got.Actors[0]["learned_probs"]; !ok {
		t.Errorf("actor JSON lacks the learned label's learned_probs: %v", got.Actors[0])
	}
	out.Reset()
	if code := run([]string{"-json", "-article", path, "-issuer", "Australian government", "-no-learned-labels"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got.Actors = nil
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Actors) != 1 || got.Actors[0]["learned_probs"] != nil || got.Actors[0]["aggregated_label"] != nil {
		t.Errorf("-no-learned-labels: actors %v, want the learned label's fields left out", got.Actors)
	}
	bad := filepath.Join(dir, "bad-verbs.txt")
	if err := os.WriteFile(bad, []byte("# stancekit-data grammar-verbs v1\nshout yell\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errb.Reset()
	code := run([]string{"-article", path, "-grammar", bad}, strings.NewReader(""), &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "bad-verbs.txt:2:") || strings.Count(errb.String(), "\n") != 1 {
		t.Fatalf("exit %d, stderr %q: want 1 and one line naming bad-verbs.txt:2", code, errb.String())
	}
}

// TestArticleJSONIsEncoderOutput checks that -article -json writes what a
// json.Encoder (HTML left unescaped) writes of the article's Result: the
// command writes the Result's compact MarshalJSON output itself.
func TestArticleJSONIsEncoderOutput(t *testing.T) {
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New(m, nil, attribution.WithSentiment(sa))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	for _, f := range files {
		code, out, errs := runCLI(t, "", "-article", f, "-json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := a.Analyze(tokenize.CleanLayout(string(text)))
		if err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			t.Fatal(err)
		}
		if out != want.String() {
			t.Errorf("%s: -json output is not the Encoder's:\n%.300s\nwant\n%.300s", f, out, want.String())
		}
	}
}

// TestArticleModelErrorFirst checks that -article reports a -model that
// does not load before what goes wrong after it, though the model loads
// beside the rest of the set-up: with a missing article, with an article
// that has no statement (nothing to classify), with one that has.
func TestArticleModelErrorFirst(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.model")
	if err := os.WriteFile(bad, []byte("not a model\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join("..", "..", "testdata", "articles", "reuters-2019-03-22-eu-drops-huawei-ban-threat.txt")
	for _, f := range []string{filepath.Join(dir, "missing.txt"), empty, article} {
		for _, json := range []bool{false, true} {
			args := []string{"-model", bad, "-article", f}
			if json {
				args = append(args, "-json")
			}
			code, out, errs := runCLI(t, "", args...)
			if code != 1 || out != "" || !strings.Contains(errs, "load model "+bad) || strings.Count(errs, "\n") != 1 {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want 1, nothing, the model's error", args, code, out, errs)
			}
		}
	}
}
