//go:build unix

package proctest

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time this process has used so far, user and
// system, over all its threads (the garbage collector's work counts too).
// Benchmarks take it before and after their loop to report a rate per
// CPU-second, which a machine shared with other work distorts less than a
// wall-clock rate. It is 0 where it cannot be read.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
