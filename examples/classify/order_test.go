package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// serialRun is what the stream is held to: each item read, parsed,
// classified and written in turn on one goroutine, with every text encoded
// in its row as it comes, as classify worked before the output stage ran
// in parallel. It returns stdout, stderr and the run's error.
func serialRun(c *classifier, src source) (string, string, error) {
	var w, e bytes.Buffer
	var jt jsonText
	failed, skipped, total := 0, 0, 0
	for {
		it, err := src.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return w.String(), e.String(), fmt.Errorf("read input: %w", err)
		}
		it = parseItem(it)
		var res stance.Result
		if it.bad != nil {
			if !c.o.skipBad {
				return w.String(), e.String(), it.bad
			}
			skipped++
			fmt.Fprintf(&e, "classify: skipped %v\n", it.bad)
			if c.o.jsonl {
				continue
			}
			res.Err = it.bad
		} else {
			total++
			res.Prediction, res.Err = c.m.Predict(it.text)
			if res.Err != nil {
				failed++
				fmt.Fprintf(&e, "classify: statement %d: %s\n", it.line, reason(res.Err))
			}
		}
		var b bytes.Buffer
		var s sentiment.Score
		if c.sent != nil && (!c.o.json || res.Err == nil) {
			s = c.sent.Score(it.text)
		}
		mid, big := c.encode(&b, &jt, it, res, s)
		w.Write(b.Bytes()[:mid])
		if big != "" {
			if c.o.json {
				jt.write(&w, big)
			} else {
				rowText.WriteString(&w, big)
			}
		}
		w.Write(b.Bytes()[mid:])
	}
	if skipped > 0 {
		fmt.Fprintf(&e, "classify: %d bad input lines skipped, %d statements classified\n", skipped, total-failed)
		if total == 0 {
			return w.String(), e.String(), fmt.Errorf("no statement could be read: all %d input lines were bad", skipped)
		}
	}
	if failed > 0 {
		return w.String(), e.String(), fmt.Errorf("%d of %d statements could not be classified", failed, total)
	}
	return w.String(), e.String(), nil
}

// mixedInput is n lines of statements in plain text or JSON Lines, with
// what the stream must get right mixed in: empty and punctuation-only
// statements, invalid bytes, tabs and HTML characters, CR LF and lone CR
// endings, texts over bigText (which the writer encodes itself), one line
// over maxBytes (too long), and in JSON Lines blank lines, malformed
// records and records with no text.
func mixedInput(n int, jsonl bool, maxBytes int) string {
	rng := rand.New(rand.NewPCG(15, 15))
	texts := []string{
		"Huawei must be banned from our 5G networks.",
		"Big telecoms operators oppose a Huawei ban, saying it would delay 5G.",
		"The Commission will not call for a ban on Huawei but wants a common approach.",
		"The match was postponed because of snow.",
		"Washington warned allies it would stop sharing intelligence if they use Huawei.",
		"Officials say the risk is <manageable> & the kit is \"safe\".",
	}
	var b strings.Builder
	for i := range n {
		t := texts[rng.IntN(len(texts))] + fmt.Sprintf(" #%d", i)
		switch r := rng.IntN(100); {
		case r < 3:
			t = ""
		case r < 5:
			t = "!!! ... ???"
		case r < 7:
			t += " \xff\xfe bad \xc3"
		case r < 9:
			t += "\twith a tab"
		}
		switch i {
		case n / 3, 2 * n / 3:
			t = strings.Repeat("Huawei kit is a risk, \xffsay officials. ", (bigText+1000)/30)
		case n / 2:
			t = strings.Repeat("x", maxBytes+1)
		}
		ending := "\n"
		if i%17 == 0 {
			ending = "\r\n"
		} else if i%23 == 0 {
			ending = "\r"
		}
		if !jsonl {
			b.WriteString(t + ending)
			continue
		}
		switch {
		case i%41 == 5:
			b.WriteString("  \n")
		case i%97 == 11:
			b.WriteString("{not json" + ending)
			continue
		case i%131 == 13:
			fmt.Fprintf(&b, "{\"id\":%d}%s", i, ending)
			continue
		}
		if i == n/2 {
			b.WriteString(`{"text":"` + t + `"}` + ending)
		} else {
			fmt.Fprintf(&b, "{\"id\":%d,\"text\":\"%s\"}%s", i, jsonEscape.Replace(t), ending)
		}
	}
	return b.String()
}

