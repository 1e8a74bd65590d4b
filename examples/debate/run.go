package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/debate"
)

// The output files.
const (
	statementsFile = "statements.jsonl"
	positionsFile  = "positions.csv"
	networkFile    = "network.graphml"
	timelinePNG    = "timeline.png"
	timelineSVG    = "timeline.svg"
	reportFile     = "report.html"
	// partialFile holds the statements while a run goes on; an
	// interrupted run leaves it for -resume, which moves it to resumeFile
	// while it reads it.
	partialFile = ".statements.jsonl.partial"
	resumeFile  = ".statements.jsonl.resume"
)

// counts is what the summary reports.
type counts struct {
	analysed, resumed, statements   int
	bad, duplicates, empty, ignored int
}

func runDebate(o options, env environment) error {
	period, err := debate.ParsePeriod(o.period)
	if err != nil {
		return fmt.Errorf("%w: -period: %v", errUsage, err)
	}
	start := time.Now()
	gc := tuneGC(o.gogc)
	defer gc.restore()
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	out := &outputs{dir: o.out}
	defer out.cleanup()

	an, err := newAnalyzer(o.actors)
	if err != nil {
		return err
	}
	// the progress bar and the reports of bad input share stderr from two
	// goroutines (the reader's and the writer's)
	env.stderr = &lockedWriter{w: env.stderr}
	folder := isDir(o.in)
	src, bar, closeIn, err := openInput(o.in, env)
	if err != nil {
		return err
	}
	defer closeIn()
	agg := debate.NewAggregator(period)
	agg.Defends = an.Defends // the vendors' positions as classify -article gives them
	var c counts

	if o.resume {
		if err := preparePartial(o.out); err != nil {
			return err
		}
	}
	stmts, err := out.create(statementsFile)
	if err != nil {
		return err
	}
	// -resume: the statements of the articles already done
	done := map[string]bool{}
	if o.resume {
		if err := resumeFrom(o.out, stmts, agg, done, &c); err != nil {
			return err
		}
	}

	report := func(err error) {
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintf(env.stderr, "debate: %s, skipped\n", oneLine(err))
	}
	p := debate.Pipeline{Analyzer: an, Workers: o.workers, OnBad: func(err error) error {
		switch {
		case errors.Is(err, debate.ErrDuplicate):
			c.duplicates++
		case errors.Is(err, debate.ErrNotText) && folder:
			c.ignored++
		case o.skipBad:
			c.bad++
		default:
			return fmt.Errorf("%w (use -skip-bad to skip and count such input)", err)
		}
		report(err)
		return nil
	}}
	// statements go out through a buffer, not a write per article; a run
	// killed midway leaves at most the buffer's last articles unwritten,
	// and -resume analyses them again
	bw := bufio.NewWriterSize(stmts, 256<<10)
	var buf []byte
	src = &skipDone{Source: src, done: done, c: &c}
	analysing := time.Now() // the rate in the summary leaves out start-up
	err = p.Run(src, func(a debate.Analysis) error {
		c.analysed++
		if bar != nil && folder {
			bar.Add(1)
		}
		var err error
		if buf, err = debate.AppendRecords(buf[:0], a.Records); err != nil {
			return err
		}
		if _, err := bw.Write(buf); err != nil {
			return fmt.Errorf("write %s: %w", partialFile, err)
		}
		if cap(buf) > 1<<20 {
			buf = nil // a huge article's buffer is not kept for the run
		}
		for _, r := range a.Records {
			agg.Add(r)
		}
		c.statements += len(a.Records)
		gc.article()
		return nil
	})
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(env.stderr)
	}
	// flushed on failure too: what was analysed stays for -resume
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("write %s: %w", partialFile, ferr)
	}
	if err != nil {
		return err
	}
	if j, ok := src.(*skipDone).Source.(*debate.JSONL); ok {
		c.empty = j.EmptyLines()
	}
	ps := agg.Positions()
	if err := writeResults(out, ps, period); err != nil {
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	summary(env.stdout, o, c, ps, time.Since(start), time.Since(analysing))
	return nil
}

