package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// bitsDigest is the SHA-256 of the final models' predictions of the SemEval
// test tweets with every float64 written as its bits in hex, not rounded as
// Prediction's JSON rounds them: label, confidence, relevance, each class's
// probability, the cue hits and each reason's feature and weight, one line
// a tweet. It was taken before the character n-gram path was rewritten for
// speed (issue 15): the rewrite must leave every bit as it was.
const bitsDigest = "ce4b779e0f4ee639b1a01709461aa68ece8349690d3136cd9504cd4dae0b5acf"

// writeBits writes p to h, every number as its exact bits.
func writeBits(h hash.Hash, p stance.Prediction) {
	fmt.Fprintf(h, "%s %016x %016x", p.Label, math.Float64bits(p.Confidence), math.Float64bits(p.Relevance))
	for _, lp := range p.Probs {
		fmt.Fprintf(h, " %s=%016x", lp.Label, math.Float64bits(lp.P))
	}
	for _, c := range p.Cues {
		fmt.Fprintf(h, " cue %q %s %t %d %d", c.Cue, c.Class, c.Negated, c.Start, c.End)
	}
	for _, r := range p.Reasons {
		fmt.Fprintf(h, " %q=%016x", r.Feature, math.Float64bits(r.Weight))
	}
	h.Write([]byte{'\n'})
}

// TestTestPredictionBitsUnchanged checks the final models' predictions of
// the test tweets against bitsDigest, bit for bit: one at a time, then in
// batches on one goroutine and on four. It skips when the SemEval data is
// absent.
func TestTestPredictionBitsUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the five final models")
	}
	f := trainedFor(t)
	digest := func(ps []stance.Prediction) string {
		h := sha256.New()
		for _, p := range ps {
			writeBits(h, p)
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	got := map[string]string{"one at a time": digest(f.predictions(t, -1))}
	for _, workers := range []int{1, 4} {
		got[fmt.Sprintf("batches on %d", workers)] = digest(f.predictions(t, workers))
	}
	for how, d := range got {
		if d != bitsDigest {
			t.Errorf("%s: digest %s, want %s", how, d, bitsDigest)
		}
	}
}
