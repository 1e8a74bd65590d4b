// Package deftables lets the generator of stance/default_tables.go and
// stance/default_words.go reach the stance package's writers of model
// tables without making them part of the package's API: stance sets Source
// and Words when it is initialised.
package deftables

// Source returns the unformatted Go source of the tables of the model file
// model (see stance's modelTables), for go/format.Source. The
// stance package sets it; importing stance makes it non-nil.
var Source func(model []byte) ([]byte, error)

// Words returns the unformatted Go source of the word tables of the model
// file model's vectorizer (see stance's modelWords), for go/format.Source.
// The stance package sets it.
var Words func(model []byte) ([]byte, error)
