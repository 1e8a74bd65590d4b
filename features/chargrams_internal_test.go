package features

import (
	"slices"
	"testing"
)

// appendCharGrams, Lister.Append's hashing of an unknown word's character
// n-grams, gives charGramsOf's hashes in charGramsOf's order, for every
// range of lengths and words shorter and longer than the range, bytes of
// any value included.
func TestAppendCharGrams(t *testing.T) {
	words := []string{"", " ", "  ", " a ", " ab ", " abc ", " huawei ", " #semst ", " 5g ", " \xff\x00é华为 ",
		" supercalifragilisticexpialidocious ", " aaaaaaaaaaaa "}
	tb := newTable(4)
	for lo := 1; lo <= 6; lo++ {
		for hi := lo; hi <= 7; hi++ {
			cfg := Config{CharMin: lo, CharMax: hi}
			for _, w := range words {
				var a analysis
				a.charGramsOf(cfg, []byte(w), 0, false)
				got, _ := appendCharGrams([]uint64{7}, []byte(w), lo, hi, tb)
				if got[0] != 7 || !slices.Equal(got[1:], a.hs) {
					t.Fatalf("char %d-%d of %q: %x, charGramsOf gives %x", lo, hi, w, got, a.hs)
				}
			}
		}
	}
	if got, _ := appendCharGrams(nil, []byte(" ab "), 0, 3, tb); got != nil {
		t.Fatalf("length 0: %x", got)
	}
}

// found gives what Vectorizer.lookup gives: the indices of the hashes the
// vocabulary holds, in order.
func TestTableFound(t *testing.T) {
	tb := newTable(4)
	for i, h := range []uint64{3, 1 << 40, 99, 12345678901} {
		tb.put(h, int32(i))
	}
	v := &Vectorizer{index: tb}
	hs := []uint64{99, 5, 3, 3, 12345678901, 0, 1 << 40, 7}
	want := v.lookup([]int32{-1}, hs)
	if got := tb.found([]int32{-1}, hs); !slices.Equal(got, want) {
		t.Fatalf("found %v, lookup %v", got, want)
	}
}
