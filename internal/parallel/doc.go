// Package parallel holds the one way stancekit spreads work over
// goroutines, so that each package does not write its own worker pool.
//
// For and ForErr hand the indices 0 … n-1 out one at a time to a fixed
// number of workers (the right shape when items cost unequal amounts, as
// statements of different lengths do); Chunks gives each of a fixed number
// of goroutines one contiguous range (the right shape when each goroutine
// builds a partial result that is merged in order afterwards). Workers
// resolves a requested worker count, 0 or less meaning one per CPU.
//
// Results stay deterministic when each call writes only to its own index
// (or range) of a slice allocated beforehand: the schedule decides only
// when a call runs, never what it computes.
//
// Ordered is the streaming counterpart: it runs work on each value of a
// channel on several goroutines and emits the results in input order, with
// a bounded number of values in flight.
package parallel
