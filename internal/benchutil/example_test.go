package benchutil_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/stance"
)

func ExampleWritePredictions() {
	path := filepath.Join(os.TempDir(), "stancekit-example-pred.jsonl")
	defer os.Remove(path)
	if err := benchutil.WritePredictions(path, []string{"a", "b"}, []stance.Label{stance.Opposed, stance.Neutral}); err != nil {
		panic(err)
	}
	b, _ := os.ReadFile(path)
	fmt.Print(string(b))
	// Output:
	// {"id":"a","label":"opposed"}
	// {"id":"b","label":"neutral"}
}

func ExampleFastest() {
	runs := 0
	_, err := benchutil.Fastest(3, func() error { runs++; return nil })
	fmt.Println(runs, err)
	// Output: 3 <nil>
}

func ExampleParseGrid() {
	g, err := benchutil.ParseGrid("0.01, 0.003,0", true)
	fmt.Println(g, err)
	_, err = benchutil.ParseGrid("0", false)
	fmt.Println(err)
	// Output:
	// [0.01 0.003 0] <nil>
	// "0" is not a positive number
}
