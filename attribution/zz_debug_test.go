package attribution

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
)

func TestDebugDump(t *testing.T) {
	if os.Getenv("ATTR_DEBUG") == "" {
		t.Skip()
	}
	a, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := corpus.LoadArticles(filepath.Join(corpus.Dir(), "articles"))
	qs, _ := corpus.LoadQuotes(filepath.Join(corpus.Dir(), "quotes.jsonl"))
	for name, text := range docs {
		if f := os.Getenv("ATTR_DOC"); f != "" && !strings.Contains(name, f) {
			continue
		}
		res, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("=====", name)
		used := map[int]bool{}
		for _, s := range res.Statements {
			m := "  FP"
			for qi, q := range qs {
				if q.Doc != name || used[qi] {
					continue
				}
				if ok, _ := spanMatch(s.Start, s.End, q.Start, q.End); ok {
					used[qi] = true
					if q.Actor == s.Actor {
						m = "  OK"
					} else {
						m = "  ACT(" + q.Actor + ")"
					}
					break
				}
			}
			fmt.Printf("%s %s\n", m, s)
		}
		for qi, q := range qs {
			if q.Doc == name && !used[qi] {
				fmt.Printf("  MISS [%s] %s (%s): %s\n", q.Kind, q.Speaker, q.Actor, q.Text)
			}
		}
	}
}
