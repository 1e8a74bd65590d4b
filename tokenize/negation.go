package tokenize

import "sync"

// negators open a negation scope. They are matched on Token.Norm, so the
// curly-apostrophe "n’t" is covered by its normal form "n't".
var negators = map[string]struct{}{
	"not": {}, "no": {}, "never": {}, "n't": {}, "without": {}, "nor": {},
	"neither": {}, "cannot": {}, "none": {}, "nobody": {}, "nothing": {},
	"nowhere": {}, "hardly": {}, "barely": {}, "lack": {}, "lacks": {},
	"deny": {}, "denies": {}, "denied": {}, "denying": {},
	"reject": {}, "rejects": {}, "rejected": {}, "rejecting": {},
	"refuse": {}, "refuses": {}, "refused": {}, "refusing": {},
	"dismiss": {}, "dismisses": {}, "dismissed": {}, "dismissing": {},
	"cant": {}, "dont": {}, "wont": {}, "isnt": {}, "arent": {}, "wasnt": {},
	"doesnt": {}, "didnt": {}, "shouldnt": {}, "wouldnt": {}, "couldnt": {},
}

// scopeBreakers end a negation scope besides clause punctuation.
var scopeBreakers = map[string]struct{}{
	"but": {}, "however": {}, "although": {}, "though": {}, "yet": {},
	"whereas": {}, "while": {}, "because": {}, "unless": {}, "instead": {},
}

// phraseNegators are two-word negators: the second word opens a scope when
// it follows the first. Each introduces the alternative a speaker sets
// aside, so its complement is negated like the complement of "not": "a
// protectionist measure rather than a security threat", "instead of a ban",
// "far from proven". The first word alone is no negator ("would rather
// ban"; "instead" on its own ends a scope, see scopeBreakers).
var phraseNegators = map[[2]string]struct{}{
	{"rather", "than"}: {}, {"instead", "of"}: {}, {"far", "from"}: {},
}

// isPhraseNegator reports whether toks[i] completes a two-word negator.
func isPhraseNegator(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	_, ok := phraseNegators[[2]string{toks[i-1].Norm, toks[i].Norm}]
	return ok
}

// IsNegator reports whether the normalised word w opens a negation scope.
func IsNegator(w string) bool {
	_, ok := negators[w]
	return ok
}

// endsScope reports whether a normalised token closes a negation scope:
// clause punctuation, quote marks, brackets, or a contrastive conjunction.
func endsScope(norm string) bool {
	switch norm {
	case ".", ",", ";", ":", "!", "?", "\"", "(", ")", "[", "]", "-", "--", "...":
		return true
	}
	_, ok := scopeBreakers[norm]
	return ok
}

// MaxNegationScope bounds how many tokens one negator can reach, so that a
// long unpunctuated run (a scraped list, a headline chain) is not negated
// wholesale.
const MaxNegationScope = 12

// MarkNegation sets Negated on every token that follows a negator up to the
// next clause boundary (see endsScope) or MaxNegationScope tokens, whichever
// comes first. Negators themselves are left unmarked; a negator inside a
// scope restarts it ("not without reason" negates "reason" once, not twice:
// double negation is not resolved). Two-word negators ("rather than",
// "instead of", "far from") open a scope at their second word; neither of
// their words is marked. Tokens must carry Norm.
func MarkNegation(toks []Token) { MarkNegationLexemes(toks, nil) }

// MarkNegationLexemes is MarkNegation given the tokens' lexemes (lx[i] the
// lexeme of toks[i].Norm, as Tokenizer.AppendTokensLexemes or AppendLexemes
// give them), which saves looking each token up again. With lx nil, or not
// one per token, the lexemes are looked up.
func MarkNegationLexemes(toks []Token, lx []*Lexeme) {
	if len(lx) != len(toks) {
		withLexemes(toks, MarkNegationLexemes)
		return
	}
	left := 0
	for i := range toks {
		l := lx[i]
		if l.flags&(flagNegator|flagPhrase2|flagScopeEnd) == 0 {
			// Most tokens: no role in negation, so only the scope's
			// count decides (the switch's last two cases).
			toks[i].Negated = left > 0
			if left > 0 {
				left--
			}
			continue
		}
		switch {
		case l.flags&flagNegator != 0:
			toks[i].Negated = false
			left = MaxNegationScope
		case l.flags&flagPhrase2 != 0 && i > 0 && lx[i-1].flags&flagPhrase1 != 0 && isPhraseNegator(toks, i):
			toks[i-1].Negated, toks[i].Negated = false, false
			left = MaxNegationScope
		case l.flags&flagScopeEnd != 0:
			toks[i].Negated = false
			left = 0
		case left > 0:
			toks[i].Negated = true
			left--
		default:
			toks[i].Negated = false
		}
	}
}

// lexemeBufs recycles the lexeme slices of withLexemes.
var lexemeBufs = sync.Pool{New: func() any { return new([]*Lexeme) }}

// withLexemes looks up the tokens' lexemes and calls mark with them.
func withLexemes(toks []Token, mark func([]Token, []*Lexeme)) {
	b := lexemeBufs.Get().(*[]*Lexeme)
	*b = AppendLexemes((*b)[:0], toks)
	mark(toks, *b)
	clear(*b) // drop the pointers, so that the pool keeps no lexeme alive
	lexemeBufs.Put(b)
}

// auxiliaries are the verbs after which a negator turns back on the clause
// before it: in "a ban on the vendor is not planned" the negated thing is
// the subject, "a ban on the vendor", which MarkNegation's forward scope
// never reaches.
var auxiliaries = map[string]struct{}{
	"is": {}, "are": {}, "was": {}, "were": {}, "be": {}, "been": {}, "being": {},
	"will": {}, "would": {}, "shall": {}, "should": {}, "can": {}, "could": {},
	"may": {}, "might": {}, "must": {}, "do": {}, "does": {}, "did": {},
	"has": {}, "have": {}, "had": {},
}

// MaxBackScope bounds how many tokens MarkNegationBack reaches backwards.
const MaxBackScope = 6

// MarkNegationBack extends MarkNegation backwards: a negator right after
// an auxiliary ("is not", "will never", "has not") also marks as Negated
// the words of its clause before the auxiliary, back to the previous clause
// boundary (see endsScope) or MaxBackScope tokens. "A ban on Huawei is not
// planned" then negates "ban" as "no ban on Huawei is planned" does. Call it
// after MarkNegation; it only sets marks, never clears them.
func MarkNegationBack(toks []Token) { MarkNegationBackLexemes(toks, nil) }

// MarkNegationBackLexemes is MarkNegationBack given the tokens' lexemes (see
// MarkNegationLexemes).
func MarkNegationBackLexemes(toks []Token, lx []*Lexeme) {
	if len(lx) != len(toks) {
		withLexemes(toks, MarkNegationBackLexemes)
		return
	}
	for i := 1; i < len(toks); i++ {
		if lx[i].flags&flagNegator == 0 || lx[i-1].flags&flagAux == 0 {
			continue
		}
		for j, n := i-2, 0; j >= 0 && n < MaxBackScope; j, n = j-1, n+1 {
			if lx[j].flags&(flagScopeEnd|flagNegator) != 0 {
				break
			}
			toks[j].Negated = true
		}
	}
}
