package attribution

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

// The layout rules of grammar/layout.txt: the header, debate, speaker-line
// and turn-label patterns the source step (source.go, turns.go) reads an
// official text's layout with. Each rule is a regular expression gated by
// the literal strings every match of it contains, so that a rule costs a
// substring search on the lines that cannot match it.

// gatedRe is a regular expression and its gate: one of lits occurs in
// every string it matches (nil when no such set was found, and the
// expression always runs).
type gatedRe struct {
	re   *regexp.Regexp
	lits []string
}

func compileGated(pat string) (gatedRe, error) {
	re, err := regexp.Compile(pat)
	if err != nil {
		return gatedRe{}, err
	}
	g := gatedRe{re: re}
	if tree, err := syntax.Parse(pat, syntax.Perl); err == nil {
		g.lits = requiredLiterals(tree)
	}
	return g, nil
}

// open reports whether s passes the gate.
func (g *gatedRe) open(s string) bool {
	if g.lits == nil {
		return true
	}
	for _, l := range g.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

func (g *gatedRe) match(s string) bool { return g.open(s) && g.re.MatchString(s) }

// find returns the submatch indices of the leftmost match in s, or nil.
func (g *gatedRe) find(s string) []int {
	if !g.open(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

// requiredLiterals returns a set of strings one of which every match of re
// contains, preferring the set whose shortest string is longest; nil when
// there is none (a case-folded or optional part cannot gate).
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if l := requiredLiterals(sub); l != nil && (best == nil || shortest(l) > shortest(best)) {
				best = l
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l := requiredLiterals(sub)
			if l == nil {
				return nil
			}
			out = append(out, l...)
		}
		return out
	}
	return nil
}

func shortest(ls []string) int {
	n := len(ls[0])
	for _, l := range ls[1:] {
		n = min(n, len(l))
	}
	return n
}

// layoutRule is one line of a layout file.
type layoutRule struct {
	rule string // header, debate, speaker, ...
	arg  string // header and signoff: spokesperson, office or phrase; member, member-tag: the legislature
	parl string // debate, chamber-*: the parliament and its government
	gov  string
	gatedRe
}

// layoutArgs tells, for each rule, what its argument may be: the allowed
// words, "chamber" for "PARLIAMENT > GOVERNMENT", "actor" for a name, nil
// for none. groups is how many capture groups its pattern needs.
var layoutArgs = map[string]struct {
	arg    []string
	groups int
}{
	"header": {[]string{"spokesperson", "office", "phrase"}, 1}, "signoff": {[]string{"phrase"}, 1},
	"debate": {[]string{"chamber"}, 0}, "chamber-line": {[]string{"chamber"}, 0}, "chamber-text": {[]string{"chamber"}, 0},
	"speaker": {nil, 1}, "minister-title": {nil, 0}, "minister-phrase": {nil, 0},
	"turn": {nil, 1}, "answer-label": {nil, 0}, "question-label": {nil, 0},
	"member": {[]string{"actor"}, 1}, "member-tag": {[]string{"actor"}, 0}, "section": {nil, 0},
}

// layoutLine reads "RULE | ARGUMENT | PATTERN".
func (g *Grammar) layoutLine(s string) error {
	f := strings.SplitN(s, "|", 3)
	if len(f) != 3 {
		return fmt.Errorf("want RULE | ARGUMENT | PATTERN, got %q", s)
	}
	r := layoutRule{rule: strings.TrimSpace(f[0]), arg: strings.TrimSpace(f[1])}
	spec, ok := layoutArgs[r.rule]
	if !ok {
		return fmt.Errorf("unknown layout rule %q", r.rule)
	}
	if err := r.setArg(spec.arg); err != nil {
		return err
	}
	pat := strings.TrimSpace(f[2])
	if pat == "" {
		return fmt.Errorf("%s: empty pattern", r.rule)
	}
	gr, err := compileGated(pat)
	if err != nil {
		return fmt.Errorf("%s: bad pattern: %v", r.rule, err)
	}
	if gr.re.NumSubexp() < spec.groups {
		return fmt.Errorf("%s: the pattern needs %d capture group(s)", r.rule, spec.groups)
	}
	r.gatedRe = gr
	g.layout = append(g.layout, r)
	return nil
}

// setArg checks the rule's argument against what the rule allows.
func (r *layoutRule) setArg(allowed []string) error {
	switch {
	case len(allowed) == 0:
		if r.arg != "" {
			return fmt.Errorf("%s takes no argument, got %q", r.rule, r.arg)
		}
		return nil
	case allowed[0] == "chamber":
		p, gov, ok := strings.Cut(r.arg, ">")
		r.parl, r.gov = strings.TrimSpace(p), strings.TrimSpace(gov)
		if !ok || r.parl == "" || r.gov == "" {
			return fmt.Errorf("%s: want PARLIAMENT > GOVERNMENT, got %q", r.rule, r.arg)
		}
		return nil
	case allowed[0] == "actor":
		if r.arg == "" {
			return fmt.Errorf("%s: want the legislature's actor name", r.rule)
		}
		return nil
	}
	for _, a := range allowed {
		if r.arg == a {
			return nil
		}
	}
	return fmt.Errorf("%s: argument %q is not one of %s", r.rule, r.arg, strings.Join(allowed, ", "))
}

// layout is the grammar's layout rules by rule, each list in file order.
type layout struct {
	header, debate, chamberLine, chamberText, speaker []layoutRule
	ministerTitle, ministerPhrase                     []layoutRule
	turn, answerLabel, questionLabel                  []layoutRule
	member, memberTag, section                        []layoutRule
}

func newLayout(rules []layoutRule) layout {
	var l layout
	dst := map[string]*[]layoutRule{"header": &l.header, "signoff": &l.header, "debate": &l.debate,
		"chamber-line": &l.chamberLine, "chamber-text": &l.chamberText, "speaker": &l.speaker,
		"minister-title": &l.ministerTitle, "minister-phrase": &l.ministerPhrase, "turn": &l.turn,
		"answer-label": &l.answerLabel, "question-label": &l.questionLabel, "member": &l.member,
		"member-tag": &l.memberTag, "section": &l.section}
	for _, r := range rules {
		*dst[r.rule] = append(*dst[r.rule], r)
	}
	return l
}

// first returns the first rule of rs matching s and its submatch indices.
func first(rs []layoutRule, s string) (*layoutRule, []int) {
	for i := range rs {
		if m := rs[i].find(s); m != nil {
			return &rs[i], m
		}
	}
	return nil, nil
}

// anyRule reports whether a rule of rs matches s.
func anyRule(rs []layoutRule, s string) bool {
	r, _ := first(rs, s)
	return r != nil
}

// group returns capture group k of match m in s ("" when it took no part).
func group(s string, m []int, k int) string {
	if 2*k+1 >= len(m) || m[2*k] < 0 {
		return ""
	}
	return s[m[2*k]:m[2*k+1]]
}

// isSection reports whether s is a numbered section title.
func (l *layout) isSection(s string) bool { return anyRule(l.section, s) }

// legislature is the legislature of the first member-tag rule: a
// legislator's title in an issuer phrase makes the issuer a member of it.
func (l *layout) legislature() string {
	if len(l.memberTag) == 0 {
		return ""
	}
	return l.memberTag[0].arg
}

// memberTagged returns the legislature of the first member-tag rule
// matching s.
func (l *layout) memberTagged(s string) (string, bool) {
	if r, _ := first(l.memberTag, s); r != nil {
		return r.arg, true
	}
	return "", false
}
