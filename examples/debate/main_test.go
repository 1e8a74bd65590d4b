package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/debate"
)

const corpusJSONL = "testdata/corpus.jsonl"

// runCLI runs the program and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, environment{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sortedLines is a file's lines, sorted: how runs are compared when the
// order of articles may differ.
func sortedLines(s string) []string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	sort.Strings(ls)
	return ls
}

func TestCorpusJSONLMatchesArticles(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(readFile(t, corpusJSONL)), "\n") {
		var a struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		if want := readFile(t, filepath.Join("..", "..", "testdata", "articles", a.ID+".txt")); a.Text != want {
			t.Errorf("%s: text differs from testdata/articles", a.ID)
		}
	}
}

func TestCorpusOutputs(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "", "-in", corpusJSONL, "-out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "articles: 5 analysed") || !strings.Contains(stdout, "statements: ") {
		t.Errorf("summary:\n%s", stdout)
	}
	// statements.jsonl: every statement with its fields
	texts := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(readFile(t, corpusJSONL)), "\n") {
		var a struct{ ID, Text string }
		json.Unmarshal([]byte(line), &a)
		texts[a.ID] = a.Text
	}
	lines := strings.Split(strings.TrimSpace(readFile(t, filepath.Join(out, statementsFile))), "\n")
	if len(lines) < 50 {
		t.Fatalf("%d statements", len(lines))
	}
	for _, l := range lines {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"article_id", "date", "url", "speaker", "actor", "actor_type", "label", "probs", "sentiment", "start", "end", "text"} {
			if _, ok := m[k]; !ok {
				t.Fatalf("statement without %q: %s", k, l)
			}
		}
		var s struct {
			ArticleID  string `json:"article_id"`
			Start, End int
			Text       string
		}
		json.Unmarshal([]byte(l), &s)
		if src := texts[s.ArticleID]; s.End > len(src) || src[s.Start:s.End] != s.Text {
			t.Fatalf("span %d:%d of %s is not its text", s.Start, s.End, s.ArticleID)
		}
	}
	// positions.csv
	rows, err := csv.NewReader(strings.NewReader(readFile(t, filepath.Join(out, positionsFile)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], ","); got != "actor,actor_type,period,supportive,cautious,opposed,statements,label,confidence" {
		t.Fatalf("header %s", got)
	}
	if len(rows) < 10 {
		t.Fatalf("%d positions", len(rows)-1)
	}
	// network.graphml is XML with nodes and edges
	var g struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(readFile(t, filepath.Join(out, networkFile))), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Graph.Nodes) < 5 || len(g.Graph.Edges) == 0 {
		t.Fatalf("network: %d nodes, %d edges", len(g.Graph.Nodes), len(g.Graph.Edges))
	}
	// the charts
	f, _ := os.Open(filepath.Join(out, timelinePNG))
	img, err := png.Decode(f)
	f.Close()
	if err != nil || img.Bounds().Dx() < 800 {
		t.Fatalf("timeline.png: %v, %v", err, img)
	}
	svg := readFile(t, filepath.Join(out, timelineSVG))
	if !strings.Contains(svg, "<svg") || !strings.Contains(svg, "Huawei") {
		t.Fatal("timeline.svg is no chart")
	}
	// the report is self-contained
	html := readFile(t, filepath.Join(out, reportFile))
	for _, bad := range []string{"<script src", "<link", "src=\"http", "url(http", "@import"} {
		if strings.Contains(html, bad) {
			t.Errorf("report.html loads something (%s)", bad)
		}
	}
	if !strings.Contains(html, "<svg") || !strings.Contains(html, `href="testdata/articles/`) {
		t.Error("report.html lacks the chart or the links")
	}
	// no temporary file is left
	ents, _ := os.ReadDir(out)
	if len(ents) != 6 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("output folder holds %v", names)
	}
}

