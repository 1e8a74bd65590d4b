package attribution

import (
	"bytes"
	"cmp"
	_ "embed"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/stance"
)

// The holder detector's weights, written by go generate (internal/genlabels)
// from the gold of testdata/official's development texts; see the file's
// header for its format.
//
//go:embed holders.txt
var holdersFile []byte

// holdersName is the weights file's name in errors.
const holdersName = "holders.txt"

// holderModel is the holder detector: a logistic regression over a
// candidate's standardised features (all of holderFeatureNames), and the
// probability from which an actor the rules did not list is added.
type holderModel struct {
	mean, scale, w []float64
	bias, tau      float64
}

// prob is the probability that the candidate of features x holds a
// position (0 for features out of any range: no candidate is added).
func (m *holderModel) prob(x []float64) float64 {
	if len(x) != len(m.w) {
		return 0
	}
	z := m.bias
	for i, v := range x {
		z += m.w[i] * (v - m.mean[i]) / m.scale[i]
	}
	p := 1 / (1 + math.Exp(-z))
	if math.IsNaN(p) {
		return 0
	}
	return p
}

// defaultHolderModel is the embedded detector, read once.
var defaultHolderModel = sync.OnceValues(func() (*holderModel, error) {
	return readHolderModel(holdersFile, holdersName)
})

// WithHolderDetector turns the learned holder detector on (it is off by
// default: attribution/RESULTS.md, fifteenth session, has its figures): an
// actor of the registry or the gazetteer that the text names, that the
// rules did not list, and that the detector reads as a holder of a
// position is added with the sentences naming it in a holder's place. It
// needs a classifier (without one it does nothing).
func WithHolderDetector() Option {
	return func(c *config) error {
		c.holders = true
		return nil
	}
}

// addHolders adds to res the candidates of hc the rules did not list whose
// probability of holding a position reaches the model's threshold, each
// with its statements (holderStatements), aggregated as agg does. An
// error is the classifier's, as Analyze returns it.
func (a *Analyzer) addHolders(text string, res *Result, hc *holderCands, agg aggSettings) error {
	cs, xs := a.holderRows(text, hc, res)
	return a.applyHolders(text, res, cs, xs, a.holders, agg)
}

// applyHolders adds to res the candidates cs (features xs) the rules did
// not list whose probability under m reaches its threshold, the
// maxHolderAdds most probable of them.
func (a *Analyzer) applyHolders(text string, res *Result, cs []holderCand, xs [][]float64, m *holderModel, agg aggSettings) error {
	type pick struct {
		i int
		p float64
	}
	var picks []pick
	for i, c := range cs {
		if p := m.prob(xs[i]); c.actor < 0 && p >= m.tau {
			picks = append(picks, pick{i, p})
		}
	}
	slices.SortStableFunc(picks, func(x, y pick) int { return cmp.Compare(y.p, x.p) })
	var add []Statement
	for _, pk := range picks[:min(len(picks), maxHolderAdds)] {
		ss, err := a.holderStatements(text, cs[pk.i])
		if err != nil {
			return err
		}
		add = append(add, ss...)
	}
	if len(add) == 0 {
		return nil
	}
	res.Statements = append(res.Statements, add...)
	slices.SortStableFunc(res.Statements, func(x, y Statement) int { return x.Start - y.Start })
	res.Actors = agg.aggregate(res.Statements)
	return nil
}

// maxHolderAdds is how many actors the detector adds to one text at most,
// and maxHolderStatements how many statements each.
const (
	maxHolderAdds       = 1
	maxHolderStatements = 2
)

