//go:build !unix

package proctest

import "time"

// CPUTime is not measured on this platform: it returns 0, and benchmarks
// leave out their per-CPU-second rates.
func CPUTime() time.Duration { return 0 }
