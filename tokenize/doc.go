// Package tokenize is the first stage of stancekit's pipeline: it splits text
// into sentences and tokens that know where they came from, and annotates the
// tokens with what the later stages match on.
//
// # Use
//
// Take the shared Tokenizer once and call it from any goroutine:
//
//	tk, err := tokenize.Default()
//	if err != nil {
//		return err
//	}
//	for _, t := range tk.Tokens(src) {
//		fmt.Println(src[t.Start:t.End], t.Norm, t.Negated) // "ban" "ban" true
//	}
//	for _, s := range tk.Sentences(article) {
//		fmt.Println(s.Start, s.End, s.Text)
//	}
//
// # Positions
//
// Every Token and Sentence carries byte offsets into the text it was cut from,
// and the invariant
//
//	src[t.Start:t.End] == t.Text
//
// holds for all of them, for any input: multi-byte UTF-8, invalid UTF-8, NUL
// and other control bytes, repeated words. The input is never rewritten before
// it is split.
//
// # Normalisation
//
// stancekit has one normalisation layer, and it is applied to a separate
// field, Token.Norm, which is what the feature extractor and the cue lexicon
// match on, while the offsets keep pointing at the original bytes (see
// Normalize): lower case and Unicode NFC; curly quotes to straight ones,
// dashes, ellipses; invalid bytes, U+FFFD, control characters and invisible
// format characters (byte order mark, zero-width space and joiners, soft
// hyphen, bidirectional controls) dropped. An invisible character before a
// token is not part of it. Line ends are LF, CR LF, a lone CR, NEL and
// U+2028, and U+2029 ends a paragraph, wherever sentences are split;
// CleanLayout rewrites those line ends in place, without moving a byte, for
// code that cuts text at LF only.
//
// # What it uses
//
// Words are split by github.com/jdkato/prose/v3/tokenize and sentences by
// github.com/jdkato/prose/v3/segment (Punkt), whose English model `go
// generate` writes into static tables (punkt_model.go) so that it is never
// decoded at run time; TestPunktMatchesProse checks that the boundaries are
// prose's own. A whitespace-delimited span that
// holds none of the characters prose splits on (its prefix, suffix and
// contraction sets) is provably a single prose token, so Tokenizer emits such
// spans directly and hands only the others to prose; TestMatchesProse checks
// that the output is identical to prose's on the whole corpus. Stems come from
// github.com/kljensen/snowball's English (Porter2) stemmer.
//
// # Lexemes and caches
//
// What the pipeline needs of a word form (its stem, whether it is a stop word,
// a negator, a scope boundary) is worked out once per form into a Lexeme, and a
// Tokenizer remembers the tokens and lexemes of each span of text it has seen:
// on a warm cache a word costs one table lookup, where it used to cost a
// split, a normalisation, a stem lookup and a map read per role. Both caches
// are bounded (together about 11.5 MiB when full, since a lexeme carries a table slot word; past the bound new words are
// worked out and not stored) and read without locks, so they suit an
// unbounded stream shared by many goroutines. AppendTokensLexemes hands a caller the lexemes with the
// tokens, and AppendSub the tokens of a statement cut from a document already
// tokenized.
//
// # Negation
//
// MarkNegation sets Token.Negated on the tokens that follow a negator (not, no,
// never, n't, without, deny, reject, …) up to the next clause boundary
// (punctuation, or a contrastive conjunction such as "but"). The feature
// extractor turns negated tokens into distinct features, so that "ban" and
// "not … ban" do not count as the same evidence.
//
// Everything in this package is safe for concurrent use.
package tokenize
