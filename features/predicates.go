package features

import (
	_ "embed"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/tokenize"
)

// The predicate layer reads who wants which action done to the vendor, where
// the n-grams only see words: "urged Berlin to think again about letting the
// firm into its network" (pressure against letting it in), "a ban without
// proof would be a political act" (a ban argued against), "a ban is not
// planned" (an exclusion negated after it). It finds action predicates
// (exclusion or inclusion of the vendor), the frames they are embedded in
// (endorsing or rejecting words, evaluations), negation before and after
// them within their clause, and composes them into a handful of features
// (PredicateFeatureNames) that the learner weighs like any other. Its word
// lists are data: features/predicates.tsv.

//go:embed predicates.tsv
var defaultPredicateData string

// PredicatesHeader is the version line every predicate file starts with.
const PredicatesHeader = "# stancekit-data predicates v1"

// PredicateWindow is how many words before or after an action its frames,
// negators and vendor mention may stand. A walk also stops after
// 3×PredicateWindow tokens of any kind, so that a run of punctuation costs
// no more than words do.
const PredicateWindow = 10

// firstBitsLen is the size in bits of Predicates.firstBits.
const firstBitsLen = 4096

// maxFrames is the most frames one action takes before it.
const maxFrames = 3

// Predicate roles. The order of the action roles matters: excl and incl are
// the two directions.
type predRole uint8

const (
	roleNone predRole = iota
	roleExcl
	roleIncl
	roleEndorse
	roleReject
	roleBad
	roleGood
	roleReport
	roleManage
	roleRisk
	roleVendor
	roleAux
	roleBreak
	roleCoord
)

var roleNames = map[string]predRole{
	"excl": roleExcl, "incl": roleIncl, "endorse": roleEndorse, "reject": roleReject,
	"bad": roleBad, "good": roleGood, "report": roleReport, "manage": roleManage,
	"risk": roleRisk, "vendor": roleVendor, "aux": roleAux, "break": roleBreak,
	"coord": roleCoord,
}

// polarity is +1 for a frame that favours what it governs, -1 for one that
// argues against it, 0 for a word that is no frame.
func (r predRole) polarity() int {
	switch r {
	case roleEndorse, roleGood, roleIncl:
		return 1
	case roleReject, roleBad, roleExcl:
		return -1
	}
	return 0
}

func (r predRole) isAction() bool { return r == roleExcl || r == roleIncl }

func (r predRole) isFrame() bool {
	return r == roleEndorse || r == roleReject || r == roleBad || r == roleGood
}

// Entry flags.
const (
	flagVendor = 1 << iota // the action needs a vendor mention in its clause
	flagPost               // the frame applies backwards with no auxiliary between
)

var flagNames = map[string]uint8{"vendor": flagVendor, "post": flagPost}

// PredicateSet is the set of predicate features of one statement, one bit
// per entry of PredicateFeatureNames.
type PredicateSet uint32

// The predicate features, in the order of PredicateFeatureNames.
const (
	PExcl                PredicateSet = 1 << iota // an exclusion action ("ban", "keep … out")
	PIncl                                         // an inclusion action ("let … in", "use" the vendor)
	PEndorseExcl                                  // an exclusion its frames favour ("urged … to ban")
	PEndorseIncl                                  // an inclusion its frames favour
	PRejectExcl                                   // an exclusion its frames argue against ("oppose a ban")
	PRejectIncl                                   // an inclusion its frames argue against ("warned against using")
	PNegExcl                                      // an exclusion negated ("will not ban", "a ban is not planned")
	PNegIncl                                      // an inclusion negated
	PSignPlus                                     // some action's composed sign favours the vendor
	PSignMinus                                    // some action's composed sign favours its exclusion
	PReject                                       // a rejecting frame that governs no action ("baseless")
	PBad                                          // a negative evaluation that governs no action ("a threat")
	PGood                                         // a positive evaluation that governs no action
	PManage                                       // a risk said to be managed ("a risk they can manage")
	PNegManage                                    // a risk said not to be manageable
	numPredicateFeatures = iota
)

var predicateFeatureNames = [numPredicateFeatures]string{
	"P:excl", "P:incl", "P:endorse*excl", "P:endorse*incl", "P:reject*excl", "P:reject*incl",
	"P:neg*excl", "P:neg*incl", "P:sign+", "P:sign-", "P:reject", "P:bad", "P:good",
	"P:manage", "P:neg*manage",
}

