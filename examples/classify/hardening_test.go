package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stancekit/stancekit/internal/proctest"
	"github.com/stancekit/stancekit/stance"
)

// Issue 13, item 6: a usage error printed flag's 25-line usage text.
func TestUsageErrorIsOneLine(t *testing.T) {
	for _, args := range [][]string{{"-nosuchflag"}, {"-workers", "x"}, {"-workers=-1", "x"}, {"x", "-bogus"}} {
		code, out, errs := runCLI(t, "", args...)
		if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "classify: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	code, _, errs := runCLI(t, "", "-h")
	if code != 0 || !strings.Contains(errs, "-skip-bad") {
		t.Errorf("-h: exit %d, stderr %q", code, errs)
	}
}

// Issue 13, item 11: flags after a statement were classified as
// statements.
func TestFlagsAfterStatements(t *testing.T) {
	code, out, errs := runCLI(t, "", "Huawei must be banned.", "-json", "We oppose a ban.")
	ls := lines(out)
	if code != 0 || len(ls) != 2 || !strings.HasPrefix(ls[0], `{"text":"Huawei must be banned."`) || !strings.HasPrefix(ls[1], `{"text":"We oppose a ban."`) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// After "--" every argument is a statement.
	code, out, _ = runCLI(t, "", "--", "-json", "Huawei must be banned.")
	ls = lines(out)
	if code != 0 || len(ls) != 2 || !strings.HasSuffix(ls[0], "\t-json") {
		t.Fatalf("--: exit %d, stdout %q", code, out)
	}
}

// answers runs the classifier on a pipe and returns a function that sends a
// line and waits for the answer, and one that ends the input.
func answers(t *testing.T, args ...string) (ask func(string) string, end func() int) {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	code := make(chan int, 1)
	go func() {
		c := run(args, inR, outW, io.Discard)
		outW.Close()
		code <- c
	}()
	rd := bufio.NewReader(outR)
	ask = func(line string) string {
		t.Helper()
		got := make(chan string, 1)
		go func() {
			s, _ := rd.ReadString('\n')
			got <- s
		}()
		if _, err := io.WriteString(inW, line); err != nil {
			t.Fatal(err)
		}
		select {
		case s := <-got:
			return s
		case <-time.After(20 * time.Second): // a deadlock detector, not a speed check
			t.Fatalf("no answer to %q while the input stays open", line)
			return ""
		}
	}
	end = func() int {
		inW.Close()
		io.Copy(io.Discard, rd)
		return <-code
	}
	return ask, end
}

// Issue 13, item 3: nothing was written until 512 lines had arrived or the
// input closed, so a program that writes one statement and waits for its
// answer deadlocked.
func TestAnswersWhileInputStaysOpen(t *testing.T) {
	for _, args := range [][]string{nil, {"-json"}, {"-jsonl", "-json"}} {
		ask, end := answers(t, args...)
		// Each answer must echo its own statement: the test is of timing and
		// order, not of the model's labels.
		for i, want := range []string{"Huawei must be banned.", "We oppose a ban.", "Shut Huawei out."} {
			line := want
			if len(args) == 2 {
				line = fmt.Sprintf(`{"id":%d,"text":%q}`, i, line)
			}
			// A lone CR ends a line too, and is answered without waiting
			// for a possible LF.
			ending := []string{"\n", "\r\n", "\r"}[i]
			got := ask(line + ending)
			if !strings.Contains(got, want) {
				t.Errorf("%q: answer %q, want %s", line, got, want)
			}
		}
		if code := end(); code != 0 {
			t.Errorf("%q: exit %d", args, code)
		}
	}
}

// Issue 13, item 8: lone CR endings merged three statements into one row;
// a BOM made the first JSONL line fatal.
func TestLineEndingsAndBOM(t *testing.T) {
	code, out, errs := runCLI(t, "\ufeffHuawei must be banned.\rWe oppose a ban.\r\nShut them out.\u2028No evidence.\u2029Fine.\u0085Last")
	ls := lines(out)
	if code != 0 || len(ls) != 6 || !strings.HasSuffix(ls[0], "\tHuawei must be banned.") || !strings.HasSuffix(ls[5], "\tLast") {
		t.Fatalf("exit %d, %d rows %q, stderr %q", code, len(ls), out, errs)
	}
	code, out, errs = runCLI(t, "\ufeff{\"text\":\"Huawei must be banned.\"}\r{\"text\":\"a\u2028b\"}\r\n", "-jsonl", "-json")
	ls = lines(out)
	if code != 0 || len(ls) != 2 {
		t.Fatalf("jsonl: exit %d, %q, stderr %q", code, out, errs)
	}
	var rec struct{ Text string }
	if err := json.Unmarshal([]byte(ls[1]), &rec); err != nil || rec.Text != "a\u2028b" {
		t.Errorf("U+2028 inside a JSON string must stay in it: %q (%v)", rec.Text, err)
	}
}

// Issue 13, item 11: a line of exactly the cap was rejected when followed
// by "\n" but accepted at the end of the input.
func TestLineCapIsExact(t *testing.T) {
	for _, c := range []struct {
		in      string
		tooLong bool
	}{
		{strings.Repeat("a", 16) + "\n", false},
		{strings.Repeat("a", 16), false},
		{strings.Repeat("a", 16) + "\r\n", false},
		{strings.Repeat("a", 17) + "\n", true},
		{strings.Repeat("a", 17), true},
	} {
		src := newLineSource(strings.NewReader(c.in), false)
		src.max = 16
		it, err := src.next()
		if err != nil || (it.bad != nil) != c.tooLong {
			t.Errorf("%q: item %+v, err %v", c.in, it, err)
		}
		if _, err := src.next(); err != io.EOF {
			t.Errorf("%q: after the line: %v", c.in, err)
		}
	}
}

// Issue 13, item 11: with -skip-bad a skipped plain-text line left no row,
// so rows no longer lined up with input lines; a run where every line was
// bad exited 0.
func TestSkipBadKeepsRowsAndFailsWhenAllBad(t *testing.T) {
	cl, err := newClassifier(options{skipBad: true})
	if err != nil {
		t.Fatal(err)
	}
	src := newLineSource(strings.NewReader("Huawei must be banned.\n"+strings.Repeat("x", 40)+"\nWe oppose a ban.\n"), false)
	src.max = 32
	var out, errb bytes.Buffer
	if err := cl.stream(src, &out, &errb, nil); err != nil {
		t.Fatal(err)
	}
	ls := lines(out.String())
	if len(ls) != 3 || !strings.HasPrefix(ls[0], "opposed") || !strings.HasPrefix(ls[1], "error\t") || !strings.HasPrefix(ls[2], "supportive") {
		t.Fatalf("rows %q", ls)
	}
	code, _, errs := runCLI(t, "{bad\n{\"id\":1}\n", "-jsonl", "-skip-bad")
	if code != 1 || !strings.Contains(errs, "all 2 input lines were bad") {
		t.Errorf("all bad: exit %d, stderr %q", code, errs)
	}
}

// Issue 13, item 11: a blank JSONL line aborted the run; keys matched case
// insensitively and a repeated key silently took the last value.
func TestJSONLStrictKeysAndBlankLines(t *testing.T) {
	code, out, errs := runCLI(t, "{\"text\":\"Huawei must be banned.\"}\n\n  \t\n{\"text\":\"We oppose a ban.\"}\n", "-jsonl")
	if code != 0 || len(lines(out)) != 2 {
		t.Errorf("blank lines: exit %d, %q, %q", code, out, errs)
	}
	for _, in := range []string{`{"TEXT":"x"}`, `{"Text":"x"}`, `{"text":"a","text":"b"}`, `{"id":1,"id":2,"text":"a"}`, `{"text":7}`, `["text"]`, `{"text":"a"} {}`} {
		code, _, errs := runCLI(t, in+"\n", "-jsonl")
		if code != 1 || !strings.Contains(errs, "line 1") {
			t.Errorf("%s: exit %d, stderr %q", in, code, errs)
		}
	}
	code, out, _ = runCLI(t, `{ "id" : [1, 2] , "other":{"text":"no"}, "text" : "Huawei must be banned." }`+"\n", "-jsonl", "-json")
	if code != 0 || !strings.HasPrefix(out, `{"id":[1,2],"text":"Huawei must be banned."`) {
		t.Errorf("nested keys and spacing: exit %d, %q", code, out)
	}
}

// jsonCues decodes -json output lines into their text and cue spans.
type jsonCues struct {
	Text string `json:"text"`
	Cues []struct {
		Start, End int
		Text       string
	} `json:"cues"`
}

// Issue 13, item 9: JSON offsets counted original bytes while the JSON text
// had three-byte U+FFFD for each invalid byte. Offsets now index the text
// as emitted: the test decodes the JSON and checks text[start:end] for
// every span.
func TestJSONOffsetsIndexTheEmittedText(t *testing.T) {
	in := []string{
		"Huawei \xff\xfe must be banned, \xc3 shut out of 5G networks.",
		"\x80\x80 We oppose a \xe2\x80 ban \xff and there is no evidence of backdoors.",
		"Plain: Huawei must be banned.",
		"\xf0\x9f Huawei m\xffust be banned \xed\xa0\x80 from 5G.",
	}
	code, out, errs := runCLI(t, strings.Join(in, "\n")+"\n", "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	spans := 0
	for _, l := range lines(out) {
		if !utf8.ValidString(l) || !json.Valid([]byte(l)) {
			t.Fatalf("not valid UTF-8 JSON: %q", l)
		}
		var r jsonCues
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Cues {
			if c.Start < 0 || c.End > len(r.Text) || r.Text[c.Start:c.End] != c.Text {
				t.Errorf("%q: cue [%d:%d] %q does not index the text", r.Text, c.Start, c.End, c.Text)
			}
			spans++
		}
	}
	if spans < 5 {
		t.Fatalf("only %d spans checked", spans)
	}
}

// The same convention for articles: start and end count bytes of the
// article as JSON carries text.
func TestArticleJSONOffsetsWithInvalidBytes(t *testing.T) {
	article := strings.Replace(testArticle, "rotating", "rot\xffat\xfeing", 1)
	article = strings.Replace(article, "German officials", "German \x80officials", 1)
	code, out, errs := runCLI(t, article, "-article", "-", "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Statements []struct {
			Text       string
			Start, End int
		} `json:"statements"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var emitted strings.Builder // the article with each invalid byte as U+FFFD
	for i := 0; i < len(article); {
		r, size := utf8.DecodeRuneInString(article[i:])
		emitted.WriteRune(r)
		i += size
	}
	text := emitted.String()
	if len(got.Statements) < 2 {
		t.Fatalf("statements: %s", out)
	}
	for _, s := range got.Statements {
		if s.Start < 0 || s.End > len(text) || text[s.Start:s.End] != s.Text {
			t.Errorf("statement [%d:%d] %q does not index the article", s.Start, s.End, s.Text)
		}
	}
}

// Issue 13, item 8: a BOM dropped an article's headline, and lone CR line
// endings put a whole article on one line.
func TestArticleLayoutIsNormalised(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "articles", "reuters-2019-03-22-eu-drops-huawei-ban-threat.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	article := string(b)
	texts := func(in string) []string {
		t.Helper()
		code, out, errs := runCLI(t, in, "-article", "-", "-json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var got struct {
			Statements []struct{ Text string } `json:"statements"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		var ts []string
		for _, s := range got.Statements {
			ts = append(ts, strings.Join(strings.Fields(s.Text), " "))
		}
		return ts
	}
	want := texts(article)
	for name, in := range map[string]string{
		"BOM":    "\ufeff" + article,
		"CR":     strings.ReplaceAll(article, "\n", "\r"),
		"CRLF":   strings.ReplaceAll(article, "\n", "\r\n"),
		"U+2028": strings.ReplaceAll(article, "\n", "\u2028"),
	} {
		if got := texts(in); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %d statements, want %d as with LF\n got %q\nwant %q", name, len(got), len(want), got, want)
		}
	}
}

