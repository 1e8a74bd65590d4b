// Package benchutil holds what the benchmark programs (examples/semeval,
// examples/emergent, examples/evaluate, examples/sentimenteval) share, so
// that each program keeps only its own method:
//
//   - loading and checking a train/test benchmark (LoadSplits, Row; NoData
//     prints the note a program shows instead when the data is absent) and
//     the columns of its rows (Texts, Labels, IDs, Pick);
//   - the flags every train/test program takes (Flags: -data, -pred,
//     -repeat), parsing them quietly (ParseFlags, ParseGrid, AtLeast) and
//     mapping errors to exit statuses by the CLI contract (ErrUsage,
//     ExitCode: one-line usage errors);
//   - timing: a step as the fastest of several runs (Fastest) and test-set
//     prediction in batches and one statement at a time (TimePredict);
//   - writing predictions as JSON Lines (WritePredictions) so a score can be
//     recomputed without stancekit.
package benchutil
