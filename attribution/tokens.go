package attribution

import (
	"sort"

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
	k := sort.Search(len(lt.lines), func(k int) bool { return lt.lines[k].end >= end })
	if k == len(lt.lines) || lt.lines[k].start > start {
		return a.cls.Predict(text[start:end])
	}
	ln := lt.lines[k]
	lt.buf = a.tk.AppendSub(lt.buf[:0], text[ln.start:ln.end], lt.all[ln.lo:ln.hi], start-ln.start, end-ln.start)
	return tc.PredictTokens(text[start:end], lt.buf)
}