// PredicateFeatureNames returns the names of the predicate features in
// index order: the block a Vectorizer with Config.Predicates set appends
// after its cue features.
func PredicateFeatureNames() []string { return predicateFeatureNames[:] }

// Names returns the names of the features in s, in index order.
func (s PredicateSet) Names() []string {
	var out []string
	for x := uint32(s); x != 0; x &= x - 1 {
		out = append(out, predicateFeatureNames[bits.TrailingZeros32(x)])
	}
	return out
}

// String renders s as its feature names separated by spaces.
func (s PredicateSet) String() string { return strings.Join(s.Names(), " ") }

// Predicates is a compiled predicate file. It is immutable and safe for
// concurrent use.
type Predicates struct {
	lex *Lexicon // the matched entries, Class holding the role
	// first maps the hash of a stem (hashName) to the entries that start
	// with it, longest first, as lex.byFirst does by the stem itself.
	first map[uint64][]int
	// firstBits has bit h%firstBitsLen set for the hash h of every stem in
	// first, so that most words are ruled out without a map lookup.
	firstBits [firstBitsLen / 64]uint64
	info      map[*Cue]predInfo
	aux       map[string]bool // stems of auxiliaries
	brk       map[string]bool // stems of clause-ending words
	// coord holds the stems of coordinators ("and", "or"): actions joined
	// by them share their frames.
	coord map[string]bool
	text  string
}

type predInfo struct {
	role  predRole
	flags uint8
}

var defaultPredicates = sync.OnceValues(func() (*Predicates, error) {
	return readPredicates(strings.NewReader(defaultPredicateData), "features/predicates.tsv")
})

// DefaultPredicates returns the built-in predicate file
// (features/predicates.tsv), compiled once.
func DefaultPredicates() (*Predicates, error) { return defaultPredicates() }

// DefaultPredicateData returns the text of the built-in predicate file, for
// users who want to extend it: append lines and pass the result to
// ReadPredicates.
func DefaultPredicateData() string { return defaultPredicateData }

// ReadPredicates parses a predicate file:
//
//	# stancekit-data predicates v1
//	role<TAB>pattern[<TAB>flags]
//
// Roles are excl, incl, endorse, reject, bad, good, report, manage, risk,
// vendor, aux, break and coord; patterns are written as in the cue lexicon
// (ReadLexicon); flags is a comma-separated list of "vendor" (excl and
// incl only) and "post" (endorse, reject, bad and good only). aux, break
// and coord entries are single words. predicates.tsv documents what each does. An
// error about the content is a *ParseError naming the line.
func ReadPredicates(r io.Reader) (*Predicates, error) {
	return readPredicates(r, tsv.Name(r, "predicates"))
}

