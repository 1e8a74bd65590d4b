package sentiment

import "fmt"

// Label is the three-way sentiment class of a compound score.
type Label uint8

// The three classes. The zero value is Neutral, the class of an empty text.
const (
	Neutral Label = iota
	Positive
	Negative
)

// The class thresholds on the compound score. They are VADER's published
// thresholds (Hutto & Gilbert 2014, section 4: "-0.05 and +0.05"), kept
// because the benchmark protocol of the human-rated sets uses them; see
// RESULTS.md for the figures measured with them.
const (
	// PositiveThreshold: a compound score at or above it is Positive.
	PositiveThreshold = 0.05
	// NegativeThreshold: a compound score at or below it is Negative.
	NegativeThreshold = -0.05
)

// LabelOf classifies a compound score with PositiveThreshold and
// NegativeThreshold. NaN is Neutral.
func LabelOf(compound float64) Label {
	switch {
	case compound >= PositiveThreshold:
		return Positive
	case compound <= NegativeThreshold:
		return Negative
	}
	return Neutral
}

// String returns "positive", "negative" or "neutral" (or "Label(n)" for a
// value outside the three).
func (l Label) String() string {
	switch l {
	case Neutral:
		return "neutral"
	case Positive:
		return "positive"
	case Negative:
		return "negative"
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// MarshalText implements encoding.TextMarshaler with the String form. It
// fails for a value outside the three classes.
func (l Label) MarshalText() ([]byte, error) {
	if l > Negative {
		return nil, fmt.Errorf("sentiment: cannot marshal invalid label %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts exactly the
// String forms.
func (l *Label) UnmarshalText(b []byte) error {
	switch string(b) {
	case "neutral":
		*l = Neutral
	case "positive":
		*l = Positive
	case "negative":
		*l = Negative
	default:
		return fmt.Errorf("sentiment: unknown label %q (want positive, negative or neutral)", b)
	}
	return nil
}
