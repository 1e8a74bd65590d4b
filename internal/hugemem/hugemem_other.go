//go:build !linux

package hugemem

// mapped is Make's own mapping, which only Linux has: nil, for make.
func mapped[T any, O any](owner *O, n, size int) []T { return nil }

func isMapped[T any](s []T) bool { return false }
