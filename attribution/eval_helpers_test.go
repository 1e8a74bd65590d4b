package attribution

// spanMatch is the statement matching rule: the spans overlap with a
// Jaccard index of at least 0.5, or the gold span lies inside the predicted
// one and the predicted one is at most three times as long.
func spanMatch(ps, pe, gs, ge int) (bool, float64) {
	inter := min(pe, ge) - max(ps, gs)
	if inter <= 0 {
		return false, 0
	}
	union := max(pe, ge) - min(ps, gs)
	j := float64(inter) / float64(union)
	if j >= 0.5 {
		return true, j
	}
	if ps <= gs && ge <= pe && (pe-ps) <= 3*(ge-gs) {
		return true, j
	}
	return false, j
}