// Issue 13, item 4: a model whose lexicon had a NaN weight loaded, and the
// table printed "supportive NaN".
func TestNonFiniteModelIsRefused(t *testing.T) {
	m, err := stance.Train([]string{"Operators oppose a Huawei ban.", "Huawei must be banned."},
		[]stance.Label{stance.Supportive, stance.Opposed}, stance.DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	// The payload ends with the class biases: make the last one NaN and
	// give the file a true header, so only the decoder can refuse it.
	payload := append([]byte(nil), data[bytes.IndexByte(data, '\n')+1:]...)
	copy(payload[len(payload)-8:], []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f})
	sum := sha256.Sum256(payload)
	version := strings.Fields(string(data[:bytes.IndexByte(data, '\n')]))[1] // Save's own
	file := append([]byte(fmt.Sprintf("stancekit-model %s sha256=%s bytes=%d\n", version, hex.EncodeToString(sum[:]), len(payload))), payload...)
	path := filepath.Join(t.TempDir(), "nan.model")
	if err := os.WriteFile(path, file, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "-model", path, "Huawei must be banned.")
	if code != 1 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "bias") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// buildCLI builds the command once per test binary run.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "classify")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// Issue 13, item 7: SIGINT cut the last JSON record mid-line with nothing
// on stderr. Now the batch in hand is written whole, one line on stderr
// says so, and the exit status is 130 (SIGINT) or 143 (SIGTERM).
func TestSignalStopsAtAWholeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := buildCLI(t)
	for _, c := range []struct {
		sig  syscall.Signal
		code int
		name string
	}{{syscall.SIGINT, 130, "SIGINT"}, {syscall.SIGTERM, 143, "SIGTERM"}} {
		cmd := exec.Command(bin, "-jsonl", "-json")
		stdin, _ := cmd.StdinPipe()
		var stdout lockedBuffer
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Feed until 2,000 answers are out, then signal while input keeps
		// coming (the writer stops when the pipe closes).
		go func() {
			w := bufio.NewWriter(stdin)
			for i := 0; ; i++ {
				if _, err := fmt.Fprintf(w, "{\"id\":%d,\"text\":\"Huawei must be banned from 5G networks, number %d.\"}\n", i, i); err != nil {
					return
				}
				if i%256 == 0 && w.Flush() != nil {
					return
				}
			}
		}()
		deadline := time.Now().Add(60 * time.Second)
		for cmd.Process != nil && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
			if stdout.lines() > 2000 {
				break
			}
		}
		cmd.Process.Signal(c.sig)
		err := cmd.Wait()
		stdin.Close()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		out := stdout.String()
		if code != c.code || !strings.HasSuffix(out, "\n") {
			t.Errorf("%s: exit %d, output ends %q", c.name, code, out[max(0, len(out)-40):])
		}
		n := 0
		for _, l := range lines(out) {
			var r struct{ ID int }
			if err := json.Unmarshal([]byte(l), &r); err != nil || r.ID != n {
				t.Fatalf("%s: line %d is not record %d: %q", c.name, n+1, n, l)
			}
			n++
		}
		if errs := stderr.String(); strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.name) || !strings.Contains(errs, fmt.Sprint(n)) {
			t.Errorf("%s: stderr %q after %d records", c.name, errs, n)
		}
	}
}

