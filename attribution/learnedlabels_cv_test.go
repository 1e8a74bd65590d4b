package attribution

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// learnedCVFolds and learnedCVSeed are the grouped cross-validation of
// the learned label: the development texts' sorted names shuffled with
// this seed, dealt into this many folds.
const (
	learnedCVFolds = 5
	learnedCVSeed  = 20261202
)

// TestLearnedLabelsCV measures the learned actor label by grouped
// cross-validation over the development texts of testdata/official (the
// texts split.json lists as "dev"; the sealed ones are never read): each
// fold's model is trained, as go generate trains the shipped one, on the
// other folds' texts only, and relabels its own texts' actors. It prints
// per fold and pooled the figures with the layer off (the aggregation's
// labels) and on, and those of the seventh batch's development texts,
// which no rule was written from; the floors sit just below the pooled
// figures measured (attribution/RESULTS.md, tenth session). The shipped
// model is trained on every development text, so TestOfficialDev runs
// with the layer off: these are the layer's honest development figures.
func TestLearnedLabelsCV(t *testing.T) {
	g := loadOfficial(t, "dev")
	batch := devBatchOf(t, g) // 6 the seventh batch, 11 the twelfth
	a, err := New(defaultModel(t), nil, WithoutLearnedLabels())
	if err != nil {
		t.Fatal(err)
	}
	texts := analyseForFilter(t, g)
	folds := cvFolds(g.names, learnedCVFolds, learnedCVSeed)
	var off, on, off7, on7, on110, on120, on128, on11, on137, on12 cvFigures
	for fold := 0; fold < learnedCVFolds; fold++ {
		m, err := trainFold(g, texts, folds, fold)
		if err != nil {
			t.Fatal(err)
		}
		b := *a
		b.labels = m
		var foff, fon cvFigures
		for _, tx := range texts {
			if folds[tx.name] != fold {
				continue
			}
			res := &Result{Statements: tx.res.Statements, Actors: slices.Clone(tx.res.Actors)}
			b.relabel(res, len(g.docs[tx.name]))
			logRelabelled(t, g, tx.name, res)
			rt := cvText{name: tx.name, res: res}
			for _, f := range []*cvFigures{&foff, &off} {
				f.add(g, tx, nil)
			}
			for _, f := range []*cvFigures{&fon, &on} {
				f.add(g, rt, nil)
			}
			bt := batch[tx.name]
			if bt == 6 {
				off7.add(g, tx, nil)
				on7.add(g, rt, nil)
			}
			if bt < 8 {
				on110.add(g, rt, nil)
			}
			if bt < 9 {
				on120.add(g, rt, nil)
			}
			if bt < 10 {
				on128.add(g, rt, nil)
			} else if bt == 10 {
				on11.add(g, rt, nil)
			}
			if bt < 11 {
				on137.add(g, rt, nil)
			} else {
				on12.add(g, rt, nil)
			}
		}
		t.Logf("fold %d: off %v", fold, foff)
		t.Logf("fold %d: on  %v", fold, fon)
	}
	t.Logf("pooled, %d texts: off %v", len(texts), off)
	t.Logf("pooled, %d texts: on  %v", len(texts), on)
	t.Logf("seventh batch's development texts: off %v", off7)
	t.Logf("seventh batch's development texts: on  %v", on7)
	t.Logf("first eight batches' development texts: on  %v", on110)
	t.Logf("first nine batches' development texts: on  %v", on120)
	t.Logf("first ten batches' development texts: on  %v", on128)
	t.Logf("eleventh batch's development texts: on  %v", on11)
	t.Logf("first eleven batches' development texts: on  %v", on137)
	t.Logf("twelfth batch's development texts: on  %v", on12)
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		// 120 texts since the ninth batch: a change of the measured set
		// (0.817 / 0.770 / 0.701 when it was added), not a loosening; the
		// 110 texts of the first eight batches keep their floors below.
		// 128 texts since the tenth batch (0.824 / 0.777 / 0.702 when it
		// was added, above these floors, which stay); the 120 texts of the
		// first nine batches keep them as well.
		// 137 texts since the eleventh batch (fifteenth session: 0.844 /
		// 0.841 / 0.705 when it was added, above these floors, which stay);
		// the 128 texts of the first ten batches keep them as well (0.840 /
		// 0.856 / 0.728), and the eleventh batch's 9 are logged.
		// 143 texts since the twelfth batch (sixteenth session, lane gold12:
		// 0.855 / 0.795 / 0.697 when it was added): the F1 floor is set just
		// below, a change of the measured set as in TestOfficialDev, not a
		// loosening; the 137 texts of the first eleven batches keep 0.70
		// (0.852 / 0.841 / 0.705 on the new folds), and the twelfth batch's 6
		// are logged.
		{"pooled actor-label accuracy", ratio(on.ac.labelOK, on.ac.found), 0.81},
		{"pooled actor recall", ratio(on.ac.found, on.ac.gold), 0.82},                                // 0.821 (seventeenth session, lane subj)
		{"pooled (span, actor) F1", on.st.f1(), 0.70},                                                // 0.702 (lane subj)
		{"first eleven batches actor-label accuracy", ratio(on137.ac.labelOK, on137.ac.found), 0.81}, // 0.852 on 137 texts when the twelfth batch was added
		{"first eleven batches actor recall", ratio(on137.ac.found, on137.ac.gold), 0.86},            // 0.841; 0.855 (lane subj); 0.862 (initials, nineteenth session)
		{"first eleven batches (span, actor) F1", on137.st.f1(), 0.70},                               // 0.705
		{"first ten batches actor-label accuracy", ratio(on128.ac.labelOK, on128.ac.found), 0.81},    // 0.840 on 128 texts when the eleventh batch was added
		{"first ten batches actor recall", ratio(on128.ac.found, on128.ac.gold), 0.76},               // 0.856
		{"first ten batches (span, actor) F1", on128.st.f1(), 0.70},                                  // 0.728
		{"first nine batches actor-label accuracy", ratio(on120.ac.labelOK, on120.ac.found), 0.81},   // 0.830 on 120 texts when the tenth batch was added
		{"first nine batches actor recall", ratio(on120.ac.found, on120.ac.gold), 0.76},              // 0.785
		{"first nine batches (span, actor) F1", on120.st.f1(), 0.70},                                 // 0.707
		{"first eight batches actor-label accuracy", ratio(on110.ac.labelOK, on110.ac.found), 0.82},
		{"first eight batches actor recall", ratio(on110.ac.found, on110.ac.gold), 0.78}, // 0.789 on 110 texts (0.816 on 99 before the eighth batch)
		{"first eight batches (span, actor) F1", on110.st.f1(), 0.72},                    // 0.727 on 110 texts (0.758 on 99)
		{"seventh batch actor-label accuracy", ratio(on7.ac.labelOK, on7.ac.found), 0.83},
	} {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
	if on.spurious > off.spurious {
		t.Errorf("spurious labelled actors %d with the layer, %d without", on.spurious, off.spurious)
	}
}

