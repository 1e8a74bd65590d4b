package stance

import "encoding/json"

// JSONPayload returns m's payload in the version 1 (JSON) layout, for tests
// that edit a payload field by field.
func JSONPayload(m *Model) ([]byte, error) {
	fm := m.toFile()
	return json.Marshal(fm)
}

// BinaryPayload returns m's payload in the current (binary) layout.
func BinaryPayload(m *Model) ([]byte, error) {
	fm := m.toFile()
	return encodeBinary(&fm)
}

// Weight returns the weight of feature j for class k (an index into
// Classes).
func Weight(m *Model, k, j int) float64 { return m.w[j*len(m.labels)+k] }

// Classes returns every class m's softmax scores, OffTarget included.
func Classes(m *Model) []Label { return append([]Label(nil), m.labels...) }

// FormatVersion is the model file format version Save writes.
const FormatVersion = formatVersion

// MaxReasons is the number of reasons a Prediction gives at most.
const MaxReasons = maxReasons

// SetFused lays out m's fused rows now (on) or keeps m on the path over its
// separate weights for good (off), whatever its count of predictions.
func SetFused(m *Model, on bool) {
	m.uses.Store(fuseAfter + 1)
	if on {
		m.fused.Store(m.buildFused())
	} else {
		m.fused.Store(nil)
	}
}

// CompiledProbs returns the softmax probabilities c gives text, every
// class's, OffTarget included (a copy).
func CompiledProbs(c *Compiled, text string) ([]float64, error) {
	p, err := c.probs(text, c.newScratch())
	return append([]float64(nil), p...), err
}

// CompiledAcrossWrap labels each of texts with one scratch space whose
// statement numbers start just below where they wrap to zero, and returns
// each text's probabilities (as CompiledProbs), so that a test sees the
// marks cleared and numbered afresh.
func CompiledAcrossWrap(c *Compiled, texts []string) ([][]float64, error) {
	s := c.newScratch()
	s.gen = 0xff - 1
	var out [][]float64
	for _, t := range texts {
		p, err := c.probs(t, s)
		if err != nil {
			return nil, err
		}
		out = append(out, append([]float64(nil), p...))
	}
	return out, nil
}
