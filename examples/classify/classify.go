package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// The batch budget. Statements are read, classified (in parallel) and
// written in batches: a batch closes at batchSize statements or
// batchBytes bytes of statement text, whichever comes first (a longer
// statement is a batch of its own), or as soon as the input has been idle
// for idleFlush. Beside the batch, the reader holds at most one chunk read
// ahead (readAheadBytes, or one line), and each statement being classified
// costs at most about 25 MiB of scratch space at worst (features.MaxStatementBytes).
const (
	batchSize      = 512
	batchBytes     = 4 << 20
	readAheadBytes = 1 << 20
	readAheadItems = 64
	// idleFlush is how long input may pause before what has been read is
	// classified and written: an interactive writer that sends a line and
	// waits gets its answer within a few milliseconds, while a fast stream
	// still fills whole batches.
	idleFlush = 3 * time.Millisecond
)

type classifier struct {
	o    options
	m    *stance.Model
	sent *sentiment.Analyzer
	// enc and encBuf escape JSON text (writeJSONString); only the
	// goroutine that writes uses them.
	enc    *json.Encoder
	encBuf bytes.Buffer
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
	endStartup()
	return c, nil
}

// chunk is what the reader hands over at once: items read back to back
// while more input was already buffered, or the error that ended reading.
type chunk struct {
	items []item
	err   error // io.EOF at the end of the input
}

