package attribution

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/experiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

// TestOfficialTextCV is the honest measure of training the stance model on
// the official gold's own statements (stance/RESULTS.md, chronology 12):
// the development texts are split into five folds by text (seeded); for each
// fold a stance model is trained on the statement corpus as the default
// model is without official statements (defaultmodel.BaseTrainingSet) plus
// the official statements of the other folds (defaultmodel.Official, those
// sharing a run of eight words with a held-out text's statements left out),
// and the analyser labels the held-out texts with it. Beside it, the base
// model (the same training set, no official statement) labels the same
// texts. Both are pooled over the folds: actor recall, actor-label accuracy,
// (span, actor) F1, and the stance macro-F1 and off-target F1 of the
// held-out gold statements predicted by each model. It trains six models, so
// it runs only when STANCEKIT_OFFICIAL_CV is set: to the weight of the
// official statements ("1", "0.5"...; several separated by commas), with
// STANCEKIT_OFFICIAL_CV_SEED the fold seed (default 1). Sealed texts are never
// read.
func TestOfficialTextCV(t *testing.T) {
	env := os.Getenv("STANCEKIT_OFFICIAL_CV")
	if env == "" {
		t.Skip("set STANCEKIT_OFFICIAL_CV=WEIGHT[,WEIGHT...] (slow: trains six models a weight)")
	}
	specs := officialCVSpecs(t, env)
	seed := uint64(1)
	if s := os.Getenv("STANCEKIT_OFFICIAL_CV_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("STANCEKIT_OFFICIAL_CV_SEED: %v", err)
		}
		seed = v
	}
	const k = 5
	g := loadOfficial(t, "dev")
	seventh := loadOfficialBatch(t, "dev", 6).names
	names := slices.Clone(g.names) // sorted
	rng := rand.New(rand.NewPCG(seed, 0x0ff1c1a1))
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	fold := map[string]int{}
	for i, n := range names {
		fold[n] = i % k
	}
	base, err := defaultmodel.BaseTrainingSet()
	if err != nil {
		t.Fatal(err)
	}
	cfg := defaultmodel.Config()
	baseModel, err := experiment.Train(base, cfg, experiment.Options{})
	if err != nil {
		t.Fatal(err)
	}
	baseRun := newCVRun("base model (no official statement)")
	baseRun.add(t, g, g.names, seventh, baseModel, nil)
	baseRun.log(t)
	for _, sp := range specs {
		official, err := sp.Examples()
		if err != nil {
			t.Fatal(err)
		}
		name := "official statements of the other folds, weight " + strconv.FormatFloat(sp.Weight, 'g', -1, 64)
		if sp.OffWeight != 0 {
			name += ", off-target ones " + strconv.FormatFloat(sp.OffWeight, 'g', -1, 64)
		}
		run := newCVRun(name)
		xrun := newCVRun(name + ", learned label cross-fitted")
		models, held := foldStanceModels(t, g, base, official, sp, fold, k)
		for f := 0; f < k; f++ {
			run.add(t, g, held[f], seventh, models[f], nil)
		}
		run.log(t)
		labels := foldLabelModels(t, g, models, held, fold)
		for f := 0; f < k; f++ {
			xrun.add(t, g, held[f], seventh, models[f], labels[f])
		}
		xrun.log(t)
		xfixed, xbroken := diffErrs(run.labelErrs, xrun.labelErrs)
		t.Logf("%s: against the shipped learned label (trained on every development text, the held-out ones too), %d actor labels fixed, %d broken", xrun.name, len(xfixed), len(xbroken))
		for _, set := range []struct {
			name string
			docs []string
		}{{"all", g.names}, {"seventh batch", seventh}} {
			dm, do := bootstrapStatements(t, baseRun, run, set.docs)
			t.Logf("%s, %s: statement-level Δ against the base model, paired bootstrap over texts (1,000 draws; 2.5%% / 50%% / 97.5%%): stance macro-F1 %+.3f / %+.3f / %+.3f, off-target F1 %+.3f / %+.3f / %+.3f",
				run.name, set.name, dm[0], dm[1], dm[2], do[0], do[1], do[2])
		}
		fixed, broken := diffErrs(baseRun.labelErrs, run.labelErrs)
		t.Logf("%s: against the base model, %d actor labels fixed, %d broken (same actors found: %v)", run.name, len(fixed), len(broken), run.all.ac.found == baseRun.all.ac.found)
		for _, e := range fixed {
			t.Logf("  fixed: %s", e)
		}
		for _, e := range broken {
			t.Logf("  broken: %s", e)
		}
	}
}

