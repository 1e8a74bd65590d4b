package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/datatest"
)

func loadStatements(t *testing.T) []Statement {
	t.Helper()
	ss, err := LoadStatementDir(StatementsDir())
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// The corpus targets of the statement-stance issue: size, sources, spread
// and balance. They are floors the corpus must keep as it grows.
func TestStatementCorpusTargets(t *testing.T) {
	ss := loadStatements(t)
	var on, off int
	pages, countries, types := map[string]bool{}, map[string]bool{}, map[string]bool{}
	byLabel := map[string]int{}
	for _, s := range ss {
		if s.Synthetic {
			continue
		}
		pages[s.Page()] = true
		if s.OnTarget() {
			on++
			byLabel[s.Label]++
			countries[s.Country] = true
			types[s.ActorType] = true
		} else {
			off++
		}
	}
	t.Logf("%d on-target, %d off-target, %d pages, %d countries, labels %v", on, off, len(pages), len(countries), byLabel)
	if on < 1500 || off < 400 || len(pages) < 300 || len(countries) < 30 {
		t.Errorf("corpus below target: %d on-target (1500), %d off-target (400), %d pages (300), %d countries (30)", on, off, len(pages), len(countries))
	}
	for _, at := range ActorTypes {
		if !types[at] {
			t.Errorf("no on-target statement of actor type %s", at)
		}
	}
	for _, l := range Labels[:3] {
		if share := float64(byLabel[l]) / float64(on); share < 0.25 {
			t.Errorf("%s is %.1f%% of the on-target part, want at least 25%%", l, 100*share)
		}
	}
}

// The sealed test is at least 300 statements from at least 60 pages, and
// no source group straddles two splits.
func TestStatementSplits(t *testing.T) {
	ss := loadStatements(t)
	g, sp := Groups(ss), Splits(ss)
	of := map[string]Split{}
	n := map[Split]int{}
	pages := map[Split]map[string]bool{Train: {}, Dev: {}, Test: {}}
	for i, s := range ss {
		if prev, ok := of[g[i]]; ok && prev != sp[i] {
			t.Errorf("group %s is in %s and %s", g[i], prev, sp[i])
		}
		of[g[i]] = sp[i]
		n[sp[i]]++
		if s.Synthetic && sp[i] != Train {
			t.Errorf("%s: synthetic statement outside train", s.ID)
		}
		if !s.Synthetic {
			pages[sp[i]][s.Page()] = true
		}
	}
	t.Logf("train %d (%d pages), dev %d (%d pages), test %d (%d pages)", n[Train], len(pages[Train]), n[Dev], len(pages[Dev]), n[Test], len(pages[Test]))
	if n[Test] < 300 || len(pages[Test]) < 60 {
		t.Errorf("sealed test has %d statements from %d pages, want ≥ 300 from ≥ 60", n[Test], len(pages[Test]))
	}
}

// Every source page is checked against the data owners' reserved list.
func TestNoReservedSources(t *testing.T) {
	reserved := loadReserved(t) // corpus URLs not checked when absent
	for _, s := range loadStatements(t) {
		if !s.Synthetic && IsReserved(reserved, s.SourceURL) {
			t.Errorf("%s: source %s is reserved for independent evaluation", s.ID, s.SourceURL)
		}
	}
}

// NormURL matches the shared reserved-source tool's normalisation.
func TestNormURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Example.com/a/b/?x=1#f": "example.com/a/b",
		"http://example.com/":                "example.com",
		"HTTPS://WWW.GOV.UK/News":            "gov.uk/news",
		"example.com/a#b?c":                  "example.com/a",
	} {
		if got := NormURL(in); got != want {
			t.Errorf("NormURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// Where the source text is stored in the repository (public-domain or
// open-licence texts, listed in testdata/statements/sources.tsv), every
// statement from it is verbatim in it.
func TestStatementsVerbatimInStoredSources(t *testing.T) {
	src := loadSources(t)
	checked := 0
	for _, s := range loadStatements(t) {
		path, ok := src[strings.TrimSpace(s.SourceURL)]
		if !ok {
			continue
		}
		b, err := os.ReadFile(filepath.Join(Dir(), path))
		if err != nil {
			t.Fatal(err)
		}
		checked++
		if !strings.Contains(string(b), s.Text) {
			t.Errorf("%s: text is not verbatim in its stored source %s: %q", s.ID, path, s.Text)
		}
	}
	t.Logf("%d statements checked against %d stored sources", checked, len(src))
}

// loadSources reads sources.tsv: url<TAB>path under testdata, '#' comments.
func loadSources(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(StatementsDir(), "sources.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		url, path, ok := strings.Cut(l, "\t")
		if !ok || url == "" || path == "" {
			t.Fatalf("sources.tsv:%d: want url<TAB>path", line)
		}
		out[url] = path // exact: pages that differ only in a query are different texts
	}
	return out
}

func TestStatementValidateRejects(t *testing.T) {
	good := Statement{ID: "x-1", Text: "Huawei must be banned from the network.", Actor: "UK government",
		ActorType: "government", Country: "United Kingdom", Label: "opposed", AlsoOK: []string{},
		Confidence: "high", Rationale: "calls for a ban", SourceURL: "https://example.com/a",
		SourceTitle: "A", Date: "2020-07-14", Kind: "reported"}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*Statement){
		"label":      func(s *Statement) { s.Label = "neutral" },
		"date":       func(s *Statement) { s.Date = "2031-01" },
		"also_ok":    func(s *Statement) { s.AlsoOK = []string{"cautious"} },
		"url":        func(s *Statement) { s.SourceURL = "example.com" },
		"synthetic":  func(s *Statement) { s.Synthetic = true },
		"no actor":   func(s *Statement) { s.Actor = "" },
		"short":      func(s *Statement) { s.Text = "Ban it." },
		"kind":       func(s *Statement) { s.Kind = "tweet" },
		"unrelated":  func(s *Statement) { s.Kind = "unrelated" },
		"actor_type": func(s *Statement) { s.ActorType = "state" },
	} {
		s := good
		mut(&s)
		if err := s.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestLoadStatementsNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.jsonl")
	os.WriteFile(p, []byte("\n{\"id\":\"a\"}\n"), 0o644)
	_, err := LoadStatements(p)
	if err == nil || !strings.Contains(err.Error(), "a.jsonl:2") {
		t.Errorf("err = %v, want it to name a.jsonl:2", err)
	}
	good := `{"id":"a-1","text":"Huawei must be banned from the network.","speaker":"","actor":"UK government","actor_type":"government","country":"United Kingdom","label":"opposed","also_ok":[],"confidence":"high","rationale":"ban","source_url":"https://example.com/a","source_title":"A","date":"2020","kind":"action"}`
	os.WriteFile(p, []byte(good+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(good+"\n"), 0o644)
	_, err = LoadStatementDir(dir)
	if err == nil || !strings.Contains(err.Error(), "duplicate id") {
		t.Errorf("err = %v, want a duplicate id error", err)
	}
	if !slices.Contains(StatementKinds, "unrelated") {
		t.Error("unrelated kind missing")
	}
}

// The shared external Huawei/5G dev set measures generalisation, so none of
// its statements may be training data: no corpus statement comes from one of
// its pages, and none shares its words (letters and digits, case folded) with
// one of its statements, either way round. Synthetic statements are checked
// too: they must not restate a dev statement.
func TestNoExternalDevStatements(t *testing.T) {
	dev := loadExternalDev(t)
	for _, s := range loadStatements(t) {
		page := s.Page()
		if s.SourceURL == "" {
			page = ""
		}
		if why := dev.overlap(page, s.Text); why != "" {
			t.Errorf("%s: %s", s.ID, why)
		}
	}
}

// externalDev is the shared external Huawei/5G dev set as the overlap
// tests read it: its pages, and its statements' folded words.
type externalDev struct {
	urls  map[string]string // normalised page URL -> a statement id
	texts []string
}

// loadExternalDev reads the external dev set, or skips the test, saying
// so, when the shared data is absent.
func loadExternalDev(t *testing.T) externalDev {
	t.Helper()
	path := filepath.Join(DataDir(), "huawei-external-dev", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		datatest.Skip(t, path) // external dev overlap not checked
	}
	defer f.Close()
	d := externalDev{urls: map[string]string{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct {
			ID        string `json:"id"`
			Text      string `json:"text"`
			SourceURL string `json:"source_url"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		d.urls[NormURL(r.SourceURL)] = r.ID
		d.texts = append(d.texts, strings.Join(foldedWords(r.Text), " "))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(d.texts) == 0 {
		t.Fatalf("%s holds no statements", path)
	}
	return d
}

// overlap says how a text from page overlaps the dev set: its page is a
// dev statement's (unless page is ""), or its words contain a dev statement's or are
// contained in one (either longer than 30 bytes). It is "" for none.
func (d externalDev) overlap(page, text string) string {
	if id, ok := d.urls[page]; ok && page != "" {
		return fmt.Sprintf("source %s is the page of external dev statement %s", page, id)
	}
	w := strings.Join(foldedWords(text), " ")
	for _, x := range d.texts {
		if len(x) > 30 && len(w) > 30 && (strings.Contains(w, x) || strings.Contains(x, w)) {
			return fmt.Sprintf("text overlaps an external dev statement: %q", text)
		}
	}
	return ""
}

// loadReserved reads the data owners' reserved-source list, or skips the
// test, saying so, when it is absent; an empty list fails the test, since
// it would pass every URL.
func loadReserved(t *testing.T) map[string]bool {
	t.Helper()
	path := ReservedPath()
	if _, err := os.Stat(path); err != nil {
		datatest.Skip(t, path)
	}
	reserved, err := ReservedHashes(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(reserved) == 0 {
		t.Fatal("reserved-source list is empty")
	}
	return reserved
}
