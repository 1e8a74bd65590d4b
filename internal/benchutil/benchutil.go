package benchutil

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// ParseGrid reads a comma-separated list of positive numbers (or, with
// zero set, non-negative ones), the form the benchmark programs take
// settings grids in.
func ParseGrid(s string, zero bool) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || math.IsInf(x, 0) || math.IsNaN(x) || x < 0 || (x == 0 && !zero) {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, x)
	}
	return out, nil
}

// ErrUsage marks a usage error: the benchmark programs print it as one line
// on stderr and exit 2.
var ErrUsage = errors.New("usage")

// ExitCode maps what a benchmark program's run returned to its exit
// status, printing the error as one line on stderr: 0 for success and for
// -h (flag.ErrHelp, the flag list already printed), 2 for a usage error
// (ErrUsage), 1 for any other error.
func ExitCode(name string, err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, ErrUsage):
		fmt.Fprintf(stderr, "%s: %v (see %s -h)\n", name, err, name)
		return 2
	default:
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
}

// ParseFlags parses args with fl quietly: a bad flag or a stray argument
// is an error wrapping ErrUsage, one line for stderr, and only -h prints the
// flag list (to stderr), returning flag.ErrHelp.
func ParseFlags(fl *flag.FlagSet, args []string, stderr io.Writer) error {
	fl.SetOutput(io.Discard)
	fl.Usage = func() {}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "usage: %s [flags]\n\nflags:\n", fl.Name())
			fl.SetOutput(stderr)
			fl.PrintDefaults()
			return err
		}
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", ErrUsage, fl.Arg(0))
	}
	return nil
}

// AtLeast returns a usage error when the value v of flag name (without its
// dash) is below least, else nil.
func AtLeast(name string, v, least int) error {
	if v < least {
		return fmt.Errorf("%w: -%s must be at least %d", ErrUsage, name, least)
	}
	return nil
}

// Flags are the flags every train/test benchmark program takes beside its
// own settings: -data, -pred and -repeat.
type Flags struct {
	Data   string // the folder holding train.jsonl and test.jsonl
	Pred   string // where to write the test predictions; "" for nowhere
	Repeat int    // how many times each measurement is timed
}

// Register defines the flags on fl, -data defaulting to the folder dataset
// in the shared data folder (corpus.DataDir).
func (f *Flags) Register(fl *flag.FlagSet, dataset string) {
	fl.StringVar(&f.Data, "data", filepath.Join(corpus.DataDir(), dataset), "folder holding train.jsonl and test.jsonl")
	fl.StringVar(&f.Pred, "pred", "", "write the test predictions to `FILE`, one {\"id\":…, \"label\":…} a line")
	fl.IntVar(&f.Repeat, "repeat", 3, "time each measurement this many times and report the fastest")
}

// Check returns a usage error for a -repeat below 1.
func (f *Flags) Check() error { return AtLeast("repeat", f.Repeat, 1) }

// WritePredictions writes pred, the labels of the rows of test, to the
// -pred file as WritePredictions does, and says so on w; without -pred it
// does nothing.
func (f *Flags) WritePredictions(w io.Writer, test []Row, pred []stance.Label) error {
	if f.Pred == "" {
		return nil
	}
	if err := WritePredictions(f.Pred, IDs(test), pred); err != nil {
		return err
	}
	fmt.Fprintf(w, "predictions written to %s\n", f.Pred)
	return nil
}
