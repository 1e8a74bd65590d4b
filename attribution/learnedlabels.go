package attribution

import (
	"bytes"
	_ "embed"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/stance"
)

// The learned label's weights, written by go generate (internal/genlabels)
// from the gold of testdata/official's development texts; see the file's
// header for its format.
//
//go:generate go run ./internal/genlabels
//go:embed actor_labels.txt
var actorLabelsFile []byte

// actorLabelsName is the weights file's name in errors.
const actorLabelsName = "actor_labels.txt"

// labelModel is the learned actor label: per class of learnedClasses a
// logistic regression over the actor's standardised features, the label
// the class of highest probability.
type labelModel struct {
	idx         []int // the features it reads: indices into actorFeatureNames
	mean, scale []float64
	bias        []float64   // per class
	w           [][]float64 // per class, per feature
}

// probs are the model's probabilities of the classes for features x, the
// one-vs-rest probabilities normalised to sum to 1; nil when they cannot
// be (every one underflows to 0, or a feature is not finite).
func (m *labelModel) probs(x []float64) stance.Probs {
	out := make(stance.Probs, len(learnedClasses))
	sum := 0.0
	for c, l := range learnedClasses {
		z := m.bias[c]
		for i, k := range m.idx {
			z += m.w[c][i] * (x[k] - m.mean[i]) / m.scale[i]
		}
		p := 1 / (1 + math.Exp(-z))
		out[c] = stance.LabelProb{Label: l, P: p}
		sum += p
	}
	if !(sum > 0) || math.IsInf(sum, 0) {
		return nil // features out of any range seen: no learned label
	}
	for c := range out {
		out[c].P /= sum
	}
	return out
}

// defaultLabelModel is the embedded learned label, read once.
var defaultLabelModel = sync.OnceValues(func() (*labelModel, error) {
	return readLabelModel(actorLabelsFile, actorLabelsName)
})

// relabel gives every labelled actor of res the learned label (n is the
// text's length in bytes). The aggregation's label is kept in
// Aggregated, the learned probabilities in LearnedProbs, and Confidence
// becomes the learned probability of the label.
func (a *Analyzer) relabel(res *Result, n int) {
	if hasOwnVoice(res) {
		a.labels.relabel(res, a.actorFeatures(res, n))
	}
}

// relabel gives the actors of res whose features feats has (a nil row:
// an unlabelled actor, left alone) the model's label.
func (m *labelModel) relabel(res *Result, feats [][]float64) {
	for i, x := range feats {
		if x == nil {
			continue
		}
		ac := &res.Actors[i]
		ps := m.probs(x)
		if ps == nil {
			continue
		}
		best := 0
		for c := range ps {
			if ps[c].P > ps[best].P {
				best = c
			}
		}
		ac.Aggregated, ac.LearnedProbs = ac.Label, ps
		ac.Label, ac.Confidence = ps[best].Label, ps[best].P
	}
}

// hasOwnVoice reports whether res has a statement in the text's own voice
// (kind statement: a release, an answer, a speech). The learned label is
// trained on official texts, which have one, and acts on them alone:
// news prose, which has none, keeps the aggregation's labels.
func hasOwnVoice(res *Result) bool {
	for _, s := range res.Statements {
		if s.Kind == KindStatement {
			return true
		}
	}
	return false
}

// writeLabelModel writes m in the weights file's format, after a header
// of comment lines (note: how it was trained), and the checksum line.
func writeLabelModel(m *labelModel, note []string) []byte {
	var b bytes.Buffer
	b.WriteString(tsv.Header("actor-labels", 1) + "\n")
	b.WriteString(labelsFormat)
	for _, l := range note {
		b.WriteString("# " + l + "\n")
	}
	b.WriteString("classes")
	for _, l := range learnedClasses {
		b.WriteString("\t" + string(l))
	}
	b.WriteString("\nbias")
	for _, v := range m.bias {
		b.WriteString("\t" + fnum(v))
	}
	b.WriteString("\n")
	for i, k := range m.idx {
		b.WriteString("feature\t" + actorFeatureNames[k] + "\t" + fnum(m.mean[i]) + "\t" + fnum(m.scale[i]))
		for c := range learnedClasses {
			b.WriteString("\t" + fnum(m.w[c][i]))
		}
		b.WriteString("\n")
	}
	b.WriteString("checksum\t" + crcHex(b.Bytes()) + "\n")
	return b.Bytes()
}

