package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func lines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func TestArgsTable(t *testing.T) {
	code, out, errs := runCLI(t, "", "Big telecoms operators oppose a Huawei ban.", "The US wants Huawei shut out of 5G networks.")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	ls := lines(out)
	if len(ls) != 2 {
		t.Fatalf("%d lines: %q", len(ls), out)
	}
	for i, want := range []string{"supportive", "opposed"} {
		f := strings.Split(ls[i], "\t")
		if len(f) != 3 || f[0] != want {
			t.Errorf("line %d = %q, want label %s and three fields", i, ls[i], want)
		}
	}
}

func TestStdinJSONLRoundTrip(t *testing.T) {
	in := `{"id":"a1","text":"We found no evidence of backdoors."}
{"id":2,"text":"Germany set tougher criteria for all vendors."}
{"text":"Huawei must be banned."}
`
	code, out, errs := runCLI(t, in, "-jsonl", "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ls := lines(out)
	if len(ls) != 3 {
		t.Fatalf("%d lines", len(ls))
	}
	var rec struct {
		ID        json.RawMessage    `json:"id"`
		Text      string             `json:"text"`
		Label     string             `json:"label"`
		Probs     map[string]float64 `json:"probs"`
		Cues      []map[string]any   `json:"cues"`
		Sentiment struct {
			Compound float64 `json:"compound"`
			Label    string  `json:"label"`
		} `json:"sentiment"`
	}
	if err := json.Unmarshal([]byte(ls[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if string(rec.ID) != `"a1"` || rec.Label != "supportive" || len(rec.Probs) != 3 || len(rec.Cues) == 0 || rec.Sentiment.Label == "" {
		t.Errorf("record %s", ls[0])
	}
	var sum float64
	for _, p := range rec.Probs {
		sum += p
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("probs sum to %v", sum)
	}
	if !strings.HasPrefix(ls[1], `{"id":2,`) || strings.Contains(ls[2], `"id"`) {
		t.Errorf("ids not passed through as given: %q / %q", ls[1], ls[2])
	}
}

func TestMalformedLineNamesIt(t *testing.T) {
	in := "{\"text\":\"ban Huawei\"}\n{\"text\":\"ok\"}\n{broken\n{\"text\":\"never reached\"}\n"
	code, out, errs := runCLI(t, in, "-jsonl")
	if code != 1 || !strings.Contains(errs, "line 3") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if len(lines(out)) != 2 {
		t.Errorf("the two good lines before the bad one must be written: %q", out)
	}
	if strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("more than one stderr line: %q", errs)
	}
}

func TestSkipBadCountsAndKeepsOrder(t *testing.T) {
	var in strings.Builder
	good := 0
	for i := 0; i < 1200; i++ {
		switch i % 7 {
		case 3:
			in.WriteString("{not json\n")
		case 5:
			in.WriteString("{\"id\":" + itoa(i) + "}\n") // no text
		default:
			in.WriteString("{\"id\":" + itoa(i) + ",\"text\":\"Huawei ban number " + itoa(i) + "\"}\n")
			good++
		}
	}
	code, out, errs := runCLI(t, in.String(), "-jsonl", "-json", "-skip-bad")
	if code != 0 {
		t.Fatalf("exit %d: %.200s", code, errs)
	}
	ls := lines(out)
	if len(ls) != good {
		t.Fatalf("%d output lines for %d good input lines", len(ls), good)
	}
	last := -1
	for _, l := range ls {
		var r struct{ ID int }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if r.ID <= last {
			t.Fatalf("output out of order: %d after %d", r.ID, last)
		}
		last = r.ID
	}
	if !strings.Contains(errs, itoa(1200-good)+" bad input lines skipped") {
		t.Errorf("no skip count in stderr: %.300s", errs[max(0, len(errs)-300):])
	}
}

func itoa(i int) string { return fmtInt(i) }

func fmtInt(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

func TestEmptyStatementsAreReportedNotDropped(t *testing.T) {
	code, out, errs := runCLI(t, "Huawei ban\n\n   \nshut them out\n")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	ls := lines(out)
	if len(ls) != 4 || !strings.HasPrefix(ls[1], "error\t") || !strings.HasPrefix(ls[2], "error\t") {
		t.Errorf("output %q", out)
	}
	if !strings.Contains(errs, "statement 2: empty statement") {
		t.Errorf("stderr %q", errs)
	}
}

func TestBadBytesAreAnalysed(t *testing.T) {
	code, out, errs := runCLI(t, "Huawei \xff\xfe ban \x00 now\n"+strings.Repeat("ban Huawei ", 1<<20)+"\n")
	if code != 0 || len(lines(out)) != 2 {
		t.Errorf("exit %d, %d lines, stderr %q", code, len(lines(out)), errs)
	}
}

func TestUsageAndModelErrors(t *testing.T) {
	if code, _, errs := runCLI(t, "", "-nosuchflag"); code != 2 || strings.Count(errs, "\n") < 1 {
		t.Errorf("unknown flag: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "-jsonl", "x"); code != 2 {
		t.Errorf("-jsonl with arguments: exit %d", code)
	}
	bad := filepath.Join(t.TempDir(), "bad.model")
	os.WriteFile(bad, []byte("stancekit-model 1 sha256=00 bytes=3\nabc"), 0o644)
	code, _, errs := runCLI(t, "", "-model", bad, "ban")
	if code != 1 || !strings.Contains(errs, "load model") || strings.Count(errs, "\n") != 1 {
		t.Errorf("corrupt model: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCLI(t, "", "-model", filepath.Join(t.TempDir(), "none"), "ban")
	if code != 1 || strings.Count(errs, "\n") != 1 {
		t.Errorf("missing model: exit %d, stderr %q", code, errs)
	}
}

func TestSentimentColumn(t *testing.T) {
	code, out, _ := runCLI(t, "", "-sentiment", "Huawei is a great partner.")
	f := strings.Split(strings.TrimSpace(out), "\t")
	if code != 0 || len(f) != 4 {
		t.Errorf("exit %d, fields %q", code, f)
	}
}

func TestSentimentProfileFlag(t *testing.T) {
	// No sentiment word: the news profile holds it neutral, the social one
	// lets the calibration label it (see sentiment.ExampleWithProfile).
	const text = "Waiting for the bus in the rain"
	column := func(args ...string) string {
		t.Helper()
		code, out, errs := runCLI(t, "", append(args, text)...)
		f := strings.Split(strings.TrimSpace(out), "\t")
		if code != 0 || len(f) != 4 {
			t.Fatalf("%q: exit %d, fields %q, stderr %q", args, code, f, errs)
		}
		return f[2]
	}
	if c := column("-sentiment"); c != "-0.0490" {
		t.Errorf("default (news) compound %s, want -0.0490", c)
	}
	if c := column("-sentiment", "-sentiment-profile", "news"); c != "-0.0490" {
		t.Errorf("news compound %s, want -0.0490", c)
	}
	if c := column("-sentiment", "-sentiment-profile", "social"); c != "-0.0704" {
		t.Errorf("social compound %s, want -0.0704", c)
	}
	if c := column("-sentiment", "-sentiment-profile", "vader"); c != "0.0000" {
		t.Errorf("vader compound %s, want 0.0000 (no word in VADER's lexicon)", c)
	}
	code, out, errs := runCLI(t, "", "-json", "-sentiment-profile=social", text)
	var rec struct {
		Sentiment struct{ Label string } `json:"sentiment"`
	}
	if err := json.Unmarshal([]byte(out), &rec); code != 0 || err != nil || rec.Sentiment.Label != "negative" {
		t.Errorf("-json social: exit %d, %v, %s %s", code, err, out, errs)
	}
	article := filepath.Join("..", "..", "testdata", "articles", "reuters-2019-03-22-eu-drops-huawei-ban-threat.txt")
	if code, _, errs := runCLI(t, "", "-article", article, "-sentiment-profile", "social"); code != 0 {
		t.Errorf("-article social: exit %d, %s", code, errs)
	}
	for _, bad := range []string{"tweets", "Social", "VADER", ""} {
		code, out, errs := runCLI(t, "", "-sentiment", "-sentiment-profile", bad, text)
		if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "-sentiment-profile") {
			t.Errorf("-sentiment-profile %q: exit %d, stdout %q, stderr %q", bad, code, out, errs)
		}
	}
}

// BenchmarkColdStart runs the built command once per iteration: start-up,
// loading the embedded model and answering one statement.
func BenchmarkColdStart(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "classify")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	for b.Loop() {
		out, err := exec.Command(bin, "Operators oppose a Huawei ban.").Output()
		if err != nil || !bytes.HasPrefix(out, []byte("supportive\t")) {
			b.Fatalf("%v %q", err, out)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/run")
}

// BenchmarkStream measures the stdin path end to end (reading, batching,
// parallel classification, writing) in statements per second.
func BenchmarkStream(b *testing.B) {
	var in strings.Builder
	const n = 2000
	for i := 0; i < n; i++ {
		in.WriteString("The Commission will not call for a ban on Huawei but wants a common approach to 5G security.\n")
	}
	src := in.String()
	for b.Loop() {
		var out bytes.Buffer
		if code := run(nil, strings.NewReader(src), &out, &bytes.Buffer{}); code != 0 {
			b.Fatal(code)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "statements/s")
}

// A statement about nothing in the debate is answered off_target in the
// table, and the JSON carries the relevance beside the stance
// probabilities, which still sum to 1.
func TestOffTargetAnswer(t *testing.T) {
	code, out, errs := runCLI(t, "", "The match was postponed because of snow.")
	if code != 0 || !strings.HasPrefix(out, "off_target\t") {
		t.Fatalf("exit %d, out %q, stderr %q", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "-json", "The match was postponed because of snow.", "Huawei must be banned from our networks.")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 records, got %q", out)
	}
	for i, l := range lines {
		var rec struct {
			Label      string             `json:"label"`
			Confidence float64            `json:"confidence"`
			Relevance  *float64           `json:"relevance"`
			Probs      map[string]float64 `json:"probs"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Relevance == nil || *rec.Relevance < 0 || *rec.Relevance > 1 || len(rec.Probs) != 3 {
			t.Errorf("record %d: %s", i, l)
		}
		var sum float64
		for _, p := range rec.Probs {
			sum += p
		}
		if sum < 0.999 || sum > 1.001 {
			t.Errorf("record %d: probs sum to %v", i, sum)
		}
		if i == 0 && (rec.Label != "off_target" || *rec.Relevance >= 0.5) {
			t.Errorf("record 0: %s", l)
		}
	}
}
