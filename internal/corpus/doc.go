// Package corpus loads stancekit's hand-labelled gold corpus: the five 2019
// news articles in testdata/articles, the attributed statements in
// testdata/quotes.jsonl and the per-article actor positions in
// testdata/actors.json. The labels follow the project's annotation guideline
// (supportive, cautious, opposed, or off_target for statements with no
// bearing on vendors or networks).
//
// Offsets in a Quote are byte offsets into the article text, so
// article[q.Start:q.End] == q.Text.
package corpus
