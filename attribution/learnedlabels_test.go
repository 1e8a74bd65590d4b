package attribution

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/attribution/internal/deflabels"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/tsv"
)

// TestLearnedLabelsCurrent checks that actor_labels.txt is what go
// generate ./attribution writes from the repository's gold, rules and
// stance model (run it after changing any of them).
func TestLearnedLabelsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five stance models")
	}
	b, err := deflabels.Build(defaultmodel.BuildWithout)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, actorLabelsFile) {
		t.Errorf("actor_labels.txt is stale (%d bytes, the generator writes %d): run go generate ./attribution", len(actorLabelsFile), len(b))
	}
}

// TestLearnedLabelsFile checks the weights file's reader: the embedded
// file reads and writes back byte for byte, and a changed byte, a feature
// out of place or a missing checksum is a ParseError naming the file.
func TestLearnedLabelsFile(t *testing.T) {
	m, err := readLabelModel(actorLabelsFile, actorLabelsName)
	if err != nil {
		t.Fatal(err)
	}
	var note []string
	for _, l := range strings.Split(string(actorLabelsFile), "\n") {
		if strings.HasPrefix(l, "# ") && !strings.Contains(labelsFormat, l+"\n") && l != tsv.Header("actor-labels", 1) {
			note = append(note, strings.TrimPrefix(l, "# "))
		}
	}
	if got := writeLabelModel(m, note); !bytes.Equal(got, actorLabelsFile) {
		t.Error("the embedded weights do not write back byte for byte")
	}
	bad := map[string][]byte{
		"changed weight":   bytes.Replace(actorLabelsFile, []byte("bias\t"), []byte("bias\t9"), 1),
		"no checksum":      actorLabelsFile[:bytes.LastIndex(actorLabelsFile, []byte("checksum"))],
		"feature renamed":  writeLabelModel(m, nil)[:0],
		"empty":            nil,
		"wrong version":    []byte("# stancekit-data actor-labels v9\nchecksum\t00000000\n"),
		"feature misplace": nil,
	}
	ren := strings.Replace(string(writeLabelModel(m, nil)), "feature\t", "feature\tno_such_", 1)
	body, _, _ := cutChecksum([]byte(ren))
	bad["feature renamed"] = withChecksum(body)
	lines := strings.Split(string(body), "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "feature\t") })
	lines[i], lines[i+1] = lines[i+1], lines[i]
	bad["feature misplace"] = withChecksum([]byte(strings.Join(lines, "\n")))
	for name, b := range bad {
		_, err := readLabelModel(b, "mine.txt")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "mine.txt" {
			t.Errorf("%s: error %v, want a ParseError naming mine.txt", name, err)
		}
	}
}

// withChecksum appends the checksum line of body.
func withChecksum(body []byte) []byte {
	return append(slices.Clone(body), []byte("checksum\t"+crcHex(body)+"\n")...)
}

// TestLearnedLabelsOff checks the option: without WithoutLearnedLabels an
// actor the aggregation labels carries the learned probabilities, with it
// none does, and without a classifier the layer never acts.
func TestLearnedLabelsOff(t *testing.T) {
	g := loadOfficialBatch(t, "dev", 0)
	text := g.docs[g.names[0]]
	for _, c := range []struct {
		name string
		cls  Classifier
		opts []Option
		want bool
	}{{"on", defaultModel(t), nil, true}, {"off", defaultModel(t), []Option{WithoutLearnedLabels()}, false}, {"no classifier", nil, nil, false}} {
		a, err := New(c.cls, nil, c.opts...)
		if err != nil {
			t.Fatal(err)
		}
		res, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		acted := false
		for _, ac := range res.Actors {
			if ac.LearnedProbs != nil {
				acted = true
				if ac.Confidence != ac.LearnedProbs.Of(ac.Label) {
					t.Errorf("%s: %s confidence %v, learned probability of %s %v", c.name, ac.Name, ac.Confidence, ac.Label, ac.LearnedProbs.Of(ac.Label))
				}
			}
		}
		if acted != c.want {
			t.Errorf("%s: learned label acted %v, want %v", c.name, acted, c.want)
		}
	}
}

// TestLearnedLabelsExtremeFeatures checks that features beyond any range
// seen give no learned probabilities (never NaN), so the aggregation's
// label stands.
func TestLearnedLabelsExtremeFeatures(t *testing.T) {
	m, err := readLabelModel(actorLabelsFile, actorLabelsName)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float64, len(actorFeatureNames))
	if len(m.idx) != len(learnedFeatureNames) {
		t.Errorf("the embedded model reads %d features, learnedFeatureNames names %d", len(m.idx), len(learnedFeatureNames))
	}
	if ps := m.probs(x); len(ps) != 3 {
		t.Fatalf("zero features: %v", ps)
	}
	for _, v := range []float64{1e300, -1e300, math.Inf(1), math.NaN()} {
		for i := range x {
			x[i] = v
		}
		for _, p := range m.probs(x) {
			if math.IsNaN(p.P) {
				t.Errorf("features %v: probability NaN", v)
			}
		}
	}
}
