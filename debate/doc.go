// Package debate is stancekit at the corpus level: many articles in, the
// positions of every actor per period out, with the evidence, and the
// network of actors that agree or disagree.
//
// # Use
//
//	a, err := debate.NewAnalyzer(nil) // default model, sentiment and registry
//	if err != nil {
//		return err
//	}
//	agg := debate.NewAggregator(debate.Month)
//	agg.Defends = a.Defends // a vendor's own position, as attribution makes it
//	p := debate.Pipeline{Analyzer: a}
//	err = p.Run(debate.NewJSONL(in, debate.ReadOptions{}), func(an debate.Analysis) error {
//		for _, r := range an.Records {
//			agg.Add(r)
//		}
//		return nil
//	})
//	if err != nil {
//		return err
//	}
//	return debate.WritePositionsCSV(os.Stdout, agg.Positions())
//
// # Pipeline
//
//	JSON Lines or a folder of .txt files → Source (Article, one at a time)
//	  → Pipeline (attribution.Analyzer on Workers goroutines, results in input order)
//	  → Record (one per statement; the statements.jsonl line)
//	  → Aggregator (Cell per actor and period) → Position → Network
//
// Everything streams: a Source reads one article at a time, Pipeline keeps at
// most a few articles per worker in flight, and an Aggregator holds only
// counts, fixed-point sums and a bounded list of evidence per actor and
// period. Two things grow with the input, and both are small: a 64-bit hash
// per distinct article id (duplicate detection in the Source) and a 64-bit
// hash per distinct statement per actor and period (syndicated copies, see
// below). Article size is capped (MaxArticleBytes), so the memory of an
// article in flight is too.
//
// # Bad input
//
// A malformed line, a missing or unparsable date, a date in the future, an
// article over the size cap, a binary file or a duplicate id is returned by
// Source.Next as an *InputError naming the line or file; the source stays
// usable, so the caller chooses to stop or to skip and count (see
// Pipeline.Run and Skippable). Nothing is dropped silently.
//
// # Positions
//
// A statement whose label is stance.OffTarget (or that has no label) gives
// no position: it is written to statements.jsonl but not counted. For every
// other statement the actor's Cell for the statement's period counts it
// under its label and adds its weight (attribution's: quote 1, reported 0.9,
// action 0.8, headline 0.6, times the on-target probability) times its
// probabilities. The position's label is the class with the largest
// weighted sum and its confidence that sum over the total weight; that is
// attribution's per-article aggregation carried across articles. With
// Aggregator.Defends set to the analyser's Defends, the actors that defend
// the vendors the question is about (Huawei, ZTE and their home
// government, attribution's defending_vendors and defending_states) have
// their opposed share counted as supportive, as attribution.Analyze counts
// it in an article: what they say of the case against the vendor is its
// defence. Their statements keep their own labels in statements.jsonl and
// in the position's counts.
//
// Syndicated copies of one story repeat the same quotes. A statement counts
// once per actor and period: statements whose text is equal after folding
// case, quote marks, dashes and white space, and whose label, weight and
// probabilities are equal, are one statement (StatementKey), however many
// articles carry it. Because the prediction is part of the key, which copy
// is counted never changes the result.
//
// # Determinism
//
// Sums are kept in fixed point (1e-4 units for weights and probabilities,
// which is what statements.jsonl records), so Cells combine in any order
// with the same result, bit for bit. That is what lets a distributed runner
// (the beam module) split the work anywhere and still write the same
// positions.csv as the single-machine Pipeline: both call Analyze, Cell.Add
// and Cell.Merge from this package.
package debate
