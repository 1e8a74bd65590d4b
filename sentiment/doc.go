// Package sentiment scores how a statement feels: a compound score in
// [-1, 1], VADER's positive/negative/neutral proportions, a three-way Label
// and the words that drove it, with byte offsets into the input.
//
// Sentiment is not stance. "We have found no evidence that Huawei has
// installed backdoors" supports Huawei, yet a general lexicon reads it as
// negative. stancekit reports the two side by side; this package is the
// sentiment half.
//
// # Use
//
//	a, err := sentiment.New() // the News profile; build once, share freely
//	if err != nil {
//		return err
//	}
//	s := a.Score("We have found no evidence that Huawei has installed backdoors")
//	fmt.Println(s.Label, s.Compound) // positive 0.065
//	for _, d := range s.Drivers {
//		fmt.Println(d.Text, d.Start, d.End, d.Valence, d.Rule)
//	}
//
// Options (WithProfile, WithDomain, WithDomainRules, WithCalibration,
// WithoutCalibration) check their values; New reports a bad one.
//
// # Scoring
//
// An Analyzer applies the VADER rules (Hutto & Gilbert 2014): a lexicon of
// crowd-rated valences, negation, boosters and dampeners, the contrastive
// "but", ALL-CAPS emphasis and "!"/"?" emphasis. It does so token by token,
// so that every word's contribution is known. The lexicons come from
// github.com/jonreiter/govader, written into Go tables by `go generate`
// (TestVaderTablesMatchGovader checks them); with the domain layer and the
// calibration off (the VADER profile), the scores are the reference
// implementation's (see RESULTS.md for the parity check). Labels use
// VADER's thresholds: Positive at compound >= 0.05, Negative at <= -0.05,
// else Neutral.
//
// Article splits a text into sentences (prose's Punkt segmenter), keeps their
// byte offsets, and averages the sentence scores.
//
// # Layers, options and profiles
//
// After the rules, a score goes through up to three layers, each switched
// by its own option and by nothing else:
//   - the news domain layer (WithDomain, WithDomainRules): changes word
//     valences, so the rule score (Score.Uncalibrated), the drivers and
//     Pos, Neg and Neu;
//   - the learned calibration (WithCalibration, WithoutCalibration):
//     changes Compound only;
//   - whether the calibration labels the texts the rules leave Neutral
//     (WithCalibratedNeutrals): changes Compound and Label of those texts
//     only.
//
// A Profile (WithProfile) is a preset of the three; options beside it
// override it layer by layer. News, the default, has the domain layer and
// the calibration on and keeps rule-neutral texts Neutral. Social, for
// tweets, posts and comments, has the domain layer off and lets its own
// calibration (fitted the same way with the domain layer off) label the
// texts the rules leave Neutral. Those are mostly texts without a word in
// VADER's lexicon; in the VADER tweets nearly all of them are polar, while
// most such news sentences are neutral, which is why one setting cannot
// serve both. Social labels the VADER tweets and reviews better than News
// (higher F1, about the same r) and the Financial PhraseBank much worse.
// VADER has all three off: its numbers are VADER's own. RESULTS.md has the
// figures of each on every rated set.
//
// So the same text has three different compounds, and they may disagree
// in sign: "We have found no evidence that Huawei has installed backdoors"
// is +0.065 in News (the domain layer reads "found no … backdoors" as a
// denial, and the calibration tempers the strength), -0.122 in Social and
// -0.296 in VADER (neither has the domain layer, and VADER's lexicon reads
// "backdoors", five words past the "no", as a negative word).
//
// # News domain layer
//
// On in the News profile (WithDomain). domain.tsv, embedded, holds:
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
// On in the News and Social profiles (DefaultCalibrationFor gives the one
// shipped for each domain setting; WithoutCalibration turns it off). A
// ridge regression fitted on the VADER ground-truth tweets and NYT editorial
// snippets estimates the mean human rating, and Compound becomes that
// estimate divided by 4, kept inside the rule label's interval: [0.05, 1]
// for Positive, [-1, -0.05] for Negative, within ±0.049 for Neutral. So the
// calibration changes how strong a score is, never its class: Label always
// equals LabelOf(Uncalibrated), the ±0.05 thresholds keep their VADER
// meaning, and a text with no sentiment word stays Neutral while its
// compound still orders it by the learned estimate. With
// WithCalibratedNeutrals (the Social profile) the texts the rules leave
// Neutral take the estimate divided by 4, clipped to [-1, 1], and so its
// label. The calibration raises the correlation with human ratings on every
// rated set (cross-validated on the two it is fitted on; see RESULTS.md).
// FitCalibration fits one on your own rated texts, for WithCalibration.
//
// # Its own tokens, read from the pipeline's
//
// VADER's rules are defined on its own tokens: the text cut at white space
// as Python's str.split() cuts it, outer punctuation stripped from tokens
// longer than two characters. Package tokenize's tokens, which the stance
// pipeline shares, differ ("don't" is "do" and "n't", a comma is a token of
// its own, ":)" is two), so scoring them as words would no longer equal the
// reference implementation. But a caller that has them need not have the
// text split again: ScoreTokens and PolarityTokens take the tokens of a
// text and a span of it, and read VADER's words off the tokens' byte
// spans (a token never holds white space; only the text between tokens is
// looked at), so the words and every figure are Score's, bit for bit
// (TestScoreTokensMatchesScore, FuzzScoreTokens). Words are lower-cased
// into a reused buffer and looked up without a string per word. Polarity
// and PolarityTokens give the compound and label alone, without building
// the drivers.
//
// # Safety
//
// An Analyzer is immutable after New and safe for concurrent use. Any input
// is accepted: empty or blank text, invalid UTF-8 and NUL bytes give a
// defined score (no word the lexicon or the calibration knows: a neutral
// zero; without WithCalibratedNeutrals, no sentiment word: Neutral). Score reads at most
// MaxStatementBytes and Article at most MaxArticleBytes; Truncated says so.
package sentiment
