package sentiment_test

import (
	"fmt"

	"github.com/stancekit/stancekit/sentiment"
)

func Example() {
	a, err := sentiment.New() // domain layer and calibration on; build once, share freely
	if err != nil {
		panic(err)
	}
	text := "We have found no evidence that Huawei has installed backdoors"

	s := a.Score(text)
	// The rules (with the domain layer) decide the label; the calibration
	// estimates the strength within it.
	fmt.Printf("%s %.3f (rule score %.3f)\n", s.Label, s.Compound, s.Uncalibrated)
	for _, d := range s.Drivers {
		fmt.Printf("  %q [%d:%d] %+.2f %s\n", d.Text, d.Start, d.End, d.Valence, d.Rule)
	}

	plain, _ := sentiment.New(sentiment.WithDomain(false))
	p := plain.Score(text)
	fmt.Printf("plain VADER: %s %.3f\n", p.Label, p.Compound)
	// Output:
	// positive 0.065 (rule score 0.153)
	//   "backdoors" [52:61] +0.60 domain: found no
	// plain VADER: negative -0.296
}

func ExampleAnalyzer_Article() {
	a, _ := sentiment.New()
	art := a.Article("Huawei's results were excellent. Critics warned of espionage risks.")
	for _, s := range art.Sentences {
		fmt.Printf("[%d:%d] %s %.3f\n", s.Start, s.End, s.Label, s.Compound)
	}
	fmt.Printf("mean %s %.3f\n", art.Label, art.Compound)
	// Output:
	// [0:32] positive 0.330
	// [33:67] negative -0.461
	// mean negative -0.066
}
