package sentiment_test

import (
	"errors"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jonreiter/govader"
	"github.com/stancekit/stancekit/internal/datatest"
	"github.com/stancekit/stancekit/internal/senteval"
	"github.com/stancekit/stancekit/sentiment"
)

// dataDir is $STANCEKIT_DATA, else ../shared/data seen from the repository
// root (tests run in the package folder).
func dataDir() string { return senteval.DataDir("", false, "../../shared/data") }

func loadOrSkip(t *testing.T, dir string) []senteval.Row {
	t.Helper()
	for _, s := range senteval.Sets {
		if s.Dir == dir {
			rows, err := senteval.Load(dataDir(), s)
			if errors.Is(err, senteval.ErrNoData) {
				datatest.Skip(t, filepath.Join(dataDir(), dir))
			}
			if err != nil {
				t.Fatal(err)
			}
			return rows
		}
	}
	t.Fatalf("unknown set %s", dir)
	return nil
}

// fixedScores returns a scorer that scores every set with a as is.
func fixedScores(a *sentiment.Analyzer) func(dir string, rows []senteval.Row) []float64 {
	return func(_ string, rows []senteval.Row) []float64 { return senteval.Compounds(a, rows) }
}

// profileScores returns a scorer of profile p: shipped scores a set as is,
// except the calibration sets, which get 10-fold cross-validated scores
// (computed once, for both sets).
func profileScores(t *testing.T, p sentiment.Profile, shipped *sentiment.Analyzer) func(dir string, rows []senteval.Row) []float64 {
	var cv map[string][]float64
	return func(dir string, rows []senteval.Row) []float64 {
		if !slices.Contains(senteval.CalibrationSets, dir) {
			return senteval.Compounds(shipped, rows)
		}
		if cv == nil {
			sets, err := senteval.LoadCalibrationSets(dataDir())
			if err != nil {
				t.Fatal(err)
			}
			out, err := senteval.CrossValidate(sets, p, sentiment.FitOptions{})
			if err != nil {
				t.Fatal(err)
			}
			cv = map[string][]float64{}
			for k, d := range senteval.CalibrationSets {
				cv[d] = out[k]
			}
		}
		return cv[dir]
	}
}

// TestEvaluationFloors guards the measured figures (RESULTS.md). Floors sit
// slightly below the measurement; never loosen them to make a change pass.
// Both profiles' calibrations are fitted on the tweets and the NYT snippets,
// so on those two sets they are scored by 10-fold cross-validation (every
// row by a calibration fitted without it).
func TestEvaluationFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	raw := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	dom := mustNew(t, sentiment.WithoutCalibration())
	def := mustNew(t)
	soc := mustNew(t, sentiment.WithProfile(sentiment.Social))
	// The profiles are cross-validated where their calibrations were
	// fitted; raw and dom have none and score every set as is.
	socialScores := profileScores(t, sentiment.Social, soc)
	defaultScores := profileScores(t, sentiment.News, def)
	rawScores, domScores := fixedScores(raw), fixedScores(dom)
	type floor struct {
		dir        string
		scores     func(dir string, rows []senteval.Row) []float64
		name       string
		r, f1, acc float64
		macroF1    float64
	}
	// The default's NYT floors (r .555, F1 .551) replace the old opt-in
	// calibration's (.565, .580): the calibration now keeps the rule layer's
	// label, so F1 is the rules' F1, and holding every text in its rule class
	// costs about .01 r. That is the price of keeping tweet and PhraseBank
	// labels; RESULTS.md has the figures.
	//
	// The Social profile's tweets floors (measured r .8918, F1 .9505) keep
	// its F1 above govader's .9482.
	floors := []floor{
		{dir: "vader-tweets", scores: rawScores, name: "rules", r: 0.870, f1: 0.945},
		{dir: "vader-tweets", scores: domScores, name: "domain", r: 0.870, f1: 0.944},
		{dir: "vader-tweets", scores: defaultScores, name: "default (CV)", r: 0.888, f1: 0.944},
		{dir: "vader-tweets", scores: socialScores, name: "social (CV)", r: 0.889, f1: 0.949},
		{dir: "vader-nyt-editorials", scores: rawScores, name: "rules", r: 0.500, f1: 0.545},
		{dir: "vader-nyt-editorials", scores: domScores, name: "domain", r: 0.506, f1: 0.551},
		{dir: "vader-nyt-editorials", scores: defaultScores, name: "default (CV)", r: 0.555, f1: 0.551},
		{dir: "vader-nyt-editorials", scores: socialScores, name: "social (CV)", r: 0.553, f1: 0.598},
		{dir: "vader-movie-reviews", scores: rawScores, name: "rules", r: 0.420, f1: 0.585},
		{dir: "vader-movie-reviews", scores: defaultScores, name: "default", r: 0.460, f1: 0.590},
		{dir: "vader-movie-reviews", scores: socialScores, name: "social", r: 0.460, f1: 0.608},
		{dir: "vader-amazon-reviews", scores: rawScores, name: "rules", r: 0.587, f1: 0.620},
		{dir: "vader-amazon-reviews", scores: defaultScores, name: "default", r: 0.630, f1: 0.620},
		{dir: "vader-amazon-reviews", scores: socialScores, name: "social", r: 0.630, f1: 0.662},
		{dir: "financial-phrasebank", scores: rawScores, name: "rules", acc: 0.540, macroF1: 0.485},
		{dir: "financial-phrasebank", scores: domScores, name: "domain", acc: 0.695, macroF1: 0.660},
		{dir: "financial-phrasebank", scores: defaultScores, name: "default", acc: 0.695, macroF1: 0.660},
	}
	for _, f := range floors {
		rows := loadOrSkip(t, f.dir)
		m := senteval.Evaluate(rows, f.scores(f.dir, rows))
		t.Logf("%s %s: r %.3f F1 %.3f macro %.3f acc %.3f", f.dir, f.name, m.R, m.F1, m.MacroF1, m.Accuracy)
		if f.r > 0 && !(m.R >= f.r) {
			t.Errorf("%s %s: r %.3f below floor %.3f", f.dir, f.name, m.R, f.r)
		}
		if f.f1 > 0 && m.F1 < f.f1 {
			t.Errorf("%s %s: weighted F1 %.3f below floor %.3f", f.dir, f.name, m.F1, f.f1)
		}
		if f.acc > 0 && m.Accuracy < f.acc {
			t.Errorf("%s %s: accuracy %.3f below floor %.3f", f.dir, f.name, m.Accuracy, f.acc)
		}
		if f.macroF1 > 0 && m.MacroF1 < f.macroF1 {
			t.Errorf("%s %s: macro-F1 %.3f below floor %.3f", f.dir, f.name, m.MacroF1, f.macroF1)
		}
	}
}

