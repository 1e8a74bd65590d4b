// Package deftables lets the generator of attribution/default_tables.go
// reach the attribution package's writer of its default tables without
// making it part of the package's API: attribution sets Source when it is
// initialised.
package deftables

// Source returns the unformatted Go source of the default grammar and
// registry compiled into tables (see attribution's defaultTables), for
// go/format.Source. It compiles them from the package's embedded data
// files, never from the tables it writes. The attribution package sets
// it; importing attribution makes it non-nil.
var Source func() ([]byte, error)
