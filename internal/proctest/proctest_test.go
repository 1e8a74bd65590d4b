package proctest

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestVmHWM(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "status")
	os.WriteFile(good, []byte("Name:\tx\nVmPeak:\t  9000 kB\nVmHWM:\t  1234 kB\nVmRSS:\t 1000 kB\n"), 0o644)
	if v, ok := VmHWM(good); !ok || v != 1234 {
		t.Errorf("VmHWM = %d, %v; want 1234, true", v, ok)
	}
	none := filepath.Join(dir, "none")
	os.WriteFile(none, []byte("Name:\tx\nVmHWM:\n"), 0o644)
	if _, ok := VmHWM(none); ok {
		t.Error("a status without a figure gave one")
	}
	if _, ok := VmHWM(filepath.Join(dir, "missing")); ok {
		t.Error("a missing file gave a figure")
	}
}

// TestStartForRSSReadsTheChild runs a small child (the test binary itself,
// waiting for its standard input to close) and checks its peak is read, and is
// the child's, not the parent's: the parent first grows well beyond what the
// child needs. The child is held until the poller has read it once: a child
// that ended at once could end before a loaded machine first ran the poller,
// and the test would then measure the rusage fallback, not the reading.
func TestStartForRSSReadsTheChild(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is Linux's")
	}
	if os.Getenv("PROCTEST_CHILD") != "" {
		io.Copy(io.Discard, os.Stdin)
		return
	}
	ballast := make([]byte, 256<<20)
	for i := range ballast {
		ballast[i] = byte(i)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestStartForRSSReadsTheChild$")
	cmd.Env = append(os.Environ(), "PROCTEST_CHILD=1")
	hold, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	peak, read := startForRSS(t, cmd)
	select {
	case <-read:
	case <-time.After(time.Minute):
		t.Error("the running child's status was not read in a minute")
	}
	hold.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	p := peak()
	runtime.KeepAlive(ballast)
	if p <= 0 || p > 128<<10 {
		t.Errorf("child's peak RSS %d KiB: want above 0 and far below the parent's 256 MiB", p)
	}
}
