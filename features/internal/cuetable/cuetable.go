// Package cuetable lets the generator of features/cue_table.go reach the
// features package's writer of its compiled built-in lexicon without making
// it part of the package's API: features sets Source when it is
// initialised.
package cuetable

// Source returns the unformatted Go source of cue_table.go, for
// go/format.Source. Importing features makes it non-nil.
var Source func() ([]byte, error)
