package debate

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxArticleBytes is the default cap on one article: a JSON line, or a
// .txt file, longer than this is an *InputError wrapping ErrTooLarge. It
// bounds the memory an article in flight can take.
const MaxArticleBytes = 8 << 20

// Article is one news article.
type Article struct {
	// ID identifies the article; it is unique in a Source.
	ID string
	// Date is when it was published, "YYYY-MM-DD" or "YYYY-MM".
	Date string
	// URL, Source and Title describe the article; any may be empty.
	URL    string
	Source string
	Title  string
	// Text is the article's body; statements' byte offsets point into it.
	Text string
	// Fields holds the input's other JSON fields, passed through unchanged.
	Fields map[string]json.RawMessage
	// Origin says where the article came from: "line 12" or a file path.
	Origin string
}

// The reasons an input line or file is rejected; an *InputError wraps one.
var (
	ErrMalformed = errors.New("malformed JSON")
	ErrNoID      = errors.New("no id")
	ErrNoText    = errors.New("no text")
	ErrUndated   = errors.New("no date")
	ErrBadDate   = errors.New("unparsable date (want YYYY-MM-DD or YYYY-MM)")
	ErrFuture    = errors.New("date in the future")
	ErrTooLarge  = errors.New("article too large")
	ErrBinary    = errors.New("binary file")
	ErrNotText   = errors.New("not a .txt file")
	ErrDuplicate = errors.New("duplicate id")
)

// InputError is an input line or file that gives no article. The Source
// that returned it can go on.
type InputError struct {
	// Line is the 1-based line of a JSON Lines input, 0 for a folder.
	Line int
	// File is the file of a folder input, "" for JSON Lines.
	File string
	// ID is the article id, when it was read.
	ID  string
	Err error
}

