package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// maxLineBytes bounds one input line, line ending not counted; a longer
// line is a bad line.
const maxLineBytes = 64 << 20

// item is one input statement, or a bad input line.
type item struct {
	line int             // 1-based input line (or argument) number
	id   json.RawMessage // passed through from -jsonl input; nil if none
	text string
	bad  error // set when the line could not be read as a statement: a *lineError
	// record marks a -jsonl line not parsed yet: text is the JSON record,
	// which parseItem reads (on a worker, not on the reading goroutine).
	record bool
}

// lineError is an input line that could not be read as a statement.
type lineError struct {
	Line int
	Err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *lineError) Unwrap() error { return e.Err }

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

// lineSource reads one statement a line (plain text) or one JSON object a
// line (-jsonl).
//
// Lines end at LF, CR LF or a lone CR, and in plain text also at NEL
// (U+0085) and the line and paragraph separators U+2028 and U+2029 (inside
// a JSON string those two are legal characters, so -jsonl keeps them). A
// UTF-8 byte order mark at the start of the input is dropped. A lone CR ends
// its line at once, without waiting to see whether an LF follows, so an
// interactive writer that ends lines with CR gets its answer.
type lineSource struct {
	r      *bufio.Reader
	jsonl  bool
	line   int
	max    int  // maxLineBytes; a field so that tests can lower it
	skipLF bool // the last line ended with a CR: an LF next is part of that ending
	begun  bool // the byte order mark check is done
	eof    bool // the reader has reported io.EOF
}

func newLineSource(r io.Reader, jsonl bool) *lineSource {
	return &lineSource{r: bufio.NewReaderSize(r, 64<<10), jsonl: jsonl, max: maxLineBytes}
}

// ends marks the bytes that may start a line ending.
var ends = func() (t [256]bool) {
	t['\n'], t['\r'], t[0xC2], t[0xE2] = true, true, true, true
	return t
}()

