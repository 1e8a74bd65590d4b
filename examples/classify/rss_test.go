package main

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

// startForRSS starts cmd and returns a function that, once cmd has ended,
// gives its peak resident memory in KiB.
//
// The peak is read from the running process (VmHWM in /proc/PID/status,
// every few milliseconds), not from its rusage: Linux carries a process's
// ru_maxrss across exec from the memory it was started from, here the test
// process's, which holds the data the tests feed (over 400 MB under -race,
// or once GOGC=400 from the command's init applies to the test binary), so
// ru_maxrss would report the test's peak rather than the command's. Where
// /proc cannot be read, the rusage figure is the answer.
func startForRSS(t *testing.T, cmd *exec.Cmd) (peak func() int64) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	stop, seen := make(chan struct{}), make(chan int64, 1)
	go func() {
		var hwm int64 = -1
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			if v, ok := vmHWM(status); ok {
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
		return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	}
}

// vmHWM reads the peak resident set size, in KiB, from a /proc status file.
func vmHWM(status string) (int64, bool) {
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
