// Package hugemem allocates the large read-only tables a fitted model reads
// at random on its prediction path (the weight rows, the vocabulary's hash
// table) in memory the kernel is asked to back with huge pages.
//
// A statement with character n-grams reads some three hundred rows spread
// over megabytes; with the usual 4 KiB pages nearly each read also misses
// the TLB, and the page walk costs about what the cache miss does. With
// 2 MiB pages a table of a few megabytes needs a few TLB entries. Go's heap
// does not ask for huge pages, and on Linux with transparent huge pages in
// "madvise" mode (a common default) memory gets them only when asked; so
// Make maps such a table on its own and asks (madvise MADV_HUGEPAGE). Where
// that is not possible (another system, a small table, a failed mapping, an
// element type holding pointers) it falls back to make: the contents and
// every computation over them are the same either way, only the speed
// differs.
//
// The mapping is released when its owner, the object holding the slice,
// becomes unreachable. So the slice, and any slice of it, must not outlive
// the owner: keep it in the owner only, and keep the owner alive
// (runtime.KeepAlive) while reading through a copy of the slice.
package hugemem

import (
	"reflect"
)

// MinBytes is the smallest table Make maps on its own: below one huge page
// there is nothing to gain.
const MinBytes = 2 << 20

// pageBytes is the huge page size mappings are aligned to and rounded to.
const pageBytes = 2 << 20

// Make returns a zeroed slice of n Ts for owner to hold, in memory backed
// by huge pages where the system allows (see the package comment). T must
// be plain data for that (numbers, and arrays and structs of them); any
// other T gets make's memory. n <= 0 gives nil.
func Make[T any, O any](owner *O, n int) []T {
	if n <= 0 {
		return nil
	}
	if owner != nil && plain(reflect.TypeFor[T]()) {
		var zero T
		if size := int(reflect.TypeOf(zero).Size()); size > 0 && n <= maxLen/size && n*size >= MinBytes {
			if s := mapped[T](owner, n, size); s != nil {
				return s
			}
		}
	}
	return make([]T, n)
}

// maxLen bounds n*size so that it cannot overflow.
const maxLen = 1 << 40

// plain reports whether values of t hold no pointers, so that memory the
// garbage collector does not scan may hold them.
func plain(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return true
	case reflect.Array:
		return plain(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if !plain(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}

// Mapped reports whether s is memory Make mapped on its own (for tests).
func Mapped[T any](s []T) bool { return isMapped(s) }
