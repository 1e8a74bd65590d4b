package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

func loadUnlabelled(t *testing.T) []UnlabelledStatement {
	t.Helper()
	us, err := Unlabelled()
	if err != nil {
		t.Fatal(err)
	}
	return us
}

// The pool holds what the issue asked for: enough statements from enough
// pages to pre-train on. Floors sit just below the pool's size.
func TestUnlabelledPoolSize(t *testing.T) {
	us := loadUnlabelled(t)
	pages := map[string]bool{}
	for _, u := range us {
		pages[u.Page()] = true
	}
	if len(us) < 1960 || len(pages) < 697 {
		t.Errorf("pool has %d statements from %d pages, want at least 1960 from 697", len(us), len(pages))
	}
}

// Every text is one or two sentences as the project's own sentence splitter
// sees them.
func TestUnlabelledOneOrTwoSentences(t *testing.T) {
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range loadUnlabelled(t) {
		if n := len(tk.Sentences(u.Text)); n < 1 || n > 2 {
			t.Errorf("%s: %d sentences, want 1 or 2: %q", u.ID, n, u.Text)
		}
	}
}

// No pool page is a page of the labelled corpus or of the official texts:
// the pool adds text, it does not repeat the labelled pages.
func TestUnlabelledNotLabelledPages(t *testing.T) {
	labelled := map[string]string{}
	for _, s := range loadStatements(t) {
		if !s.Synthetic {
			labelled[s.Page()] = s.ID
		}
	}
	for name, m := range loadOfficialMeta(t) {
		labelled[NormURL(m.URL)] = "official/" + name
	}
	for _, u := range loadUnlabelled(t) {
		if by, ok := labelled[u.Page()]; ok {
			t.Errorf("%s: source %s is also the page of %s", u.ID, u.SourceURL, by)
		}
	}
}

// Every pool page is checked against the data owners' reserved list.
func TestUnlabelledNoReservedSources(t *testing.T) {
	reserved := loadReserved(t) // pool URLs not checked when absent
	for _, u := range loadUnlabelled(t) {
		if IsReserved(reserved, u.SourceURL) {
			t.Errorf("%s: source %s is reserved for independent evaluation", u.ID, u.SourceURL)
		}
	}
}

// The shared external dev set measures generalisation, so the pool, which
// feeds training, takes none of its pages and shares no statement's words
// (letters and digits, case folded) with it, either way round.
func TestUnlabelledNoExternalDevStatements(t *testing.T) {
	dev := loadExternalDev(t)
	for _, u := range loadUnlabelled(t) {
		if why := dev.overlap(u.Page(), u.Text); why != "" {
			t.Errorf("%s: %s", u.ID, why)
		}
	}
}

func TestUnlabelledValidateRejects(t *testing.T) {
	good := UnlabelledStatement{ID: "u-x-0001", Text: "Huawei denied the claims on Monday.",
		SourceURL: "https://example.com/a", SourceTitle: "A", Date: "2020-01", Country: "GB", Query: "q"}
	if err := good.Validate(); err != nil {
		t.Fatalf("good record rejected: %v", err)
	}
	for name, edit := range map[string]func(*UnlabelledStatement){
		"empty id":       func(u *UnlabelledStatement) { u.ID = "" },
		"id form":        func(u *UnlabelledStatement) { u.ID = "x-0001" },
		"short text":     func(u *UnlabelledStatement) { u.Text = "Huawei denied." },
		"untrimmed text": func(u *UnlabelledStatement) { u.Text = " " + u.Text },
		"long text":      func(u *UnlabelledStatement) { u.Text = strings.Repeat("word ", 130) + "end." },
		"bad utf8":       func(u *UnlabelledStatement) { u.Text = "Huawei denied the \xff claims." },
		"url":            func(u *UnlabelledStatement) { u.SourceURL = "example.com/a" },
		"title":          func(u *UnlabelledStatement) { u.SourceTitle = " " },
		"date":           func(u *UnlabelledStatement) { u.Date = "2017" },
		"country":        func(u *UnlabelledStatement) { u.Country = "United Kingdom" },
		"query":          func(u *UnlabelledStatement) { u.Query = "" },
	} {
		u := good
		edit(&u)
		if err := u.Validate(); err == nil {
			t.Errorf("%s: accepted %+v", name, u)
		}
	}
	u := good
	u.Date, u.Country = "", ""
	if err := u.Validate(); err != nil {
		t.Errorf("empty date and country rejected: %v", err)
	}
}

func TestLoadUnlabelledNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.jsonl")
	os.WriteFile(p, []byte("\n{\"id\":\"u-x-0001\"}\n"), 0o644)
	if _, err := LoadUnlabelled(p); err == nil || !strings.Contains(err.Error(), "x.jsonl:2") {
		t.Errorf("err = %v, want it to name x.jsonl:2", err)
	}
	line := func(id, url string) string {
		b, _ := json.Marshal(UnlabelledStatement{ID: id, Text: "Huawei denied the claims on Monday.",
			SourceURL: url, SourceTitle: "A", Query: "q"})
		return string(b) + "\n"
	}
	os.WriteFile(p, []byte(line("u-y-0001", "https://example.com/a")), 0o644)
	if _, err := LoadUnlabelled(p); err == nil || !strings.Contains(err.Error(), "x.jsonl:1") {
		t.Errorf("err = %v, want the id naming another file refused at x.jsonl:1", err)
	}
	os.WriteFile(p, []byte(line("u-x-0001", "https://example.com/a")), 0o644)
	os.WriteFile(filepath.Join(dir, "y.jsonl"), []byte(line("u-y-0001", "https://example.com/b")), 0o644)
	if us, err := LoadUnlabelledDir(dir); err != nil || len(us) != 2 {
		t.Fatalf("LoadUnlabelledDir = %d, %v; want 2 statements", len(us), err)
	}
	os.WriteFile(filepath.Join(dir, "y.jsonl"), []byte(line("u-x-0001", "https://example.com/b")), 0o644)
	if _, err := LoadUnlabelledDir(dir); err == nil {
		t.Error("an id of x in y.jsonl was accepted")
	}
	var six strings.Builder
	for i := 1; i <= 6; i++ {
		six.WriteString(line("u-y-000"+string(rune('0'+i)), "https://www.example.com/b/"))
	}
	os.WriteFile(filepath.Join(dir, "y.jsonl"), []byte(six.String()), 0o644)
	if _, err := LoadUnlabelledDir(dir); err == nil || !strings.Contains(err.Error(), "more than 5") {
		t.Errorf("err = %v, want six statements from one page refused", err)
	}
	if _, err := LoadUnlabelledDir(t.TempDir()); err == nil {
		t.Error("an empty folder was accepted")
	}
}

// TestUnlabelledNoLabelledRuns keeps labelled text out of the pool the way
// Groups keeps syndicated copies in one split: a pool statement sharing a
// run of ShingleWords folded words with a labelled statement would put a
// dev or sealed-test statement's words into training (as self-training
// input or word-vector text) by another page's door, and inside
// cross-validation would leak a held-out fold's text into its training part.
func TestUnlabelledNoLabelledRuns(t *testing.T) {
	runs := map[string]string{}
	for _, s := range loadStatements(t) {
		if s.Synthetic {
			continue
		}
		for _, r := range Shingles(s.Text) {
			runs[r] = s.ID
		}
	}
	for _, u := range loadUnlabelled(t) {
		for _, r := range Shingles(u.Text) {
			if id, ok := runs[r]; ok {
				t.Errorf("%s: shares the run %q with labelled statement %s", u.ID, r, id)
				break
			}
		}
	}
}
