// Package tsv reads stancekit's line-oriented data files: the stance cue
// lexicon (features/cues.tsv), the sentiment domain rules and calibrations
// (sentiment/*.tsv) and the attribution grammar (attribution/grammar/*.txt),
// and any file a user writes in one of those formats.
//
// Every such file starts with a version line naming its kind and format
// version, for example
//
//	# stancekit-data cues v1
//
// It is a comment to any other tool. After it, blank lines and lines whose
// first non-blank character is '#' are skipped; every other line is handed
// to the caller, which splits it as its format says (usually on tabs).
//
// Every error a reader reports about a file is a *ParseError naming the
// file and the line, so that callers can tell a malformed file from other
// failures with errors.As and show "file:line: what is wrong".
package tsv

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Prefix starts every version line: "# stancekit-data KIND vN".
const Prefix = "# stancekit-data "

// MaxLine is the longest line a Scanner reads; a longer one is a
// ParseError.
const MaxLine = 1 << 20

// ParseError is an error in a data file: the file's name (as the caller
// gave it), the line (1-based; 0 when the error is about the file as a
// whole, such as a missing entry) and what is wrong.
type ParseError struct {
	File string
	Line int
	Err  error
}

// Error renders "file:line: err", or "file: err" when Line is 0.
func (e *ParseError) Error() string {
	file := e.File
	if file == "" {
		file = "<input>"
	}
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %v", file, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", file, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Header returns the version line of a file of the given kind and version,
// without a line break: Header("cues", 1) is "# stancekit-data cues v1".
func Header(kind string, version int) string {
	return Prefix + kind + " v" + strconv.Itoa(version)
}

// ErrVersion is wrapped by the ParseError of a file whose first line is not
// the version line the reader wants (missing, another kind, or a version
// the reader does not know).
var ErrVersion = errors.New("bad version line")

// Scanner reads a data file line by line. It is bufio.Scanner with line
// numbers, comment skipping, the version check and ParseErrors.
type Scanner struct {
	sc   *bufio.Scanner
	file string
	line int
	text string
	err  error
	done bool
}

// NewScanner returns a Scanner of r; file names r in errors.
func NewScanner(r io.Reader, file string) *Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLine)
	return &Scanner{sc: sc, file: file}
}

// Name returns a name for r in errors: the file name when r has one (an
// *os.File), else fallback.
func Name(r io.Reader, fallback string) string {
	if n, ok := r.(interface{ Name() string }); ok && n.Name() != "" {
		return n.Name()
	}
	return fallback
}

// Version reads the first line and checks that it is Header(kind,
// version). It must be called before Scan; an error is a *ParseError on
// line 1 wrapping ErrVersion (or the read error).
func (s *Scanner) Version(kind string, version int) error {
	if s.line != 0 {
		return s.fail(0, errors.New("tsv: Version called after Scan"))
	}
	want := Header(kind, version)
	if !s.next() {
		if s.err != nil {
			return s.err
		}
		s.line = 1
		return s.fail(1, fmt.Errorf("%w: empty file, want %q", ErrVersion, want))
	}
	got := strings.TrimSpace(strings.TrimPrefix(s.text, "\ufeff")) // an editor's byte order mark
	if got == want {
		return nil
	}
	rest, ok := strings.CutPrefix(got, Prefix)
	if !ok {
		return s.fail(1, fmt.Errorf("%w: want %q as the first line, got %q", ErrVersion, want, clip(got)))
	}
	gotKind, gotVer, _ := strings.Cut(rest, " v")
	switch {
	case gotKind != kind:
		return s.fail(1, fmt.Errorf("%w: a %q file, want %q", ErrVersion, gotKind, want))
	default:
		return s.fail(1, fmt.Errorf("%w: %s version %q not supported, want %q", ErrVersion, kind, gotVer, want))
	}
}

// next reads one raw line; it returns false at the end or on an error.
func (s *Scanner) next() bool {
	if s.done {
		return false
	}
	if !s.sc.Scan() {
		s.done = true
		if err := s.sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				err = fmt.Errorf("line longer than %d bytes", MaxLine)
			}
			s.err = &ParseError{File: s.file, Line: s.line + 1, Err: err}
		}
		return false
	}
	s.line++
	s.text = strings.TrimSuffix(s.sc.Text(), "\r")
	return true
}

// Scan advances to the next line that is neither blank nor a comment and
// reports whether there is one. At the end, or on a read error, it returns
// false; Err then tells which.
func (s *Scanner) Scan() bool {
	if s.err != nil {
		return false
	}
	for s.next() {
		t := strings.TrimSpace(s.text)
		if t != "" && t[0] != '#' {
			return true
		}
	}
	return false
}

// Text returns the current line as written, without its line break (a
// trailing carriage return is dropped too).
func (s *Scanner) Text() string { return s.text }

// Fields returns the current line split on tabs.
func (s *Scanner) Fields() []string { return strings.Split(s.text, "\t") }

// Line returns the number of the current line (1-based).
func (s *Scanner) Line() int { return s.line }

// File returns the name errors give the file.
func (s *Scanner) File() string { return s.file }

// Err returns the read error that ended Scan, as a *ParseError, or nil at
// a clean end of input.
func (s *Scanner) Err() error { return s.err }

// Errorf returns a *ParseError at the current line.
func (s *Scanner) Errorf(format string, args ...any) *ParseError {
	return &ParseError{File: s.file, Line: s.line, Err: fmt.Errorf(format, args...)}
}

// Wrap returns err as a *ParseError at the current line, or nil for nil.
func (s *Scanner) Wrap(err error) error {
	if err == nil {
		return nil
	}
	return &ParseError{File: s.file, Line: s.line, Err: err}
}

// FileErrorf returns a *ParseError about the file as a whole (line 0), for
// what can only be told at its end, such as a missing entry.
func (s *Scanner) FileErrorf(format string, args ...any) *ParseError {
	return &ParseError{File: s.file, Err: fmt.Errorf(format, args...)}
}

func (s *Scanner) fail(line int, err error) error {
	s.err = &ParseError{File: s.file, Line: line, Err: err}
	s.done = true
	return s.err
}

// clip shortens a line quoted in an error.
func clip(s string) string {
	const max = 80
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
