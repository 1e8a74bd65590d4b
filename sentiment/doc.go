// Package sentiment scores how a statement feels: a VADER-style compound
// score in [-1, 1], positive/negative/neutral proportions, a three-way Label
// and the words that drove it, with byte offsets into the input.
//
// Sentiment is not stance. "We have found no evidence that Huawei has
// installed backdoors" supports Huawei, yet a general lexicon reads it as
// negative. stancekit reports the two side by side; this package is the
// sentiment half.
//
// # Scoring
//
// An Analyzer applies the VADER rules (Hutto & Gilbert 2014): a lexicon of
// crowd-rated valences, negation, boosters and dampeners, the contrastive
// "but", ALL-CAPS emphasis and "!"/"?" emphasis. It does so token by token,
// so that every word's contribution is known. The lexicons come from
// github.com/jonreiter/govader; with the domain layer off, the scores equal
// the reference implementation's (see RESULTS.md for the parity check).
// Labels use VADER's thresholds: Positive at compound >= 0.05, Negative at
// <= -0.05, else Neutral.
//
// Article splits a text into sentences (prose's Punkt segmenter), keeps their
// byte offsets, and averages the sentence scores.
//
// # News domain layer
//
// On by default (WithDomain). domain.tsv, embedded, holds:
//   - valence overrides for this domain: "security" names a topic, not good
//     news; "backdoor", "espionage" and "concern" are loaded; "rose" and
//     "fell" carry the story;
//   - negation cues whose scope runs past VADER's three-word window ("no
//     evidence", "never been", "not a").
//
// Its header documents the format; WithDomainRules adds or replaces entries.
//
// # Learned calibration
//
// Off by default. WithCalibration(NewsCalibration()) replaces the compound by
// a ridge regression's estimate of the mean human rating, fitted on NYT
// editorial snippets. In cross-validation it raises the correlation with
// human ratings on news editorials, and it lowers it on tweets and on
// financial news. FitCalibration fits one on your own rated texts.
//
// # Safety
//
// An Analyzer is immutable after New and safe for concurrent use. Any input
// is accepted: empty or blank text, invalid UTF-8 and NUL bytes give a
// defined score (no sentiment word: a neutral zero). Score reads at most
// MaxStatementBytes and Article at most MaxArticleBytes; Truncated says so.
package sentiment
