package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/internal/parallel"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// The stream's budget. The reader hands statements over in chunks: what it
// reads back to back while more input is already buffered, up to
// chunkItems statements or chunkBytes bytes (a longer statement is a
// chunk of its own), and a chunk as soon as no more input is at hand, so
// that an interactive writer gets its answer at once. Each chunk is
// parsed, classified, scored for sentiment and encoded by one of the
// workers, and written in input order (internal/parallel.Ordered). At most
// chunksPerWorker chunks a worker and inFlightBytes bytes of statement
// text are in flight (read, not yet written) at once, but for one chunk
// over that, which goes alone; the reader holds one chunk more, and each
// statement being classified costs at most about 25 MiB of scratch space
// at worst (features.MaxStatementBytes). A chunk is long so that each step
// of work runs over many statements: at 64 a chunk, the CLI took a fifth
// more CPU than at 512. Two chunks a worker let it start on the next while
// the writer copies one out; four held 8 MiB more (peak RSS on 100,000
// JSONL statements, 60 against 52 MiB).
const (
	chunkItems      = 512
	chunkBytes      = 1 << 20
	chunksPerWorker = 2
	inFlightBytes   = 4 << 20
	// bigText is the longest statement a worker encodes into its chunk's
	// output; the writer encodes a longer one itself, in pieces, so that
	// a 64 MiB statement is never held twice (or six times, escaped).
	bigText = jsonChunk
)

type classifier struct {
	o    options
	m    *stance.Model
	sent *sentiment.Analyzer
}

