package main

import (
	"runtime/debug"
	"testing"
)

func TestSoftLimitFollowsTheLiveHeap(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, limitFloor},
		{10 << 20, limitFloor},
		{limitFloor / limitPerLive, limitFloor},
		{100 << 20, limitPerLive * 100 << 20},
		{1 << 62, limitPerLive << 60}, // no overflow
	} {
		if got := softLimit(c.live); got != c.want {
			t.Errorf("softLimit(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}

func TestTuneGCRestoresTheSettings(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(-1)

	g := tuneGC(0)
	if p := debug.SetGCPercent(defaultGCPercent); p != defaultGCPercent {
		t.Errorf("GC percent %d during the run, want %d", p, defaultGCPercent)
	}
	if l := debug.SetMemoryLimit(-1); l != limitFloor {
		t.Errorf("memory limit %d during the run, want %d", l, limitFloor)
	}
	for range retuneEvery {
		g.article()
	}
	g.restore()
	if p := debug.SetGCPercent(percent); p != percent {
		t.Errorf("GC percent %d after the run, want %d", p, percent)
	}
	if l := debug.SetMemoryLimit(-1); l != limit {
		t.Errorf("memory limit %d after the run, want %d", l, limit)
	}

	// -gogc wins over the default; $GOGC and $GOMEMLIMIT are left alone
	t.Setenv("GOGC", "150")
	t.Setenv("GOMEMLIMIT", "1GiB")
	g = tuneGC(0)
	if p := debug.SetGCPercent(percent); p != percent {
		t.Errorf("$GOGC set: GC percent %d, want it untouched (%d)", p, percent)
	}
	if l := debug.SetMemoryLimit(-1); l != limit {
		t.Errorf("$GOMEMLIMIT set: memory limit %d, want it untouched (%d)", l, limit)
	}
	g.restore()
	g = tuneGC(250)
	if p := debug.SetGCPercent(250); p != 250 {
		t.Errorf("-gogc 250: GC percent %d", p)
	}
	g.restore()
	if p := debug.SetGCPercent(percent); p != percent {
		t.Errorf("GC percent %d after the run, want %d", p, percent)
	}
}
