package debate

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"
)

// countingSource hands out n articles of varied length (so that workers
// finish them out of order), then fails with err if it is set, else ends.
type countingSource struct {
	n, read  int
	err      error
	inFlight *atomic.Int64
}

func (s *countingSource) Next() (Article, error) {
	if s.read == s.n {
		if s.err != nil {
			return Article{}, s.err
		}
		return Article{}, io.EOF
	}
	id := fmt.Sprintf("a%03d", s.read)
	text := strings.Repeat("Germany said it would not ban Huawei. ", 1+(s.read*7)%23)
	s.read++
	s.inFlight.Add(1)
	return Article{ID: id, Date: "2019-03-01", Text: text}, nil
}

// The workers read and emit themselves: articles still come out in input
// order, one emit at a time, at most 4 a worker in flight, and a failing
// source stops the run after every article read before it is emitted.
func TestPipelineOrderAndBound(t *testing.T) {
	a := analyzer(t)
	fail := errors.New("disk gone")
	for _, workers := range []int{1, 2, 5} {
		for _, srcErr := range []error{nil, fail} {
			var inFlight atomic.Int64
			src := &countingSource{n: 80, err: srcErr, inFlight: &inFlight}
			var emitting atomic.Int32
			var ids []string
			most := int64(0)
			p := Pipeline{Analyzer: a, Workers: workers}
			err := p.Run(src, func(an Analysis) error {
				if emitting.Add(1) != 1 {
					t.Error("emit called concurrently")
				}
				defer emitting.Add(-1)
				most = max(most, inFlight.Load())
				inFlight.Add(-1)
				ids = append(ids, an.Article.ID)
				return nil
			})
			if err != srcErr {
				t.Errorf("%d workers, source error %v: Run returned %v", workers, srcErr, err)
			}
			if len(ids) != 80 {
				t.Fatalf("%d workers: %d articles emitted, want 80", workers, len(ids))
			}
			for i, id := range ids {
				if want := fmt.Sprintf("a%03d", i); id != want {
					t.Fatalf("%d workers: article %d emitted is %s, want %s", workers, i, id, want)
				}
			}
			if most > int64(4*workers) {
				t.Errorf("%d workers: %d articles in flight, want at most %d", workers, most, 4*workers)
			}
		}
	}
}
