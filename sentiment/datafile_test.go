package sentiment_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/sentiment"
)

// The version lines of the two data formats this package reads.
const (
	domainHeader      = "# stancekit-data sentiment-domain v1"
	calibrationHeader = "# stancekit-data sentiment-calibration v1"
)

// Every shipped data file starts with its version line.
func TestDataFilesVersionLine(t *testing.T) {
	for file, want := range map[string]string{
		"domain.tsv":             domainHeader,
		"calibration.tsv":        calibrationHeader,
		"calibration_social.tsv": calibrationHeader,
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(string(b), "\n"); first != want {
			t.Errorf("%s starts %q, want %q", file, first, want)
		}
	}
	var b strings.Builder
	cal, err := sentiment.DefaultCalibration()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cal.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), calibrationHeader+"\n") {
		t.Errorf("WriteTo starts %q", b.String()[:40])
	}
}

// A file without its version line, or with another kind's or an unknown
// version, is a ParseError on line 1.
func TestDataFilesVersionChecked(t *testing.T) {
	for name, src := range map[string]string{
		"missing":    "lex\tzte\t-1\n",
		"comment":    "# my rules\n" + domainHeader + "\nlex\tzte\t-1\n",
		"other kind": calibrationHeader + "\nlex\tzte\t-1\n",
		"version 2":  "# stancekit-data sentiment-domain v2\nlex\tzte\t-1\n",
	} {
		_, err := sentiment.New(sentiment.WithDomainRules(strings.NewReader(src), "mine.tsv"))
		var pe *sentiment.ParseError
		if !errors.As(err, &pe) || pe.File != "mine.tsv" || pe.Line != 1 || !errors.Is(err, tsv.ErrVersion) {
			t.Errorf("domain rules, %s: %v, want a ParseError on mine.tsv line 1", name, err)
		}
	}
	for name, src := range map[string]string{
		"missing":    "meta\tdomain\ttrue\n",
		"other kind": domainHeader + "\nmeta\tdomain\ttrue\n",
		"version 9":  "# stancekit-data sentiment-calibration v9\nmeta\tdomain\ttrue\n",
	} {
		_, err := sentiment.ReadCalibration(strings.NewReader(src))
		var pe *sentiment.ParseError
		if !errors.As(err, &pe) || pe.Line != 1 || !errors.Is(err, tsv.ErrVersion) {
			t.Errorf("calibration, %s: %v, want a ParseError on line 1", name, err)
		}
	}
}

// ReadCalibration names an *os.File by its path, other readers
// "calibration"; a missing entry is an error about the whole file.
func TestReadCalibrationNamesTheFile(t *testing.T) {
	_, err := sentiment.ReadCalibration(strings.NewReader(calibrationHeader + "\nmeta\tdomain\ttrue\n"))
	var pe *sentiment.ParseError
	if !errors.As(err, &pe) || pe.File != "calibration" || pe.Line != 0 || err.Error() != `sentiment: calibration: no weight for feature "bias"` {
		t.Errorf("missing weights: %v", err)
	}
	path := filepath.Join(t.TempDir(), "mine.tsv")
	if err := os.WriteFile(path, []byte(calibrationHeader+"\n\nword\tx\tnope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = sentiment.ReadCalibration(f)
	if want := "sentiment: " + path + `:3: weight "nope" is not a finite number`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
