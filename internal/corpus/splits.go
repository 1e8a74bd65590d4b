package corpus

import (
	"encoding/binary"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
)

// Split names a part of the statement corpus.
type Split string

// The three splits. Test is sealed: it is scored once, at the end, with the
// final model, and every look is recorded in stance/RESULTS.md.
const (
	Train Split = "train"
	Dev   Split = "dev"
	Test  Split = "test"
)

// SplitSeed fixes the random assignment of source groups to splits. It was
// chosen before any model was fitted on the statement corpus and must never
// change: changing it would leak the sealed test into training.
const SplitSeed uint64 = 20261201

// The share of source groups drawn into each held-out split.
const (
	TestShare = 0.20
	DevShare  = 0.12
)

// splitOf draws a group's split from a hash of the seed and the group key:
// uniform, independent of every other group, so adding pages to the corpus
// never moves a page already assigned.
func splitOf(key string) Split {
	h := fnv.New64a()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], SplitSeed)
	h.Write(b[:])
	h.Write([]byte(key))
	// Finalise with a 64-bit mix so that similar keys spread evenly.
	x := h.Sum64()
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	u := float64(x>>11) / (1 << 53)
	switch {
	case u < TestShare:
		return Test
	case u < TestShare+DevShare:
		return Dev
	}
	return Train
}

// ShingleWords is the length of the word runs Groups compares: two pages
// that share a run of this many words (case and punctuation folded) in any
// of their statements are taken for copies of one story.
const ShingleWords = 8

// Groups returns, for each statement, its source group: the normalised URL
// of its page, except that pages sharing a run of ShingleWords words in
// their statements (syndicated or rewritten copies of one story, the same
// quote reported twice) form one group, keyed by the smallest of their
// URLs. Every statement of a group falls in the same split.
func Groups(ss []Statement) []string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byRun := map[string]string{}
	for _, s := range ss {
		p := s.Page()
		if _, ok := parent[p]; !ok {
			parent[p] = p
		}
		if s.Synthetic {
			continue // written here: a copy of nothing, always in Train
		}
		for _, run := range Shingles(s.Text) {
			if q, ok := byRun[run]; ok {
				union(p, q)
			} else {
				byRun[run] = p
			}
		}
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = find(s.Page())
	}
	return out
}

// foldedWords returns text's words lower-cased, each a run of letters and
// digits: the form in which statements are compared across pages.
func foldedWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Shingles returns the runs of ShingleWords folded words of text (the
// whole text when it is shorter): two texts sharing one are taken for
// copies of one story, as Groups takes them.
func Shingles(text string) []string {
	words := foldedWords(text)
	if len(words) <= ShingleWords {
		return []string{strings.Join(words, " ")}
	}
	out := make([]string, 0, len(words)-ShingleWords+1)
	for i := 0; i+ShingleWords <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+ShingleWords], " "))
	}
	return out
}

// Splits returns each statement's split: synthetic statements are always
// Train; the others follow their source group's draw.
func Splits(ss []Statement) []Split { return splitsOf(ss, Groups(ss)) }

// splitsOf is Splits for statements whose groups are already known.
func splitsOf(ss []Statement, g []string) []Split {
	out := make([]Split, len(ss))
	for i, s := range ss {
		if s.Synthetic {
			out[i] = Train
			continue
		}
		out[i] = splitOf(g[i])
	}
	return out
}

// Select returns the statements (and their groups) whose split is one of
// want.
func Select(ss []Statement, want ...Split) (out []Statement, groups []string) {
	g := Groups(ss)
	sp := splitsOf(ss, g)
	for i, s := range ss {
		if slices.Contains(want, sp[i]) {
			out = append(out, s)
			groups = append(groups, g[i])
		}
	}
	return out, groups
}
