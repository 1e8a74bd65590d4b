package parallel_test

import (
	"fmt"
	"strings"

	"github.com/stancekit/stancekit/internal/parallel"
)

func ExampleFor() {
	words := []string{"huawei", "5g", "ban"}
	upper := make([]string, len(words)) // each call writes only its own index
	parallel.For(len(words), 0, func(_, i int) { upper[i] = strings.ToUpper(words[i]) })
	fmt.Println(upper)
	// Output: [HUAWEI 5G BAN]
}

func ExampleForErr() {
	err := parallel.ForErr(10, 0, func(_, i int) error {
		if i >= 4 {
			return fmt.Errorf("item %d failed", i)
		}
		return nil
	})
	fmt.Println(err)
	// Output: item 4 failed
}

func ExampleChunks() {
	sums := make([]int, 3) // one partial sum per part, merged in order
	parallel.Chunks(10, 3, func(p, lo, hi int) {
		for i := lo; i < hi; i++ {
			sums[p] += i
		}
	})
	fmt.Println(sums, sums[0]+sums[1]+sums[2])
	// Output: [6 22 17] 45
}