func (e *InputError) Error() string {
	where := e.File
	if e.Line > 0 {
		where = fmt.Sprintf("line %d", e.Line)
	}
	if e.ID != "" {
		where += fmt.Sprintf(" (id %q)", e.ID)
	}
	return where + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// Skippable reports whether err is an *InputError, that is one article
// (or line, or file) that can be skipped and counted while the run goes on.
func Skippable(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// Source yields articles one at a time, like bufio.Scanner: Next returns the
// next article, io.EOF after the last, an *InputError for a line or file
// that gives no article (the Source can go on after it), or another error,
// which ends the input.
type Source interface {
	Next() (Article, error)
}

// ReadOptions tune a Source. A value the readers cannot use (a negative
// MaxBytes) is an error: NewDir and ParseArticle return it, and a JSONL
// source returns it from its first Next.
type ReadOptions struct {
	// MaxBytes caps an article (a line or a file); 0 means MaxArticleBytes.
	MaxBytes int
	// Now is the present, for rejecting future dates; nil means time.Now.
	Now func() time.Time
}

// check reports a value the readers cannot use.
func (o ReadOptions) check() error {
	if o.MaxBytes < 0 {
		return fmt.Errorf("debate: ReadOptions.MaxBytes %d: want 0 (MaxArticleBytes) or a positive limit", o.MaxBytes)
	}
	return nil
}

func (o ReadOptions) max() int {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return MaxArticleBytes
}

func (o ReadOptions) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// ParseDate checks a date, "YYYY-MM-DD" or "YYYY-MM", against now: a date
// after now's day (or month, for "YYYY-MM") is ErrFuture. It returns the
// date trimmed of white space.
func ParseDate(s string, now time.Time) (string, error) {
	s = strings.TrimSpace(s)
	var t time.Time
	var err error
	switch len(s) {
	case 0:
		return "", ErrUndated
	case 10:
		t, err = time.Parse("2006-01-02", s)
	case 7:
		t, err = time.Parse("2006-01", s)
	default:
		err = ErrBadDate
	}
	if err != nil {
		return "", fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	if t.Year() < 1900 {
		return "", fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	now = now.UTC()
	limit := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	if len(s) == 7 {
		limit = time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	if t.After(limit) {
		return "", fmt.Errorf("%w: %s", ErrFuture, s)
	}
	return s, nil
}

// ids remembers the article ids seen, as 64-bit hashes (8 bytes an id; a
// false duplicate needs a hash collision, about one in 10^8 for a million
// ids, and is still reported, never silent).
type ids struct {
	seed maphash.Seed
	seen map[uint64]struct{}
}

func newIDs() *ids { return &ids{seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}} }

// add reports whether id is new.
func (s *ids) add(id string) bool {
	h := maphash.String(s.seed, id)
	if _, ok := s.seen[h]; ok {
		return false
	}
	s.seen[h] = struct{}{}
	return true
}

// JSONL reads articles from JSON Lines, one object a line:
// {"id","date","url","source","title","text", …}. Other fields are kept in
// Article.Fields. Empty lines are skipped and counted (EmptyLines). Lines
// over the size cap are discarded without being held in memory.
type JSONL struct {
	br    *bufio.Reader
	opt   ReadOptions
	line  int
	buf   []byte
	ids   *ids
	empty int
	err   error // bad options, returned by Next
}

// NewJSONL returns a Source reading JSON Lines from r. Bad ReadOptions are
// the error of its first Next.
func NewJSONL(r io.Reader, opt ReadOptions) *JSONL {
	return &JSONL{br: bufio.NewReaderSize(r, 64<<10), opt: opt, ids: newIDs(), err: opt.check()}
}

// EmptyLines is how many blank lines were skipped so far.
func (j *JSONL) EmptyLines() int { return j.empty }

// readLine returns the next line without its newline; tooLong reports a
// line over the cap, whose bytes were discarded.
func (j *JSONL) readLine() (line []byte, tooLong bool, err error) {
	j.buf = j.buf[:0]
	max := j.opt.max()
	for {
		frag, err := j.br.ReadSlice('\n')
		if !tooLong {
			if len(j.buf)+len(frag) > max+2 { // +2: the line end
				tooLong = true
				j.buf = j.buf[:0]
			} else {
				j.buf = append(j.buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && (len(j.buf) > 0 || tooLong) {
			err = nil
		} else if err == io.EOF {
			return nil, false, io.EOF
		}
		if err != nil {
			return nil, false, err
		}
		j.line++
		b := bytes.TrimRight(j.buf, "\r\n")
		return b, tooLong, nil
	}
}

// Next implements Source.
func (j *JSONL) Next() (Article, error) {
	if j.err != nil {
		return Article{}, j.err
	}
	for {
		b, tooLong, err := j.readLine()
		if err != nil {
			return Article{}, err
		}
		if tooLong {
			return Article{}, &InputError{Line: j.line, Err: fmt.Errorf("%w: line over %d bytes", ErrTooLarge, j.opt.max())}
		}
		if len(bytes.TrimSpace(b)) == 0 {
			j.empty++
			continue
		}
		a, err := ParseArticle(b, j.opt)
		a.Origin = fmt.Sprintf("line %d", j.line)
		if err != nil {
			return Article{}, &InputError{Line: j.line, ID: a.ID, Err: err}
		}
		if !j.ids.add(a.ID) {
			return Article{}, &InputError{Line: j.line, ID: a.ID, Err: ErrDuplicate}
		}
		return a, nil
	}
}

// known are the fields Article has; the rest go to Fields.
var known = map[string]bool{"id": true, "date": true, "url": true, "source": true, "title": true, "text": true}

// ParseArticle reads one JSON Lines article and checks it as JSONL does,
// but for duplicate ids, which take a whole stream to see. An error wraps
// one of the Err values above; the Article then holds what was read, at
// least the id when there was one.
func ParseArticle(b []byte, opt ReadOptions) (Article, error) {
	if err := opt.check(); err != nil {
		return Article{}, err
	}
	m, ok := flatObject(b)
	if !ok {
		if err := json.Unmarshal(b, &m); err != nil || m == nil {
			if err == nil {
				err = errors.New("not an object")
			}
			return Article{}, fmt.Errorf("%w: %v", ErrMalformed, err)
		}
	}
	var a Article
	str := func(k string, dst *string) error {
		raw, ok := m[k]
		if !ok || string(raw) == "null" {
			return nil
		}
		// the whole line was checked as JSON already: a string of valid
		// UTF-8 with one-character escapes at most (the 5 KB text, mostly,
		// with its quotes and line ends) is decoded here
		if v, ok := unescaped(raw); ok {
			*dst = v
			return nil
		}
		if err := json.Unmarshal(raw, dst); err != nil {
			if k == "id" && len(raw) > 0 && (raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9')) {
				*dst = string(raw) // a numeric id, as written
				return nil
			}
			return fmt.Errorf("%w: field %q is not a string", ErrMalformed, k)
		}
		return nil
	}
	for _, f := range []struct {
		k   string
		dst *string
	}{{"id", &a.ID}, {"date", &a.Date}, {"url", &a.URL}, {"source", &a.Source}, {"title", &a.Title}, {"text", &a.Text}} {
		if err := str(f.k, f.dst); err != nil {
			return a, err
		}
	}
	a.ID = strings.TrimSpace(a.ID)
	if a.ID == "" {
		return a, ErrNoID
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, ErrNoText
	}
	d, err := ParseDate(a.Date, opt.now())
	if err != nil {
		return a, err
	}
	a.Date = d
	for k, v := range m {
		if !known[k] {
			if a.Fields == nil {
				a.Fields = map[string]json.RawMessage{}
			}
			a.Fields[k] = append(json.RawMessage(nil), v...) // b is the caller's
		}
	}
	return a, nil
}

// fileDate finds a file name's date: "2019-03-22-…", or a source before it,
// "reuters-2019-03-22-…"; the source is the part before the date.
var fileDate = regexp.MustCompile(`^(?:([A-Za-z0-9]+(?:[ _.][A-Za-z0-9]+)*)[-_ ])?(\d{4}-\d{2}-\d{2})(?:[-_ .]|$)`)

// Dir reads a folder of .txt files, one article each, in file-name order.
// A file is dated by a YYYY-MM-DD prefix of its name, optionally after a
// source ("reuters-2019-03-22-eu-drops-huawei-ban-threat.txt" is Reuters'
// article of 22 March 2019). The id is the name without ".txt", the title
// the first non-blank line. Sub-folders are passed over; other files are
// *InputErrors wrapping ErrNotText, files with NUL bytes or mostly invalid
// UTF-8 ErrBinary.
type Dir struct {
	dir   string
	names []string
	i     int
	opt   ReadOptions
}

// NewDir lists dir. The listing is the only thing read up front.
func NewDir(dir string, opt ReadOptions) (*Dir, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("debate: read folder: %w", err)
	}
	d := &Dir{dir: dir, opt: opt}
	for _, e := range ents {
		if !e.IsDir() {
			d.names = append(d.names, e.Name())
		}
	}
	return d, nil
}

// Files is how many files the folder holds.
func (d *Dir) Files() int { return len(d.names) }

// Next implements Source.
func (d *Dir) Next() (Article, error) {
	if d.i >= len(d.names) {
		return Article{}, io.EOF
	}
	name := d.names[d.i]
	d.i++
	path := filepath.Join(d.dir, name)
	bad := func(id string, err error) (Article, error) {
		return Article{}, &InputError{File: path, ID: id, Err: err}
	}
	if !strings.EqualFold(filepath.Ext(name), ".txt") {
		return bad("", ErrNotText)
	}
	id := strings.TrimSuffix(name, filepath.Ext(name))
	fi, err := os.Stat(path)
	if err != nil {
		return bad(id, err)
	}
	if !fi.Mode().IsRegular() {
		return bad(id, ErrNotText)
	}
	if fi.Size() > int64(d.opt.max()) {
		return bad(id, fmt.Errorf("%w: %d bytes, over %d", ErrTooLarge, fi.Size(), d.opt.max()))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return bad(id, err)
	}
	if len(b) > d.opt.max() {
		return bad(id, fmt.Errorf("%w: over %d bytes", ErrTooLarge, d.opt.max()))
	}
	if isBinary(b) {
		return bad(id, ErrBinary)
	}
	m := fileDate.FindStringSubmatch(id)
	if m == nil {
		return bad(id, fmt.Errorf("%w: the file name has no YYYY-MM-DD prefix", ErrUndated))
	}
	date, err := ParseDate(m[2], d.opt.now())
	if err != nil {
		return bad(id, err)
	}
	text := string(b)
	if strings.TrimSpace(text) == "" {
		return bad(id, ErrNoText)
	}
	a := Article{ID: id, Date: date, Source: m[1], Text: text, Origin: path}
	for _, l := range strings.SplitN(text, "\n", 50) {
		if t := strings.TrimSpace(l); t != "" {
			a.Title = t
			break
		}
	}
	return a, nil
}

// isBinary is git's test, a NUL byte in the first 8,000, or more than one
// byte in ten of invalid UTF-8 there.
func isBinary(b []byte) bool {
	head := b
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		}
		i += n
	}
	return bad*10 > len(head)
}

// flatObject reads the common line, a JSON object whose values are all
// strings or null, in one pass and without encoding/json's reflection: it
// returns what json.Unmarshal into a map[string]json.RawMessage gives (the
// last of a repeated key), with ok true, but the values are slices of b,
// not copies. For
// anything else (another kind of value, an escape in a key, a key that is
// not valid UTF-8, a line that is not valid JSON) it returns ok false and
// the caller asks encoding/json, which decides and words the errors.
func flatObject(b []byte) (m map[string]json.RawMessage, ok bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, false
	}
	i = skipSpace(b, i+1)
	m = make(map[string]json.RawMessage, 8)
	if i < len(b) && b[i] == '}' {
		return m, skipSpace(b, i+1) == len(b)
	}
	for {
		// the key: a string with no escape, valid UTF-8
		if i >= len(b) || b[i] != '"' {
			return nil, false
		}
		end, esc := stringEnd(b, i)
		if end < 0 || esc || !utf8.Valid(b[i+1:end-1]) {
			return nil, false
		}
		key := string(b[i+1 : end-1])
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return nil, false
		}
		i = skipSpace(b, i+1)
		// the value: a string (escapes checked, decoded later) or null
		var raw []byte
		switch {
		case i < len(b) && b[i] == '"':
			if end, _ = stringEnd(b, i); end < 0 {
				return nil, false
			}
			raw = b[i:end]
		case bytes.HasPrefix(b[i:], []byte("null")):
			end = i + 4
			raw = b[i:end]
		default:
			return nil, false
		}
		m[key] = raw
		i = skipSpace(b, end)
		if i >= len(b) {
			return nil, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return m, skipSpace(b, i+1) == len(b)
		default:
			return nil, false
		}
	}
}

// skipSpace returns the first index from i that is not JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index just past the JSON string starting at b[i]
// (a quote), and whether it holds an escape; -1 when it is not a valid JSON
// string: unterminated, a control character, or a bad escape. Bytes that
// are not valid UTF-8 are valid here, as they are to encoding/json.
func stringEnd(b []byte, i int) (end int, escaped bool) {
	for i++; i < len(b); i++ {
		// eight bytes at a time while none ends, escapes or breaks the string
		for i+8 <= len(b) && jsonSpecial8(binary.LittleEndian.Uint64(b[i:])) == 0 {
			i += 8
		}
		if i >= len(b) {
			break
		}
		switch c := b[i]; {
		case c == '"':
			return i + 1, escaped
		case c < 0x20:
			return -1, false
		case c == '\\':
			escaped = true
			if i+1 >= len(b) {
				return -1, false
			}
			i++
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) {
					return -1, false
				}
				for _, h := range b[i+1 : i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return -1, false
					}
				}
				i += 4
			default:
				return -1, false
			}
		}
	}
	return -1, false
}

// unescaped decodes raw, a JSON string literal already checked as JSON,
// when its bytes are valid UTF-8 and its escapes are all of one character
// (\" \\ \/ \b \f \n \r \t), giving what encoding/json gives; ok is false
// for anything else (a \u escape, invalid UTF-8, not a string), which is
// left to encoding/json.
func unescaped(raw []byte) (string, bool) {
	n := len(raw)
	if n < 2 || raw[0] != '"' || raw[n-1] != '"' || !utf8.Valid(raw) {
		return "", false
	}
	body := raw[1 : n-1]
	i := bytes.IndexByte(body, '\\')
	if i < 0 {
		return string(body), true
	}
	var sb strings.Builder
	sb.Grow(len(body))
	for ; i >= 0; i = bytes.IndexByte(body, '\\') {
		sb.Write(body[:i])
		if i+1 >= len(body) {
			return "", false
		}
		c := body[i+1]
		switch c {
		case '"', '\\', '/':
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		default:
			return "", false
		}
		sb.WriteByte(c)
		body = body[i+2:]
	}
	sb.Write(body)
	return sb.String(), true
}