// trainFold trains the learned label on the texts of every fold but fold,
// with the rows and settings the generator uses.
func trainFold(g *goldCorpus, texts []cvText, folds map[string]int, fold int) (*labelModel, error) {
	return trainFoldWith(g, texts, folds, fold, labelL2, learnedFeatureNames)
}

// trainFoldL2 is trainFold with the ridge penalty l2.
func trainFoldL2(g *goldCorpus, texts []cvText, folds map[string]int, fold int, l2 float64) (*labelModel, error) {
	return trainFoldWith(g, texts, folds, fold, l2, learnedFeatureNames)
}

// trainFoldWith is trainFold with the ridge penalty l2 and the features names.
func trainFoldWith(g *goldCorpus, texts []cvText, folds map[string]int, fold int, l2 float64, names []string) (*labelModel, error) {
	var xs [][]float64
	var ys []stance.Label
	for _, tx := range texts {
		if folds[tx.name] == fold {
			continue
		}
		x, y := labelRowsOf(tx.res, tx.feats, g.actorLabels(tx.name))
		xs, ys = append(xs, x...), append(ys, y...)
	}
	return trainLabelModel(xs, ys, l2, names)
}

// TestLearnedLabelsNestedCV chooses the ridge penalty (3, 10 or 30) inside
// each outer fold by an inner grouped 4-fold CV over the outer training
// texts alone, then scores the outer fold: the honest figure of the
// penalty's choice (STANCEKIT_LEARN_EXPERIMENTS=1).
func TestLearnedLabelsNestedCV(t *testing.T) {
	learnExperiment(t)
	g := loadOfficial(t, "dev")
	a, err := New(defaultModel(t), nil, WithoutLearnedLabels())
	if err != nil {
		t.Fatal(err)
	}
	texts := analyseForFilter(t, g)
	folds := cvFolds(g.names, learnedCVFolds, learnedCVSeed)
	penalties := []float64{3, 10, 30}
	var on cvFigures
	for fold := 0; fold < learnedCVFolds; fold++ {
		var inner []cvText
		var innerNames []string
		for _, tx := range texts {
			if folds[tx.name] != fold {
				inner = append(inner, tx)
				innerNames = append(innerNames, tx.name)
			}
		}
		innerFolds := cvFolds(innerNames, 4, learnedCVSeed+uint64(fold)+1)
		best, bestOK := penalties[0], -1
		for _, l2 := range penalties {
			var f cvFigures
			for k := 0; k < 4; k++ {
				m, err := trainFoldL2(g, inner, innerFolds, k, l2)
				if err != nil {
					t.Fatal(err)
				}
				scoreRelabelled(a, m, g, inner, innerFolds, k, &f)
			}
			if f.ac.labelOK > bestOK {
				best, bestOK = l2, f.ac.labelOK
			}
		}
		m, err := trainFoldL2(g, texts, folds, fold, best)
		if err != nil {
			t.Fatal(err)
		}
		var f cvFigures
		scoreRelabelled(a, m, g, texts, folds, fold, &f)
		scoreRelabelled(a, m, g, texts, folds, fold, &on)
		t.Logf("fold %d: penalty %g chosen inside; %v", fold, best, f)
	}
	t.Logf("nested, pooled: %v", on)
}

