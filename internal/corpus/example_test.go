package corpus_test

import (
	"fmt"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/corpus"
)

func ExampleLoadQuotes() {
	qs, err := corpus.LoadQuotes(filepath.Join(corpus.Dir(), "quotes.jsonl"))
	if err != nil {
		panic(err)
	}
	docs, _ := corpus.LoadArticles(filepath.Join(corpus.Dir(), "articles"))
	q := qs[1]
	fmt.Println(len(qs), "statements;", q.Actor, q.Label)
	fmt.Println(docs[q.Doc][q.Start:q.End] == q.Text)
	// Output:
	// 134 statements; European Parliament cautious
	// true
}
