package defaultmodel_test

import (
	"fmt"

	"github.com/stancekit/stancekit/internal/defaultmodel"
)

func ExampleArticleData() {
	texts, labels, _, err := defaultmodel.ArticleData()
	if err != nil {
		panic(err)
	}
	fmt.Println(len(texts), "training statements, first labelled", labels[0])
	// Output: 88 training statements, first labelled cautious
}
