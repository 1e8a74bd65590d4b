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

// stanceClasses are stancekit's three classes in their order.
var stanceClasses = [...]Label{Supportive, Cautious, Opposed}

// CompareLabels is the one order of classes in stancekit: the order a
// trained model reports its classes in, reports list them in and ties are
// broken in. It returns a negative number when a comes before b, a positive
// one when after, and 0 when they are equal. stancekit's three classes come
// first, as Supportive, Cautious, Opposed; any other label follows them, by
// name; OffTarget, which takes no position, is last. Use it with
// slices.SortFunc.
func CompareLabels(a, b Label) int {
	ra, rb := rank(a), rank(b)
	if ra != rb {
		return ra - rb
	}
	return strings.Compare(string(a), string(b))
}

// rank places l in CompareLabels' order: 0, 1, 2 for the stance classes, 3
// for any other label and 4 for OffTarget.
func rank(l Label) int {
	for i, s := range stanceClasses {
		if l == s {
			return i
		}
	}
	if l == OffTarget {
		return len(stanceClasses) + 1
	}
	return len(stanceClasses)
}

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