// newAnalyzer is attribution's analyser with the embedded default stance
// model, news sentiment and the registry, extended by -actors.
func newAnalyzer(actors string) (*attribution.Analyzer, error) {
	if actors == "" {
		return debate.NewAnalyzer(nil)
	}
	f, err := os.Open(actors)
	if err != nil {
		return nil, fmt.Errorf("-actors: %w", err)
	}
	defer f.Close()
	a, err := debate.NewAnalyzer(f)
	if err != nil {
		return nil, fmt.Errorf("-actors %s: %w", actors, err)
	}
	return a, nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// openInput opens -in as a Source, with a progress bar on a terminal.
func openInput(in string, env environment) (debate.Source, *progressbar.ProgressBar, func(), error) {
	opt := debate.ReadOptions{}
	nop := func() {}
	if isDir(in) {
		d, err := debate.NewDir(in, opt)
		if err != nil {
			return nil, nil, nop, err
		}
		var bar *progressbar.ProgressBar
		if env.terminal {
			bar = progressbar.NewOptions(d.Files(), progressbar.OptionSetWriter(env.stderr),
				progressbar.OptionSetDescription("articles"), progressbar.OptionShowCount(),
				progressbar.OptionShowIts(), progressbar.OptionSetItsString("files"),
				progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		}
		return d, bar, nop, nil
	}
	var r io.Reader = env.stdin
	size := int64(-1)
	closeIn := nop
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return nil, nil, nop, fmt.Errorf("-in: %w", err)
		}
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		r, closeIn = f, func() { f.Close() }
	}
	var bar *progressbar.ProgressBar
	if env.terminal {
		bar = progressbar.NewOptions64(size, progressbar.OptionSetWriter(env.stderr),
			progressbar.OptionSetDescription("reading"), progressbar.OptionShowBytes(true),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		pr := progressbar.NewReader(r, bar)
		r = &pr
	}
	return debate.NewJSONL(r, opt), bar, closeIn, nil
}

// skipDone passes over the articles -resume found done.
type skipDone struct {
	debate.Source
	done map[string]bool
	c    *counts
}

func (s *skipDone) Next() (debate.Article, error) {
	for {
		a, err := s.Source.Next()
		if err != nil || !s.done[a.ID] {
			return a, err
		}
		s.c.resumed++
	}
}

// resumeFrom copies the statements of an earlier run into w and counts
// them into agg: first statements.jsonl, then the statements file an
// interrupted run left (its last article may be incomplete, so it is
// dropped and analysed again). Articles found are marked done.
func resumeFrom(dir string, w io.Writer, agg *debate.Aggregator, done map[string]bool, c *counts) error {
	for _, name := range []string{statementsFile, resumeFile} {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("-resume: %w", err)
		}
		ids := map[string]bool{}
		err = readRecords(f, name == resumeFile, func(rs []debate.Record) error {
			if done[rs[0].ArticleID] {
				return nil // in statements.jsonl already
			}
			ids[rs[0].ArticleID] = true
			for _, r := range rs {
				agg.Add(r)
			}
			c.statements += len(rs)
			return debate.WriteRecords(w, rs)
		})
		f.Close()
		if err != nil {
			return fmt.Errorf("-resume: %s: %w", path, err)
		}
		for id := range ids {
			done[id] = true
		}
	}
	return nil
}

// readRecords reads a statements file and calls fn with each article's
// records (consecutive lines of one article id). A partial file may end in
// a cut line, and its last article may be incomplete: both are dropped.
func readRecords(r io.Reader, partial bool, fn func([]debate.Record) error) error {
	var cur []debate.Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 2*debate.MaxArticleBytes)
	line := 0
	for sc.Scan() {
		line++
		var rec debate.Record
		if err := rec.UnmarshalJSON(sc.Bytes()); err != nil {
			if partial {
				return nil // a cut line: the article is analysed again
			}
			return fmt.Errorf("line %d: %w", line, err)
		}
		if len(cur) > 0 && cur[0].ArticleID != rec.ArticleID {
			if err := fn(cur); err != nil {
				return err
			}
			cur = cur[:0]
		}
		cur = append(cur, rec)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(cur) > 0 && !partial {
		return fn(cur)
	}
	return nil
}

func summary(w io.Writer, o options, c counts, ps []debate.Position, total, analysing time.Duration) {
	actors := map[string]bool{}
	for _, p := range ps {
		actors[p.Actor] = true
	}
	rate := float64(c.analysed) / analysing.Seconds()
	fmt.Fprintf(w, "articles: %d analysed", c.analysed)
	if c.resumed > 0 {
		fmt.Fprintf(w, ", %d done before (-resume)", c.resumed)
	}
	fmt.Fprintf(w, " in %.1fs (%.0f articles/s, start-up and outputs left out)\n", total.Seconds(), rate)
	fmt.Fprintf(w, "skipped: %d bad, %d duplicate ids, %d empty lines", c.bad, c.duplicates, c.empty)
	if c.ignored > 0 {
		fmt.Fprintf(w, ", %d files not .txt", c.ignored)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "statements: %d; actors: %d; positions (%s): %d\n", c.statements, len(actors), o.period, len(ps))
	fmt.Fprintf(w, "wrote %s: %s %s %s %s %s %s\n", o.out, statementsFile, positionsFile, networkFile, timelinePNG, timelineSVG, reportFile)
}

// lockedWriter serialises writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
