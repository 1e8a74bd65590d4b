package sentiment

import "fmt"

// Profile is the register an Analyzer is set up for. The same words carry
// sentiment differently in a news report and in a tweet, and the human
// labels of the two registers disagree on the texts VADER's rules find no
// sentiment in: nearly all such tweets are polar in the VADER ground truth,
// most such news sentences are neutral in the Financial PhraseBank. A
// profile fixes the two settings that follow from that, the domain layer
// and how the learned calibration may label a text. Choose one with
// WithProfile; RESULTS.md has the figures of both on every rated set.
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
)

// String returns "news" or "social" (or "Profile(n)" for a value outside
// the two).
func (p Profile) String() string {
	switch p {
	case News:
		return "news"
	case Social:
		return "social"
	}
	return fmt.Sprintf("Profile(%d)", uint8(p))
}

// MarshalText implements encoding.TextMarshaler with the String form. It
// fails for a value outside the two profiles.
func (p Profile) MarshalText() ([]byte, error) {
	if p > Social {
		return nil, fmt.Errorf("sentiment: cannot marshal invalid profile %d", uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts exactly the
// String forms, "news" and "social", so a Profile can be a command-line flag
// through flag.TextVar.
func (p *Profile) UnmarshalText(b []byte) error {
	switch string(b) {
	case "news":
		*p = News
	case "social":
		*p = Social
	default:
		return fmt.Errorf("sentiment: unknown profile %q (want news or social)", b)
	}
	return nil
}

// WithProfile sets the register the Analyzer is for: News (the default) or
// Social. Social turns the domain layer off, so it cannot be combined with
// WithDomain(true) or WithDomainRules; New reports the conflict. Without
// WithCalibration or WithoutCalibration, each profile uses its own shipped
// calibration (DefaultCalibrationFor).
func WithProfile(p Profile) Option {
	return func(c *config) error {
		if p > Social {
			return fmt.Errorf("sentiment: WithProfile: unknown profile %d", uint8(p))
		}
		c.profile = p
		return nil
	}
}

// Profile reports the register the Analyzer was built for.
func (a *Analyzer) Profile() Profile { return a.profile }
