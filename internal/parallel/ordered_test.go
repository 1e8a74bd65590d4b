package parallel_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/parallel"
)

// send feeds 0..n-1 into a channel and closes it, giving up when stop is
// closed.
func send(n int, stop <-chan struct{}) <-chan int {
	in := make(chan int)
	go func() {
		defer close(in)
		for i := range n {
			select {
			case in <- i:
			case <-stop:
				return
			}
		}
	}()
	return in
}

func TestOrderedKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		stop := make(chan struct{})
		o := parallel.Ordered[int, string]{
			Workers: workers,
			Work: func(i int) string {
				if i%5 == 0 { // some values take far longer than others
					time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				}
				return fmt.Sprint(i * i)
			},
		}
		var got []string
		err := o.Run(context.Background(), send(2000, stop), func(s string) error {
			got = append(got, s)
			return nil
		})
		close(stop)
		if err != nil || len(got) != 2000 {
			t.Fatalf("workers %d: err %v, %d results", workers, err, len(got))
		}
		for i, s := range got {
			if s != fmt.Sprint(i*i) {
				t.Fatalf("workers %d: result %d is %s", workers, i, s)
			}
		}
	}
}

// The stage never holds more than Window values or, but for one value on
// its own, more than Budget of cost; a value over the budget still goes
// through, alone. Values in flight are always a run [emitted, newest], so
// when Work starts on value j, the values from the first not yet emitted
// up to j are all held.
func TestOrderedIsBounded(t *testing.T) {
	const n, window, budget = 600, 6, 100
	cost := func(i int) int {
		if i%50 == 7 {
			return 3 * budget
		}
		return 10 + i%20
	}
	var emitted atomic.Int64
	errs := make(chan error, n)
	o := parallel.Ordered[int, int]{
		Workers: 3, Window: window, Budget: budget, Cost: cost,
		Work: func(j int) int {
			e := int(emitted.Load())
			if j-e+1 > window {
				errs <- fmt.Errorf("value %d started with %d not emitted: %d in flight, window %d", j, e, j-e+1, window)
			}
			held := 0
			for i := e; i <= j; i++ {
				held += cost(i)
			}
			if held > budget && j != e {
				errs <- fmt.Errorf("value %d started holding %d of cost, budget %d", j, held, budget)
			}
			if j%3 == 0 {
				time.Sleep(20 * time.Microsecond)
			}
			return j
		},
	}
	stop := make(chan struct{})
	defer close(stop)
	err := o.Run(context.Background(), send(n, stop), func(i int) error {
		if e := int(emitted.Load()); i != e {
			return fmt.Errorf("got %d, want %d", i, e)
		}
		emitted.Add(1)
		return nil
	})
	if err != nil || emitted.Load() != n {
		t.Fatalf("err %v after %d results", err, emitted.Load())
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// An error from emit ends Run with that error, and Run's goroutines are
// gone when it returns.
func TestOrderedStopsOnEmitError(t *testing.T) {
	before := runtime.NumGoroutine()
	stop := make(chan struct{})
	boom := errors.New("boom")
	var started atomic.Int64
	o := parallel.Ordered[int, int]{Workers: 4, Work: func(i int) int { started.Add(1); return i }}
	seen := 0
	err := o.Run(context.Background(), send(1_000_000, stop), func(i int) error {
		seen++
		if i == 100 {
			return boom
		}
		return nil
	})
	close(stop)
	if !errors.Is(err, boom) || seen != 101 {
		t.Fatalf("err %v after %d results", err, seen)
	}
	if s := started.Load(); s > 101+4*4+1 {
		t.Errorf("work started on %d values after emit failed at the 101st", s)
	}
	waitGoroutines(t, before)
}

// Cancelling the context ends Run with the context's error, even while it
// waits for input that does not come.
func TestOrderedCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan int) // never sent on, never closed
	var idles atomic.Int64
	o := parallel.Ordered[int, int]{
		Work: func(i int) int { return i },
		Idle: func() error {
			if idles.Add(1) == 1 {
				cancel()
			}
			return nil
		},
	}
	err := o.Run(ctx, in, func(int) error { t.Error("emitted a value never sent"); return nil })
	if !errors.Is(err, context.Canceled) || idles.Load() != 1 {
		t.Fatalf("err %v, Idle called %d times", err, idles.Load())
	}
	waitGoroutines(t, before)
}

// Idle is called, on the emitting goroutine, whenever the next result is
// not ready; an error from it ends Run.
func TestOrderedIdle(t *testing.T) {
	release := make(chan struct{})
	var flushed []int
	var got []int
	o := parallel.Ordered[int, int]{
		Workers: 2,
		Work: func(i int) int {
			if i == 3 {
				<-release // result 3 is late: Idle must run before it
			}
			return i
		},
		Idle: func() error {
			flushed = append(flushed, len(got))
			if len(got) == 3 {
				select {
				case <-release:
				default:
					close(release)
				}
			}
			return nil
		},
	}
	stop := make(chan struct{})
	defer close(stop)
	err := o.Run(context.Background(), send(6, stop), func(i int) error { got = append(got, i); return nil })
	if err != nil || fmt.Sprint(got) != "[0 1 2 3 4 5]" {
		t.Fatalf("err %v, got %v", err, got)
	}
	waited := false
	for _, f := range flushed {
		waited = waited || f == 3
	}
	if !waited {
		t.Errorf("Idle was not called while result 3 was late (called after %v results)", flushed)
	}
	bad := errors.New("flush failed")
	o = parallel.Ordered[int, int]{Work: func(i int) int { return i }, Idle: func() error { return bad }}
	if err := o.Run(context.Background(), make(chan int), func(int) error { return nil }); !errors.Is(err, bad) {
		t.Errorf("Idle's error: Run returned %v", err)
	}
}

// waitGoroutines fails t if the goroutine count does not come back to
// before (it may take the scheduler a moment to retire ended ones).
func waitGoroutines(t *testing.T, before int) {
	t.Helper()
	for range 200 {
		if runtime.NumGoroutine() <= before+1 { // +1: a sender in a test may be on its way out
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Errorf("%d goroutines, %d before Run", runtime.NumGoroutine(), before)
}

// BenchmarkOrdered measures the stage's own cost per value, with work that
// costs almost nothing.
func BenchmarkOrdered(b *testing.B) {
	o := parallel.Ordered[int, int]{Work: func(i int) int { return i + 1 }}
	stop := make(chan struct{})
	defer close(stop)
	sum := 0
	if err := o.Run(context.Background(), send(b.N, stop), func(i int) error { sum += i; return nil }); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "values/s")
}
