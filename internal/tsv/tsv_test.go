package tsv_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/tsv"
)

func TestScanSkipsCommentsAndBlanks(t *testing.T) {
	src := "# stancekit-data demo v1\n# a comment\n\n  # indented comment\na\tb\r\n   \nc\n"
	s := tsv.NewScanner(strings.NewReader(src), "demo.tsv")
	if err := s.Version("demo", 1); err != nil {
		t.Fatal(err)
	}
	var got []string
	for s.Scan() {
		got = append(got, fmt.Sprintf("%d:%q", s.Line(), s.Fields()))
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{`5:["a" "b"]`, `7:["c"]`}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestHeader(t *testing.T) {
	if got := tsv.Header("cues", 1); got != "# stancekit-data cues v1" {
		t.Errorf("Header = %q", got)
	}
}

// A missing, foreign or unknown version line is a ParseError on line 1.
func TestVersion(t *testing.T) {
	for name, src := range map[string]string{
		"missing":      "a\tb\n",
		"comment only": "# my cues\na\tb\n",
		"empty":        "",
		"other kind":   "# stancekit-data verbs v1\n",
		"new version":  "# stancekit-data demo v2\n",
		"no version":   "# stancekit-data demo\n",
		"second line":  "# comment\n# stancekit-data demo v1\n",
	} {
		s := tsv.NewScanner(strings.NewReader(src), "x.tsv")
		err := s.Version("demo", 1)
		var pe *tsv.ParseError
		if !errors.As(err, &pe) || pe.Line != 1 || pe.File != "x.tsv" || !errors.Is(err, tsv.ErrVersion) {
			t.Errorf("%s: got %v, want a ParseError on x.tsv line 1 wrapping ErrVersion", name, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "x.tsv:1: ") || !strings.Contains(err.Error(), `"# stancekit-data demo v1"`) {
			t.Errorf("%s: message %q", name, err)
		}
		if s.Scan() {
			t.Errorf("%s: Scan after a failed Version", name)
		}
	}
	for _, src := range []string{"# stancekit-data demo v1", "\ufeff# stancekit-data demo v1\r\n", "# stancekit-data demo v1  \n"} {
		if err := tsv.NewScanner(strings.NewReader(src), "x").Version("demo", 1); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestErrors(t *testing.T) {
	s := tsv.NewScanner(strings.NewReader("# stancekit-data demo v1\n\nbad line\n"), "f.tsv")
	if err := s.Version("demo", 1); err != nil {
		t.Fatal(err)
	}
	if !s.Scan() {
		t.Fatal("no line")
	}
	cause := errors.New("cause")
	for _, err := range []error{s.Errorf("bad %s", "thing"), s.Wrap(cause)} {
		var pe *tsv.ParseError
		if !errors.As(err, &pe) || pe.File != "f.tsv" || pe.Line != 3 {
			t.Errorf("got %#v", err)
		}
	}
	if got := s.Errorf("bad %s", "thing").Error(); got != "f.tsv:3: bad thing" {
		t.Errorf("Errorf: %q", got)
	}
	if !errors.Is(s.Wrap(cause), cause) {
		t.Error("Wrap does not unwrap to its cause")
	}
	if s.Wrap(nil) != nil {
		t.Error("Wrap(nil) != nil")
	}
	if got := s.FileErrorf("no %s", "entry").Error(); got != "f.tsv: no entry" {
		t.Errorf("FileErrorf: %q", got)
	}
	if got := (&tsv.ParseError{Line: 2, Err: cause}).Error(); got != "<input>:2: cause" {
		t.Errorf("unnamed: %q", got)
	}
}

// A line over MaxLine ends the scan with a ParseError naming its line.
func TestLongLine(t *testing.T) {
	src := "# stancekit-data demo v1\nok\n" + strings.Repeat("x", tsv.MaxLine+1) + "\n"
	s := tsv.NewScanner(strings.NewReader(src), "long.tsv")
	if err := s.Version("demo", 1); err != nil {
		t.Fatal(err)
	}
	n := 0
	for s.Scan() {
		n++
	}
	var pe *tsv.ParseError
	if n != 1 || !errors.As(s.Err(), &pe) || pe.Line != 3 {
		t.Errorf("lines %d, err %v", n, s.Err())
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestReadError(t *testing.T) {
	s := tsv.NewScanner(failing{}, "f")
	err := s.Version("demo", 1)
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("got %v", err)
	}
}

func TestName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my.tsv")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := tsv.Name(f, "fallback"); got != path {
		t.Errorf("Name(file) = %q", got)
	}
	if got := tsv.Name(strings.NewReader(""), "fallback"); got != "fallback" {
		t.Errorf("Name(reader) = %q", got)
	}
}