func readPredicates(r io.Reader, name string) (*Predicates, error) {
	var text strings.Builder
	text.WriteString(PredicatesHeader + "\n")
	p := &Predicates{info: map[*Cue]predInfo{}, aux: map[string]bool{}, brk: map[string]bool{}, coord: map[string]bool{}}
	var cues []Cue
	var infos []predInfo
	sc := tsv.NewScanner(r, name)
	if err := sc.Version("predicates", 1); err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	for sc.Scan() {
		f := strings.Split(strings.TrimSpace(sc.Text()), "\t")
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("features: %w", sc.Errorf("want 2 or 3 tab-separated fields, got %d", len(f)))
		}
		role, ok := roleNames[strings.TrimSpace(f[0])]
		if !ok {
			return nil, fmt.Errorf("features: %w", sc.Errorf("unknown role %q", f[0]))
		}
		in := predInfo{role: role}
		if len(f) == 3 {
			for _, fl := range strings.Split(f[2], ",") {
				b, ok := flagNames[strings.TrimSpace(fl)]
				switch {
				case !ok:
					return nil, fmt.Errorf("features: %w", sc.Errorf("unknown flag %q", fl))
				case b == flagVendor && !role.isAction():
					return nil, fmt.Errorf("features: %w", sc.Errorf("flag vendor on role %s, which is no action", f[0]))
				case b == flagPost && !role.isFrame():
					return nil, fmt.Errorf("features: %w", sc.Errorf("flag post on role %s, which is no frame", f[0]))
				}
				in.flags |= b
			}
		}
		pat := strings.TrimSpace(f[1])
		if role == roleAux || role == roleBreak || role == roleCoord {
			words := strings.Fields(pat)
			if len(words) != 1 || strings.ContainsAny(pat, "*=") {
				return nil, fmt.Errorf("features: %w", sc.Errorf("%s entry %q is not one word or a choice of words", f[0], pat))
			}
			for _, w := range strings.Split(words[0], "|") {
				if w = tokenize.Normalize(w); w == "" {
					return nil, fmt.Errorf("features: %w", sc.Errorf("%s entry %q has an empty alternative", f[0], pat))
				}
				st := tokenize.Stem(w)
				switch role {
				case roleAux:
					p.aux[st] = true
				case roleBreak:
					p.brk[st] = true
				default:
					p.coord[st] = true
				}
			}
		} else {
			c := Cue{Class: strings.TrimSpace(f[0]), Pattern: pat, Weight: 1}
			if err := c.compile(); err != nil {
				return nil, fmt.Errorf("features: %w", sc.Wrap(err))
			}
			cues = append(cues, c)
			infos = append(infos, in)
		}
		text.WriteString(strings.TrimSpace(sc.Text()))
		text.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	lex, err := NewLexicon(cues)
	if err != nil {
		return nil, fmt.Errorf("features: %s: %w", name, err)
	}
	p.lex = lex
	p.first = make(map[uint64][]int, len(lex.byFirst))
	for st, idx := range lex.byFirst {
		h := hashName(st)
		p.first[h] = idx
		p.firstBits[h%firstBitsLen/64] |= 1 << (h % 64)
	}
	for i := range lex.cues {
		p.info[&lex.cues[i]] = infos[i]
	}
	p.text = text.String()
	return p, nil
}

// String renders the predicate file without its comments, in the format
// ReadPredicates reads.
func (p *Predicates) String() string { return p.text }

// Analyze tokenizes text with tok and returns its predicate features.
func (p *Predicates) Analyze(tok *tokenize.Tokenizer, text string) PredicateSet {
	toks := tok.Tokens(clip(text))
	stems := make([]string, len(toks))
	for i, t := range toks {
		if t.IsWord() {
			stems[i] = tokenize.Stem(t.Norm)
		}
	}
	var s predScratch
	return p.extract(&s, toks, stems, nil, nil)
}

// predScratch is the reusable state of one extraction.
type predScratch struct {
	hits  []Hit
	cover []int32 // the hit covering each token, -1 for none
	info  []predInfo
	used  []bool // a frame some action or manage word took
	live  []bool // an action that counts (its vendor flag satisfied)
	// steps counts the walks' steps, the measure the linear-time test
	// bounds.
	steps int
}

// Extract returns the predicate features of a statement given its tokens
// and their stems (one per token, "" for punctuation), as Lexicon.Match
// takes them. Negation marks on the tokens are not read: the layer finds
// negators itself, so that a rejecting verb that is also a negator
// ("rejected calls for a ban") counts once.
func (p *Predicates) Extract(toks []tokenize.Token, stems []string) PredicateSet {
	if len(stems) != len(toks) {
		return 0
	}
	var s predScratch
	return p.extract(&s, toks, stems, nil, nil)
}

