package parallel_test

import (
	"sync"
	"testing"

	"github.com/stancekit/stancekit/internal/parallel"
)

// The benchmarks time the pool's own cost per item, on items of a little
// work, beside the channel-fed pool the packages wrote by hand before it:
// compare the ns/item of the two in one run.

const items = 4096

func work(i int) int {
	x := i
	for range 200 {
		x = x*1103515245 + 12345
	}
	return x
}

func BenchmarkFor(b *testing.B) {
	out := make([]int, items)
	for b.Loop() {
		parallel.For(items, 0, func(_, i int) { out[i] = work(i) })
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*items), "ns/item")
}

// BenchmarkChannelPool is the hand-written pool For replaced (stance's
// PredictBatch, examples/semeval): indices queued on a buffered channel.
func BenchmarkChannelPool(b *testing.B) {
	out := make([]int, items)
	for b.Loop() {
		next := make(chan int, items)
		for i := range items {
			next <- i
		}
		close(next)
		var wg sync.WaitGroup
		for range parallel.Workers(0) {
			wg.Go(func() {
				for i := range next {
					out[i] = work(i)
				}
			})
		}
		wg.Wait()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*items), "ns/item")
}

func BenchmarkChunks(b *testing.B) {
	out := make([]int, items)
	for b.Loop() {
		parallel.Chunks(items, 0, func(_, lo, hi int) {
			for i := lo; i < hi; i++ {
				out[i] = work(i)
			}
		})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*items), "ns/item")
}
