package sentiment_test

import (
	"bytes"
	"io"
	"os"
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/sentiment/internal/calgen"
)

// The committed tables are what `go generate ./sentiment` writes from the
// calibration files.
func TestCalibrationTablesAreGenerated(t *testing.T) {
	var rs []io.Reader
	for _, s := range calgen.Shipped {
		b, err := os.ReadFile(s.File)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, bytes.NewReader(b))
	}
	want, err := calgen.Source(rs...)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(calgen.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("sentiment/%s (%d bytes) is not what `go generate ./sentiment` writes (%d bytes): regenerate and commit it", calgen.File, len(got), len(want))
	}
}

// The shipped calibrations, built from the tables, are the files parsed:
// every setting and weight, bit for bit.
func TestShippedCalibrationsAreTheFiles(t *testing.T) {
	for _, tc := range []struct {
		p    sentiment.Profile
		file string
	}{{sentiment.News, "calibration.tsv"}, {sentiment.Social, "calibration_social.tsv"}} {
		f, err := os.Open(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := sentiment.ReadCalibration(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, err := sentiment.DefaultCalibrationFor(tc.p)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the shipped calibration differs from the file", tc.file)
		}
		if again, _ := sentiment.DefaultCalibrationFor(tc.p); again != got {
			t.Errorf("%s: DefaultCalibrationFor returned two values", tc.file)
		}
	}
}