// extract is Extract with scratch space and, when hs is not nil, the hash
// of each token's stem (hashName; 0 for punctuation) and the set of them,
// which make matching cheaper.
func (p *Predicates) extract(s *predScratch, toks []tokenize.Token, stems []string, hs []uint64, present *stemSet) PredicateSet {
	if hs == nil {
		s.hits = p.lex.Match(s.hits[:0], toks, stems)
	} else {
		s.hits = s.hits[:0]
		for i := 0; i < len(toks); i++ {
			if stems[i] == "" {
				continue
			}
			if h := hs[i]; p.firstBits[h%firstBitsLen/64]&(1<<(h%64)) == 0 {
				continue
			}
			if cands, ok := p.first[hs[i]]; ok {
				s.hits, i, _, _ = p.lex.matchAt(s.hits, toks, stems, hs, present, i, cands)
			}
		}
	}
	if len(s.hits) == 0 {
		return 0
	}
	s.cover = s.cover[:0]
	for range toks {
		s.cover = append(s.cover, -1)
	}
	s.info, s.used, s.live = s.info[:0], s.used[:0], s.live[:0]
	for k, h := range s.hits {
		for j := h.First; j <= h.Last; j++ {
			s.cover[j] = int32(k)
		}
		s.info = append(s.info, p.info[h.Cue])
		s.used = append(s.used, false)
		s.live = append(s.live, false)
	}
	w := walker{p: p, s: s, toks: toks, stems: stems}
	for k := range s.hits {
		if in := s.info[k]; in.role.isAction() {
			s.live[k] = in.flags&flagVendor == 0 || w.vendorNear(k)
		}
	}
	var out PredicateSet
	for k := range s.hits {
		switch r := s.info[k].role; {
		case r.isAction() && s.live[k]:
			out |= w.action(k)
		case r == roleManage:
			out |= w.manage(k)
		}
	}
	for k := range s.hits {
		if s.used[k] {
			continue
		}
		switch s.info[k].role {
		case roleReject:
			out |= PReject
		case roleBad:
			out |= PBad
		case roleGood:
			out |= PGood
		}
	}
	return out
}

// walker walks a statement's clauses around one hit.
type walker struct {
	p     *Predicates
	s     *predScratch
	toks  []tokenize.Token
	stems []string
}

// ends reports whether token j ends a clause: clause punctuation (commas
// and quote marks do not) or a break word no entry covers.
func (w *walker) ends(j int) bool {
	if w.stems[j] == "" {
		switch w.toks[j].Norm {
		case ".", ";", ":", "!", "?", "(", ")", "[", "]", "-", "--", "...":
			return true
		}
		return false
	}
	return w.s.cover[j] < 0 && w.p.brk[w.stems[j]]
}

// negator reports whether token j is a negator no entry covers.
func (w *walker) negator(j int) bool {
	return w.s.cover[j] < 0 && w.stems[j] != "" && tokenize.IsNegator(w.toks[j].Norm)
}

// aux reports whether token j is an auxiliary.
func (w *walker) aux(j int) bool { return w.stems[j] != "" && w.p.aux[w.stems[j]] }

// vendorNear reports whether a vendor entry stands in hit k's clause within
// PredicateWindow words.
func (w *walker) vendorNear(k int) bool {
	h := w.s.hits[k]
	for j, words, steps := h.First-1, 0, 0; j >= 0 && words < PredicateWindow && steps < 3*PredicateWindow && !w.ends(j); j, steps = j-1, steps+1 {
		w.s.steps++
		if c := w.s.cover[j]; c >= 0 && w.s.info[c].role == roleVendor {
			return true
		}
		if w.stems[j] != "" {
			words++
		}
	}
	for j, words, steps := h.Last+1, 0, 0; j < len(w.toks) && words < PredicateWindow && steps < 3*PredicateWindow && !w.ends(j); j, steps = j+1, steps+1 {
		w.s.steps++
		if c := w.s.cover[j]; c >= 0 && w.s.info[c].role == roleVendor {
			return true
		}
		if w.stems[j] != "" {
			words++
		}
	}
	return false
}