// readChunks runs src in its own goroutine, so that the classifier can tell
// idle input from a busy stream. It sends each item as soon as no further
// input is at hand, and gathers items that are (up to readAheadItems or
// readAheadBytes) into one chunk. After a chunk of batchBytes or more it
// reads nothing until the classifier has written it (a value on drained),
// so that two statements of 64 MiB are never held at once.
func readChunks(src source, buffered func() int, drained, done <-chan struct{}) <-chan chunk {
	out := make(chan chunk)
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
				if buffered() == 0 || len(ch.items) == readAheadItems || size >= readAheadBytes {
					break
				}
			}
			select {
			case <-drained: // a stale token from an earlier batch
			default:
			}
			select {
			case out <- ch:
			case <-done:
				return
			}
			if ch.err != nil {
				return
			}
			if size >= batchBytes {
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

// stream classifies every item of src and writes one output line per item,
// in input order, flushing each batch as it is written. It returns the
// first bad line unless -skip-bad is set, and an error counting the
// statements that could not be classified. A signal on stop ends it after
// the batch in hand is written.
func (c *classifier) stream(src source, stdout, stderr io.Writer, stop <-chan os.Signal) error {
	w := bufio.NewWriterSize(stdout, 64<<10)
	defer w.Flush()
	var failed, skipped, total, written int
	batch := make([]item, 0, batchSize)
	texts := make([]string, 0, batchSize)
	batchLen := 0
	drained := make(chan struct{}, 1)
	flush := func() error {
		texts = texts[:0]
		for _, it := range batch {
			texts = append(texts, it.text)
		}
		res := c.m.PredictBatch(texts, c.o.workers)
		for i, it := range batch {
			if it.bad != nil { // a skipped plain-text line keeps its row
				res[i] = stance.Result{Err: it.bad}
			} else if res[i].Err != nil {
				failed++
				fmt.Fprintf(stderr, "classify: statement %d: %v\n", it.line, errors.Unwrap(res[i].Err))
			}
			if err := c.write(w, it, res[i]); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		written += len(batch)
		clear(batch) // let go of the texts now, not when the slots are reused
		clear(texts)
		batch, batchLen = batch[:0], 0
		select {
		case drained <- struct{}{}:
		default:
		}
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
	chunks := readChunks(src, buffered, drained, done)
	idle := time.NewTimer(idleFlush)
	idle.Stop()
	for {
		var ch chunk
		select {
		case ch = <-chunks:
		case sig := <-stop:
			if err := flush(); err != nil {
				return err
			}
			return interrupted{sig, written}
		default:
			if len(batch) == 0 {
				select {
				case ch = <-chunks:
				case sig := <-stop:
					return interrupted{sig, written}
				}
				break
			}
			idle.Reset(idleFlush)
			select {
			case ch = <-chunks:
				idle.Stop()
			case <-idle.C:
				if err := flush(); err != nil {
					return err
				}
				continue
			case sig := <-stop:
				idle.Stop()
				if err := flush(); err != nil {
					return err
				}
				return interrupted{sig, written}
			}
		}
		for k, it := range ch.items {
			ch.items[k] = item{}
			if it.bad != nil {
				if !c.o.skipBad {
					if err := flush(); err != nil {
						return err
					}
					return it.bad
				}
				skipped++
				fmt.Fprintf(stderr, "classify: skipped %v\n", it.bad)
				if c.o.jsonl {
					continue // a JSON record's row is found by its id
				}
			} else {
				total++
			}
			batch = append(batch, it)
			batchLen += len(it.text)
			if len(batch) == batchSize || batchLen >= batchBytes {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if ch.err != nil {
			if err := flush(); err != nil {
				return err
			}
			if !errors.Is(ch.err, io.EOF) {
				return fmt.Errorf("read input: %w", ch.err)
			}
			break
		}
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

func (c *classifier) write(w *bufio.Writer, it item, r stance.Result) error {
	if !c.o.json {
		label, conf := string(r.Label), strconv.FormatFloat(r.Confidence, 'f', 4, 64)
		if r.Err != nil {
			label, conf = "error", "0.0000"
		}
		w.WriteString(label)
		w.WriteByte('\t')
		w.WriteString(conf)
		w.WriteByte('\t')
		if c.o.sentiment {
			w.WriteString(strconv.FormatFloat(c.sent.Score(it.text).Compound, 'f', 4, 64))
			w.WriteByte('\t')
		}
		rowText.WriteString(w, it.text)
		return w.WriteByte('\n')
	}
	rec := result{Cues: []stance.CueHit{}}
	if r.Err != nil {
		if u := errors.Unwrap(r.Err); u != nil && it.bad == nil {
			rec.Error = u.Error()
		} else {
			rec.Error = r.Err.Error()
		}
	} else {
		rec.Label, rec.Probs, rec.Reasons = r.Label, r.Probs, r.Reasons
		conf, rel := jsonnum.Round(r.Confidence), jsonnum.Round(r.Relevance)
		rec.Conf, rec.Relevance = &conf, &rel
		if r.Cues != nil {
			rec.Cues = emittedOffsets(it.text, r.Cues)
		}
		s := c.sent.Score(it.text)
		rec.Sentiment = &attribution.Sentiment{Compound: s.Compound, Label: s.Label}
	}
	b, err := json.Marshal(rec)
	if err != nil { // a value JSON cannot carry: report it in the record
		b, _ = json.Marshal(result{Cues: []stance.CueHit{}, Error: "cannot encode the result: " + err.Error()})
	}
	w.WriteByte('{')
	if it.id != nil {
		w.WriteString(`"id":`)
		w.Write(it.id)
		w.WriteByte(',')
	}
	w.WriteString(`"text":`)
	if err := c.writeJSONString(w, it.text); err != nil {
		return err
	}
	w.WriteByte(',')
	w.Write(b[1:])
	return w.WriteByte('\n')
}

// jsonChunk is how much of a text writeJSONString encodes at a time, so
// that a 64 MiB statement is never held twice.
const jsonChunk = 64 << 10

// writeJSONString writes s as a JSON string, as json.Marshal does (invalid
// bytes become \ufffd, one per byte), in pieces cut at character starts.
func (c *classifier) writeJSONString(w *bufio.Writer, s string) error {
	if c.enc == nil {
		c.enc = json.NewEncoder(&c.encBuf)
	}
	w.WriteByte('"')
	for len(s) > 0 {
		n := min(len(s), jsonChunk)
		if n < len(s) {
			for k := 0; k < utf8.UTFMax && n > 1 && !utf8.RuneStart(s[n]); k++ {
				n--
			}
		}
		c.encBuf.Reset()
		if err := c.enc.Encode(s[:n]); err != nil {
			return err
		}
		b := c.encBuf.Bytes() // "…"\n
		w.Write(b[1 : len(b)-2])
		s = s[n:]
	}
	return w.WriteByte('"')
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