func TestUsageErrors(t *testing.T) {
	out := t.TempDir()
	for _, args := range [][]string{
		{},
		{"-in", corpusJSONL},
		{"-out", out},
		{"-in", corpusJSONL, "-out", out, "-period", "week"},
		{"-in", corpusJSONL, "-out", out, "extra"},
		{"-nope"},
		{"-in", corpusJSONL, "-out", out, "-workers", "-1"},
		{"-in", corpusJSONL, "-out", out, "-gogc", "-2"},
	} {
		code, _, stderr := runCLI(t, "", args...)
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "debate: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// noResults checks that a failed run left no result file.
func noResults(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{statementsFile, positionsFile, networkFile, timelinePNG, timelineSVG, reportFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("a failed run left %s", name)
		}
	}
}

func TestRuntimeErrorsAreOneLineAndLeaveNoResult(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	bad := `{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}` + "\n{oops\n"
	future := `{"id":"a","date":"2999-03-01","text":"Huawei said it opposes a ban."}` + "\n"
	for name, c := range map[string]struct {
		stdin string
		args  []string
		want  string
	}{
		"missing input":  {"", []string{"-in", filepath.Join(dir, "nope.jsonl"), "-out", filepath.Join(dir, "o1")}, "no such file"},
		"malformed line": {bad, []string{"-in", "-", "-out", filepath.Join(dir, "o2")}, "line 2"},
		"future date":    {future, []string{"-in", "-", "-out", filepath.Join(dir, "o3")}, "future"},
		"unwritable out": {bad, []string{"-in", "-", "-out", filepath.Join(file, "sub")}, "output folder"},
		"bad registry":   {bad, []string{"-in", "-", "-out", filepath.Join(dir, "o4"), "-actors", file}, "-actors"},
	} {
		code, stdout, stderr := runCLI(t, c.stdin, c.args...)
		if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.want) || stdout != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", name, code, stdout, stderr)
		}
		if i := indexOf(c.args, "-out"); i >= 0 {
			noResults(t, c.args[i+1])
		}
	}
}

func indexOf(ss []string, s string) int {
	for i, x := range ss {
		if x == s {
			return i
		}
	}
	return -1
}

