package attribution_test

import (
	"fmt"
	"log"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// Example_readme is the README's "Using it from Go" program (its main is
// this function's body; TestReadmeExample keeps the two the same). It needs
// only what the module embeds, so it runs from anywhere.
func Example_readme() {
	m, err := stance.Default() // embedded, decoded once, safe for concurrent use
	if err != nil {
		log.Fatal(err)
	}
	p, err := m.Predict("Big telecoms operators oppose a Huawei ban.")
	if err != nil {
		log.Fatal(err) // stance.ErrEmpty for a statement with no words
	}
	fmt.Printf("%s %.2f (opposed %.2f)\n", p.Label, p.Confidence, p.Probs.Of(stance.Opposed))
	for _, c := range p.Cues { // what drove it, with byte offsets into the statement
		fmt.Printf("cue %q (%s) at %d:%d\n", c.Text, c.Class, c.Start, c.End)
	}

	// Whole articles: statements, speakers, actors, positions, sentiment.
	article := `Operators push back on Huawei curbs

Huawei’s rotating chairman Ken Hu said the company had never had a serious cybersecurity incident.

“The Americans don’t have any evidence at all,” he said.

Big telecoms operators oppose a Huawei ban, saying such a move could set back 5G deployment by years.
`
	sa, err := sentiment.New()
	if err != nil {
		log.Fatal(err)
	}
	a, err := attribution.New(m, nil, attribution.WithSentiment(sa))
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(article)
	if err != nil {
		log.Fatal(err)
	}
	for _, ac := range res.Actors {
		fmt.Printf("%s: %s %.2f, sentiment %+.2f, %d statements\n",
			ac.Name, ac.Label, ac.Confidence, ac.Sentiment.Compound, len(ac.Statements))
	}
	// Output:
	// supportive 0.85 (opposed 0.09)
	// cue "oppose a Huawei ban" (supportive) at 23:42
	// Telecom operators: supportive 0.80, sentiment -0.05, 3 statements
	// Huawei: supportive 0.91, sentiment +0.00, 2 statements
}
