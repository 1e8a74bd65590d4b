package wordhash

import (
	"slices"
	"testing"
)

func TestHash(t *testing.T) {
	// FNV-1a 32 reference values.
	for w, want := range map[string]uint32{"": 0x811c9dc5, "a": 0xe40c292c, "foobar": 0xbf9cf968} {
		if got := String(w); got != want {
			t.Errorf("String(%q) = %#x, want %#x", w, got, want)
		}
		if got := Bytes([]byte(w)); got != want {
			t.Errorf("Bytes(%q) = %#x, want %#x", w, got, want)
		}
	}
}

func TestPlace(t *testing.T) {
	words := []string{"good", "bad", "not", "kind", "of", "", "\xff"}
	slots := Place(words)
	if len(slots) != 16 {
		t.Fatalf("%d slots for %d words", len(slots), len(words))
	}
	mask := uint32(len(slots) - 1)
	for i, w := range words {
		h := String(w) & mask
		for slots[h] != uint32(i+1) {
			if slots[h] == 0 {
				t.Fatalf("%q not found", w)
			}
			h = (h + 1) & mask
		}
	}
	var got []uint32
	for _, s := range slots {
		if s != 0 {
			got = append(got, s)
		}
	}
	slices.Sort(got)
	if len(got) != len(words) || got[0] != 1 || got[len(got)-1] != uint32(len(words)) {
		t.Errorf("slots %v", slots)
	}
	for n, want := range map[int]int{0: 2, 1: 2, 2: 4, 3: 8, 8: 16, 9: 32} {
		if got := Slots(n); got != want {
			t.Errorf("Slots(%d) = %d, want %d", n, got, want)
		}
	}
}
