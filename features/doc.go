// Package features is the second stage of stancekit's pipeline: it turns
// statements into sparse feature vectors for the stance classifier.
//
// A Vectorizer follows scikit-learn's vocabulary, said the Go way: Fit learns
// a vocabulary and document frequencies from training statements, Transform
// maps a statement to a Vector. Features are snowball-stem word n-grams
// (marked when they lie in a negation scope, so "ban" and "not … ban" are
// different evidence), optional character n-grams, sublinear TF-IDF with L2
// normalisation, and pruning by document frequency or vocabulary size.
//
// Beside the n-grams sits a stance cue Lexicon: multi-word expressions such as
// "oppose * ban", "no evidence", "without singling out", "shut * out",
// "common approach" or "certification scheme", each tied to the class it
// signals and, where it matters, to the class it signals when negated ("will
// not call for a ban" is cautious, not opposed). Cue hits become features and
// are reported with byte offsets so a prediction can say what drove it. The
// built-in lexicon is the data file cues.tsv (see DefaultCues for its
// format); users extend or replace it with ReadLexicon.
//
// An optional predicate layer (Config.Predicates, off by default) reads who
// wants which action done to the vendor: exclusion and inclusion actions
// ("ban", "keep … out", "let … in", "use" the vendor), the frames around
// them ("urged … to", "warned against", "without proof", "would be
// reckless"), and negation before and after them within their clause
// ("a ban on the vendor is not planned"). It composes them into a handful
// of features (PredicateFeatureNames: "P:endorse*excl", "P:neg*excl",
// "P:sign+", "P:manage", …) that the learner weighs like any other. Its word
// lists are the data file predicates.tsv (DefaultPredicateData, extended
// through ReadPredicates); Predicates.Analyze shows what it finds in a
// statement.
//
// An optional relevance block (Config.Relevance, off by default) marks what
// tells a statement that takes a position on the target from one that takes
// none: whether it names the target at all (Huawei, ZTE, Chinese or
// high-risk vendors, 5G and telecom networks), whether it has a deontic,
// evaluative or reporting word, with the target or without, and its shape
// (quoted speech, figures, length): RelevanceFeatureNames ("R:no-target",
// "R:target*deontic", …). Its word lists are the data file relevance.tsv
// (DefaultRelevanceData); RelevanceLists.Analyze shows what it finds.
//
// An optional synset block (Config.Synsets, off by default) gives each word
// that is no stop word the WordNet synsets of its first senses, and with
// Config.SynsetHypernyms their first hypernyms, as n-gram features
// ("s:baseless.a.01", "h:unsupported.a.01", "!s:…" in a negation scope),
// so that a word the training set never had ("unfounded") shares weight
// with a seen one ("baseless"). Its table is the data file synsets.tsv.gz,
// derived from Princeton WordNet 3.0 by features/internal/wngen (its header
// carries the WordNet licence and the citation); it is read once, when the
// first Vectorizer with the block is built, and never otherwise.
//
// An optional GloVe cluster block (Config.GloveClusters: off in
// DefaultConfig; the embedded default stance model uses it at 0.35)
// gives each word that is no stop word its cluster among 256 (or, with
// Config.GloveK, 1024) of the GloVe 6B 100-d word vectors as an n-gram
// feature ("g:103" for "espionage", "spying" and "covert" alike; "!g:…"
// in a negation scope). Its table is the data file gloveclusters.tsv.gz
// (40,000 words), derived by features/internal/glovegen (its header
// carries the source, the PDDL licence and the citation). The package
// embeds its packed form, gloveclusters.bin (features/internal/glovebin,
// run by go generate), and reads it in place: the first Vectorizer with
// the block opens it in microseconds, with no parse, and one without the
// block never touches it.
//
// Transform never builds feature strings. A fitted Vectorizer builds a
// read-only stem table from its vocabulary and lexicon (a restored one after
// its first 256 statements, so that loading a model stays quick): a word's
// stem hash (computed once per word form by package tokenize) gives its
// unigram features, the cues that start with it, and the entry by which the
// n-grams it starts are looked up; the names' 64-bit FNV-1a hashes serve
// Fit and character n-grams. Scratch space is pooled, and TransformInto
// reuses the caller's Doc, so a prediction loop allocates nothing here.
//
// A Doc also reports how many word tokens a statement had, so that a
// classifier can tell a statement with nothing to classify from one whose
// words the model does not know (HasWord answers the same without
// tokenizing). TransformTokens analyses a statement from tokens the caller
// already has, such as those of the article it was cut from.
// A statement is analysed on its first MaxStatementBytes (64 KiB), so the
// memory and time one statement costs are bounded in bytes whatever its
// length. A fitted Vectorizer is immutable and safe for concurrent use.
//
// # Use
//
// Most programs use it through stance (Train and Default build the
// Vectorizer). Directly:
//
//	tk, _ := tokenize.Default()
//	lex, err := features.DefaultLexicon() // or ReadLexicon(yourCues)
//	if err != nil {
//		return err
//	}
//	v, err := features.NewVectorizer(features.DefaultConfig(), tk, lex)
//	if err != nil {
//		return err
//	}
//	if err := v.Fit(trainTexts); err != nil {
//		return err
//	}
//	x, hits, err := v.TransformHits("The EU will not call for a ban.")
//	// x is the sparse vector; hits[0].Feature() is "cue:cautious"
package features