// frames composes the frames, negators and auxiliaries around hit k: the
// product of the frames' polarities, how many frames there were, and
// whether a negator flips them. takes says which roles count as frames
// after the hit.
func (w *walker) frames(k int) (pol, n int, neg bool) {
	h := w.s.hits[k]
	pol = 1
	// Before: frames nearest first, up to maxFrames; an action ends the walk
	// as a frame of its own direction; a report word ends it.
	// coord: only coordination ("and", "or", commas) between the hit and j
	// so far, and some of it.
	coord, joined := true, false
walkBack:
	for j, words, steps := h.First-1, 0, 0; j >= 0 && words < PredicateWindow && steps < 3*PredicateWindow && !w.ends(j); j, steps = j-1, steps+1 {
		w.s.steps++
		if c := w.s.cover[j]; c >= 0 {
			in := w.s.info[c]
			switch {
			case in.role == roleReport:
				break walkBack
			case in.role.isAction() && w.s.live[c] && coord && joined:
				// "restrict or exclude": a coordinated action shares
				// the frames before it rather than framing this one.
			case in.role.isAction() && w.s.live[c]:
				pol *= in.role.polarity()
				n++
				break walkBack
			case in.role.isFrame():
				pol *= in.role.polarity()
				n++
				w.s.used[c] = true
				// An evaluation ("naive to let them in", "consequences if
				// it is excluded") is the outermost frame.
				if n == maxFrames || in.role == roleBad || in.role == roleGood {
					break walkBack
				}
			}
			j = w.s.hits[c].First // the loop steps past the whole hit
			words++
			coord = coord && in.role.isAction()
			continue
		}
		switch {
		case w.stems[j] != "":
			words++
			if w.negator(j) {
				neg = !neg
			}
			coord = coord && w.p.coord[w.stems[j]]
			joined = true
		case w.toks[j].Norm == ",":
			joined = true
		default:
			coord = false
		}
	}
	// After: the first frame, when it applies backwards (an auxiliary
	// between, or the post flag). A negator right after an auxiliary flips
	// the action; one before the frame flips it when the frame applies.
	var auxNeg, pending, sawAux bool
walkOn:
	for j, words, steps := h.Last+1, 0, 0; j < len(w.toks) && words < PredicateWindow && steps < 3*PredicateWindow && !w.ends(j); j, steps = j+1, steps+1 {
		w.s.steps++
		if c := w.s.cover[j]; c >= 0 {
			in := w.s.info[c]
			switch {
			case in.role.isFrame():
				if sawAux || in.flags&flagPost != 0 {
					pol *= in.role.polarity()
					n++
					w.s.used[c] = true
					neg = neg != pending
				}
				break walkOn
			case in.role.isAction() && w.s.live[c], in.role == roleReport:
				break walkOn
			}
			if w.aux(j) {
				sawAux = true
			}
			j = w.s.hits[c].Last
			words++
			continue
		}
		if w.stems[j] == "" {
			continue
		}
		words++
		switch {
		case w.negator(j) && j > 0 && w.aux(j-1):
			auxNeg = !auxNeg
		case w.negator(j):
			pending = !pending
		case w.aux(j):
			sawAux = true
		}
	}
	return pol, n, neg != auxNeg
}

// action returns the features of action hit k.
func (w *walker) action(k int) PredicateSet {
	dir := w.s.info[k].role.polarity()
	pol, n, neg := w.frames(k)
	var out PredicateSet
	excl := dir < 0
	pick := func(ifExcl, ifIncl PredicateSet) PredicateSet {
		if excl {
			return ifExcl
		}
		return ifIncl
	}
	out |= pick(PExcl, PIncl)
	if n > 0 {
		if pol > 0 {
			out |= pick(PEndorseExcl, PEndorseIncl)
		} else {
			out |= pick(PRejectExcl, PRejectIncl)
		}
	}
	sign := dir * pol
	if neg {
		out |= pick(PNegExcl, PNegIncl)
		sign = -sign
	}
	if n == 0 && !neg {
		// A bare action has no composed sign beyond its direction.
		return out
	}
	if sign > 0 {
		out |= PSignPlus
	} else {
		out |= PSignMinus
	}
	return out
}

// manage returns the features of manage hit k: PManage (or PNegManage when
// negated) when a risk or a negative evaluation shares its clause within
// PredicateWindow words.
func (w *walker) manage(k int) PredicateSet {
	h := w.s.hits[k]
	risk := -1
	for j, words, steps := h.First-1, 0, 0; risk < 0 && j >= 0 && words < PredicateWindow && steps < 3*PredicateWindow && !w.ends(j); j, steps = j-1, steps+1 {
		w.s.steps++
		if c := w.s.cover[j]; c >= 0 && (w.s.info[c].role == roleRisk || w.s.info[c].role == roleBad) {
			risk = int(c)
		}
		if w.stems[j] != "" {
			words++
		}
	}
	for j, words, steps := h.Last+1, 0, 0; risk < 0 && j < len(w.toks) && words < PredicateWindow && steps < 3*PredicateWindow && !w.ends(j); j, steps = j+1, steps+1 {
		w.s.steps++
		if c := w.s.cover[j]; c >= 0 && (w.s.info[c].role == roleRisk || w.s.info[c].role == roleBad) {
			risk = int(c)
		}
		if w.stems[j] != "" {
			words++
		}
	}
	if risk < 0 {
		return 0
	}
	w.s.used[risk] = true
	if _, _, neg := w.frames(k); neg {
		return PNegManage
	}
	return PManage
}
