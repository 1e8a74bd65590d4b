package parallel

import (
	"context"
	"sync"
)

// Ordered is a streaming stage: it runs Work on each value received from a
// channel, on several goroutines at once, and hands the results on one at a
// time in the order the values came in. What it holds is bounded: at most
// Window values are in flight (received and not yet handed on and
// released), and their summed Cost stays within Budget, except that one
// value is always let in alone, however costly, so a value over the budget
// is processed by itself rather than refused.
//
// The zero value of each field but Work picks a default.
type Ordered[In, Out any] struct {
	// Work computes a value's result. It runs on Workers goroutines at
	// once, so it must be safe for concurrent use.
	Work func(In) Out
	// Workers is the number of goroutines running Work; 0 or less means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Window bounds the number of values in flight; 0 or less means four
	// per worker, enough to keep every worker busy while results wait their
	// turn behind a slower one.
	Window int
	// Cost is what a value weighs against Budget (its size in bytes, say);
	// nil makes every value cost nothing, so that only Window bounds them.
	Cost func(In) int
	// Budget bounds the summed Cost of the values in flight; 0 or less
	// means no bound but Window's.
	Budget int
	// Idle, when set, is called on the emitting goroutine each time the
	// next result in order is not ready yet, before Run waits for it: the
	// moment for a writer to flush what it has buffered. An error from it
	// ends Run as one from emit does.
	Idle func() error
}

// slot is one value in flight and, once done is closed, its result.
type slot[In, Out any] struct {
	in   In
	out  Out
	cost int
	done chan struct{}
}

// Run receives values from in until it is closed, and calls emit with each
// result in the order of the values, on the goroutine that called Run. A
// value's cost is released when emit returns for its result.
//
// Run returns nil once in is closed and every result has been emitted; the
// first error emit or Idle returns, once it has stopped; or ctx's error when
// ctx is cancelled: values still in flight are then dropped unemitted and
// Work is not started on any of them. In every case Run returns only after
// its goroutines have ended; it does not drain in, so a sender must not
// block on in for ever once Run has returned (select on a channel of its
// own, closed after Run returns).
func (o Ordered[In, Out]) Run(ctx context.Context, in <-chan In, emit func(Out) error) error {
	workers := Workers(o.Workers)
	window := o.Window
	if window <= 0 {
		window = 4 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Both channels hold at most window slots, the most ever in flight,
	// so that sends on them never block.
	jobs := make(chan *slot[In, Out], window)
	order := make(chan *slot[In, Out], window)
	// released carries the cost of each emitted slot back to the feeder:
	// the feeder alone counts what is in flight.
	released := make(chan int, window)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the feeder
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		o.feed(ctx, in, window, jobs, order, released)
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				if ctx.Err() == nil {
					s.out = o.Work(s.in)
				}
				var zero In
				s.in = zero
				close(s.done)
			}
		}()
	}
	err := o.emitAll(ctx, order, released, emit)
	cancel()
	wg.Wait()
	return err
}

// feed admits values from in while there is room, and queues each one both
// for the workers and, in input order, for emitAll.
func (o Ordered[In, Out]) feed(ctx context.Context, in <-chan In, window int, jobs, order chan<- *slot[In, Out], released <-chan int) {
	count, cost := 0, 0
	// wait blocks for one release; false when ctx is done.
	wait := func() bool {
		select {
		case c := <-released:
			count--
			cost -= c
			return true
		case <-ctx.Done():
			return false
		}
	}
	// fits says whether a value of cost c may join those in flight: one
	// always may when none is.
	fits := func(c int) bool {
		if count == 0 {
			return true
		}
		return count < window && (o.Budget <= 0 || cost+c <= o.Budget)
	}
	for {
		// Take in nothing while the stage is full, so that a sender holds
		// its next value itself instead of the feeder holding one more.
		for !fits(0) || (o.Budget > 0 && count > 0 && cost >= o.Budget) {
			if !wait() {
				return
			}
		}
		var v In
		var ok bool
		select {
		case v, ok = <-in:
			if !ok {
				return
			}
		case <-ctx.Done():
			return
		}
		c := 0
		if o.Cost != nil {
			c = max(o.Cost(v), 0)
		}
		for !fits(c) {
			if !wait() {
				return
			}
		}
		count++
		cost += c
		s := &slot[In, Out]{in: v, cost: c, done: make(chan struct{})}
		order <- s
		jobs <- s
	}
}

// emitAll hands the results on in order until order is closed, emit fails
// or ctx is done.
func (o Ordered[In, Out]) emitAll(ctx context.Context, order <-chan *slot[In, Out], released chan<- int, emit func(Out) error) error {
	for {
		var s *slot[In, Out]
		var ok bool
		select {
		case s, ok = <-order:
		default:
			if err := o.idle(); err != nil {
				return err
			}
			select {
			case s, ok = <-order:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if !ok {
			return ctx.Err()
		}
		select {
		case <-s.done:
		default:
			if err := o.idle(); err != nil {
				return err
			}
			select {
			case <-s.done:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		err := emit(s.out)
		var zero Out
		s.out = zero
		released <- s.cost
		if err != nil {
			return err
		}
	}
}

func (o Ordered[In, Out]) idle() error {
	if o.Idle == nil {
		return nil
	}
	return o.Idle()
}
