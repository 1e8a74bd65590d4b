// Package senteval evaluates the sentiment package against human-rated data:
// it loads the VADER ground-truth sets and the Financial PhraseBank from a
// data folder (never from the repository: their terms forbid copying them
// here), computes Pearson r and three-class precision, recall and F1, and
// cross-validates a learned calibration.
//
// The data folder is given by the caller; DataDir resolves the usual
// choices (a flag, then STANCEKIT_DATA, then ../shared/data).
package senteval
