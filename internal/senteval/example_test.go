package senteval_test

import (
	"fmt"

	"github.com/stancekit/stancekit/internal/senteval"
)

func ExampleEvaluate() {
	score := func(x float64) *float64 { return &x }
	rows := []senteval.Row{
		{Text: "great", Score: score(3), Label: "positive"},
		{Text: "awful", Score: score(-3), Label: "negative"},
		{Text: "a chair", Score: score(0), Label: "neutral"},
	}
	m := senteval.Evaluate(rows, []float64{0.8, -0.6, 0.3})
	fmt.Printf("accuracy %.2f, r %.2f\n", m.Accuracy, m.R)
	// Output: accuracy 0.67, r 0.99
}
