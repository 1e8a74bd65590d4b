package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers returns the number of goroutines a request for n stands for:
// n itself when positive, else GOMAXPROCS.
func Workers(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// For calls fn(worker, i) once for every i in [0, n) on up to workers
// goroutines (workers <= 0: GOMAXPROCS; never more than n) and returns when
// every call has returned. Indices are handed out in increasing order, one
// at a time, to whichever worker is free; worker, in [0, workers), names the
// goroutine making the call, so that fn can keep scratch space per worker.
// The calling goroutine is worker 0.
func For(n, workers int, fn func(worker, i int)) {
	run(n, workers, func(worker, i int) bool {
		fn(worker, i)
		return true
	})
}

// ForErr is For for work that can fail. It returns the error of the lowest
// index whose call failed, or nil. Once a call has failed no further index
// is handed out: the indices not yet started are all higher than the failed
// one, so the error returned does not depend on the schedule.
func ForErr(n, workers int, fn func(worker, i int) error) error {
	var mu sync.Mutex
	lowest, first := n, error(nil)
	run(n, workers, func(worker, i int) bool {
		err := fn(worker, i)
		if err == nil {
			return true
		}
		mu.Lock()
		if i < lowest {
			lowest, first = i, err
		}
		mu.Unlock()
		return false
	})
	return first
}

// run hands 0 … n-1 out in order to up to workers goroutines, the calling
// one among them, until they are used up or a call of fn returns false.
func run(n, workers int, fn func(worker, i int) bool) {
	if n <= 0 {
		return
	}
	var next atomic.Int64
	var stop atomic.Bool
	work := func(worker int) {
		for !stop.Load() {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			if !fn(worker, i) {
				stop.Store(true)
			}
		}
	}
	var wg sync.WaitGroup
	for worker := 1; worker < min(Workers(workers), n); worker++ {
		wg.Go(func() { work(worker) })
	}
	work(0)
	wg.Wait()
}

// Chunks splits [0, n) into parts contiguous ranges (parts <= 0:
// GOMAXPROCS) and calls fn(part, lo, hi) for each, every part on its own
// goroutine (part 0 on the calling one), returning when all have returned.
// Part p is [p*size, (p+1)*size) cut to n, with size = ⌈n/parts⌉: the
// ranges are in order, so partial results kept by part can be merged in
// order, and the last parts may be shorter or, when n is small, empty (fn
// is still called for them, with lo == hi).
func Chunks(n, parts int, fn func(part, lo, hi int)) {
	n = max(n, 0)
	parts = Workers(parts)
	size := (n + parts - 1) / parts
	span := func(p int) (int, int) { return min(p*size, n), min((p+1)*size, n) }
	var wg sync.WaitGroup
	for p := 1; p < parts; p++ {
		lo, hi := span(p)
		wg.Go(func() { fn(p, lo, hi) })
	}
	lo, hi := span(0)
	fn(0, lo, hi)
	wg.Wait()
}
