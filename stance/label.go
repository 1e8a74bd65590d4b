package stance

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Label is a stance class. The three classes of stancekit's own scheme are
// the constants below, defined in the terms of the annotation guideline,
// testdata/ANNOTATION.md:
//
//   - Supportive: the actor favours Huawei's part in 5G networks, or
//     rejects, disputes or downplays the security allegations;
//   - Cautious: the actor acknowledges a risk but answers it with process
//     short of exclusion (assessment, certification, a common approach,
//     criteria for all vendors), or leaves the decision open;
//   - Opposed: the actor wants Huawei excluded or curtailed, alleges
//     espionage or state control as a reason, or has already excluded it.
//
// A Model can be trained on any label set (for example SemEval's FAVOR /
// AGAINST / NONE mapped to supportive / opposed / neutral), so Label is an
// open string type: any non-empty lower-case word is a valid label.
type Label string

// The labels of stancekit's annotation scheme, plus the two that benchmark
// data sets and the corpus use besides them.
const (
	Supportive Label = "supportive"
	Cautious   Label = "cautious"
	Opposed    Label = "opposed"
	// Neutral is the "no stance" class of tweet and headline data sets.
	Neutral Label = "neutral"
	// OffTarget marks corpus statements with no bearing on vendors or
	// networks; they are not one of the three stance classes.
	OffTarget Label = "off_target"
)

// StanceLabels are the three classes of stancekit's scheme, in the order
// models built by this package report them.
var StanceLabels = []Label{Supportive, Cautious, Opposed}

// ErrBadLabel is returned when a label is empty or not a single lower-case
// word.
var ErrBadLabel = errors.New("bad label")

// ParseLabel returns s as a Label after checking that it is one lower-case
// word (letters, digits, '_' or '-'); upper case is folded, so "FAVOR"
// becomes "favor".
func ParseLabel(s string) (Label, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", fmt.Errorf("%w: empty", ErrBadLabel)
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' {
			return "", fmt.Errorf("%w: %q", ErrBadLabel, s)
		}
	}
	return Label(s), nil
}

// String returns the label's name.
func (l Label) String() string { return string(l) }

// MarshalText implements encoding.TextMarshaler; the empty label is an error.
func (l Label) MarshalText() ([]byte, error) {
	if l == "" {
		return nil, fmt.Errorf("%w: empty", ErrBadLabel)
	}
	return []byte(l), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseLabel's rules.
func (l *Label) UnmarshalText(b []byte) error {
	v, err := ParseLabel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
