// Package benchutil holds what the benchmark programs (examples/semeval,
// examples/emergent, examples/evaluate, examples/sentimenteval) share:
// timing a step as the fastest of several runs, parsing flags and mapping
// errors to exit statuses by the CLI contract (one-line usage errors), and
// writing predictions as JSON Lines so a score can be recomputed without
// stancekit.
package benchutil
