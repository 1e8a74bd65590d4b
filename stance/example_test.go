package stance_test

import (
	"fmt"

	"github.com/stancekit/stancekit/stance"
)

func Example() {
	m, err := stance.Default()
	if err != nil {
		panic(err)
	}
	p, err := m.Predict("Big telecoms operators oppose a Huawei ban.")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Label)
	for _, c := range p.Cues {
		fmt.Printf("cue %q -> %s\n", c.Text, c.Class)
	}
	// Output:
	// supportive
	// cue "oppose a Huawei ban" -> supportive
}

func ExampleTrain() {
	texts := []string{
		"Operators oppose a Huawei ban.",
		"There is no evidence of backdoors.",
		"The EU wants a common approach and certification.",
		"Member states should assess the risks.",
		"Huawei must be shut out of 5G networks.",
		"Washington wants a ban on Huawei.",
	}
	labels := []stance.Label{stance.Supportive, stance.Supportive, stance.Cautious, stance.Cautious, stance.Opposed, stance.Opposed}
	m, err := stance.Train(texts, labels, stance.DefaultTrainConfig())
	if err != nil {
		panic(err)
	}
	p, _ := m.Predict("Germany will not call for a ban; it wants certification.")
	fmt.Println(m.Labels(), p.Label)
	// Output: [supportive cautious opposed] cautious
}
