package attribution

import (
	"fmt"
	"strings"
)

// verbSpec is one line of a verbs file: a lemma and what is irregular
// about it.
type verbSpec struct {
	lemma                    string
	s, past, part, ing       string // irregular forms; "" means generated
	object, double, fixedOne bool
	particle                 string // "for" of "go+for": the verb is an act only before it
	polarity                 string // a particle verb's act on its object: "for" or "against"
}

// option reads one FLAG or KEY=FORM of a verbs line.
func (v *verbSpec) option(o string) error {
	if k, form, ok := strings.Cut(o, "="); ok {
		if k == "polarity" {
			if form != "for" && form != "against" {
				return fmt.Errorf("unknown polarity %q (for or against)", form)
			}
			v.polarity = form
			return nil
		}
		dst := map[string]*string{"s": &v.s, "past": &v.past, "part": &v.part, "ing": &v.ing}[k]
		if dst == nil {
			return fmt.Errorf("unknown form key %q (s, past, part, ing or polarity)", k)
		}
		*dst = strings.ToLower(form)
		return nil
	}
	flag := map[string]*bool{"object": &v.object, "double": &v.double, "fixed": &v.fixedOne}[o]
	if flag == nil {
		return fmt.Errorf("unknown verb flag %q (object, double or fixed)", o)
	}
	*flag = true
	return nil
}

// forms returns the lemma and its inflections.
func (v *verbSpec) forms() []string {
	if v.fixedOne {
		return []string{v.lemma}
	}
	l := v.lemma
	s, past, part, ing := v.s, v.past, v.part, v.ing
	if s == "" {
		s = thirdPerson(l)
	}
	if past == "" {
		past = pastForm(l, v.double)
	}
	if part == "" {
		part = past
	}
	if ing == "" {
		ing = gerund(l, v.double)
	}
	return []string{l, s, past, part, ing}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// thirdPerson: "say" -> "says", "stress" -> "stresses", "deny" -> "denies".
func thirdPerson(l string) string {
	switch {
	case strings.HasSuffix(l, "y") && len(l) > 1 && !isVowel(l[len(l)-2]):
		return l[:len(l)-1] + "ies"
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"),
		strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "sh"), strings.HasSuffix(l, "o"):
		return l + "es"
	}
	return l + "s"
}

// doubles reports whether the final consonant doubles before a suffix:
// marked so, or a one-syllable verb ending consonant-vowel-consonant
// ("ban", "stop"), never after w, x or y.
func doubles(l string, marked bool) bool {
	n := len(l)
	if n < 3 || isVowel(l[n-1]) || strings.IndexByte("wxy", l[n-1]) >= 0 || !isVowel(l[n-2]) || isVowel(l[n-3]) {
		return false
	}
	if marked {
		return true
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(l[i]) && (i == 0 || !isVowel(l[i-1])) {
			groups++
		}
	}
	return groups == 1
}

// pastForm: "warn" -> "warned", "state" -> "stated", "deny" -> "denied",
// "ban" -> "banned".
func pastForm(l string, double bool) string {
	switch {
	case strings.HasSuffix(l, "e"):
		return l + "d"
	case strings.HasSuffix(l, "y") && len(l) > 1 && !isVowel(l[len(l)-2]):
		return l[:len(l)-1] + "ied"
	case doubles(l, double):
		return l + l[len(l)-1:] + "ed"
	}
	return l + "ed"
}

// gerund: "say" -> "saying", "state" -> "stating", "lie" -> "lying",
// "ban" -> "banning", "agree" -> "agreeing".
func gerund(l string, double bool) string {
	switch {
	case strings.HasSuffix(l, "ie"):
		return l[:len(l)-2] + "ying"
	case strings.HasSuffix(l, "e") && !strings.HasSuffix(l, "ee") && !strings.HasSuffix(l, "ye") && !strings.HasSuffix(l, "oe") && len(l) > 2:
		return l[:len(l)-1] + "ing"
	case doubles(l, double):
		return l + l[len(l)-1:] + "ing"
	}
	return l + "ing"
}
