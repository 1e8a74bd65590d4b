// Package tfidf carries one function of package features to package stance
// without making it part of features' API: the analysis of a statement
// whose n-gram entries are weighed by IDF values the caller keeps itself,
// at a stride (a linear model's fused rows, which hold each feature's IDF
// beside its class weights). The vector it leaves is features.TransformTF's
// with each n-gram entry multiplied by its IDF, in place, and the sum of
// the squares of those products, summed in order: what a caller of
// TransformTF would work out in a pass of its own over the entries, worked
// out instead while features reads them back from its bitmap.
package tfidf

import "github.com/stancekit/stancekit/tokenize"

// Transform is set by package features when it is initialised (so it is
// never nil in a program that imports features). v must be a
// *features.Vectorizer; rows holds feature i's IDF at rows[i*stride], for
// every n-gram feature i. It returns the statement's *features.Doc, d,
// which stays the caller's until it passes held to Release (d and held
// are nil after an error); t, the number of n-gram entries (the first t of
// d's vector: the cue and other entries follow, unweighed, as TransformTF
// leaves them); and ss, the sum of the squares of their weighed values in
// index order.
var Transform func(v any, src string, toks []tokenize.Token, rows []float64, stride int) (d, held any, t int, ss float64, err error)

// Release, set by package features with Transform, takes back the scratch
// space held of a Transform: d is not to be read after it.
var Release func(held any)
