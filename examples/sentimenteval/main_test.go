package main

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/senteval"
)

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-nosuchflag"}, {"extra"}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if n := strings.Count(errb.String(), "\n"); n != 1 {
			t.Errorf("%q: stderr %q, want one line", args, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-data", filepath.Join(t.TempDir(), "none")}, &out, &errb); code != 0 || !strings.Contains(out.String(), "not found") {
		t.Errorf("absent data: exit %d, stdout %q", code, out.String())
	}
}

// TestWriteTargets checks the verdicts on made-up figures: met means at
// least the bar (govader's figure for tweets).
func TestWriteTargets(t *testing.T) {
	res := map[string]map[string]senteval.Metrics{
		tweetsDir: {
			"govader": {R: 0.873, F1: 0.948},
			"default": {R: 0.892, F1: 0.946},
			"social":  {R: 0.892, F1: 0.950},
		},
		nytDir:        {"default": {R: 0.559}, "social": {R: 0.549}},
		phraseBankDir: {"default": {Accuracy: 0.698}, "social": {Accuracy: 0.475, R: math.NaN()}},
	}
	var b bytes.Buffer
	writeTargets(&b, res)
	out := b.String()
	news, social, ok := strings.Cut(out, "social profile:")
	if !ok {
		t.Fatalf("no social section:\n%s", out)
	}
	for _, want := range []string{"F1 0.9460 vs 0.9480 MISSED (-0.0020)", "r 0.5590 met", "acc 0.6980 met"} {
		if !strings.Contains(news, want) {
			t.Errorf("news section lacks %q:\n%s", want, news)
		}
	}
	for _, want := range []string{"F1 0.9500 vs 0.9480 met (+0.0020)", "r 0.5490 MISSED", "acc 0.4750 MISSED"} {
		if !strings.Contains(social, want) {
			t.Errorf("social section lacks %q:\n%s", want, social)
		}
	}
	b.Reset()
	writeTargets(&b, map[string]map[string]senteval.Metrics{})
	if strings.Count(b.String(), "not measured") != 6 {
		t.Errorf("absent sets:\n%s", b.String())
	}
}
