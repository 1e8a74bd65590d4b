package debate_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/debate"
	"github.com/stancekit/stancekit/stance"
)

// Articles in, positions per actor and month out. The first article holds
// two statements of the operators (the act and the reported reason); the
// second is a syndicated copy of it, whose statements are not counted again.
func Example() {
	m, err := stance.Default()
	if err != nil {
		log.Fatal(err)
	}
	a, err := attribution.New(m, nil)
	if err != nil {
		log.Fatal(err)
	}
	in := strings.NewReader(`{"id":"r1","date":"2019-03-22","source":"Reuters","text":"Big telecoms operators oppose a Huawei ban, saying it would delay 5G."}
{"id":"r1-copy","date":"2019-03-23","source":"Yahoo","text":"Big telecoms operators oppose a Huawei ban, saying it would delay 5G."}
{"id":"x","date":"2019-04-02","text":"Poland said it would ban Huawei from its 5G networks over espionage concerns."}
not json
`)
	agg := debate.NewAggregator(debate.Month)
	agg.Defends = a.Defends // the vendors' own positions as attribution makes them
	p := debate.Pipeline{Analyzer: a, OnBad: func(err error) error {
		fmt.Println("skipped:", err)
		return nil
	}}
	err = p.Run(debate.NewJSONL(in, debate.ReadOptions{}), func(an debate.Analysis) error {
		for _, r := range an.Records {
			agg.Add(r)
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := debate.WritePositionsCSV(os.Stdout, agg.Positions()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// skipped: line 4: malformed JSON: invalid character 'o' in literal null (expecting 'u')
	// actor,actor_type,period,supportive,cautious,opposed,statements,label,confidence
	// Polish government,government,2019-04,0,0,1,1,opposed,0.8165
	// Telecom operators,operator,2019-03,2,0,0,2,supportive,0.8747
}