// scoreRelabelled adds to f the figures of the texts of fold relabelled by m.
func scoreRelabelled(a *Analyzer, m *labelModel, g *goldCorpus, texts []cvText, folds map[string]int, fold int, f *cvFigures) {
	b := *a
	b.labels = m
	for _, tx := range texts {
		if folds[tx.name] != fold {
			continue
		}
		res := &Result{Statements: tx.res.Statements, Actors: slices.Clone(tx.res.Actors)}
		b.relabel(res, len(g.docs[tx.name]))
		f.add(g, cvText{name: tx.name, res: res}, nil)
	}
}

// logRelabelled logs each actor of doc whose learned label differs from
// the aggregation's, with the gold's label ("-": the gold does not list it).
func logRelabelled(t *testing.T, g *goldCorpus, doc string, res *Result) {
	gold := g.actorLabels(doc)
	for _, ac := range res.Actors {
		if ac.LearnedProbs != nil && ac.Aggregated != ac.Label {
			gl, ok := gold[ac.Name]
			if !ok {
				gl = "-"
			}
			t.Logf("  relabelled %s: %s %s -> %s (gold %s)", doc, ac.Name, ac.Aggregated, ac.Label, gl)
		}
	}
}

// TestLearnedLabelsSubsets measures the learned label on subsets of the
// features, to tell what carries it (STANCEKIT_LEARN_EXPERIMENTS=1).
func TestLearnedLabelsSubsets(t *testing.T) {
	learnExperiment(t)
	g := loadOfficial(t, "dev")
	texts := analyseForFilter(t, g)
	folds := cvFolds(g.names, learnedCVFolds, learnedCVSeed)
	agg := func(n string) bool {
		return strings.HasPrefix(n, "label_") || strings.HasPrefix(n, "p_") || strings.HasPrefix(n, "vote_") || n == "actor_confidence"
	}
	for _, set := range []struct {
		name string
		keep func(string) bool
	}{
		{"all", func(string) bool { return true }},
		{"aggregation only (label, probabilities, vote)", agg},
		{"aggregation + type (shipped)", func(n string) bool { return agg(n) || strings.HasPrefix(n, "type_") }},
		{"all but type", func(n string) bool { return !strings.HasPrefix(n, "type_") }},
	} {
		var names []string
		for _, n := range actorFeatureNames {
			if set.keep(n) {
				names = append(names, n)
			}
		}
		var on cvFigures
		for fold := 0; fold < learnedCVFolds; fold++ {
			m, err := trainFoldWith(g, texts, folds, fold, labelL2, names)
			if err != nil {
				t.Fatal(err)
			}
			for _, tx := range texts {
				if folds[tx.name] != fold {
					continue
				}
				res := &Result{Statements: tx.res.Statements, Actors: slices.Clone(tx.res.Actors)}
				if hasOwnVoice(res) {
					m.relabel(res, tx.feats)
				}
				on.add(g, cvText{name: tx.name, res: res}, nil)
			}
		}
		t.Logf("%-45s %v", set.name, on)
	}
}
