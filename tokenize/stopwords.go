package tokenize

// stopWords is a short list of English function words that carry no stance
// on their own. Deliberately absent: negators (not, no, never, nor, without),
// quantifiers that change a claim's scope (all, any, only, every, single,
// one), modals (should, must, will, would, can, could) and prepositions that
// mark a position (against, for). Those words are what separates "a ban" from
// "no ban" and "all vendors" from "Huawei".
var stopWords = map[string]struct{}{}

func init() {
	for _, w := range []string{
		"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by",
		"with", "from", "as", "into", "about", "over", "after", "before",
		"is", "are", "was", "were", "be", "been", "being", "am",
		"has", "have", "had", "having", "do", "does", "did",
		"it", "its", "it's", "this", "that", "these", "those", "there",
		"he", "she", "they", "we", "i", "you", "him", "her", "them", "us",
		"me", "his", "their", "our", "my", "your", "who", "whom", "which",
		"what", "when", "where", "while", "so", "than", "then", "too",
		"very", "also", "just", "said", "says", "say", "told", "'s", "s",
		"mr", "mrs", "ms", "dr", "per", "via",
	} {
		stopWords[w] = struct{}{}
	}
}

// IsStopWord reports whether the normalised word w is on stancekit's stop
// list. The list keeps every word that can flip or scope a position (see the
// package documentation); it is meant for bag-of-words features, not for the
// cue lexicon, which matches on all words.
func IsStopWord(w string) bool {
	_, ok := stopWords[w]
	return ok
}