func TestSkipBadAndDuplicatesAreCounted(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}`,
		`{oops`,
		``,
		`{"id":"a","date":"2019-03-02","text":"Huawei said it opposes a ban."}`,
		`{"id":"b","text":"undated"}`,
		`{"id":"c","date":"2019-13-01","text":"bad month"}`,
		`{"id":"d","date":"2019-04","text":"The Commission will not call for a ban on Huawei.","lang":"en"}`,
	}, "\n")
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, in, "-in", "-", "-out", out, "-skip-bad")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "articles: 2 analysed") || !strings.Contains(stdout, "skipped: 3 bad, 1 duplicate ids, 1 empty lines") {
		t.Errorf("summary:\n%s", stdout)
	}
	for _, want := range []string{"line 2: malformed", `line 4 (id "a"): duplicate id`, "line 5", "line 6"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(readFile(t, filepath.Join(out, statementsFile)), `"fields":{"lang":"en"}`) {
		t.Error("pass-through field lost")
	}
	// without -skip-bad the same input stops at line 2, but a duplicate alone does not
	code, _, _ = runCLI(t, in, "-in", "-", "-out", t.TempDir())
	if code != 1 {
		t.Errorf("without -skip-bad: exit %d", code)
	}
	dup := strings.Join([]string{
		`{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}`,
		`{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}`}, "\n")
	code, stdout, _ = runCLI(t, dup, "-in", "-", "-out", t.TempDir())
	if code != 0 || !strings.Contains(stdout, "1 duplicate ids") {
		t.Errorf("duplicate: exit %d\n%s", code, stdout)
	}
}

func TestFolderInput(t *testing.T) {
	dir := t.TempDir()
	arts, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, a := range arts {
		b, _ := os.ReadFile(a)
		os.WriteFile(filepath.Join(dir, filepath.Base(a)), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "2019-03-30-logo.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644)
	os.WriteFile(filepath.Join(dir, "cover.jpg"), []byte{0xff, 0xd8, 0xff}, 0o644)
	out := t.TempDir()
	code, _, stderr := runCLI(t, "", "-in", dir, "-out", out)
	if code != 1 || !strings.Contains(stderr, "2019-03-30-logo.txt") || !strings.Contains(stderr, "binary") {
		t.Fatalf("binary file: exit %d: %s", code, stderr)
	}
	noResults(t, out)
	code, stdout, stderr := runCLI(t, "", "-in", dir, "-out", out, "-skip-bad")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// eulogos-2019-… has no full date in its name; the logo is binary; the jpg is not text
	if !strings.Contains(stdout, "articles: 4 analysed") || !strings.Contains(stdout, "2 bad") || !strings.Contains(stdout, "1 files not .txt") {
		t.Errorf("summary:\n%s\nstderr:\n%s", stdout, stderr)
	}
	if !strings.Contains(stderr, "eulogos-2019-eu-china-cyber-cooperation.txt") {
		t.Errorf("undated file not named:\n%s", stderr)
	}
}

func TestFiftyMegabyteText(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skips the 50 MB article")
	}
	text := strings.Repeat("Huawei said it opposes a ban on its equipment. ", 50<<20/48)
	line := fmt.Sprintf(`{"id":"big","date":"2019-03-01","text":%q}`, text)
	in := line + "\n" + `{"id":"small","date":"2019-03-01","text":"Huawei said it opposes a ban."}` + "\n"
	out := t.TempDir()
	code, _, stderr := runCLI(t, in, "-in", "-", "-out", out)
	if code != 1 || !strings.Contains(stderr, "line 1") || !strings.Contains(stderr, "too large") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	noResults(t, out)
	code, stdout, stderr := runCLI(t, in, "-in", "-", "-out", out, "-skip-bad")
	if code != 0 || !strings.Contains(stdout, "articles: 1 analysed") || !strings.Contains(stdout, "1 bad") {
		t.Fatalf("exit %d: %s\n%s", code, stdout, stderr)
	}
	// the same as a file in a folder
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "2019-03-01-big.txt"), []byte(text), 0o644)
	code, _, stderr = runCLI(t, "", "-in", dir, "-out", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "2019-03-01-big.txt") || !strings.Contains(stderr, "too large") {
		t.Fatalf("folder: exit %d: %s", code, stderr)
	}
}

func TestPeriodFlag(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "", "-in", corpusJSONL, "-out", out, "-period", "quarter"); code != 0 {
		t.Fatal(stderr)
	}
	csvText := readFile(t, filepath.Join(out, positionsFile))
	if !strings.Contains(csvText, ",2019-Q1,") || !strings.Contains(csvText, ",2019-Q2,") || strings.Contains(csvText, ",2019-03,") {
		t.Fatalf("quarters:\n%s", csvText)
	}
}

func TestActorsFlag(t *testing.T) {
	reg := filepath.Join(t.TempDir(), "actors.json")
	os.WriteFile(reg, []byte(`{"actors":[{"name":"Egmont Institute","type":"think_tank","aliases":["Egmont"]}]}`), 0o644)
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "", "-in", corpusJSONL, "-out", out, "-actors", reg); code != 0 {
		t.Fatal(stderr)
	}
	// The institute's one statement is off target, so it has no row in
	// positions.csv; its statement still carries the registry's type.
	if !strings.Contains(readFile(t, filepath.Join(out, statementsFile)), `"actor":"Egmont Institute","actor_type":"think_tank"`) {
		t.Errorf("the registry file did not set the type:\n%s", readFile(t, filepath.Join(out, statementsFile)))
	}
}

func TestResume(t *testing.T) {
	all := readFile(t, corpusJSONL)
	lines := strings.SplitAfter(strings.TrimSpace(all), "\n")
	fresh := t.TempDir()
	if code, _, stderr := runCLI(t, "", "-in", corpusJSONL, "-out", fresh); code != 0 {
		t.Fatal(stderr)
	}
	want := map[string]string{}
	for _, f := range []string{statementsFile, positionsFile, networkFile} {
		want[f] = readFile(t, filepath.Join(fresh, f))
	}
	check := func(name, out string) {
		t.Helper()
		if got := readFile(t, filepath.Join(out, statementsFile)); strings.Join(sortedLines(got), "\n") != strings.Join(sortedLines(want[statementsFile]), "\n") {
			t.Errorf("%s: statements differ from a fresh run", name)
		}
		for _, f := range []string{positionsFile, networkFile} {
			if got := readFile(t, filepath.Join(out, f)); got != want[f] {
				t.Errorf("%s: %s differs from a fresh run", name, f)
			}
		}
	}
	// a complete run on three articles, then -resume on all five
	out := t.TempDir()
	if code, _, stderr := runCLI(t, strings.Join(lines[:3], ""), "-in", "-", "-out", out); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, stderr := runCLI(t, all, "-in", "-", "-out", out, "-resume")
	if code != 0 || !strings.Contains(stdout, "articles: 2 analysed, 3 done before") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	check("after a complete run", out)

	// an interrupted run: a partial statements file that ends in a cut line
	out = t.TempDir()
	st := strings.SplitAfter(want[statementsFile], "\n")
	var partial strings.Builder
	for _, l := range st[:len(st)/2] {
		partial.WriteString(l)
	}
	partial.WriteString(st[len(st)/2][:20])
	os.WriteFile(filepath.Join(out, partialFile), []byte(partial.String()), 0o644)
	code, stdout, stderr = runCLI(t, all, "-in", "-", "-out", out, "-resume")
	if code != 0 || !strings.Contains(stdout, "done before (-resume)") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	check("after an interrupted run", out)
	if _, err := os.Stat(filepath.Join(out, resumeFile)); err == nil {
		t.Error("the resume file was left")
	}
}

func TestProgressBarOnlyOnATerminal(t *testing.T) {
	var errb bytes.Buffer
	in, _ := os.ReadFile(corpusJSONL)
	code := run([]string{"-in", "-", "-out", t.TempDir()}, environment{stdin: bytes.NewReader(in), stdout: &bytes.Buffer{}, stderr: &errb, terminal: true})
	if code != 0 || !strings.Contains(errb.String(), "reading") {
		t.Errorf("terminal: exit %d, stderr %q", code, errb.String())
	}
	code, _, stderr := runCLI(t, string(in), "-in", "-", "-out", t.TempDir())
	if code != 0 || stderr != "" {
		t.Errorf("no terminal: exit %d, stderr %q", code, stderr)
	}
}

// chromiumArgs are the flags headless Chromium needs here: no sandbox (root),
// and nothing that reaches the network.
func chromiumArgs(profile string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + profile}
}

// TestReportInChromium loads report.html in headless Chromium, checks the
// DOM it built and takes a screenshot (kept in $STANCEKIT_SCREENSHOT_DIR
// when that is set).
func TestReportInChromium(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("no /usr/bin/chromium: report.html not checked in a browser (.ci/run installs Debian's chromium)")
	}
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "", "-in", corpusJSONL, "-out", out); code != 0 {
		t.Fatal(stderr)
	}
	page := "file://" + filepath.Join(out, reportFile)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dom, err := exec.CommandContext(ctx, chromium, append(chromiumArgs(t.TempDir()), "--dump-dom", page)...).Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	for _, want := range []string{"<svg", `id="positions"`, "Huawei", "supportive"} {
		if !bytes.Contains(dom, []byte(want)) {
			t.Errorf("the page Chromium built lacks %q", want)
		}
	}
	shot := filepath.Join(t.TempDir(), "report.png")
	cmd := exec.CommandContext(ctx, chromium, append(chromiumArgs(t.TempDir()), "--screenshot="+shot, "--window-size=1280,1600", "--hide-scrollbars", page)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, b)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil || img.Bounds().Dx() != 1280 {
		t.Fatalf("screenshot: %v", err)
	}
	// a blank page is one colour; the report is not
	colours := map[uint32]bool{}
	for y := 0; y < img.Bounds().Dy(); y += 7 {
		for x := 0; x < img.Bounds().Dx(); x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colours[r>>12<<8|g>>12<<4|b>>12] = true
		}
	}
	if len(colours) < 5 {
		t.Errorf("the screenshot is blank (%d colours)", len(colours))
	}
	if d := os.Getenv("STANCEKIT_SCREENSHOT_DIR"); d != "" {
		b, _ := os.ReadFile(shot)
		os.WriteFile(filepath.Join(d, "report.png"), b, 0o644)
	}
}

// countingWriter counts the Write calls made on it.
type countingWriter struct {
	bytes.Buffer
	calls int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.calls++
	return w.Buffer.Write(p)
}

// The report's template writes in small pieces; they reach the file in
// few writes, and the bytes are the report the program writes.
func TestReportIsWrittenInFewCalls(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := runCLI(t, "", "-in", corpusJSONL, "-out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(out, statementsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	an, err := newAnalyzer("")
	if err != nil {
		t.Fatal(err)
	}
	agg := debate.NewAggregator(debate.Month)
	agg.Defends = an.Defends // as the program aggregates
	if err := readRecords(f, false, func(rs []debate.Record) error {
		for _, r := range rs {
			agg.Add(r)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var report countingWriter
	if err := writeRest(agg.Positions(), debate.Month, io.Discard, io.Discard, io.Discard, &report); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(out, reportFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(report.Bytes(), want) {
		t.Fatalf("report of the positions read back differs from the program's (%d and %d bytes)", report.Len(), len(want))
	}
	if most := report.Len()/(64<<10) + 1; report.calls > most {
		t.Errorf("report of %d bytes written in %d calls, want at most %d", report.Len(), report.calls, most)
	}
}
