package benchutil

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/stancekit/stancekit/stance"
)

// Fastest runs f n times (at least once), collecting garbage before each
// run, and returns the shortest wall time.
func Fastest(n int, f func() error) (time.Duration, error) {
	best := time.Duration(math.MaxInt64)
	for range max(n, 1) {
		runtime.GC()
		t0 := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		best = min(best, time.Since(t0))
	}
	return best, nil
}

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

// WritePredictions writes one {"id":…, "label":…} line per row to path, in
// the order given.
func WritePredictions(path string, ids []string, pred []stance.Label) error {
	if len(ids) != len(pred) {
		return fmt.Errorf("write predictions %s: %d ids but %d labels", path, len(ids), len(pred))
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for i, id := range ids {
		if err := enc.Encode(struct {
			ID    string       `json:"id"`
			Label stance.Label `json:"label"`
		}{id, pred[i]}); err != nil {
			f.Close()
			return fmt.Errorf("write predictions %s: %w", path, err)
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write predictions %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write predictions %s: %w", path, err)
	}
	return nil
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
