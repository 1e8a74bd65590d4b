package features_test

import (
	"fmt"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/tokenize"
)

func Example() {
	tk, _ := tokenize.Default()
	lex, _ := features.DefaultLexicon()
	v, err := features.NewVectorizer(features.DefaultConfig(), tk, lex)
	if err != nil {
		panic(err)
	}
	if err := v.Fit([]string{"Operators oppose a Huawei ban.", "The EU will not call for a ban."}); err != nil {
		panic(err)
	}
	s := "The EU will not call for a ban."
	x, hits, _ := v.TransformHits(s)
	fmt.Println(x.Len(), "features")
	for _, h := range hits {
		fmt.Printf("%s %q\n", h.Feature(), s[h.Start:h.End])
	}
	// Output:
	// 14 features
	// cue:cautious "not call for a ban"
}

func ExampleReadLexicon() {
	lex, err := features.ReadLexicon(strings.NewReader(features.CuesHeader + "\nopposed\tban\tcautious\nsupportive\toppose * ban\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(len(lex.Cues()), lex.Classes())
	// Output: 2 [cautious opposed supportive]
}
