// Package defaultmodel builds stancekit's default stance model from the
// labelled corpus: the one place that says what the default model is, used
// by the generator (stance/internal/gendefault), by examples/evaluate and by the test that checks
// the committed model is what the generator produces.
package defaultmodel