// labelsFormat documents the weights file at its top.
const labelsFormat = `# The learned actor label of package attribution: per class a logistic
# regression over an actor's standardised features (actorlabels.go names
# and computes them), the label the class of highest probability.
# Written by go generate ./attribution (internal/genlabels) from the gold of
# testdata/official's development texts (split.json "dev"); do not edit.
# Lines, tab-separated:
#   classes  C1 C2 C3                     the classes, in weight order
#   bias     b1 b2 b3                     each class's intercept
#   feature  NAME MEAN SCALE w1 w2 w3     one line per feature it reads, in
#            the order of actorFeatureNames:
#            z = (x - MEAN) / SCALE, p_c = 1 / (1 + exp(-(b_c + sum w_c z)))
#   checksum HEX                          CRC-32 (IEEE) of every byte before it
`

// fnum writes a weight with 8 significant digits: enough to reproduce the
// labels, few enough that the file does not change with the last bits of
// a platform's arithmetic.
func fnum(v float64) string { return strconv.FormatFloat(v, 'g', 8, 64) }

// readLabelModel reads a weights file: its version line, the classes of
// learnedClasses, a bias per class, one line per feature it reads (at
// least one, each of actorFeatureNames, in that order), and the checksum
// of what comes before it.
func readLabelModel(b []byte, name string) (*labelModel, error) {
	m := &labelModel{w: make([][]float64, len(learnedClasses))}
	sc, err := scanChecked(b, name, "actor-labels", 1, m.readLine)
	if err != nil {
		return nil, err
	}
	if len(m.idx) == 0 || len(m.bias) != len(learnedClasses) {
		return nil, sc.FileErrorf("%d features and %d biases, want at least 1 and %d", len(m.idx), len(m.bias), len(learnedClasses))
	}
	return m, nil
}

// scanChecked checks the checksum line that ends a weights file b, reads
// its version line (kind, version) and gives every later line to line, in
// order; the scanner it returns names the file in the errors of a check
// made after the last line.
func scanChecked(b []byte, name, kind string, version int, line func(*tsv.Scanner) error) (*tsv.Scanner, error) {
	body, sum, ok := cutChecksum(b)
	if !ok {
		return nil, &ParseError{File: name, Err: fmt.Errorf("no checksum line at the end")}
	}
	if got := crcHex(body); got != sum {
		return nil, &ParseError{File: name, Err: fmt.Errorf("checksum %s, the content's is %s", sum, got)}
	}
	sc := tsv.NewScanner(bytes.NewReader(body), name)
	if err := sc.Version(kind, version); err != nil {
		return nil, err
	}
	for sc.Scan() {
		if err := line(sc); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return sc, nil
}

// readLine reads one line of a weights file into m.
func (m *labelModel) readLine(sc *tsv.Scanner) error {
	f := sc.Fields()
	nc := len(learnedClasses)
	switch {
	case f[0] == "classes" && len(f) == nc+1:
		for c, l := range learnedClasses {
			if f[c+1] != string(l) {
				return sc.Errorf("class %q, want %q", f[c+1], l)
			}
		}
		return nil
	case f[0] == "bias" && len(f) == nc+1:
		v, err := floats(sc, f[1:])
		m.bias = v
		return err
	case f[0] == "feature" && len(f) == nc+4:
		k := slices.Index(actorFeatureNames, f[1])
		if k < 0 || len(m.idx) > 0 && k <= m.idx[len(m.idx)-1] {
			return sc.Errorf("feature %q unknown or out of place (the features are those of actorFeatureNames, in order)", f[1])
		}
		v, err := floats(sc, f[2:])
		if err != nil {
			return err
		}
		if v[1] <= 0 {
			return sc.Errorf("scale %v of %q is not positive", v[1], f[1])
		}
		m.idx, m.mean, m.scale = append(m.idx, k), append(m.mean, v[0]), append(m.scale, v[1])
		for c := range learnedClasses {
			m.w[c] = append(m.w[c], v[2+c])
		}
		return nil
	}
	return sc.Errorf("bad line %q", strings.Join(f, " "))
}

// floats parses the fields as finite numbers.
func floats(sc *tsv.Scanner, f []string) ([]float64, error) {
	out := make([]float64, len(f))
	for i, s := range f {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, sc.Errorf("bad number %q", s)
		}
		out[i] = v
	}
	return out, nil
}

// cutChecksum splits a weights file into what comes before its last line
// and that line's checksum, which must read "checksum\tHEX".
func cutChecksum(b []byte) (body []byte, sum string, ok bool) {
	t := bytes.TrimRight(b, "\n")
	i := bytes.LastIndexByte(t, '\n')
	last := string(t[i+1:])
	sum, ok = strings.CutPrefix(last, "checksum\t")
	return b[:i+1], sum, ok && i >= 0
}

// crcHex is the checksum line's value for body.
func crcHex(body []byte) string { return fmt.Sprintf("%08x", crc32.ChecksumIEEE(body)) }
