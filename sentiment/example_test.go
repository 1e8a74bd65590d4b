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

	plain, _ := sentiment.New(sentiment.WithProfile(sentiment.VADER))
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

func ExampleWithProfile() {
	news, err := sentiment.New() // the default: News
	if err != nil {
		panic(err)
	}
	social, err := sentiment.New(sentiment.WithProfile(sentiment.Social)) // tweets, posts
	if err != nil {
		panic(err)
	}
	// The first text has no word in VADER's lexicon, so the rules score it 0.
	// News keeps such a text Neutral; Social lets the learned calibration
	// label it from its word weights ("bus" and "rain" weigh negative). A
	// text the rules read as polar keeps their label in both.
	for _, text := range []string{"Waiting for the bus in the rain", "Happy Friday"} {
		for _, a := range []*sentiment.Analyzer{news, social} {
			s := a.Score(text)
			fmt.Printf("%-6s %-8s %+.3f (rule score %+.3f) %q\n", a.Profile(), s.Label, s.Compound, s.Uncalibrated, text)
		}
	}
	// Output:
	// news   neutral  -0.049 (rule score +0.000) "Waiting for the bus in the rain"
	// social negative -0.070 (rule score +0.000) "Waiting for the bus in the rain"
	// news   positive +0.456 (rule score +0.572) "Happy Friday"
	// social positive +0.458 (rule score +0.572) "Happy Friday"
}