// officialCVSpecs parses STANCEKIT_OFFICIAL_CV: weights separated by
// commas, each WEIGHT or WEIGHT/OFFWEIGHT.
func officialCVSpecs(t *testing.T, env string) []experiment.OfficialSpec {
	t.Helper()
	var specs []experiment.OfficialSpec
	for _, f := range strings.Split(env, ",") {
		on, off, _ := strings.Cut(strings.TrimSpace(f), "/")
		w, err := strconv.ParseFloat(on, 64)
		if err != nil || !(w > 0) {
			t.Fatalf("STANCEKIT_OFFICIAL_CV: %q is not a positive weight", f)
		}
		sp := experiment.OfficialSpec{Weight: w}
		if off != "" {
			if sp.OffWeight, err = strconv.ParseFloat(off, 64); err != nil || sp.OffWeight == 0 {
				t.Fatalf("STANCEKIT_OFFICIAL_CV: %q: want WEIGHT/OFFWEIGHT, OFFWEIGHT positive or negative (off-target ones left out)", f)
			}
		}
		specs = append(specs, sp)
	}
	return specs
}

// foldStanceModels trains, for each of the k folds of the development
// texts (fold: each text's), a stance model on base and the official
// statements of the other folds (sp's weights; those sharing a run of
// eight words with a held-out statement left out), and returns the models
// and each fold's texts.
func foldStanceModels(t *testing.T, g *goldCorpus, base, official []defaultmodel.Example, sp experiment.OfficialSpec, fold map[string]int, k int) ([]*stance.Model, [][]string) {
	t.Helper()
	models := make([]*stance.Model, k)
	held := make([][]string, k)
	for f := 0; f < k; f++ {
		for _, n := range g.names {
			if fold[n] == f {
				held[f] = append(held[f], n)
			}
		}
		var heldEx, other []defaultmodel.Example
		for _, q := range g.quotes {
			if fold[q.Doc] == f {
				heldEx = append(heldEx, defaultmodel.Example{Text: q.Text, Label: stance.Label(q.Label)})
			}
		}
		for _, e := range official {
			if fold[strings.TrimPrefix(e.Group, defaultmodel.OfficialGroupPrefix)] != f {
				other = append(other, e)
			}
		}
		o := sp.Apply(experiment.Options{})
		other = experiment.DisjointFrom(other, heldEx, o.Disjoint)
		m, err := experiment.Train(append(slices.Clip(base), other...), defaultmodel.Config(), o)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("fold %d: %d texts held out, %d official statements trained on", f, len(held[f]), len(other))
		models[f] = m
	}
	return models, held
}

// diffErrs returns the actor-label errors of base that new does not make
// (by text and actor) and those new makes that base does not.
func diffErrs(base, new []string) (fixed, broken []string) {
	key := func(e string) string { k, _, _ := strings.Cut(e, " gold "); return k }
	in := func(list []string, e string) bool {
		return slices.ContainsFunc(list, func(x string) bool { return key(x) == key(e) })
	}
	for _, e := range base {
		if !in(new, e) {
			fixed = append(fixed, e)
		}
	}
	for _, e := range new {
		if !in(base, e) {
			broken = append(broken, e)
		}
	}
	return fixed, broken
}

// cvRun pools the analyser's figures and the statement-level predictions
// over the folds, for all development texts and for the seventh batch's.
type cvRun struct {
	name          string
	all, seventh  officialScores
	gold, pred    []stance.Label
	gold7, pred7  []stance.Label
	texts, texts7 int
	labelErrs     []string
	// byDoc holds each text's gold and predicted statement labels.
	byDoc map[string][2][]stance.Label
}

func newCVRun(name string) *cvRun { return &cvRun{name: name, byDoc: map[string][2][]stance.Label{}} }

// foldLabelModels trains, for each fold f of the texts held (fold: each
// text's fold), the learned label on the other folds' texts, each read
// with its own fold's stance model (models): the label a held-out text
// meets when nothing of it was trained on, cross-fitted as go generate
// trains actor_labels.txt.
func foldLabelModels(t *testing.T, g *goldCorpus, models []*stance.Model, held [][]string, fold map[string]int) []*labelModel {
	t.Helper()
	var texts []cvText
	for f, m := range models {
		a, err := New(m, nil, WithoutLearnedLabels())
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range held[f] {
			res, err := a.Analyze(g.docs[n])
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, cvText{name: n, res: res, feats: a.actorFeatures(res, len(g.docs[n]))})
		}
	}
	out := make([]*labelModel, len(models))
	for f := range out {
		lm, err := trainFold(g, texts, fold, f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = lm
	}
	return out
}

