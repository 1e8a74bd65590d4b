package defaultmodel_test

import (
	"fmt"

	"github.com/stancekit/stancekit/internal/defaultmodel"
)

func ExampleData() {
	texts, labels, _, err := defaultmodel.Data()
	if err != nil {
		panic(err)
	}
	fmt.Println(len(texts), "training statements, first labelled", labels[0])
	// Output: 88 training statements, first labelled cautious
}
