package sentiment

import "fmt"

// Profile is the register an Analyzer is set up for: a preset of the three
// layers a score goes through after VADER's rules, each of which has its
// own option that overrides the preset for that layer alone:
//
//	profile   domain layer  calibration         calibration labels rule-neutral texts
//	News      on            on (calibration.tsv)         no
//	Social    off           on (calibration_social.tsv)  yes
//	VADER     off           off                          -
//
// (WithDomain, WithCalibration / WithoutCalibration and
// WithCalibratedNeutrals). The same words carry sentiment differently in a
// news report and in a tweet, and the human labels of the two registers
// disagree on the texts VADER's rules find no sentiment in: nearly all such
// tweets are polar in the VADER ground truth, most such news sentences are
// neutral in the Financial PhraseBank. Choose one with WithProfile;
// RESULTS.md has the figures of all three on every rated set.
type Profile uint8

const (
	// News is the default profile, for news reports, statements and
	// editorials. It has the news domain layer on, and the default
	// calibration (DefaultCalibration) sets only the strength of a score
	// inside the class the rules chose: Label always equals
	// LabelOf(Uncalibrated), and a text without sentiment words stays
	// Neutral.
	News Profile = iota
	// Social is for tweets, posts and comments. It has no domain layer (the
	// rules are plain VADER), and its calibration, by default the one
	// DefaultCalibrationFor(Social) returns, fitted with the domain layer
	// off, does two things: for a text the rules read as Positive or
	// Negative it sets the strength inside that class, as in News; for a
	// text the rules leave Neutral (mostly one without a sentiment word)
	// its estimate of the mean human rating divided by 4 becomes the
	// compound unclipped to the neutral band, so the text is labelled by
	// LabelOf of that estimate. A text with neither a sentiment word nor a
	// word the calibration knows still scores a neutral 0.
	Social
	// VADER is VADER itself: its rules on its lexicon, no domain layer and
	// no calibration. Compound, Pos, Neg and Neu are the reference
	// implementation's numbers for the text (Hutto & Gilbert's
	// vaderSentiment, which github.com/jonreiter/govader reproduces), and
	// Compound equals Uncalibrated.
	VADER
)

// String returns "news", "social" or "vader" (or "Profile(n)" for a value
// outside the three).
func (p Profile) String() string {
	switch p {
	case News:
		return "news"
	case Social:
		return "social"
	case VADER:
		return "vader"
	}
	return fmt.Sprintf("Profile(%d)", uint8(p))
}

// MarshalText implements encoding.TextMarshaler with the String form. It
// fails for a value outside the three profiles.
func (p Profile) MarshalText() ([]byte, error) {
	if p > VADER {
		return nil, fmt.Errorf("sentiment: cannot marshal invalid profile %d", uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts exactly the
// String forms, "news", "social" and "vader", so a Profile can be a
// command-line flag through flag.TextVar.
func (p *Profile) UnmarshalText(b []byte) error {
	switch string(b) {
	case "news":
		*p = News
	case "social":
		*p = Social
	case "vader":
		*p = VADER
	default:
		return fmt.Errorf("sentiment: unknown profile %q (want news, social or vader)", b)
	}
	return nil
}

// WithProfile sets the preset the Analyzer starts from: News (the
// default), Social or VADER (see Profile for what each sets). An explicit
// WithDomain, WithCalibration, WithoutCalibration or WithCalibratedNeutrals,
// before or after it, overrides the preset for its own layer and nothing
// else.
func WithProfile(p Profile) Option {
	return func(c *config) error {
		if p > VADER {
			return fmt.Errorf("sentiment: WithProfile: unknown profile %d", uint8(p))
		}
		c.profile = p
		return nil
	}
}

// Profile reports the preset the Analyzer was built from (News unless
// WithProfile said otherwise). Options given beside it may have changed a
// layer; Domain, Calibrated and CalibratedNeutrals report what it has.
func (a *Analyzer) Profile() Profile { return a.profile }
