package hugemem_test

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stancekit/stancekit/internal/hugemem"
)

type owner struct{ rows []float64 }

// Make gives n zeroed, writable elements whatever memory backs them, and
// maps only tables of plain data at least MinBytes long.
func TestMake(t *testing.T) {
	type plain struct {
		a uint64
		b [2]int32
	}
	type withPointer struct {
		a uint64
		s string
	}
	o := new(owner)
	big := hugemem.MinBytes / 8
	for _, n := range []int{0, 1, 1000, big, big + 12345} {
		s := hugemem.Make[float64](o, n)
		if len(s) != n {
			t.Fatalf("Make(%d): len %d", n, len(s))
		}
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("Make(%d)[%d] = %v, want 0", n, i, s[i])
			}
			s[i] = float64(i)
		}
		for i := range s {
			if s[i] != float64(i) {
				t.Fatalf("Make(%d)[%d] = %v after writing %d", n, i, s[i], i)
			}
		}
		if got, want := hugemem.Mapped(s), runtime.GOOS == "linux" && n >= big; got != want {
			t.Errorf("Make(%d): mapped %v, want %v", n, got, want)
		}
	}
	if s := hugemem.Make[withPointer](o, hugemem.MinBytes); hugemem.Mapped(s) || len(s) != hugemem.MinBytes {
		t.Errorf("a type with a pointer: mapped %v, len %d", hugemem.Mapped(s), len(s))
	}
	if s := hugemem.Make[plain](o, hugemem.MinBytes/16); runtime.GOOS == "linux" && !hugemem.Mapped(s) {
		t.Error("a struct of numbers was not mapped")
	}
	if s := hugemem.Make[float64, owner](nil, big); hugemem.Mapped(s) {
		t.Error("no owner, yet mapped")
	}
	runtime.KeepAlive(o)
}

// A mapping is released once its owner is unreachable.
func TestRelease(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("mappings are Linux's")
	}
	o := new(owner)
	o.rows = hugemem.Make[float64](o, hugemem.MinBytes/8)
	rows := o.rows[:1:1] // a view that does not keep the mapping listed
	if !hugemem.Mapped(rows) {
		t.Fatal("not mapped")
	}
	o = nil
	for range 100 {
		runtime.GC()
		if !hugemem.Mapped(rows) {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Error("the mapping outlived its owner")
}

// TestHugePages logs how much of a table the kernel backed with huge pages:
// it depends on the system's settings, so it is reported, not asserted.
func TestHugePages(t *testing.T) {
	o := new(owner)
	o.rows = hugemem.Make[float64](o, 4*hugemem.MinBytes/8)
	for i := range o.rows {
		o.rows[i] = 1
	}
	smaps, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skip(err)
	}
	for _, l := range strings.Split(string(smaps), "\n") {
		if strings.HasPrefix(l, "AnonHugePages") {
			t.Log(l)
		}
	}
	runtime.KeepAlive(o)
}
