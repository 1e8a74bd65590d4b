package attribution

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The layout rules of grammar/layout.txt: the header, debate, speaker-line
// and turn-label patterns the source step (source.go, turns.go) reads an
// official text's layout with. Each rule is a regular expression gated by
// the literal strings every match of it contains, so that a rule costs a
// substring search on the lines that cannot match it.

// gatedRe is a regular expression and its gate: what every string it
// matches has. Each part of the gate may be empty, and then tests nothing.
type gatedRe struct {
	re     *lazyRe
	groups int      // the pattern's capture groups
	prefix []string // the text starts with one of them (an anchored pattern's first parts)
	lead   [][]rune // the text's first runes are in these ranges, one set each (pairs, as in syntax.Regexp.Rune)
	fold   string   // the text starts with it, ASCII case folded (an anchored (?i) pattern's first letters)
	lits   []string // one of these occurs in the text
}

// lazyRe is a pattern compiled when first matched: the gates shut most
// rules on most lines, and compiling every rule of the built-in grammar
// when it loaded was over half of loading it, which a cold classify
// -article waits for.
type lazyRe struct {
	pat  string
	once sync.Once
	re   *regexp.Regexp
}

// regexp returns g's compiled pattern.
func (g *gatedRe) regexp() *regexp.Regexp {
	g.re.once.Do(func() {
		// The pattern parsed with the flags regexp.Compile uses
		// (compileGated), after which compiling it cannot fail.
		g.re.re = regexp.MustCompile(g.re.pat)
	})
	return g.re.re
}

// compileGated parses pat, reporting the error regexp.Compile would, and
// computes its gate; the pattern itself is compiled on first use.
func compileGated(pat string) (gatedRe, error) {
	tree, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return gatedRe{}, err
	}
	g := gatedRe{re: &lazyRe{pat: pat}, groups: tree.MaxCap()}
	if g.prefix = anchoredPrefixes(tree); g.prefix == nil {
		g.lead = anchoredLead(tree)
		g.fold = anchoredFold(tree)
		g.lits = trimGate(requiredLiterals(tree))
	}
	return g, nil
}

// anchored returns the parts of re after its start-of-text anchor, or nil
// when it is not anchored so.
func anchored(re *syntax.Regexp) []*syntax.Regexp {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	return re.Sub[1:]
}

// maxLead bounds the runes a lead gate tests.
const maxLead = 8

// anchoredLead returns the ranges the first runes of a match of re
// anchored at the start of the text lie in, one set a rune, as many as
// its first parts fix (literals, classes, counted repeats of one rune),
// or nil: "^[A-Z][A-Z .,'-]{2,60} " shuts lines whose second letter is
// lower case. The first set alone may join the alternatives of an
// optional first part ("^(?:All )?Debates?": A or D).
func anchoredLead(re *syntax.Regexp) [][]rune {
	subs := anchored(re)
	var out [][]rune
	for len(subs) > 0 && len(out) < maxLead {
		sub := subs[0]
		switch {
		case sub.Op == syntax.OpLiteral && sub.Flags&syntax.FoldCase == 0:
			for _, r := range sub.Rune {
				out = append(out, []rune{r, r})
			}
		case sub.Op == syntax.OpCharClass && len(sub.Rune) > 0:
			out = append(out, sub.Rune)
		case sub.Op == syntax.OpCapture:
			inner := []*syntax.Regexp{sub.Sub[0]}
			if sub.Sub[0].Op == syntax.OpConcat {
				inner = sub.Sub[0].Sub
			}
			subs = append(slices.Clip(slices.Clone(inner)), subs[1:]...)
			continue
		case sub.Op == syntax.OpWordBoundary, sub.Op == syntax.OpNoWordBoundary, sub.Op == syntax.OpEmptyMatch:
			// zero width: the next part starts where this one does
		case (sub.Op == syntax.OpPlus || sub.Op == syntax.OpRepeat && sub.Min >= 1) && oneRune(sub.Sub[0]) != nil:
			n, class := 1, oneRune(sub.Sub[0])
			if sub.Op == syntax.OpRepeat {
				n = sub.Min
			}
			for i := 0; i < n && len(out) < maxLead; i++ {
				out = append(out, class)
			}
			if sub.Op != syntax.OpRepeat || sub.Max != sub.Min {
				return out // how many more is not fixed
			}
		default:
			if len(out) == 0 {
				if rs, ok := firstOf(subs); ok {
					out = append(out, rs)
				}
			}
			return out
		}
		subs = subs[1:]
	}
	return out
}

