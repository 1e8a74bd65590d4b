package main

import (
	"fmt"
	"strings"

	"github.com/stancekit/stancekit/features"
)

// family is a named feature set examples/semeval can train with (-features).
type family struct {
	name  string
	about string // what the header prints
	cfg   features.Config
}

// families are the feature sets -features names, the shipped one first.
// All use sublinear TF-IDF over one vocabulary of all training tweets; they
// differ in which n-grams they count, and so in how many features a tweet
// has and how large the tables prediction reads are. The shipped set is
// word 1-3-grams and character 3-5-grams, chosen over the organisers'
// ranges (word1-3+char2-5, shipped until 2026-12-02) by cross-validation
// on the training tweets with four fold seeds; the others are cheaper to
// predict with, and were compared by cross-validation on the training
// tweets only (RESULTS.md, "Issue 15, fourth pass" and step 8).
var families = []family{
	{"word1-3+char3-5", "word 1-3-grams + char 3-5-grams", features.Config{WordNgrams: 3, CharMin: 3, CharMax: 5, Sublinear: true, MinDF: 1}},
	{"word1-3+char2-5", "word 1-3-grams + char 2-5-grams", features.Config{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1}},
	{"word1-3+char2-4", "word 1-3-grams + char 2-4-grams", features.Config{WordNgrams: 3, CharMin: 2, CharMax: 4, Sublinear: true, MinDF: 1}},
	{"word1-3+char3-4", "word 1-3-grams + char 3-4-grams", features.Config{WordNgrams: 3, CharMin: 3, CharMax: 4, Sublinear: true, MinDF: 1}},
	{"word1-3+char4", "word 1-3-grams + char 4-grams", features.Config{WordNgrams: 3, CharMin: 4, CharMax: 4, Sublinear: true, MinDF: 1}},
	{"word1-3", "word 1-3-grams", features.Config{WordNgrams: 3, Sublinear: true, MinDF: 1}},
	{"word1-2", "word 1-2-grams", features.Config{WordNgrams: 2, Sublinear: true, MinDF: 1}},
	{"word1", "word unigrams", features.Config{WordNgrams: 1, Sublinear: true, MinDF: 1}},
}

// shipped is the family examples/semeval trains by default.
const shipped = "word1-3+char3-5"

// familyNamed returns the family called name, or a usage-worthy error
// listing the names.
func familyNamed(name string) (family, error) {
	for _, f := range families {
		if f.name == name {
			return f, nil
		}
	}
	return family{}, fmt.Errorf("unknown feature family %q (one of %s)", name, familyNames())
}

// familyNames lists the families' names, comma-separated.
func familyNames() string {
	names := make([]string, len(families))
	for i, f := range families {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}