// add analyses the texts docs of g with m and scores them; lm, when not
// nil, is the learned label instead of the shipped one.
func (r *cvRun) add(t *testing.T, g *goldCorpus, docs, seventh []string, m *stance.Model, lm *labelModel) {
	t.Helper()
	a, err := New(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	if lm != nil {
		a.labels = lm
	}
	for _, doc := range docs {
		res, err := a.Analyze(g.docs[doc])
		if err != nil {
			t.Fatal(err)
		}
		in7 := slices.Contains(seventh, doc)
		for _, s := range []*officialScores{&r.all, &r.seventh} {
			if s == &r.seventh && !in7 {
				continue
			}
			scoreStatements(g, doc, res, &s.st)
			errs := scoreActors(g, doc, res, &s.ac)
			if s == &r.all {
				r.labelErrs = append(r.labelErrs, errs...)
			}
			s.spurious = append(s.spurious, spuriousActors(g, doc, res)...)
		}
		r.texts++
		if in7 {
			r.texts7++
		}
		var texts []string
		var gold []stance.Label
		for _, q := range g.docQuotes(doc) {
			texts = append(texts, q.Text)
			gold = append(gold, stance.Label(q.Label))
		}
		pred := make([]stance.Label, len(texts))
		for i, p := range m.PredictBatch(texts, 0) {
			if p.Err == nil {
				pred[i] = p.Label
			}
		}
		r.byDoc[doc] = [2][]stance.Label{gold, pred}
		r.gold, r.pred = append(r.gold, gold...), append(r.pred, pred...)
		if in7 {
			r.gold7, r.pred7 = append(r.gold7, gold...), append(r.pred7, pred...)
		}
	}
}

func (r *cvRun) log(t *testing.T) {
	t.Helper()
	stmt := func(gold, pred []stance.Label) (float64, float64) {
		rep, err := eval.Score(gold, pred, experiment.Labels)
		if err != nil {
			t.Fatal(err)
		}
		return eval.StanceMacroF1(rep), rep.F1(stance.OffTarget)
	}
	m, o := stmt(r.gold, r.pred)
	m7, o7 := stmt(r.gold7, r.pred7)
	r.all.log(t, r.name+", all "+strconv.Itoa(r.texts)+" development texts")
	t.Logf("%s, all: statements %d, stance macro-F1 %.3f, off-target F1 %.3f", r.name, len(r.gold), m, o)
	r.seventh.log(t, r.name+", the seventh batch's "+strconv.Itoa(r.texts7)+" development texts")
	t.Logf("%s, seventh batch: statements %d, stance macro-F1 %.3f, off-target F1 %.3f", r.name, len(r.gold7), m7, o7)
	slices.Sort(r.labelErrs)
	for _, e := range r.labelErrs {
		t.Logf("  label: %s", e)
	}
}

// bootstrapStatements resamples the texts docs with replacement and returns
// the 2.5, 50 and 97.5 percentiles of the difference (b - a) in statement
// stance macro-F1 and off-target F1.
func bootstrapStatements(t *testing.T, a, b *cvRun, docs []string) (macro, off [3]float64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 0xb007))
	var dm, do []float64
	for n := 0; n < 1000; n++ {
		var gold, pa, pb []stance.Label
		for range docs {
			d := docs[rng.IntN(len(docs))]
			gold = append(gold, a.byDoc[d][0]...)
			pa = append(pa, a.byDoc[d][1]...)
			pb = append(pb, b.byDoc[d][1]...)
		}
		ra, err := eval.Score(gold, pa, experiment.Labels)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := eval.Score(gold, pb, experiment.Labels)
		if err != nil {
			t.Fatal(err)
		}
		dm = append(dm, eval.StanceMacroF1(rb)-eval.StanceMacroF1(ra))
		do = append(do, rb.F1(stance.OffTarget)-ra.F1(stance.OffTarget))
	}
	slices.Sort(dm)
	slices.Sort(do)
	return [3]float64{dm[25], dm[500], dm[975]}, [3]float64{do[25], do[500], do[975]}
}
