//go:build linux

package hugemem

import (
	"runtime"
	"sync"
	"syscall"
	"unsafe"
)

// mapped maps n elements of size bytes for owner, aligned to a huge page,
// asks for huge pages, and unmaps them once owner is unreachable. It
// returns nil when the system refuses.
func mapped[T any, O any](owner *O, n, size int) []T {
	want := (n*size + pageBytes - 1) &^ (pageBytes - 1)
	// Map a page more than needed so that an aligned start lies within;
	// the part before it is never touched, so costs no memory.
	b, err := syscall.Mmap(-1, 0, want+pageBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	off := int(-uintptr(unsafe.Pointer(unsafe.SliceData(b))) & (pageBytes - 1))
	region := b[off : off+want]
	// Advice is only advice: without it the memory still works.
	_ = syscall.Madvise(region, syscall.MADV_HUGEPAGE)
	s := unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(region))), n)
	regions.Store(unsafe.Pointer(unsafe.SliceData(s)), true)
	runtime.AddCleanup(owner, release, b)
	return s
}

// regions records the starts of the slices mapped and not yet released.
var regions sync.Map

// release unmaps a mapping whose owner is gone.
func release(b []byte) {
	off := int(-uintptr(unsafe.Pointer(unsafe.SliceData(b))) & (pageBytes - 1))
	regions.Delete(unsafe.Pointer(&b[off]))
	_ = syscall.Munmap(b)
}

func isMapped[T any](s []T) bool {
	if len(s) == 0 {
		return false
	}
	_, ok := regions.Load(unsafe.Pointer(unsafe.SliceData(s)))
	return ok
}