// govaderDeviations are the rated texts on which govader departs from the
// Python reference: it looks a capitalised word up without lower-casing it,
// so "Glee" misses the lexicon and the idiom "the shit" fires. The VADER
// profile follows Python; on these texts it equals govader's score of the
// lower-cased text, which has no such miss (and no ALL-CAPS word whose
// emphasis lower-casing would drop).
var govaderDeviations = map[string]bool{
	"Glee is the shit": true,
	"Feeling kind of shitty because for the next 11 months if it rains I won't feel a little better thinking about that G 'n R video.": true,
}

// sameAsGovader reports whether s equals govader's scores exactly:
// compound, pos, neg and neu.
func sameAsGovader(g govader.Sentiment, s sentiment.Score) bool {
	return g.Compound == s.Compound && g.Positive == s.Pos && g.Negative == s.Neg && g.Neutral == s.Neu
}

// TestParityWithGovader checks the VADER profile against govader, row by
// row, on every rated text: compound, pos, neg and neu, exactly. Inputs are
// whitespace-normalised for govader, which splits on single spaces where
// the Python reference splits on any whitespace run. The rows of
// govaderDeviations must differ, and equal govader on the lower-cased text.
func TestParityWithGovader(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	gv := govader.NewSentimentIntensityAnalyzer()
	vader := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	total, same := 0, 0
	seen := map[string]bool{}
	for _, set := range senteval.Sets {
		rows, err := senteval.Load(dataDir(), set)
		if errors.Is(err, senteval.ErrNoData) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			total++
			norm := strings.Join(strings.Fields(r.Text), " ")
			g, s := gv.PolarityScores(norm), vader.Score(r.Text)
			switch {
			case govaderDeviations[r.Text]:
				seen[r.Text] = true
				if sameAsGovader(g, s) {
					t.Errorf("%s: %q no longer differs from govader", set.Dir, r.Text)
				}
				if l := gv.PolarityScores(strings.ToLower(norm)); !sameAsGovader(l, s) {
					t.Errorf("%s: %q: govader on the lower-cased text %+v, VADER profile %+v", set.Dir, r.Text, l, s)
				}
			case sameAsGovader(g, s):
				same++
			default:
				t.Errorf("%s: %q: govader %+v, VADER profile compound %v pos %v neg %v neu %v", set.Dir, r.Text, g, s.Compound, s.Pos, s.Neg, s.Neu)
			}
		}
	}
	if total == 0 {
		datatest.Skip(t, dataDir())
	}
	if len(seen) != len(govaderDeviations) {
		t.Errorf("only %d of the %d known deviations were in the data", len(seen), len(govaderDeviations))
	}
	t.Logf("VADER profile equals govader exactly on %d of %d rated texts; the other %d are govader's case-sensitive lookups", same, total, total-same)
}