// Issue 13, item 2: memory was bounded by lines, not bytes: the reader held
// 512 lines of any size, and dense punctuation cost ~300× its size (40
// lines of 60 MB reached 8.6 GB). Peak RSS for lines near the 64 MiB cap
// now stays under 300 MB. The figure is memory, not time.
func TestHugeLinesStayUnder300MB(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 180 MB")
	}
	bin := buildCLI(t)
	for _, args := range [][]string{nil, {"-json"}} {
		cmd := exec.Command(bin, args...)
		stdin, _ := cmd.StdinPipe()
		var stdout bytes.Buffer
		cmd.Stdout = &lineCounter{w: &stdout}
		peak := proctest.StartForRSS(t, cmd)
		go func() {
			w := bufio.NewWriterSize(stdin, 1<<20)
			for _, unit := range []string{"'", "a' ", "\xff\x00"} {
				w.WriteString(strings.Repeat(unit, (60<<20)/len(unit)))
				w.WriteString("\n")
			}
			w.WriteString("Huawei must be banned.\n")
			w.Flush()
			stdin.Close()
		}()
		// Two of the lines hold no word: their rows say error, and the exit
		// status is 1.
		if err := cmd.Wait(); cmd.ProcessState.ExitCode() != 1 {
			t.Fatalf("%q: %v", args, err)
		}
		rss := peak() >> 10
		n := cmd.Stdout.(*lineCounter).n
		t.Logf("%q: 4 lines, 180 MB in, %d lines out, peak RSS %d MiB", args, n, rss)
		if n != 4 || rss > 300 {
			t.Errorf("%q: %d lines out, peak RSS %d MiB", args, n, rss)
		}
	}
}

// lockedBuffer is a bytes.Buffer that a command writes to while a test
// counts its lines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) lines() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Count(l.b.Bytes(), []byte("\n"))
}

// String is the whole output; call it once the command has ended.
func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// lineCounter counts the lines written through it and keeps only the last
// 1 KiB.
type lineCounter struct {
	w *bytes.Buffer
	n int
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte("\n"))
	c.w.Write(p[max(0, len(p)-1024):])
	if c.w.Len() > 1<<20 {
		c.w.Reset()
	}
	return len(p), nil
}
