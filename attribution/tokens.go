package attribution

import (
	"sort"
	"sync"

	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// TokenClassifier is a Classifier that can also label a statement from its
// tokens (see stance.Model.PredictTokens), as *stance.Model does. The
// Analyzer tokenizes each line of an article once to find its statements;
// a TokenClassifier is handed the tokens of each statement cut from them, so
// that the statement is not tokenized again to be classified. The prediction
// must be the one Predict gives for the same text.
type TokenClassifier interface {
	Classifier
	PredictTokens(text string, toks []tokenize.Token) (stance.Prediction, error)
}

// lineTokens keeps the tokens of the lines extract read, in text order.
type lineTokens struct {
	lines []tokLine
	all   []tokenize.Token // the lines' tokens, end to end
	buf   []tokenize.Token // a statement's tokens, reused
}

// tokLine is a line of the article, text[start:end], and its tokens,
// all[lo:hi] (offsets into the line).
type tokLine struct{ start, end, lo, hi int }

// lineTokensPool keeps lineTokens between articles: an article's tokens
// are some 100 KB, allocated anew for every article otherwise.
var lineTokensPool = sync.Pool{New: func() any { return new(lineTokens) }}

// maxPooledTokens is the most tokens a pooled lineTokens keeps room for: a
// huge article's are let go.
const maxPooledTokens = 1 << 16

// newLineTokens returns an empty lineTokens, from the pool when it can.
func newLineTokens() *lineTokens { return lineTokensPool.Get().(*lineTokens) }

// release empties lt and gives it back to the pool. Nothing lt holds may
// be used after: the Result of an analysis keeps no token.
func (lt *lineTokens) release() {
	if cap(lt.all) > maxPooledTokens || cap(lt.buf) > maxPooledTokens {
		return
	}
	clear(lt.all) // no article text is kept alive by the pool
	clear(lt.buf)
	lt.lines, lt.all, lt.buf = lt.lines[:0], lt.all[:0], lt.buf[:0]
	lineTokensPool.Put(lt)
}

// add records a copy of toks, the tokens of text[start:end].
func (lt *lineTokens) add(start, end int, toks []tokenize.Token) {
	if lt != nil {
		lo := len(lt.all)
		lt.all = append(lt.all, toks...)
		lt.lines = append(lt.lines, tokLine{start, end, lo, len(lt.all)})
	}
}

// classify labels text[start:end] with cls, from the tokens of the line
// holding it when cls takes tokens and extract read that line.
func (a *Analyzer) classify(text string, start, end int, lt *lineTokens) (stance.Prediction, error) {
	tc, ok := a.cls.(TokenClassifier)
	if !ok || lt == nil {
		return a.cls.Predict(text[start:end])
	}
	ln, ok := lt.lineOf(start, end)
	if !ok {
		return a.cls.Predict(text[start:end])
	}
	lt.buf = a.tk.AppendSub(lt.buf[:0], text[ln.start:ln.end], lt.all[ln.lo:ln.hi], start-ln.start, end-ln.start)
	return tc.PredictTokens(text[start:end], lt.buf)
}

// lineOf returns the line that holds text[start:end], if one does.
func (lt *lineTokens) lineOf(start, end int) (tokLine, bool) {
	k := sort.Search(len(lt.lines), func(k int) bool { return lt.lines[k].end >= end })
	if k == len(lt.lines) || lt.lines[k].start > start {
		return tokLine{}, false
	}
	return lt.lines[k], true
}

// polarity is the sentiment compound and label of text[start:end], read
// from the tokens of its line when the analysis has them (the text is not
// split again; sentiment.PolarityTokens gives Score's figures bit for
// bit), else from the text.
func (a *Analyzer) polarity(text string, start, end int, lt *lineTokens) (float64, sentiment.Label) {
	if lt != nil {
		if ln, ok := lt.lineOf(start, end); ok {
			return a.sent.PolarityTokens(text[ln.start:ln.end], lt.all[ln.lo:ln.hi], start-ln.start, end-ln.start)
		}
	}
	return a.sent.Polarity(text[start:end])
}
