// Package deflabels lets the generator of attribution/actor_labels.txt
// reach the attribution package's trainer of its learned actor label
// without making it part of the package's API: attribution sets Build when
// it is initialised.
package deflabels

import "github.com/stancekit/stancekit/stance"

// Build trains the learned actor label on the gold of testdata/official's
// development texts and returns the weights file's bytes. heldOut trains
// the default stance model without the official statements of the
// development texts it is given (defaultmodel.BuildWithout): each text's
// actors are read with the model of its cross-fitting fold. The
// attribution package sets Build; importing attribution makes it non-nil.
var Build func(heldOut func(held []string) (*stance.Model, error)) ([]byte, error)

// BuildHolders trains the holder detector on the gold of testdata/official's
// development texts and returns its weights file's bytes. The attribution
// package sets it.
var BuildHolders func() ([]byte, error)