// endAt returns the length of the line ending at b[i]: 0 if there is none,
// -1 if more bytes are needed to tell (a multi-byte ending split across
// reads).
func (s *lineSource) endAt(b []byte, i int) int {
	switch b[i] {
	case '\n', '\r':
		return 1
	case 0xC2, 0xE2:
		if s.jsonl {
			return 0
		}
		need := 2
		if b[i] == 0xE2 {
			need = 3
		}
		if len(b)-i < need {
			if s.eof {
				return 0
			}
			return -1
		}
		if b[i] == 0xC2 && b[i+1] == 0x85 {
			return 2
		}
		if b[i] == 0xE2 && b[i+1] == 0x80 && (b[i+2] == 0xA8 || b[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// readLine returns the next line without its line ending. A line over max
// bytes is consumed and reported as too long, at the end of the input as
// before a line ending.
func (s *lineSource) readLine() (string, bool, error) {
	if !s.begun {
		s.begun = true
		// Peek(3) only when the first byte could start a BOM: waiting for
		// three bytes would delay a one-letter first line.
		if b, _ := s.r.Peek(1); len(b) == 1 && b[0] == 0xEF {
			if b, _ := s.r.Peek(3); string(b) == "\uFEFF" {
				s.r.Discard(3)
			}
		}
	}
	if s.skipLF {
		s.skipLF = false
		if b, _ := s.r.Peek(1); len(b) == 1 && b[0] == '\n' {
			s.r.Discard(1)
		}
	}
	var sb strings.Builder
	n, tooLong, some := 0, false, false
	add := func(p []byte) {
		if n+len(p) > s.max {
			tooLong, sb = true, strings.Builder{}
		}
		n += len(p)
		if !tooLong {
			sb.Write(p)
		}
	}
outer:
	for {
		if s.r.Buffered() == 0 {
			if _, err := s.r.Peek(1); err != nil {
				if !errors.Is(err, io.EOF) {
					return "", false, err
				}
				s.eof = true
				if !some {
					return "", false, io.EOF
				}
				return sb.String(), tooLong, nil
			}
		}
		some = true
		b, _ := s.r.Peek(s.r.Buffered())
		for i := 0; i < len(b); i++ {
			if !ends[b[i]] {
				continue
			}
			k := s.endAt(b, i)
			if k == 0 {
				continue
			}
			if k < 0 {
				// Read on until the ending can be told; at the end of the
				// input it is no ending, and the bytes are text.
				need := 2
				if b[i] == 0xE2 {
					need = 3
				}
				add(b[:i])
				s.r.Discard(i)
				if _, err := s.r.Peek(need); err != nil {
					s.eof = true
				}
				continue outer
			}
			c := b[i]
			var line string
			if n == 0 && i <= s.max {
				line = string(b[:i])
			} else {
				add(b[:i])
				line = sb.String()
			}
			s.r.Discard(i + k)
			s.afterEnd(c)
			return line, tooLong, nil
		}
		add(b)
		s.r.Discard(len(b))
	}
}

// afterEnd handles a CR that ended a line: an LF already read after it
// belongs to the same ending; if nothing has been read yet, the next read
// drops a leading LF instead, so that the answer to this line need not wait
// for the next byte.
func (s *lineSource) afterEnd(c byte) {
	if c != '\r' {
		return
	}
	if s.r.Buffered() == 0 {
		s.skipLF = true
		return
	}
	if b, _ := s.r.Peek(1); b[0] == '\n' {
		s.r.Discard(1)
	}
}

func (s *lineSource) next() (item, error) {
	for {
		text, tooLong, err := s.readLine()
		if err != nil {
			return item{}, err
		}
		s.line++
		it := item{line: s.line}
		if tooLong {
			it.bad = &lineError{s.line, fmt.Errorf("longer than %d MiB", s.max>>20)}
			return it, nil
		}
		if s.jsonl && strings.TrimSpace(text) == "" {
			continue // a blank line between JSON records holds no statement
		}
		it.text, it.record = text, s.jsonl
		return it, nil
	}
}

// parseItem reads a -jsonl item's record into its id and text.
func parseItem(it item) item {
	if !it.record {
		return it
	}
	id, text, err := parseRecord(it.text)
	it.record = false
	if err != nil {
		return item{line: it.line, bad: &lineError{it.line, err}}
	}
	it.id, it.text = id, text
	return it
}

// bytesOf views s as bytes without copying, for the read-only JSON calls on
// a line that may be 64 MiB long.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// parseRecord reads one -jsonl line: a JSON object whose "text" is a
// string and whose "id", if any, is passed through. Keys match exactly
// (encoding/json would also take "Text" or "TEXT"), a repeated "text" or
// "id" is an error rather than a silent choice of one, and other keys are
// ignored.
func parseRecord(line string) (json.RawMessage, string, error) {
	if !json.Valid(bytesOf(line)) {
		var v any
		err := json.Unmarshal(bytesOf(line), &v) // for the decoder's message
		return nil, "", fmt.Errorf("invalid JSON: %v", err)
	}
	var id json.RawMessage
	var text *string
	err := objectFields(line, func(key, raw string) error {
		switch key {
		case "text":
			if text != nil {
				return errors.New(`"text" given twice`)
			}
			if raw[0] != '"' {
				return errors.New(`"text" is not a string`)
			}
			var s string
			if err := json.Unmarshal(bytesOf(raw), &s); err != nil {
				return err
			}
			text = &s
		case "id":
			if id != nil {
				return errors.New(`"id" given twice`)
			}
			id = passThrough(raw)
		}
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	if text == nil {
		return nil, "", errors.New(`no "text" field`)
	}
	return id, *text, nil
}

// passThrough returns an id value as it is written back: compacted, and
// with invalid UTF-8 replaced, so that the output stays valid JSON.
func passThrough(raw string) json.RawMessage {
	if utf8.ValidString(raw) {
		var b strings.Builder
		b.Grow(len(raw))
		inString, esc := false, false
		for i := 0; i < len(raw); i++ {
			c := raw[i]
			switch {
			case inString && esc:
				esc = false
			case inString && c == '\\':
				esc = true
			case c == '"':
				inString = !inString
			case !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
				continue
			}
			b.WriteByte(c)
		}
		return json.RawMessage(b.String())
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return json.RawMessage("null")
	}
	out, err := json.Marshal(v)
	if err != nil {
		return json.RawMessage("null")
	}
	return out
}

// objectFields calls f with each key of the JSON object s and its value as
// written. s must be valid JSON (see json.Valid); it is an error for it to
// be anything but an object.
func objectFields(s string, f func(key, raw string) error) error {
	i := skipSpace(s, 0)
	if i >= len(s) || s[i] != '{' {
		return errors.New("not a JSON object")
	}
	i = skipSpace(s, i+1)
	for i < len(s) && s[i] != '}' {
		end := valueEnd(s, i)
		var key string
		if err := json.Unmarshal(bytesOf(s[i:end]), &key); err != nil {
			return err
		}
		i = skipSpace(s, end)
		i = skipSpace(s, i+1) // the colon
		end = valueEnd(s, i)
		if err := f(key, s[i:end]); err != nil {
			return err
		}
		i = skipSpace(s, end)
		if i < len(s) && s[i] == ',' {
			i = skipSpace(s, i+1)
		}
	}
	return nil
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the end of the JSON value that starts at s[i], in valid
// JSON.
func valueEnd(s string, i int) int {
	switch s[i] {
	case '"':
		for j := i + 1; j < len(s); j++ {
			switch s[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
		return len(s)
	case '{', '[':
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '"':
				j = valueEnd(s, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(s)
	}
	j := i
	for j < len(s) && !strings.ContainsRune(",}] \t\n\r", rune(s[j])) {
		j++
	}
	return j
}
