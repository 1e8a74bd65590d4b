package attribution

import (
	"math"
	"strconv"
	"testing"
)

// Issue 13, item 10: round4 added 0.5 and truncated, which rounds negative
// values the wrong way, so article JSON and classify -json disagreed in the
// 4th decimal. It now rounds as strconv does, like the CLI.
func TestRound4(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{-0.56789, -0.5679},
		{-0.00004, 0},
		{-0.00006, -0.0001},
		{0.56785, 0.5678}, // 0.56785 is stored as 0.567849999…
		{0.12345678, 0.1235},
		{-1, -1},
		{math.NaN(), 0},
	} {
		if got := round4(c.in); got != c.want && !(got == 0 && c.want == 0) {
			t.Errorf("round4(%v) = %v, want %v", c.in, got, c.want)
		}
		if !math.IsNaN(c.in) {
			cli, _ := strconv.ParseFloat(strconv.FormatFloat(c.in, 'f', 4, 64), 64)
			if got := round4(c.in); got != cli {
				t.Errorf("round4(%v) = %v, the CLI writes %v", c.in, got, cli)
			}
		}
	}
}
