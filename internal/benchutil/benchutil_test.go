package benchutil_test

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/benchutil"
)

func TestParseGrid(t *testing.T) {
	g, err := benchutil.ParseGrid("0.1, 0.01,1e-3", false)
	if err != nil || len(g) != 3 || g[2] != 0.001 {
		t.Errorf("got %v %v", g, err)
	}
	if g, err := benchutil.ParseGrid("0,0.1", true); err != nil || g[0] != 0 {
		t.Errorf("zero with zero allowed: %v %v", g, err)
	}
	for _, bad := range []string{"", "0", "-1", "x", "0.1,,0.2", "NaN", "Inf"} {
		if _, err := benchutil.ParseGrid(bad, false); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestParseFlags(t *testing.T) {
	newSet := func() (*flag.FlagSet, *int) {
		fl := flag.NewFlagSet("prog", flag.ContinueOnError)
		return fl, fl.Int("n", 1, "a number")
	}
	fl, n := newSet()
	var stderr strings.Builder
	if err := benchutil.ParseFlags(fl, []string{"-n", "3"}, &stderr); err != nil || *n != 3 || stderr.Len() != 0 {
		t.Fatalf("good flags: err %v, n %d, stderr %q", err, *n, stderr.String())
	}
	for _, args := range [][]string{{"-nope"}, {"-n", "x"}, {"stray"}} {
		fl, _ := newSet()
		stderr.Reset()
		err := benchutil.ParseFlags(fl, args, &stderr)
		if !errors.Is(err, benchutil.ErrUsage) || strings.Contains(err.Error(), "\n") || stderr.Len() != 0 {
			t.Errorf("%q: err %v, stderr %q; want a one-line usage error and nothing printed", args, err, stderr.String())
		}
	}
	fl, _ = newSet()
	stderr.Reset()
	if err := benchutil.ParseFlags(fl, []string{"-h"}, &stderr); !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr.String(), "usage: prog [flags]") || !strings.Contains(stderr.String(), "-n") {
		t.Errorf("-h: err %v, stderr %q", err, stderr.String())
	}
}

func TestExitCode(t *testing.T) {
	for _, c := range []struct {
		err  error
		code int
		line string
	}{
		{nil, 0, ""},
		{flag.ErrHelp, 0, ""},
		{fmt.Errorf("%w: -k must be at least 2", benchutil.ErrUsage), 2, "prog: usage: -k must be at least 2 (see prog -h)\n"},
		{errors.New("read train.jsonl: no rows"), 1, "prog: read train.jsonl: no rows\n"},
	} {
		var stderr strings.Builder
		if code := benchutil.ExitCode("prog", c.err, &stderr); code != c.code || stderr.String() != c.line {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", c.err, code, stderr.String(), c.code, c.line)
		}
	}
}
