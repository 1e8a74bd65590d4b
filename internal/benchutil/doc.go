// Package benchutil holds what the benchmark programs (examples/semeval,
// examples/emergent) share: timing a step as the fastest of several runs,
// and writing predictions as JSON Lines so a score can be recomputed
// without stancekit.
package benchutil