// jsonEscape writes a text into a JSON string, leaving invalid bytes as
// they are, as a careless producer would.
var jsonEscape = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\t", `\t`)

// The parallel stream writes byte for byte what the serial path writes,
// with the same stderr and the same error, whatever the number of workers.
func TestStreamMatchesSerialPath(t *testing.T) {
	const maxBytes = 1 << 20
	n := 3000
	if testing.Short() {
		n = 600
	}
	for _, o := range []options{
		{},
		{sentiment: true},
		{json: true},
		{json: true, sentiment: true, skipBad: true},
		{jsonl: true, json: true, skipBad: true},
		{jsonl: true, sentiment: true, skipBad: true},
		{jsonl: true, json: true}, // stops at the first bad record
		{jsonl: true},
	} {
		in := mixedInput(n, o.jsonl, maxBytes)
		src := func() *lineSource {
			s := newLineSource(strings.NewReader(in), o.jsonl)
			s.max = maxBytes
			return s
		}
		ref, err := newClassifier(o)
		if err != nil {
			t.Fatal(err)
		}
		wantOut, wantErrs, wantErr := serialRun(ref, src())
		var le *lineError
		if !o.skipBad && !errors.As(wantErr, &le) {
			t.Fatalf("%+v: the serial path ended with %v, want a stop at a bad line", o, wantErr)
		}
		for _, workers := range []int{1, 2, 7} {
			o.workers = workers
			c, err := newClassifier(o)
			if err != nil {
				t.Fatal(err)
			}
			var out, errs bytes.Buffer
			err = c.stream(src(), &out, &errs, nil)
			if fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Errorf("%+v: error %v, serial %v", o, err, wantErr)
			}
			if out.String() != wantOut {
				t.Errorf("%+v: stdout differs from the serial path's (%d bytes against %d)%s", o, out.Len(), len(wantOut), firstDiff(out.String(), wantOut))
			}
			if errs.String() != wantErrs {
				t.Errorf("%+v: stderr differs from the serial path's%s", o, firstDiff(errs.String(), wantErrs))
			}
		}
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.SplitAfter(got, "\n"), strings.SplitAfter(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf(": line %d is %.120q, want %.120q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf(": %d lines against %d", len(g), len(w))
}

// repoStatements returns the texts of the annotated statements in
// testdata/statements, the news sentences the classifier is for.
func repoStatements(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "statements", "*.jsonl"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no statements in testdata/statements: %v", err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var r struct{ Text string }
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				tb.Fatalf("%s: %v", f, err)
			}
			texts = append(texts, r.Text)
		}
	}
	return texts
}

// BenchmarkStreamOutput measures the stdin path end to end in statements
// per second on the annotated statements of testdata/statements, in each
// output mode: reading, parsing -jsonl, classifying, sentiment, encoding
// and writing. Run with -cpu 1,2 for what a second core buys; the output
// stage runs on every worker, so -json and -sentiment scale as the plain
// table does.
func BenchmarkStreamOutput(b *testing.B) {
	texts := repoStatements(b)
	var plain, records strings.Builder
	for i, t := range texts {
		plain.WriteString(rowText.Replace(t) + "\n")
		rec, _ := json.Marshal(struct {
			ID   int    `json:"id"`
			Text string `json:"text"`
		}{i, t})
		records.Write(rec)
		records.WriteByte('\n')
	}
	for _, c := range []struct {
		name string
		in   string
		args []string
	}{
		{"table", plain.String(), nil},
		{"sentiment", plain.String(), []string{"-sentiment"}},
		{"json", plain.String(), []string{"-json"}},
		{"json-sentiment", plain.String(), []string{"-json", "-sentiment"}},
		{"jsonl-json", records.String(), []string{"-jsonl", "-json"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				var out, errs bytes.Buffer
				if code := run(c.args, strings.NewReader(c.in), &out, &errs); code != 0 {
					b.Fatalf("exit %d: %.200s", code, errs.String())
				}
			}
			b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "statements/s")
		})
	}
}
