// Package sentiment scores how a statement about Huawei and 5G security
// feels: a VADER-style compound score, positive/negative/neutral
// proportions, a three-way label and the words that drove it.
package sentiment