func newClassifier(o options) (*classifier, error) {
	c := &classifier{o: o}
	var err error
	if c.m, err = loadModel(o.model); err != nil {
		return nil, err
	}
	if o.json || o.sentiment {
		if c.sent, err = sentiment.New(sentiment.WithProfile(o.sentProfile)); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// chunk is what the reader hands over at once: items read back to back
// while more input was already buffered, and the error that ended reading
// if it did.
type chunk struct {
	items []item
	err   error // io.EOF at the end of the input
}

// size is what a chunk weighs against inFlightBytes.
func (ch chunk) size() int {
	n := 0
	for _, it := range ch.items {
		n += len(it.text)
	}
	return n
}

// readChunks runs src in its own goroutine, so that reading overlaps the
// work, and sends its items in chunks (see chunkItems); the last chunk
// carries the error that ended the input. After a chunk of inFlightBytes
// or more it reads nothing until that chunk is written (a value on
// drained), so that two statements of 64 MiB are never held at once. It
// gives up when done is closed.
func readChunks(src source, buffered func() int, drained, done <-chan struct{}) <-chan chunk {
	out := make(chan chunk)
	var once sync.Once
	go func() {
		defer close(out)
		for {
			var ch chunk
			size := 0
			for {
				it, err := src.next()
				if err != nil {
					ch.err = err
					break
				}
				ch.items = append(ch.items, it)
				size += len(it.text)
				if buffered() == 0 || len(ch.items) == chunkItems || size >= chunkBytes {
					break
				}
			}
			select {
			case out <- ch:
			case <-done:
				return
			}
			if ch.err != nil {
				return
			}
			// More input follows the first chunk: a stream, no longer
			// start-up (see endStartup).
			once.Do(endStartup)
			if size >= inFlightBytes {
				select {
				case <-drained:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// interrupted is the error of a run stopped by a signal.
type interrupted struct {
	sig     os.Signal
	written int // statements written; -1 for an article, which is written whole or not at all
}

func (e interrupted) Error() string {
	if e.written < 0 {
		return fmt.Sprintf("stopped by %s; nothing written", signalName(e.sig))
	}
	return fmt.Sprintf("stopped by %s after %d statements, each written in full", signalName(e.sig), e.written)
}

// row is one output line as a worker left it: its bytes in the chunk's
// output, and what the writer is to report about it.
type row struct {
	line int   // the input line (or argument) number
	bad  error // the input line could not be read as a statement (a *lineError)
	fail error // the statement could not be classified
	// The row is out[start:mid] + big, encoded by the writer, +
	// out[mid:end]; big is empty but for a text over bigText.
	start, mid, end int
	big             string
	noRow           bool // nothing to write: the writer stops at a bad line or skips it
}

// rows is a chunk's worth of output, and the error that ended the input
// after it, if any.
type rows struct {
	rows []row
	out  []byte
	err  error
	big  bool // the chunk held inFlightBytes or more: the reader waits for it
}

// work turns a chunk into its output rows: it parses -jsonl records,
// classifies, scores sentiment and encodes. It runs on several goroutines
// at once. Each step runs over the whole chunk (up to chunkItems lines)
// before the next, so that the model's tables, then the sentiment
// lexicon's, stay in cache while they are used.
func (c *classifier) work(ch chunk) rows {
	items := ch.items
	out := rows{rows: make([]row, len(items)), err: ch.err, big: ch.size() >= inFlightBytes}
	for i := range items {
		items[i] = parseItem(items[i])
	}
	res := make([]stance.Result, len(items))
	for i, it := range items {
		r := &out.rows[i]
		r.line, r.bad = it.line, it.bad
		if it.bad != nil {
			// A skipped plain-text line keeps its row; a skipped record
			// has none, and without -skip-bad the run stops at it.
			r.noRow = !c.o.skipBad || c.o.jsonl
			res[i].Err = it.bad
			continue
		}
		res[i].Prediction, res[i].Err = c.m.Predict(it.text)
		r.fail = res[i].Err
	}
	var sent []sentiment.Score
	if c.sent != nil {
		sent = make([]sentiment.Score, len(items))
		for i, it := range items {
			// The table's column scores every row; JSON only statements
			// that were classified.
			if !out.rows[i].noRow && (!c.o.json || res[i].Err == nil) {
				sent[i] = c.sent.Score(it.text)
			}
		}
	}
	var b bytes.Buffer
	var jt jsonText
	for i, it := range items {
		r := &out.rows[i]
		r.start = b.Len()
		if !r.noRow {
			var s sentiment.Score
			if sent != nil {
				s = sent[i]
			}
			r.mid, r.big = c.encode(&b, &jt, it, res[i], s)
		}
		r.end = b.Len()
		if r.big == "" {
			r.mid = r.end
		}
	}
	out.out = b.Bytes()
	return out
}

// stream classifies every item of src and writes one output line per item,
// in input order, flushing whenever the next line is not ready yet. It
// returns the first bad line unless -skip-bad is set, and an error counting
// the statements that could not be classified. A signal on stop ends it
// after the chunk being written is written in full.
func (c *classifier) stream(src source, stdout, stderr io.Writer, stop <-chan os.Signal) error {
	w := bufio.NewWriterSize(stdout, 64<<10)
	defer w.Flush()
	var failed, skipped, total, written int
	var jt jsonText // for the texts over bigText
	// drained tells the reader that the one chunk of inFlightBytes or
	// more it may have sent is written.
	drained := make(chan struct{}, 1)
	emit := func(rs rows) error {
		for _, r := range rs.rows {
			if r.bad != nil {
				if !c.o.skipBad {
					return r.bad
				}
				skipped++
				fmt.Fprintf(stderr, "classify: skipped %v\n", r.bad)
			} else {
				total++
				if r.fail != nil {
					failed++
					fmt.Fprintf(stderr, "classify: statement %d: %s\n", r.line, reason(r.fail))
				}
			}
			if r.noRow {
				continue
			}
			w.Write(rs.out[r.start:r.mid])
			if r.big != "" {
				var err error
				if c.o.json {
					err = jt.write(w, r.big)
				} else {
					_, err = rowText.WriteString(w, r.big)
				}
				if err != nil {
					return fmt.Errorf("write output: %w", err)
				}
			}
			if _, err := w.Write(rs.out[r.mid:r.end]); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			written++
		}
		if rs.big {
			drained <- struct{}{}
		}
		if rs.err != nil && !errors.Is(rs.err, io.EOF) {
			return fmt.Errorf("read input: %w", rs.err)
		}
		return nil
	}
	flush := func() error {
		if err := w.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	}

	buffered := func() int { return 1 }
	if ls, ok := src.(*lineSource); ok {
		buffered = ls.r.Buffered
	}
	done := make(chan struct{})
	defer close(done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stopped := make(chan os.Signal, 1)
	go func() {
		select {
		case sig := <-stop:
			stopped <- sig
			cancel()
		case <-ctx.Done():
		}
	}()
	stage := parallel.Ordered[chunk, rows]{
		Work:    c.work,
		Workers: c.workers(),
		Window:  chunksPerWorker * c.workers(),
		Cost:    chunk.size,
		Budget:  inFlightBytes,
		Idle:    flush,
	}
	err := stage.Run(ctx, readChunks(src, buffered, drained, done), emit)
	if errors.Is(err, context.Canceled) {
		if err := flush(); err != nil {
			return err
		}
		return interrupted{<-stopped, written}
	}
	if err != nil {
		return err
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "classify: %d bad input lines skipped, %d statements classified\n", skipped, total-failed)
		if total == 0 {
			return fmt.Errorf("no statement could be read: all %d input lines were bad", skipped)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d statements could not be classified", failed, total)
	}
	return nil
}

// maxWorkers caps -workers: more goroutines than that only cost memory.
const maxWorkers = 512

// workers is the number of goroutines working on chunks: -workers (at most
// maxWorkers), or one per CPU.
func (c *classifier) workers() int {
	return min(parallel.Workers(c.o.workers), maxWorkers)
}

// reason is what a row and stderr say of a statement the model could not
// classify: an empty statement by the words of stance.ErrEmpty, any other
// error in full.
func reason(err error) string {
	if errors.Is(err, stance.ErrEmpty) {
		return stance.ErrEmpty.Error()
	}
	return err.Error()
}

// result is a JSON record after its "id" and "text", which write puts
// first itself. Its fields are stance.Prediction's JSON (which reads a
// record back), the sentiment as attribution writes it, and the error;
// every figure is rounded to 4 decimals (internal/jsonnum).
type result struct {
	Label     stance.Label           `json:"label,omitempty"`
	Conf      *float64               `json:"confidence,omitempty"`
	Relevance *float64               `json:"relevance,omitempty"`
	Probs     stance.Probs           `json:"probs,omitempty"`
	Cues      []stance.CueHit        `json:"cues"`
	Reasons   []stance.Reason        `json:"reasons,omitempty"`
	Sentiment *attribution.Sentiment `json:"sentiment,omitempty"`
	Error     string                 `json:"error,omitempty"`
}

// rowText replaces the characters that would break a table row: an
// argument statement may hold newlines or tabs, and a JSON text any line
// separator.
var rowText = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", "\u0085", " ", "\u2028", " ", "\u2029", " ")

// encode appends it's output row to b, with r its prediction (or the error
// that stopped it) and s its sentiment, if asked for. A text over bigText
// is left out and returned with the offset in b where it goes: the writer
// encodes it there itself.
func (c *classifier) encode(b *bytes.Buffer, jt *jsonText, it item, r stance.Result, s sentiment.Score) (int, string) {
	big := len(it.text) > bigText
	if !c.o.json {
		label, conf := string(r.Label), strconv.FormatFloat(r.Confidence, 'f', 4, 64)
		if r.Err != nil {
			label, conf = "error", "0.0000"
		}
		b.WriteString(label)
		b.WriteByte('\t')
		b.WriteString(conf)
		b.WriteByte('\t')
		if c.o.sentiment {
			b.WriteString(strconv.FormatFloat(s.Compound, 'f', 4, 64))
			b.WriteByte('\t')
		}
		mid := b.Len()
		if !big {
			rowText.WriteString(b, it.text)
		}
		b.WriteByte('\n')
		return mid, bigOnly(big, it.text)
	}
	rec := result{Cues: []stance.CueHit{}}
	if r.Err != nil {
		if it.bad != nil {
			rec.Error = it.bad.Error()
		} else {
			rec.Error = reason(r.Err)
		}
	} else {
		rec.Label, rec.Probs, rec.Reasons = r.Label, r.Probs, r.Reasons
		conf, rel := jsonnum.Round(r.Confidence), jsonnum.Round(r.Relevance)
		rec.Conf, rec.Relevance = &conf, &rel
		if r.Cues != nil {
			rec.Cues = emittedOffsets(it.text, r.Cues)
		}
		rec.Sentiment = &attribution.Sentiment{Compound: s.Compound, Label: s.Label}
	}
	js, err := json.Marshal(rec)
	if err != nil { // a value JSON cannot carry: report it in the record
		js, _ = json.Marshal(result{Cues: []stance.CueHit{}, Error: "cannot encode the result: " + err.Error()})
	}
	b.WriteByte('{')
	if it.id != nil {
		b.WriteString(`"id":`)
		b.Write(it.id)
		b.WriteByte(',')
	}
	b.WriteString(`"text":`)
	mid := b.Len()
	if !big {
		jt.write(b, it.text) // a bytes.Buffer does not fail
	}
	b.WriteByte(',')
	b.Write(js[1:])
	b.WriteByte('\n')
	return mid, bigOnly(big, it.text)
}

// bigOnly is text if big is set, else "".
func bigOnly(big bool, text string) string {
	if big {
		return text
	}
	return ""
}

// jsonChunk is how much of a text jsonText encodes at a time, so that a 64
// MiB statement is never held twice.
const jsonChunk = 64 << 10

// jsonText writes texts as JSON strings, as json.Marshal does (invalid
// bytes become \ufffd, one per byte), in pieces cut at character starts.
// Its zero value is ready; it is for one goroutine.
type jsonText struct {
	enc *json.Encoder
	buf bytes.Buffer
}

func (j *jsonText) write(w io.Writer, s string) error {
	if j.enc == nil {
		j.enc = json.NewEncoder(&j.buf)
	}
	if _, err := io.WriteString(w, `"`); err != nil {
		return err
	}
	for len(s) > 0 {
		n := min(len(s), jsonChunk)
		if n < len(s) {
			for k := 0; k < utf8.UTFMax && n > 1 && !utf8.RuneStart(s[n]); k++ {
				n--
			}
		}
		j.buf.Reset()
		if err := j.enc.Encode(s[:n]); err != nil {
			return err
		}
		b := j.buf.Bytes() // "…"\n
		if _, err := w.Write(b[1 : len(b)-2]); err != nil {
			return err
		}
		s = s[n:]
	}
	_, err := io.WriteString(w, `"`)
	return err
}

// emittedOffsets returns the cues with their offsets counted in the text
// as JSON carries it. The two differ only for invalid UTF-8: JSON replaces
// each invalid byte with U+FFFD, three bytes, so every offset after one
// moves on by two. The convention of -json output is that start and end
// index the "text" field as a JSON decoder returns it:
// text[start:end] == cue text, whatever the input bytes were.
func emittedOffsets(text string, cues []stance.CueHit) []stance.CueHit {
	if utf8.ValidString(text) {
		return cues
	}
	offs := make([]int, 0, 2*len(cues))
	for _, c := range cues {
		offs = append(offs, c.Start, c.End)
	}
	m := remap(text, offs)
	out := make([]stance.CueHit, len(cues))
	for i, c := range cues {
		c.Start, c.End = m[c.Start], m[c.End]
		out[i] = c
	}
	return out
}

// remap maps each byte offset in offs into text to the offset of the same
// place in text with every invalid byte replaced by U+FFFD, as a JSON
// encoder writes it. Offsets must fall on the boundaries where
// utf8.DecodeRuneInString steps, as token offsets do.
func remap(text string, offs []int) map[int]int {
	sorted := append([]int(nil), offs...)
	sort.Ints(sorted)
	m := make(map[int]int, len(sorted))
	shift, i := 0, 0
	for _, o := range sorted {
		for i < o && i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size == 1 {
				shift += 2
			}
			i += size
		}
		m[o] = o + shift
	}
	return m
}
