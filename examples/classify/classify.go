package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// batchSize is how many statements are read before they are classified and
// written: it bounds memory on an endless stream while keeping every core
// busy.
const batchSize = 512

// maxLineBytes bounds one input line; a longer line is a bad line.
const maxLineBytes = 64 << 20

// item is one input statement, or a bad input line.
type item struct {
	line int             // 1-based input line (or argument) number
	id   json.RawMessage // passed through from -jsonl input; nil if none
	text string
	bad  error // set when the line could not be read as a statement
}

// source yields input items; it returns io.EOF at the end.
type source interface {
	next() (item, error)
}

type argSource struct {
	args []string
	i    int
}

func (s *argSource) next() (item, error) {
	if s.i >= len(s.args) {
		return item{}, io.EOF
	}
	s.i++
	return item{line: s.i, text: s.args[s.i-1]}, nil
}

type lineSource struct {
	r     *bufio.Reader
	jsonl bool
	line  int
}

func newLineSource(r io.Reader, jsonl bool) *lineSource {
	return &lineSource{r: bufio.NewReaderSize(r, 64<<10), jsonl: jsonl}
}

// readLine returns the next line without its line ending; a line over
// maxLineBytes is consumed and reported as too long.
func (s *lineSource) readLine() (string, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := s.r.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > maxLineBytes {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return "", false, err
		}
		if errors.Is(err, io.EOF) && len(buf) == 0 && !tooLong && len(chunk) == 0 {
			return "", false, io.EOF
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return string(buf), tooLong, nil
	}
}

func (s *lineSource) next() (item, error) {
	text, tooLong, err := s.readLine()
	if err != nil {
		return item{}, err
	}
	s.line++
	it := item{line: s.line}
	if tooLong {
		it.bad = fmt.Errorf("line %d: longer than %d MiB", s.line, maxLineBytes>>20)
		return it, nil
	}
	if !s.jsonl {
		it.text = text
		return it, nil
	}
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal([]byte(text), &in); err != nil {
		it.bad = fmt.Errorf("line %d: invalid JSON: %v", s.line, err)
		return it, nil
	}
	if in.Text == nil {
		it.bad = fmt.Errorf("line %d: no \"text\" field", s.line)
		return it, nil
	}
	it.id, it.text = in.ID, *in.Text
	return it, nil
}

type classifier struct {
	o    options
	m    *stance.Model
	sent *sentiment.Analyzer
}

func newClassifier(o options) (*classifier, error) {
	c := &classifier{o: o}
	var err error
	if o.model != "" {
		c.m, err = stance.LoadFile(o.model)
	} else {
		c.m, err = stance.Default()
	}
	if err != nil {
		return nil, err
	}
	if o.json || o.sentiment {
		if c.sent, err = sentiment.New(sentiment.WithProfile(o.sentProfile)); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// stream classifies every item of src and writes one output line per item,
// in input order. It returns the first bad line unless -skip-bad is set, and
// an error counting the statements that could not be classified.
func (c *classifier) stream(src source, stdout, stderr io.Writer) error {
	w := bufio.NewWriterSize(stdout, 64<<10)
	defer w.Flush()
	var failed, skipped, total int
	batch := make([]item, 0, batchSize)
	texts := make([]string, 0, batchSize)
	flush := func() error {
		texts = texts[:0]
		for _, it := range batch {
			texts = append(texts, it.text)
		}
		res := c.m.PredictBatch(texts, c.o.workers)
		for i, it := range batch {
			if res[i].Err != nil {
				failed++
				fmt.Fprintf(stderr, "classify: statement %d: %v\n", it.line, errors.Unwrap(res[i].Err))
			}
			if err := c.write(w, it, res[i]); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		batch = batch[:0]
		return w.Flush()
	}
	for {
		it, err := src.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			flush()
			return fmt.Errorf("read input: %w", err)
		}
		if it.bad != nil {
			if !c.o.skipBad {
				if ferr := flush(); ferr != nil {
					return ferr
				}
				return it.bad
			}
			skipped++
			fmt.Fprintf(stderr, "classify: skipped %v\n", it.bad)
			continue
		}
		total++
		batch = append(batch, it)
		if len(batch) == batchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "classify: %d bad input lines skipped, %d statements classified\n", skipped, total-failed)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d statements could not be classified", failed, total)
	}
	return nil
}

type sentimentOut struct {
	Compound float64 `json:"compound"`
	Label    string  `json:"label"`
}

type record struct {
	ID        json.RawMessage `json:"id,omitempty"`
	Text      string          `json:"text"`
	Label     stance.Label    `json:"label,omitempty"`
	Conf      *float64        `json:"confidence,omitempty"`
	Relevance *float64        `json:"relevance,omitempty"`
	Probs     stance.Probs    `json:"probs,omitempty"`
	Cues      []stance.CueHit `json:"cues"`
	Reasons   []stance.Reason `json:"reasons,omitempty"`
	Sentiment *sentimentOut   `json:"sentiment,omitempty"`
	Error     string          `json:"error,omitempty"`
}

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
		w.WriteString(oneLine(it.text))
		return w.WriteByte('\n')
	}
	rec := record{ID: it.id, Text: it.text, Cues: []stance.CueHit{}}
	if r.Err != nil {
		rec.Error = errors.Unwrap(r.Err).Error()
	} else {
		rec.Label, rec.Probs = r.Label, r.Probs
		for _, rs := range r.Reasons {
			rec.Reasons = append(rec.Reasons, stance.Reason{Feature: rs.Feature, Weight: roundTo(rs.Weight, 4)})
		}
		conf, rel := roundTo(r.Confidence, 4), roundTo(r.Relevance, 4)
		rec.Conf, rec.Relevance = &conf, &rel
		if r.Cues != nil {
			rec.Cues = r.Cues
		}
		s := c.sent.Score(it.text)
		rec.Sentiment = &sentimentOut{Compound: roundTo(s.Compound, 4), Label: s.Label.String()}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}

// oneLine keeps a table row on one line: an argument statement may hold
// newlines or tabs.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

func roundTo(x float64, digits int) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', digits, 64), 64)
	return v
}
