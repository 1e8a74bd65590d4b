package tokenize_test

import (
	"fmt"

	"github.com/stancekit/stancekit/tokenize"
)

func Example() {
	tk, err := tokenize.Default()
	if err != nil {
		panic(err)
	}
	src := "“We will not call for a ban,” Ansip said."
	for _, t := range tk.Tokens(src) {
		neg := ""
		if t.Negated {
			neg = " (negated)"
		}
		fmt.Printf("%d:%d %s -> %s%s\n", t.Start, t.End, src[t.Start:t.End], t.Norm, neg)
	}
	// Output:
	// 0:3 “ -> "
	// 3:5 We -> we
	// 6:10 will -> will
	// 11:14 not -> not
	// 15:19 call -> call (negated)
	// 20:23 for -> for (negated)
	// 24:25 a -> a (negated)
	// 26:29 ban -> ban (negated)
	// 29:30 , -> ,
	// 30:33 ” -> "
	// 34:39 Ansip -> ansip
	// 40:44 said -> said
	// 44:45 . -> .
}

func ExampleTokenizer_Sentences() {
	tk, _ := tokenize.Default()
	src := "MEPs voiced deep concern. The Commission said it would assess the risks."
	for _, s := range tk.Sentences(src) {
		fmt.Printf("[%d:%d] %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// [0:25] MEPs voiced deep concern.
	// [26:72] The Commission said it would assess the risks.
}

func ExampleStem() {
	fmt.Println(tokenize.Stem("banning"), tokenize.Stem("vendors"), tokenize.Stem("security"))
	// Output: ban vendor secur
}
