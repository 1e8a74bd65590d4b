package stance

import "github.com/stancekit/stancekit/features"

// VectorsReason is the Reason.Feature of a model's word-vector block
// (features.Config.Vectors): its Dim features say together what the
// statement's words are like, none alone, so a prediction's reasons give
// their summed contribution as one reason of this name.
const VectorsReason = "word vectors"

// splitDense cuts x, a vector of m's vectoriser, into the features before
// the word-vector block and the block itself (empty when the model has
// none or the statement no word with a vector). The block is the tail of
// the vector (see features' dense.go).
func (m *Model) splitDense(x features.Vector) (sparse, dense features.Vector) {
	at := m.vec.DenseAt()
	if at < 0 {
		return x, features.Vector{}
	}
	n := len(x.Idx)
	for n > 0 && int(x.Idx[n-1]) >= at {
		n--
	}
	return features.Vector{Idx: x.Idx[:n], Val: x.Val[:n]}, features.Vector{Idx: x.Idx[n:], Val: x.Val[n:]}
}

// denseContribution is the word-vector block's push towards class k, as
// reasons weighs a feature's: Σ x_j (w_jk − mean_c w_jc) over the block,
// the K weights of feature j being w[j*stride+off:].
func denseContribution(x features.Vector, k, K int, w []float64, stride, off int) float64 {
	var c float64
	for t, j := range x.Idx {
		at := int(j)*stride + off
		c += x.Val[t] * centred(w[at:at+K], k)
	}
	return c
}

// reasonName is the name reasons gives feature j.
func (m *Model) reasonName(j int32) string {
	if int(j) == m.vec.DenseAt() {
		return VectorsReason
	}
	return m.vec.Name(int(j))
}
