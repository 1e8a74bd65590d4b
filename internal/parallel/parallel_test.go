package parallel_test

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stancekit/stancekit/internal/parallel"
)

func TestWorkers(t *testing.T) {
	if got := parallel.Workers(3); got != 3 {
		t.Errorf("Workers(3) = %d", got)
	}
	for _, n := range []int{0, -2} {
		if got := parallel.Workers(n); got != runtime.GOMAXPROCS(0) {
			t.Errorf("Workers(%d) = %d, want GOMAXPROCS %d", n, got, runtime.GOMAXPROCS(0))
		}
	}
}

// TestForEveryIndexOnce checks that every index is visited exactly once,
// by no more workers than asked for (and no more than there are indices),
// and that a worker's scratch space is never used by two calls at once.
func TestForEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		for _, workers := range []int{-1, 0, 1, 3, 8, 2000} {
			seen := make([]atomic.Int32, n)
			want := min(parallel.Workers(workers), max(n, 1))
			busy := make([]atomic.Bool, want)
			var bad atomic.Int32
			parallel.For(n, workers, func(w, i int) {
				if w < 0 || w >= want || !busy[w].CompareAndSwap(false, true) {
					bad.Add(1)
					return
				}
				seen[i].Add(1)
				busy[w].Store(false)
			})
			if bad.Load() != 0 {
				t.Errorf("n %d, workers %d: %d calls with a worker out of range or already busy", n, workers, bad.Load())
			}
			for i := range seen {
				if c := seen[i].Load(); c != 1 {
					t.Errorf("n %d, workers %d: index %d visited %d times", n, workers, i, c)
				}
			}
		}
	}
}

func TestForOneWorkerRunsInOrderOnTheCaller(t *testing.T) {
	var got []int
	parallel.For(5, 1, func(w, i int) { got = append(got, i) }) // no lock: one goroutine
	if fmt.Sprint(got) != "[0 1 2 3 4]" {
		t.Errorf("got %v", got)
	}
}

func TestForErr(t *testing.T) {
	if err := parallel.ForErr(100, 4, func(_, i int) error { return nil }); err != nil {
		t.Fatalf("no failure: %v", err)
	}
	if err := parallel.ForErr(0, 4, func(_, i int) error { return errors.New("called") }); err != nil {
		t.Fatalf("n 0: %v", err)
	}
	// Many indices fail; whatever the schedule, the lowest one's error is
	// the one returned.
	for range 50 {
		err := parallel.ForErr(200, 4, func(_, i int) error {
			if i%7 == 3 {
				return fmt.Errorf("item %d", i)
			}
			return nil
		})
		if err == nil || err.Error() != "item 3" {
			t.Fatalf("got %v, want item 3", err)
		}
	}
}

func TestForErrStopsHandingOut(t *testing.T) {
	var calls atomic.Int32
	err := parallel.ForErr(100, 1, func(_, i int) error {
		calls.Add(1)
		if i == 5 {
			return errors.New("five")
		}
		return nil
	})
	if err == nil || calls.Load() != 6 {
		t.Errorf("err %v after %d calls; want five after 6", err, calls.Load())
	}
	// With several workers, only the calls already started finish.
	calls.Store(0)
	_ = parallel.ForErr(10000, 4, func(_, i int) error {
		calls.Add(1)
		return errors.New("all fail")
	})
	if c := calls.Load(); c > 4 {
		t.Errorf("%d calls after the first failure on 4 workers", c)
	}
}

func TestChunks(t *testing.T) {
	for _, c := range []struct {
		n, parts int
		want     string
	}{
		{10, 4, "[0 3] [3 6] [6 9] [9 10]"},
		{9, 4, "[0 3] [3 6] [6 9] [9 9]"},
		{8, 2, "[0 4] [4 8]"},
		{2, 3, "[0 1] [1 2] [2 2]"},
		{0, 2, "[0 0] [0 0]"},
		{5, 1, "[0 5]"},
	} {
		spans := make([]string, c.parts)
		var mu sync.Mutex
		parallel.Chunks(c.n, c.parts, func(p, lo, hi int) {
			mu.Lock()
			defer mu.Unlock()
			if spans[p] != "" {
				t.Errorf("n %d parts %d: part %d called twice", c.n, c.parts, p)
			}
			spans[p] = fmt.Sprint([]int{lo, hi})
		})
		got := fmt.Sprint(spans)
		if got != "["+c.want+"]" {
			t.Errorf("Chunks(%d, %d) = %s, want [%s]", c.n, c.parts, got, c.want)
		}
	}
	var parts atomic.Int32
	parallel.Chunks(100, 0, func(p, lo, hi int) { parts.Add(1) })
	if int(parts.Load()) != runtime.GOMAXPROCS(0) {
		t.Errorf("parts 0: %d parts, want GOMAXPROCS", parts.Load())
	}
}

// TestChunksWritesAreSafe has every part fill its own range of one slice;
// run with -race it checks that the writes and the read after Chunks
// returns are ordered.
func TestChunksWritesAreSafe(t *testing.T) {
	out := make([]int, 1000)
	parallel.Chunks(len(out), 7, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = i * i
		}
	})
	for i, v := range out {
		if v != i*i {
			t.Fatalf("out[%d] = %d", i, v)
		}
	}
}
