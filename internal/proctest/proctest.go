// Package proctest is test support for measuring processes: the peak
// resident memory of a child process, as the child itself reached it (for
// the commands' memory tests), and this process's CPU time (for the
// benchmarks' per-CPU-second rates).
package proctest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// StartForRSS starts cmd and returns a function that, once cmd has ended
// (cmd.Wait returned), gives its peak resident memory in KiB.
//
// The peak is read from the running process (VmHWM in /proc/PID/status,
// every few milliseconds), not from its rusage: Linux carries a process's
// ru_maxrss across exec from the memory it was started from, here the test
// process's, which may hold the data the test feeds (hundreds of MB under
// -race), so ru_maxrss would report the test's peak rather than the
// command's. Where /proc cannot be read, the rusage figure is the answer,
// and the test log says so.
func StartForRSS(t testing.TB, cmd *exec.Cmd) (peak func() int64) {
	t.Helper()
	peak, _ = startForRSS(t, cmd)
	return peak
}

// startForRSS is StartForRSS that also returns a channel closed at the first
// reading of the running child's VmHWM, so that a test whose child would
// otherwise end before the poller is first scheduled (a loaded machine) can
// keep the child alive until it has been read.
func startForRSS(t testing.TB, cmd *exec.Cmd) (peak func() int64, read <-chan struct{}) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	stop, seen, first := make(chan struct{}), make(chan int64, 1), make(chan struct{})
	go func() {
		var hwm int64 = -1
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			if v, ok := VmHWM(status); ok {
				if hwm < 0 {
					close(first)
				}
				hwm = max(hwm, v)
			}
			select {
			case <-stop:
				seen <- hwm
				return
			case <-tick.C:
			}
		}
	}()
	return func() int64 {
		close(stop)
		if hwm := <-seen; hwm >= 0 {
			return hwm
		}
		t.Logf("%s unreadable: peak RSS from rusage, which may include the test's own", status)
		if cmd.ProcessState == nil {
			return -1
		}
		return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	}, first
}

// VmHWM reads the peak resident set size, in KiB, from a /proc status
// file; ok is false when the file cannot be read or has no VmHWM line.
func VmHWM(status string) (kib int64, ok bool) {
	b, err := os.ReadFile(status)
	if err != nil {
		return 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if f := bytes.Fields(sc.Bytes()); len(f) >= 2 && string(f[0]) == "VmHWM:" {
			v, err := strconv.ParseInt(string(f[1]), 10, 64)
			return v, err == nil
		}
	}
	return 0, false
}