// holderStatements are the statements of an added candidate: the sentences
// naming it in a holder's place (a heading, a line's first words, the
// subject of a clause outside quotation, a labelled line), or, when none
// does, every sentence naming it; at most maxHolderSentences, each once.
// A heading's is a headline, the others acts. Each is made as the rules'
// statements are (Analyzer.statement), from the text.
func (a *Analyzer) holderStatements(text string, c holderCand) ([]Statement, error) {
	var placed []holderMention
	for _, m := range c.ms {
		if m.heading || m.lineStart || m.subject && !m.inQuote || m.qa {
			placed = append(placed, m)
		}
	}
	if len(placed) == 0 {
		placed = c.ms
	}
	var out []Statement
	for _, m := range placed {
		if m.start < 0 || m.end > len(text) || m.start >= m.end || len(out) >= maxHolderSentences ||
			slices.ContainsFunc(out, func(s Statement) bool { return s.Start == m.start }) {
			continue
		}
		r := rawStmt{start: m.start, end: m.end, kind: KindAction,
			spk: speakerRef{text: c.ref.name, name: c.ref.name, actor: c.ref}}
		if m.heading {
			r.kind = KindHeadline
		}
		s, err := a.statement(text, r, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(x, y Statement) int { return cmp.Compare(y.Prediction.Relevance, x.Prediction.Relevance) })
	return out[:min(len(out), maxHolderStatements)], nil
}

// trainHolderModel fits the detector on the rows xs and whether each is a
// gold actor of its text, with ridge penalty l2 and threshold tau, by
// Newton's method (the same rows give the same weights).
func trainHolderModel(xs [][]float64, y []bool, l2, tau float64) (*holderModel, error) {
	if len(xs) == 0 || len(xs) != len(y) || !slices.Contains(y, true) || !slices.Contains(y, false) {
		return nil, errors.New("attribution: holder detector: no rows, or no rows of one class")
	}
	mean, scale, z := standardise(xs)
	beta := newtonLogistic(z, y, l2)
	return &holderModel{mean: mean, scale: scale, bias: beta[0], w: beta[1:], tau: tau}, nil
}

// holdersFormat documents the weights file at its top.
const holdersFormat = `# The learned holder detector of package attribution: a logistic
# regression over a candidate actor's standardised features (holders.go
# names and computes them); a candidate the rules did not list is added
# when its probability reaches the threshold.
# Written by go generate ./attribution (internal/genlabels) from the gold of
# testdata/official's development texts (split.json "dev"); do not edit.
# Lines, tab-separated:
#   threshold TAU                 the probability from which a candidate is added
#   bias      B                   the intercept
#   feature   NAME MEAN SCALE W   one line per feature of holderFeatureNames, in order:
#             z = (x - MEAN) / SCALE, p = 1 / (1 + exp(-(B + sum W z)))
#   checksum  HEX                 CRC-32 (IEEE) of every byte before it
`

// writeHolderModel writes m in the weights file's format, after a header
// of comment lines (note), and the checksum line.
func writeHolderModel(m *holderModel, note []string) []byte {
	var b bytes.Buffer
	b.WriteString(tsv.Header("holders", 1) + "\n")
	b.WriteString(holdersFormat)
	for _, l := range note {
		b.WriteString("# " + l + "\n")
	}
	b.WriteString("threshold\t" + fnum(m.tau) + "\nbias\t" + fnum(m.bias) + "\n")
	for i, n := range holderFeatureNames {
		b.WriteString("feature\t" + n + "\t" + fnum(m.mean[i]) + "\t" + fnum(m.scale[i]) + "\t" + fnum(m.w[i]) + "\n")
	}
	b.WriteString("checksum\t" + crcHex(b.Bytes()) + "\n")
	return b.Bytes()
}

// readHolderModel reads a weights file: its version line, the threshold,
// the bias, one line per feature of holderFeatureNames in order, and the
// checksum of what comes before it.
func readHolderModel(b []byte, name string) (*holderModel, error) {
	m := &holderModel{tau: -1}
	sc, err := scanChecked(b, name, "holders", 1, m.readLine)
	if err != nil {
		return nil, err
	}
	if len(m.w) != len(holderFeatureNames) || m.tau < 0 {
		return nil, sc.FileErrorf("%d features and threshold %v, want %d and a threshold", len(m.w), m.tau, len(holderFeatureNames))
	}
	return m, nil
}

// readLine reads one line of a holder weights file into m.
func (m *holderModel) readLine(sc *tsv.Scanner) error {
	f := sc.Fields()
	switch {
	case (f[0] == "threshold" || f[0] == "bias") && len(f) == 2:
		v, err := floats(sc, f[1:])
		if err != nil {
			return err
		}
		if f[0] == "bias" {
			m.bias = v[0]
		} else {
			m.tau = v[0]
		}
		return nil
	case f[0] == "feature" && len(f) == 5:
		if len(m.w) >= len(holderFeatureNames) || f[1] != holderFeatureNames[len(m.w)] {
			return sc.Errorf("feature %q unknown or out of place (the features are those of holderFeatureNames, in order)", f[1])
		}
		v, err := floats(sc, f[2:])
		if err != nil {
			return err
		}
		if v[1] <= 0 {
			return sc.Errorf("scale %v of %q is not positive", v[1], f[1])
		}
		m.mean, m.scale, m.w = append(m.mean, v[0]), append(m.scale, v[1]), append(m.w, v[2])
		return nil
	}
	return sc.Errorf("bad line %q", strings.Join(f, " "))
}

// holderGold tells, for the candidates of a text, which the gold lists.
func holderGold(cs []holderCand, gold map[string]stance.Label) []bool {
	out := make([]bool, len(cs))
	for i, c := range cs {
		_, out[i] = gold[c.ref.name]
	}
	return out
}
