// Package deflabels lets the generator of attribution/actor_labels.txt
// reach the attribution package's trainer of its learned actor label
// without making it part of the package's API: attribution sets Build when
// it is initialised.
package deflabels

// Build trains the learned actor label on the gold of testdata/official's
// development texts and returns the weights file's bytes. The attribution
// package sets it; importing attribution makes it non-nil.
var Build func() ([]byte, error)
