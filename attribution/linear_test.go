package attribution

import (
	"strings"
	"testing"
	"time"
)

// pathological are inputs that once made analysis quadratic in line length
// (issue 13): unclosed quote marks, one long line of prose without a line
// end, a whole article on CR-only line ends.
var pathological = map[string]string{
	"unclosed quotes": "“ Huawei said “ the ban ",
	"one long line":   "The minister said the ban was wrong and Huawei rejected it, officials said, ",
	"prose":           "Huawei rejected the claims. The Commission said it would assess the risks. ",
	"CR line ends":    "“Huawei is safe,” he said.\r",
}

// TestLinearTime checks that doubling a pathological input at most about
// doubles the time to analyse it. It compares the best of three runs at n
// and 2n bytes; the ratio is allowed up to 3 to absorb a busy machine, while
// quadratic behaviour gives 4.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("times whole-article analyses")
	}
	a, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	best := func(s string) time.Duration {
		var b time.Duration
		for range 3 {
			t0 := time.Now()
			if _, err := a.Analyze(s); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(t0); b == 0 || d < b {
				b = d
			}
		}
		return b
	}
	const n = 384 << 10
	for name, pat := range pathological {
		small := strings.Repeat(pat, n/len(pat))
		// a busy machine can slow one measurement down; quadratic time
		// fails every attempt, noise does not
		ratio := 0.0
		for attempt := 0; attempt < 3 && (attempt == 0 || ratio > 3); attempt++ {
			t1, t2 := best(small), best(small+small)
			ratio = float64(t2) / float64(t1)
			t.Logf("%-16s %d KB %v, %d KB %v, ratio %.2f", name, len(small)>>10, t1, 2*len(small)>>10, t2, ratio)
		}
		if ratio > 3 {
			t.Errorf("%s: doubling the input multiplied the time by %.2f", name, ratio)
		}
	}
}
