// Package deftables lets the generator of stance/default_tables.go reach
// the stance package's writer of model tables without making it part of the
// package's API: stance sets Source when it is initialised.
package deftables

// Source returns the unformatted Go source of the tables of the model file
// model (see stance's modelTables), for go/format.Source. The
// stance package sets it; importing stance makes it non-nil.
var Source func(model []byte) ([]byte, error)