// TestParityExamples runs the same comparison on built-in sentences that
// exercise every VADER rule, so parity is checked without the data too:
// the VADER profile's compound, pos, neg and neu equal govader's exactly.
// The empty text is left out: govader scores it neu=1, the Python reference
// (and this package) all zeros.
func TestParityExamples(t *testing.T) {
	gv := govader.NewSentimentIntensityAnalyzer()
	vader := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	texts := []string{
		"the network is good", "the network is not good", "the network is NOT GOOD!!",
		"it is very good", "it is VERY good", "it is kind of good", "it is sort of bad",
		"it is barely acceptable", "no problems at all", "no good or bad", "there is no hope",
		"never so good", "never this bad", "without a doubt excellent", "without doubt a bad idea",
		"the least bad option", "at least it works", "very least good", "it was the bomb",
		"kiss of death for the plan", "yeah right, great", "good but bad", "bad but good, but great",
		"What?? Really??? Awful????", "Great!!!!!!", "I love it :) :D", "sad :( but ok",
		"isn't good", "wasn't terrible", "doesn't seem safe", "nothing good happened",
		"GOOD GREAT", "Good Great bad", "The upper hand", "it is to die for", "single space separated good",
		"Catch utf-8 emoji such as 💘 and 💋 and 😁", "😁😁 great", "hello😁world",
		"a,b good; c: bad.", "ok", "no", "not", "but", "...", "a",
		// News statements, where the default profile's numbers differ most.
		"We have found no evidence that Huawei has installed backdoors",
		"Huawei is a security threat.", "Operating profit rose to EUR 13.1 mn.",
		"The EU is right to protect the security of its networks, and we welcome a fair, open approach.",
	}
	for _, text := range texts {
		if g, s := gv.PolarityScores(text), vader.Score(text); !sameAsGovader(g, s) || s.Compound != s.Uncalibrated {
			t.Errorf("%q: govader %+v, VADER profile compound %v pos %v neg %v neu %v", text, g, s.Compound, s.Pos, s.Neg, s.Neu)
		}
	}
}

// TestCalibrationReproducible checks that the committed calibration.tsv is
// what `go run ./examples/sentimenteval -fit sentiment/calibration.tsv`
// produces, a fit on every tweet and NYT snippet with the domain layer on,
// and that calibration_social.tsv is what
// `go run ./examples/sentimenteval -fit-social sentiment/calibration_social.tsv`
// produces, the same fit with the Social profile's rule layer.
func TestCalibrationReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	fresh, err := senteval.FitShipped(dataDir(), sentiment.News)
	if errors.Is(err, senteval.ErrNoData) {
		datatest.Skip(t, dataDir())
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Run("news", func(t *testing.T) { sameCalibration(t, fresh, mustCal(t), "-fit sentiment/calibration.tsv") })
	t.Run("social", func(t *testing.T) {
		fresh, err := senteval.FitShipped(dataDir(), sentiment.Social)
		if err != nil {
			t.Fatal(err)
		}
		shipped, err := sentiment.DefaultCalibrationFor(sentiment.Social)
		if err != nil {
			t.Fatal(err)
		}
		sameCalibration(t, fresh, shipped, "-fit-social sentiment/calibration_social.tsv")
	})
}

// sameCalibration compares a refit with a shipped calibration to 1e-6;
// rebuild names the sentimenteval flags that rewrite the shipped file.
func sameCalibration(t *testing.T, fresh, shipped *sentiment.Calibration, rebuild string) {
	t.Helper()
	if fresh.Lambda != shipped.Lambda || fresh.MinDF != shipped.MinDF || fresh.Domain != shipped.Domain {
		t.Fatalf("meta differs: fresh %v/%v/%v shipped %v/%v/%v", fresh.Lambda, fresh.MinDF, fresh.Domain, shipped.Lambda, shipped.MinDF, shipped.Domain)
	}
	const tol = 1e-6
	for j := range fresh.Dense {
		if math.Abs(fresh.Dense[j]-shipped.Dense[j]) > tol {
			t.Errorf("dense weight %d: fresh %v shipped %v", j, fresh.Dense[j], shipped.Dense[j])
		}
	}
	if len(fresh.Words) != len(shipped.Words) {
		t.Fatalf("vocabulary: fresh %d words, shipped %d; rerun: go run ./examples/sentimenteval %s", len(fresh.Words), len(shipped.Words), rebuild)
	}
	bad := 0
	for w, v := range fresh.Words {
		if sv, ok := shipped.Words[w]; !ok || math.Abs(sv-v) > tol {
			bad++
			if bad <= 5 {
				t.Errorf("word %q: fresh %v shipped %v (present %v)", w, v, sv, ok)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d word weights differ; rerun: go run ./examples/sentimenteval %s", bad, rebuild)
	}
}

// TestMain says, in one line, which data tests skipped for want of the
// shared data.
func TestMain(m *testing.M) { datatest.Main(m) }
