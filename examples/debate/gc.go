package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// The collector's settings for a run. The program allocates some 150 KB an
// article and keeps little: the live heap is about 10 MiB, so at the
// runtime's default (GOGC=100) it collects every 10 MiB allocated, 31 times
// in a run of 2,000 articles. At defaultGCPercent it collects four to five
// times less often. A soft memory limit keeps the heap from growing to
// five times the live heap as that grows: the collector runs when the heap
// reaches limitFloor, or limitPerLive times the live heap once that is
// larger, so memory stays about flat over a long run, and a run whose live
// heap grows (a corpus of many distinct statements) collects about as often
// as with GOGC=200 rather than thrashing against a fixed limit.
// docs/HISTORY.md (the debate's speed and memory) has the figures these
// were chosen by.
const (
	defaultGCPercent = 400
	limitFloor       = 64 << 20
	limitPerLive     = 3
	// retuneEvery is how many articles pass between two looks at the
	// live heap.
	retuneEvery = 1024
)

// gcTuner holds the collector's settings for one run and restores the
// ones it found when done.
type gcTuner struct {
	// limit: whether the tuner sets the memory limit (GOMEMLIMIT unset)
	limit        bool
	setPercent   bool
	oldPercent   int
	oldLimit     int64
	currentLimit int64
	n            int // articles counted
	sample       []metrics.Sample
}

// tuneGC applies the run's collector settings: percent (from -gogc: -1
// turns the collector off but for the memory limit, 0 means
// defaultGCPercent, or $GOGC's setting when that is set) and the soft
// memory limit, unless $GOMEMLIMIT is set. Call restore when the run is
// over.
func tuneGC(percent int) *gcTuner {
	t := &gcTuner{sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	if percent == 0 && os.Getenv("GOGC") == "" {
		percent = defaultGCPercent
	}
	if percent != 0 {
		t.setPercent = true
		t.oldPercent = debug.SetGCPercent(percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		t.limit = true
		t.oldLimit = debug.SetMemoryLimit(-1)
		t.setLimit(limitFloor)
	}
	return t
}

// softLimit is the memory limit for a live heap of live bytes.
func softLimit(live uint64) int64 {
	l := int64(limitFloor)
	if live > uint64(limitFloor/limitPerLive) {
		l = int64(min(live, 1<<60) * limitPerLive)
	}
	return l
}

func (t *gcTuner) setLimit(l int64) {
	if l != t.currentLimit {
		debug.SetMemoryLimit(l)
		t.currentLimit = l
	}
}

// article counts one article done; every retuneEvery articles the limit
// follows the live heap.
func (t *gcTuner) article() {
	if !t.limit {
		return
	}
	if t.n++; t.n%retuneEvery != 0 {
		return
	}
	metrics.Read(t.sample)
	if t.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	t.setLimit(softLimit(t.sample[0].Value.Uint64()))
}

// restore puts back the settings tuneGC found.
func (t *gcTuner) restore() {
	if t.setPercent {
		debug.SetGCPercent(t.oldPercent)
	}
	if t.limit {
		debug.SetMemoryLimit(t.oldLimit)
	}
}
