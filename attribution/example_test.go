package attribution_test

import (
	"fmt"
	"log"

	"github.com/stancekit/stancekit/attribution"
)

func Example() {
	article := `Operators push back on Huawei curbs

Huawei’s rotating chairman Ken Hu said the company had never had a serious cybersecurity incident.

“The Americans don’t have any evidence at all,” he said.

Big telecoms operators oppose a Huawei ban, saying such a move could set back 5G deployment by years.

Image: a Huawei sign outside a store in Beijing
`
	// A nil classifier finds and attributes statements without labelling
	// them; pass stance.Default() (or any Classifier) to get positions.
	a, err := attribution.New(nil, nil)
	if err != nil {
		log.Fatal(err)
	}
	res, err := a.Analyze(article)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range res.Statements {
		fmt.Printf("%s | %s | %s | %s\n", s.Actor, s.Kind, s.Speaker, s.Text)
	}
	// Output:
	// Telecom operators | headline | Operators | Operators push back on Huawei curbs
	// Huawei | reported | Ken Hu | the company had never had a serious cybersecurity incident
	// Huawei | quote | Ken Hu | “The Americans don’t have any evidence at all,”
	// Telecom operators | action | Big telecoms operators | Big telecoms operators oppose a Huawei ban
	// Telecom operators | reported | Big telecoms operators | such a move could set back 5G deployment by years
}
