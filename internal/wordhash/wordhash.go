// Package wordhash is the hash of the word tables that `go generate` writes
// for packages sentiment (the VADER lexicon) and tokenize (the Punkt
// model): 32-bit FNV-1a, fixed, so that the generator can lay out a table's
// index and the package read it as it is compiled.
package wordhash

import (
	"bytes"
	"fmt"
)

// Offset and Prime are FNV-1a's, for a caller that hashes a word while
// it reads it: h = Offset, then h = (h ^ uint32(c)) * Prime for every byte
// c gives Bytes.
const (
	Offset = 2166136261
	Prime  = 16777619
)

// Bytes returns the hash of w.
func Bytes(w []byte) uint32 {
	h := uint32(Offset)
	for _, c := range w {
		h = (h ^ uint32(c)) * Prime
	}
	return h
}

// String returns the hash of w, equal to Bytes([]byte(w)).
func String(w string) uint32 {
	h := uint32(Offset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * Prime
	}
	return h
}

// Slots returns the size of the index of n words: the power of two at
// least twice n (and at least 2), so that a probe meets an empty slot soon.
func Slots(n int) int {
	s := 2
	for s < 2*n {
		s *= 2
	}
	return s
}

// Place returns the slots of an open-addressing index (linear probing) of
// words, in order: slot i holds 1 + the index of its word, or 0. The words
// must be distinct.
func Place(words []string) []uint32 {
	slots := make([]uint32, Slots(len(words)))
	mask := uint32(len(slots) - 1)
	for i, w := range words {
		h := String(w) & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = uint32(i + 1)
	}
	return slots
}

// WriteSlots writes slots, the index Place built, as the Go declaration
// of a sparse array named name (only the filled slots, eight a line), for
// the generators of the tables that use it.
func WriteSlots(b *bytes.Buffer, name string, slots []uint32) {
	fmt.Fprintf(b, "var %s = [%d]uint32{", name, len(slots))
	n := 0
	for i, s := range slots {
		if s == 0 {
			continue
		}
		if n%8 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%d: %d,", i, s)
		n++
	}
	b.WriteString("\n}\n")
}
