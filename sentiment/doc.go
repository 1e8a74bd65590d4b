// Package sentiment scores how a statement feels: a compound score in
// [-1, 1], VADER's positive/negative/neutral proportions, a three-way Label
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
// github.com/jonreiter/govader; with the domain layer off (which also drops
// the default calibration), the scores equal the reference implementation's
// (see RESULTS.md for the parity check).
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
//   - business collocations in which a general word is neutral ("as well
//     as", "per share", "credit facility"), while the word alone keeps its
//     VADER valence;
//   - negation cues whose scope runs past VADER's three-word window ("no
//     evidence", "never been", "not a").
//
// Its header documents the format; WithDomainRules adds or replaces entries.
//
// # Learned calibration
//
// On by default (DefaultCalibration; WithoutCalibration turns it off). The
// rules and the domain layer decide the label; a ridge regression fitted on
// the VADER ground-truth tweets and NYT editorial snippets then estimates
// the mean human rating, and Compound becomes that estimate divided by 4,
// kept inside the rule label's interval: [0.05, 1] for Positive, [-1, -0.05]
// for Negative, within ±0.049 for Neutral. So the calibration changes how
// strong a score is, never its class: Label always equals
// LabelOf(Uncalibrated), the ±0.05 thresholds keep their VADER meaning, and
// a text with no sentiment word stays Neutral while its compound still
// orders it by the learned estimate. It raises the correlation with human
// ratings on every rated set (cross-validated on the two it is fitted on;
// see RESULTS.md); the labels, and so F1 and accuracy, are the rule
// layer's. FitCalibration fits one on your own rated texts, for
// WithCalibration.
//
// # Safety
//
// An Analyzer is immutable after New and safe for concurrent use. Any input
// is accepted: empty or blank text, invalid UTF-8 and NUL bytes give a
// defined score (no sentiment word: Neutral; no word the lexicon or the
// calibration knows: a neutral zero). Score reads at most
// MaxStatementBytes and Article at most MaxArticleBytes; Truncated says so.
package sentiment