// oneRune returns the ranges of re when it matches exactly one rune of
// them (a character class, a literal rune), or nil.
func oneRune(re *syntax.Regexp) []rune {
	switch {
	case re.Op == syntax.OpCharClass && len(re.Rune) > 0:
		return re.Rune
	case re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase == 0 && len(re.Rune) == 1:
		return []rune{re.Rune[0], re.Rune[0]}
	}
	return nil
}

// anchoredFold returns the first letters of a match of re anchored at the
// start of the text when they are a case-folded literal ("(?i)^the full
// text of "), as far as every rune that folds to them is ASCII (not "k",
// which the Kelvin sign folds to, nor "s", which "ſ" does): then the
// text's first bytes equal them up to ASCII case. "" otherwise.
func anchoredFold(re *syntax.Regexp) string {
	subs := anchored(re)
	if len(subs) == 0 || subs[0].Op != syntax.OpLiteral || subs[0].Flags&syntax.FoldCase == 0 {
		return ""
	}
	n := 0
	for _, r := range subs[0].Rune {
		if !asciiFolds(r) {
			break
		}
		n++
	}
	return string(subs[0].Rune[:n])
}

// asciiFolds reports whether r and every rune that folds to it are ASCII.
func asciiFolds(r rune) bool {
	if r >= utf8.RuneSelf {
		return false
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// firstRunes returns the ranges of the runes every match of re starts
// with; false when that is not known (re may match "", or starts with a
// case-folded literal).
func firstRunes(re *syntax.Regexp) ([]rune, bool) {
	if w := whole(re); w != nil {
		return firstRunes(w)
	}
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(re.Rune) == 0 {
			return nil, false
		}
		return []rune{re.Rune[0], re.Rune[0]}, true
	case syntax.OpCharClass:
		return re.Rune, len(re.Rune) > 0
	case syntax.OpConcat:
		return firstOf(re.Sub)
	case syntax.OpAlternate:
		return alternatives(re, firstRunes)
	}
	return nil, false
}

// firstOf is firstRunes of the concatenation of subs: past zero-width
// parts, and joining what an optional part and the rest start with.
func firstOf(subs []*syntax.Regexp) ([]rune, bool) {
	for i, sub := range subs {
		switch {
		case sub.Op == syntax.OpWordBoundary, sub.Op == syntax.OpNoWordBoundary, sub.Op == syntax.OpEmptyMatch:
			continue
		case sub.Op == syntax.OpQuest, sub.Op == syntax.OpStar, sub.Op == syntax.OpRepeat && sub.Min == 0:
			rs, ok := firstRunes(sub.Sub[0])
			if !ok {
				return nil, false
			}
			rest, ok := firstOf(subs[i+1:])
			if !ok {
				return nil, false
			}
			return append(slices.Clone(rs), rest...), true
		}
		return firstRunes(sub)
	}
	return nil, false // every part may match ""
}

// whole returns the part of re that every match of re matches in full (a
// capture's group, the repeated part of x+ or of x{n,} with n >= 1), or
// nil.
func whole(re *syntax.Regexp) *syntax.Regexp {
	switch {
	case re.Op == syntax.OpCapture, re.Op == syntax.OpPlus, re.Op == syntax.OpRepeat && re.Min >= 1:
		return re.Sub[0]
	}
	return nil
}

// alternatives joins what f finds in each alternative of re; false when f
// finds nothing in one of them.
func alternatives[T any](re *syntax.Regexp, f func(*syntax.Regexp) ([]T, bool)) ([]T, bool) {
	var out []T
	for _, sub := range re.Sub {
		x, ok := f(sub)
		if !ok {
			return nil, false
		}
		out = append(out, x...)
	}
	return out, true
}

// trimGate drops the spaces at the ends of a gate's strings (a part of a
// required string is required too: a search for " - " stops at every
// space of a line, one for "-" only at hyphens), and the strings that hold
// another one of the gate ("Senators" when there is "Senator").
func trimGate(lits []string) []string {
	var trimmed []string
	for _, l := range lits {
		if t := strings.Trim(l, " "); t != "" {
			l = t
		}
		if !slices.Contains(trimmed, l) {
			trimmed = append(trimmed, l)
		}
	}
	var out []string
	for i, l := range trimmed {
		covered := false
		for j, o := range trimmed {
			covered = covered || j != i && strings.Contains(l, o)
		}
		if !covered {
			out = append(out, l)
		}
	}
	return out
}

// anchoredPrefixes returns the strings one of which a match of re
// anchored at the start of the text starts with ("^Remarks by ",
// "^(Liberal|Green)$"), or nil: a line starting with none cannot match.
//
// The first parts that match a few strings each are multiplied out, as
// long as there are at most maxExact: "^(?:Each|Every) (?:debate|question)
// " starts with "Each debate ", "Each question ", "Every debate " or
// "Every question ".
func anchoredPrefixes(re *syntax.Regexp) []string {
	subs := anchored(re)
	if subs == nil {
		return nil
	}
	run := []string{""}
	for _, sub := range subs {
		ex, ok := exactStrings(sub)
		if !ok {
			break
		}
		p, ok := product(run, ex)
		if !ok {
			break
		}
		run = p
	}
	if shortest(run) == 0 {
		return nil
	}
	return run
}

// open reports whether s passes the gate.
func (g *gatedRe) open(s string) bool {
	if g.prefix != nil {
		for _, p := range g.prefix {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
		return false
	}
	if g.lead != nil && !leads(g.lead, s) {
		return false
	}
	if g.fold != "" && (len(s) < len(g.fold) || !strings.EqualFold(s[:len(g.fold)], g.fold)) {
		return false
	}
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

// openInside reports whether some line of text s could pass the gate: a
// prefix or a literal occurs in it.
func (g *gatedRe) openInside(s string) bool {
	for _, set := range [][]string{g.prefix, g.lits} {
		if set == nil {
			continue
		}
		found := false
		for _, l := range set {
			found = found || strings.Contains(s, l)
		}
		if !found {
			return false
		}
	}
	return true
}

// leads reports whether the first runes of s lie in the ranges of lead,
// one set each (an invalid byte reads as U+FFFD, as regexp reads it).
func leads(lead [][]rune, s string) bool {
	for _, ranges := range lead {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		if !inRanges(ranges, r) {
			return false
		}
		s = s[n:]
	}
	return true
}

// inRanges reports whether r lies in one of the ranges.
func inRanges(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= r && r <= ranges[i+1] {
			return true
		}
	}
	return false
}

func (g *gatedRe) match(s string) bool { return g.open(s) && g.regexp().MatchString(s) }

// find returns the submatch indices of the leftmost match in s, or nil.
func (g *gatedRe) find(s string) []int {
	if !g.open(s) {
		return nil
	}
	return g.regexp().FindStringSubmatchIndex(s)
}

// requiredLiterals returns a set of strings one of which every match of re
// contains, the best gate by better (long strings, few of them); nil when
// there is none (a case-folded or optional part cannot gate). Runs of
// parts that match one of a few strings each are multiplied out: " (" then
// [DIR] then "-" gives " (D-", " (I-", " (R-".
func requiredLiterals(re *syntax.Regexp) []string {
	if re.Op == syntax.OpConcat {
		return concatLiterals(re.Sub)
	}
	if ex, ok := exactStrings(re); ok {
		if shortest(ex) > 0 {
			return ex
		}
		return nil
	}
	if w := whole(re); w != nil {
		return requiredLiterals(w)
	}
	if re.Op == syntax.OpAlternate {
		out, _ := alternatives(re, func(sub *syntax.Regexp) ([]string, bool) {
			l := requiredLiterals(sub)
			return l, l != nil
		})
		return out
	}
	return nil
}

// concatLiterals is requiredLiterals of a concatenation: the best of its
// parts' sets and of the products of its runs of exact parts.
func concatLiterals(subs []*syntax.Regexp) []string {
	var best []string
	consider := func(l []string) {
		if len(l) > 0 && shortest(l) > 0 && better(l, best) {
			best = l
		}
	}
	run := []string{""}
	for _, sub := range subs {
		ex, ok := exactStrings(sub)
		if ok {
			consider(ex)
			if p, ok := product(run, ex); ok {
				run = p
				continue
			}
		}
		consider(run)
		run = []string{""}
		if ok {
			run = ex
			continue
		}
		consider(requiredLiterals(sub))
	}
	consider(run)
	return best
}

// better reports whether gate x beats y (nil): each string of a gate is
// one substring search per line, and past 8 bytes a longer string hardly
// rules out more lines, so the shortest length up to 8 counts first, then
// how few strings there are.
func better(x, y []string) bool {
	if y == nil {
		return true
	}
	lx, ly := min(shortest(x), 8), min(shortest(y), 8)
	if lx != ly {
		return lx > ly
	}
	return len(x) < len(y)
}

// maxExact bounds the sets exactStrings builds.
const maxExact = 16

// exactStrings returns the strings re matches when they are few (at most
// maxExact): literals, small character classes, and alternations,
// concatenations and options of those. Zero-width assertions match "".
func exactStrings(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxExact {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpCapture:
		return exactStrings(re.Sub[0])
	case syntax.OpQuest:
		ex, ok := exactStrings(re.Sub[0])
		if !ok || len(ex) == maxExact {
			return nil, false
		}
		return append(ex, ""), true
	case syntax.OpAlternate:
		out, ok := alternatives(re, exactStrings)
		return out, ok && len(out) <= maxExact
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ex, ok := exactStrings(sub)
			if !ok {
				return nil, false
			}
			if out, ok = product(out, ex); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// product returns every x+y of xs and ys, or false when there would be
// more than maxExact.
func product(xs, ys []string) ([]string, bool) {
	if len(xs)*len(ys) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(xs)*len(ys))
	for _, x := range xs {
		for _, y := range ys {
			out = append(out, x+y)
		}
	}
	return out, true
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
	"header": {[]string{"spokesperson", "office", "body", "answering", "phrase", "named"}, 1}, "signoff": {[]string{"body", "phrase", "named"}, 1},
	"debate": {[]string{"chamber"}, 0}, "chamber-line": {[]string{"chamber"}, 0}, "chamber-text": {[]string{"chamber"}, 0},
	"speaker": {nil, 1}, "minister-title": {nil, 0}, "opposition-title": {nil, 0}, "minister-phrase": {nil, 0}, "answer-text": {nil, 0}, "member-label": {nil, 0},
	"turn": {nil, 1}, "answer-label": {nil, 0}, "question-label": {nil, 0},
	"member": {[]string{"actor"}, 1}, "home-member": {nil, 1}, "member-tag": {[]string{"actor"}, 0}, "section": {nil, 0},
	"address": {nil, 0}, "header-act": {nil, 1},
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
	if gr.groups < spec.groups {
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
	ministerTitle, oppositionTitle, ministerPhrase    []layoutRule
	answerText, memberLabel                           []layoutRule
	turn, answerLabel, questionLabel                  []layoutRule
	member, homeMember, memberTag, section            []layoutRule
	address, headerAct                                []layoutRule
}

func newLayout(rules []layoutRule) layout {
	var l layout
	dst := map[string]*[]layoutRule{"header": &l.header, "signoff": &l.header, "debate": &l.debate,
		"chamber-line": &l.chamberLine, "chamber-text": &l.chamberText, "speaker": &l.speaker,
		"minister-title": &l.ministerTitle, "opposition-title": &l.oppositionTitle, "minister-phrase": &l.ministerPhrase, "answer-text": &l.answerText, "member-label": &l.memberLabel, "turn": &l.turn,
		"answer-label": &l.answerLabel, "question-label": &l.questionLabel, "member": &l.member, "home-member": &l.homeMember,
		"member-tag": &l.memberTag, "section": &l.section, "address": &l.address,
		"header-act": &l.headerAct}
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

// chambers are the parliaments, each with its government, that the debate
// and chamber rules name, in file order and each once.
func (l *layout) chambers() []*layoutRule {
	var out []*layoutRule
	seen := map[string]bool{}
	for _, rs := range [][]layoutRule{l.debate, l.chamberLine, l.chamberText} {
		for i := range rs {
			if !seen[rs[i].parl] {
				seen[rs[i].parl] = true
				out = append(out, &rs[i])
			}
		}
	}
	return out
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
