package attribution

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// officialSplit is testdata/official/split.json: which texts are the sealed
// test and which the development set (Sealed and Dev over all batches), and
// the split of each batch of texts as it was drawn when the batch was added.
type officialSplit struct {
	Sealed  []string `json:"sealed"`
	Dev     []string `json:"dev"`
	Batches []struct {
		Seed   int64    `json:"seed"`
		Sealed []string `json:"sealed"`
		Dev    []string `json:"dev"`
	} `json:"batches"`
}

// loadOfficial loads the official-texts gold (testdata/official) as a
// goldCorpus restricted to the named split ("dev" or "sealed") of every batch.
func loadOfficial(t testing.TB, part string) *goldCorpus {
	return loadOfficialBatch(t, part, -1)
}

// loadOfficialBatch is loadOfficial restricted to one batch of texts (0: the
// first 42, split 16/26), or to all batches when batch is negative.
func loadOfficialBatch(t testing.TB, part string, batch int) *goldCorpus {
	t.Helper()
	dir := filepath.Join(corpus.Dir(), "official")
	b, err := os.ReadFile(filepath.Join(dir, "split.json"))
	if err != nil {
		t.Skipf("official gold not found: %v", err)
	}
	var sp officialSplit
	if err := json.Unmarshal(b, &sp); err != nil {
		t.Fatal(err)
	}
	names := map[string][]string{"dev": sp.Dev, "sealed": sp.Sealed}[part]
	if batch >= 0 {
		if batch >= len(sp.Batches) {
			t.Fatalf("split.json has %d batches, want batch %d", len(sp.Batches), batch)
		}
		names = map[string][]string{"dev": sp.Batches[batch].Dev, "sealed": sp.Batches[batch].Sealed}[part]
	}
	keep := map[string]bool{}
	for _, n := range names {
		keep[n] = true
	}
	docs, err := corpus.LoadArticles(dir)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := corpus.LoadQuotes(filepath.Join(dir, "quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	as, err := corpus.LoadActors(filepath.Join(dir, "actors.json"))
	if err != nil {
		t.Fatal(err)
	}
	g := &goldCorpus{docs: map[string]string{}, sealed: part == "sealed"}
	for n, d := range docs {
		if keep[n] {
			g.docs[n] = d
			g.names = append(g.names, n)
		}
	}
	sort.Strings(g.names)
	for _, q := range qs {
		if keep[q.Doc] {
			g.quotes = append(g.quotes, q)
		}
	}
	for _, a := range as {
		if keep[a.Doc] {
			g.actors = append(g.actors, a)
		}
	}
	return g
}

// officialScores are the three target figures of issue 11 plus the count of
// labelled actors the gold does not know.
type officialScores struct {
	st       stmtScores
	ac       actorScores
	spurious []string
	// quiet leaves out the per-text detail (sealed texts, see goldCorpus).
	quiet bool
}

// scoreOfficial analyses every text of g with the default stance model
// and the options (TestOfficialDev turns the learned label off: it is
// trained on the development texts, and measured on them by
// TestLearnedLabelsCV).
func scoreOfficial(t testing.TB, g *goldCorpus, opts ...Option) officialScores {
	t.Helper()
	a, err := New(defaultModel(t), nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	s := officialScores{quiet: g.sealed && os.Getenv("STANCEKIT_SEALED_DETAIL") != "1"}
	for _, doc := range g.names {
		res, err := a.Analyze(g.docs[doc])
		if err != nil {
			t.Fatal(err)
		}
		scoreStatements(g, doc, res, &s.st)
		for _, e := range scoreActors(g, doc, res, &s.ac) {
			if !s.quiet {
				t.Logf("  label: %s", e)
			}
		}
		s.spurious = append(s.spurious, spuriousActors(g, doc, res)...)
	}
	return s
}

// spuriousActors lists the labelled actors of res that the gold of doc does
// not have.
func spuriousActors(g *goldCorpus, doc string, res *Result) []string {
	gold := g.actorLabels(doc)
	var out []string
	for _, a := range res.Actors {
		if _, listed := gold[a.Name]; a.Label != "" && a.Label != stance.OffTarget && !listed {
			out = append(out, doc+": "+a.Name+" ("+string(a.Label)+")")
		}
	}
	return out
}

func (s officialScores) log(t testing.TB, name string) {
	t.Logf("%s: actor recall %.3f (%d/%d), actor-label accuracy %.3f (%d/%d), (span, actor) P %.3f R %.3f F1 %.3f, spurious labelled actors %d",
		name, ratio(s.ac.found, s.ac.gold), s.ac.found, s.ac.gold, ratio(s.ac.labelOK, s.ac.found), s.ac.labelOK, s.ac.found,
		s.st.p(), s.st.r(), s.st.f1(), len(s.spurious))
	if s.quiet {
		return
	}
	for _, sp := range s.spurious {
		t.Logf("  spurious: %s", sp)
	}
}

// TestOfficialDev scores attribution on the development texts of
// testdata/official (the sealed test texts are never read here): actor
// recall, actor-label accuracy on the actors found, and (span, actor) F1,
// with floors just below the measured values (attribution/RESULTS.md). It
// scores all development texts and, beside them, each batch's alone, so
// that figures before and after a batch is added stay comparable.
func TestOfficialDev(t *testing.T) {
	for _, set := range []struct {
		name    string
		batches []int
		floors  officialFloorSet
	}{
		{"official dev (all batches)", []int{-1}, officialAllFloors},
		{"official dev (first and second batches, 40 texts)", []int{0, 1}, officialFortyFloors},
		{"official dev (first batch, 26 texts)", []int{0}, officialFloors},
		{"official dev (second batch, 14 texts)", []int{1}, officialSecondFloors},
		{"official dev (third batch, 18 texts)", []int{2}, officialThirdFloors},
		{"official dev (first three batches, 58 texts)", []int{0, 1, 2}, officialFiftyEightFloors},
		{"official dev (fourth batch, 6 texts)", []int{3}, officialFourthFloors},
		{"official dev (fifth batch, 7 texts)", []int{4}, officialFifthFloors},
		{"official dev (first five batches, 71 texts)", []int{0, 1, 2, 3, 4}, officialSeventyOneFloors},
		{"official dev (sixth batch, 16 texts)", []int{5}, officialSixthFloors},
		{"official dev (first six batches, 87 texts)", []int{0, 1, 2, 3, 4, 5}, officialEightySevenFloors},
		{"official dev (seventh batch, 12 texts)", []int{6}, officialSeventhFloors},
		{"official dev (eighth batch, 11 texts)", []int{7}, officialEighthFloors},
		{"official dev (first eight batches, 110 texts)", []int{0, 1, 2, 3, 4, 5, 6, 7}, officialHundredTenFloors},
		{"official dev (ninth batch, 10 texts)", []int{8}, officialNinthFloors},
		{"official dev (first nine batches, 120 texts)", []int{0, 1, 2, 3, 4, 5, 6, 7, 8}, officialHundredTwentyFloors},
		{"official dev (tenth batch, 8 texts)", []int{9}, officialTenthFloors},
		{"official dev (first ten batches, 128 texts)", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, officialHundredTwentyEightFloors},
		{"official dev (eleventh batch, 9 texts)", []int{10}, officialEleventhFloors},
		{"official dev (first eleven batches, 137 texts)", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, officialHundredThirtySevenFloors},
		{"official dev (twelfth batch, 6 texts)", []int{11}, officialTwelfthFloors},
	} {
		var gs []*goldCorpus
		for _, b := range set.batches {
			gs = append(gs, loadOfficialBatch(t, "dev", b))
		}
		s := scoreOfficial(t, mergeGold(gs...), WithoutLearnedLabels())
		s.log(t, set.name)
		floors := []struct {
			name      string
			got, want float64
		}{
			{"actor recall", ratio(s.ac.found, s.ac.gold), set.floors.recall},
			{"actor-label accuracy", ratio(s.ac.labelOK, s.ac.found), set.floors.label},
			{"(span, actor) F1", s.st.f1(), set.floors.f1},
		}
		for _, f := range floors {
			if f.got < f.want {
				t.Errorf("%s: %s = %.3f, below the floor %.2f", set.name, f.name, f.got, f.want)
			}
		}
	}
}

// mergeGold is the union of gold corpora of distinct texts.
func mergeGold(gs ...*goldCorpus) *goldCorpus {
	if len(gs) == 1 {
		return gs[0]
	}
	out := &goldCorpus{docs: map[string]string{}}
	for _, g := range gs {
		for n, d := range g.docs {
			out.docs[n] = d
		}
		out.names = append(out.names, g.names...)
		out.quotes = append(out.quotes, g.quotes...)
		out.actors = append(out.actors, g.actors...)
		out.sealed = out.sealed || g.sealed
	}
	sort.Strings(out.names)
	return out
}

// officialFloorSet holds the three floors of one set of development texts.
type officialFloorSet struct{ recall, label, f1 float64 }

// officialFloors are the floors of TestOfficialDev on the first batch's 26
// development texts (measured 0.946 / 0.743 / 0.913 in the fifth session,
// 0.946 / 0.771 / 0.920 in the sixth).
// Seventh session: 0.946 / 0.800 / 0.920. Ninth session: 0.946 / 0.800 / 0.929.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.946 / 0.886 / 0.929.
// Tenth session, after the merge: the label floors of the in-sample rows
// (the default stance model trains on the development texts' statements)
// were raised by the indomain lane to its model's figures, then re-set just
// below the merged model's, which drops the 17 development statements that
// share a run with a sealed text and trains on the eighth batch's too: first
// batch 0.857, first two 0.894, first three 0.825, first five 0.847, first
// six 0.839, all 110 0.812; every one is above the ninth session's floor.
// The eighth batch's development texts lost one actor to the retrained model
// (5/8 with the ninth session's model, 4/8 now): its label floor went down,
// said here and in attribution/RESULTS.md.
var officialFloors = officialFloorSet{0.94, 0.85, 0.92}

// officialAllFloors are the floors of TestOfficialDev on all development
// texts (40 since the second batch; measured at 0.627 / 0.719 / 0.537 when it
// was added: a larger measured set, not a loosening of officialFloors; 0.902
// / 0.761 / 0.836 in the fifth session; 58 since the third batch, measured
// at 0.789 / 0.750 / 0.692 when it was added: again a larger measured set,
// not a loosening; 0.873 / 0.742 / 0.816 in the sixth session; 64 since the
// fourth batch's first wave, measured at 0.855 / 0.708 / 0.782 when it was
// added: a larger measured set again, not a loosening, the 58 texts keep
// their floors in officialFiftyEightFloors; 71 since the second wave (the
// fifth batch), measured at 0.829 / 0.721 / 0.747 when it was added, again
// a change of the measured set).
// Seventh session: 0.841 / 0.739 / 0.768 on the 71. 87 since the sixth
// batch (eighth session), measured at 0.798 / 0.696 / 0.713 when it was
// added: a change of the measured set, not a loosening; the 71 texts keep
// their floors in officialSeventyOneFloors. 99 since the seventh batch,
// measured at 0.746 / 0.706 / 0.677 when it was added: a change of the
// measured set, not a loosening; the 87 texts keep their floors in
// officialEightySevenFloors. Ninth session, with the rules of the
// attrrules lane (written from the 87, not from the seventh batch):
// 0.816 / 0.753 / 0.758 on the 99. Tenth session, the default stance model
// trained on these texts' statements (in-sample; the honest figure is
// TestOfficialTextCV's): 0.816 / 0.849 / 0.758 on the 99. 110 texts since the
// eighth batch (tenth session): a change of the measured set, not a
// loosening; floors just below the figure measured after the merge. 120
// texts since the ninth batch (twelfth session), measured at 0.770 / 0.808
// / 0.701 when it was added: a change of the measured set, not a
// loosening; the 110 texts keep their floors in officialHundredTenFloors.
// 128 texts since the tenth batch (thirteenth session), measured at 0.777
// (108/139) / 0.815 (88/108) / 0.702 when it was added, above these floors,
// which stay; the 120 texts keep them as well in
// officialHundredTwentyFloors.
// Fourteenth session: raised to just below the figures after lane attrgen's
// format rules (all 128 0.856 / 0.832 / 0.728; the 110 0.883 / 0.841 / 0.762;
// seventh 0.867 / 0.846 / 0.639; eighth 0.786 / 0.727 / 0.526; tenth 0.750 /
// 0.667 / 0.623).
// 137 texts since the eleventh batch (fifteenth session), measured at 0.841
// (122/145) / 0.836 (102/122) / 0.705 when it was added: a change of the
// measured set, not a loosening; the 128 texts keep their floors in
// officialHundredTwentyEightFloors (0.856 / 0.832 / 0.728 measured).
// 143 texts since the twelfth batch (sixteenth session, lane gold12),
// measured at 0.795 (124/156) / 0.831 (103/124) / 0.697 when it was added: a
// change of the measured set, not a loosening; the 137 texts keep their
// floors in officialHundredThirtySevenFloors (0.841 / 0.836 / 0.705 measured).
// Seventeenth session (lane subj), raised to just below the new measure.
var officialAllFloors = officialFloorSet{0.82, 0.83, 0.70}

// officialSeventyOneFloors are the floors of TestOfficialDev on the first
// five batches together, the 71 texts "all batches" meant before the sixth
// batch was added (officialAllFloors as they stood then).
// Ninth session: 0.878 / 0.750 / 0.819.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.878 / 0.861 / 0.820.
// Seventeenth session (lane subj), raised to just below the new measure.
var officialSeventyOneFloors = officialFloorSet{0.91, 0.86, 0.82}

// officialFortyFloors are the floors of TestOfficialDev on the first and
// second batches together, the 40 texts the fifth session measured (0.902
// / 0.783 / 0.836 at its end; 0.922 / 0.787 / 0.867 in the sixth session).
// Seventh session: 0.922 / 0.809 / 0.867. Ninth session: 0.922 / 0.809 / 0.871.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.922 / 0.915 / 0.871.
var officialFortyFloors = officialFloorSet{0.92, 0.89, 0.87}

// officialSecondFloors are the floors of TestOfficialDev on the second
// batch's 14 development texts. The fifth session's first rules were
// written from the first batch's errors alone, the later ones from both
// batches (attribution/RESULTS.md); measured 0.786 / 0.818 / 0.725, and
// 0.857 / 0.833 / 0.787 in the sixth session. Ninth session: 0.857 / 0.833
// / 0.784 (statement precision 0.855 -> 0.847, recall unchanged; the floor
// holds).
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.857 / 1.000 / 0.784.
var officialSecondFloors = officialFloorSet{0.85, 0.99, 0.78}

// officialThirdFloors are the floors of TestOfficialDev on the third batch's
// 18 development texts (press-conference transcripts, Commons and Lords
// debates, committee evidence), measured when the batch was added, before
// any rule was written from them: 0.500 / 0.600 / 0.410 (0.550 / 0.636 /
// 0.443 with the sixth session's rules written before it landed, which it
// thus checked; 0.750 / 0.600 / 0.722 at the session's end, its errors
// having been read from then on).
// Seventh session: 0.800 / 0.625 / 0.763. Ninth session: 0.800 / 0.625 / 0.774.
// Seventeenth session (lane subj), raised to just below the new measure.
var officialThirdFloors = officialFloorSet{0.84, 0.70, 0.77}

// officialFiftyEightFloors are the floors of TestOfficialDev on the first
// three batches together, the 58 texts "all batches" meant before the fourth
// batch was added (officialAllFloors as they stood then).
// Seventh session: 0.887 / 0.762 / 0.831. Ninth session: 0.887 / 0.762 / 0.837.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.887 / 0.841 / 0.838.
// Seventeenth session (lane subj), raised to just below the new measure.
var officialFiftyEightFloors = officialFloorSet{0.92, 0.84, 0.83}

// officialFourthFloors are the floors of TestOfficialDev on the fourth
// batch's development texts, measured when the batch was added, before any
// rule was written from them: 0.600 / 0.000 / 0.426 on the first wave's 6.
// Ninth session (rules written from all 87): 0.800 / 0.250 / 0.617.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.800 / 1.000 / 0.617.
var officialFourthFloors = officialFloorSet{0.79, 0.99, 0.61}

// officialFifthFloors are the floors of TestOfficialDev on the fifth batch's
// 7 development texts (the fresh batch's second wave), measured when it was
// added, before any rule was written from them: 0.500 / 1.000 / 0.519.
// Seventh session (rules written before the batch landed): 0.500 / 1.000 / 0.593.
// Ninth session (rules written from all 87): 0.833 / 1.000 / 0.831.
var officialFifthFloors = officialFloorSet{0.83, 0.99, 0.83}

// officialEightySevenFloors are the floors of TestOfficialDev on the first
// six batches together, the 87 texts "all batches" meant before the seventh
// batch was added (officialAllFloors as they stood then). Ninth session
// (rules written from these texts): 0.879 / 0.747 / 0.803.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.879 / 0.851 / 0.803.
// Seventeenth session (lane subj), raised to just below the new measure.
var officialEightySevenFloors = officialFloorSet{0.91, 0.85, 0.80}

// officialSeventhFloors are the floors of TestOfficialDev on the seventh
// batch's 12 development texts (sites, countries and formats the earlier
// batches used least), measured when the batch was added, before any rule
// was written from them: 0.400 / 0.833 / 0.396; with the ninth session's
// rules, written before the batch reached them (a check): 0.400 / 0.833 /
// 0.398.
// Fourteenth session: raised to just below the figures after lane attrgen's
// format rules (all 128 0.856 / 0.832 / 0.728; the 110 0.883 / 0.841 / 0.762;
// seventh 0.867 / 0.846 / 0.639; eighth 0.786 / 0.727 / 0.526; tenth 0.750 /
// 0.667 / 0.623).
// Nineteenth session: raised to just below the figures after names with
// initials ("H.R. McMaster"): all 143 0.827 / 0.837 / 0.703; seventh 0.933 / 0.857 / 0.648.
var officialSeventhFloors = officialFloorSet{0.93, 0.85, 0.64}

// officialEighthFloors are the floors of TestOfficialDev on the eighth
// batch's 11 development texts, measured when the batch was added, before any
// rule was written from them: 0.571 / 0.625 / 0.384.
// Fourteenth session: raised to just below the figures after lane attrgen's
// format rules (all 128 0.856 / 0.832 / 0.728; the 110 0.883 / 0.841 / 0.762;
// seventh 0.867 / 0.846 / 0.639; eighth 0.786 / 0.727 / 0.526; tenth 0.750 /
// 0.667 / 0.623).
var officialEighthFloors = officialFloorSet{0.78, 0.72, 0.52}

// officialHundredTenFloors are the floors of TestOfficialDev on the first
// eight batches together, the 110 texts "all batches" meant before the
// ninth batch was added (officialAllFloors as they stood then).
// Fourteenth session: raised to just below the figures after lane attrgen's
// format rules (all 128 0.856 / 0.832 / 0.728; the 110 0.883 / 0.841 / 0.762;
// seventh 0.867 / 0.846 / 0.639; eighth 0.786 / 0.727 / 0.526; tenth 0.750 /
// 0.667 / 0.623).
// Seventeenth session (lane subj), raised to just below the new measure.
// Nineteenth session: raised to just below the figures after names with
// initials ("H.R. McMaster"): all 143 0.827 / 0.837 / 0.703; the 110 0.906 / 0.845 / 0.766.
var officialHundredTenFloors = officialFloorSet{0.90, 0.84, 0.76}

// officialNinthFloors are the floors of TestOfficialDev on the ninth
// batch's 10 development texts, measured when the batch was added, before
// any rule was written from them (and before the default stance model,
// which trains on the development texts' statements, was regenerated):
// 0.429 (3/7) / 0.667 (2/3) / 0.469.
var officialNinthFloors = officialFloorSet{0.42, 0.66, 0.46}

// officialHundredTwentyFloors are the floors of TestOfficialDev on the first
// nine batches together, the 120 texts "all batches" meant before the tenth
// batch was added (officialAllFloors as they stood then).
// Seventeenth session (lane subj), raised to just below the new measure.
// Nineteenth session: raised to just below the figures after names with
// initials ("H.R. McMaster"): all 143 0.827 / 0.837 / 0.703; the 120 0.881 / 0.840 / 0.736.
var officialHundredTwentyFloors = officialFloorSet{0.88, 0.83, 0.73}

// officialTenthFloors are the floors of TestOfficialDev on the tenth
// batch's 8 development texts, measured when the batch was added, before
// any rule was written from them (and before the default stance model,
// which trains on the development texts' statements, was regenerated):
// 0.500 (2/4) / 0.500 (1/2) / 0.610 (P 0.727, R 0.525).
// Fourteenth session: raised to just below the figures after lane attrgen's
// format rules (all 128 0.856 / 0.832 / 0.728; the 110 0.883 / 0.841 / 0.762;
// seventh 0.867 / 0.846 / 0.639; eighth 0.786 / 0.727 / 0.526; tenth 0.750 /
// 0.667 / 0.623).
var officialTenthFloors = officialFloorSet{0.74, 0.66, 0.62}

// officialHundredTwentyEightFloors are the floors of TestOfficialDev on the
// first ten batches together, the 128 texts "all batches" meant before the
// eleventh batch was added (officialAllFloors as they stood then).
// Seventeenth session (lane subj), raised to just below the new measure.
var officialHundredTwentyEightFloors = officialFloorSet{0.87, 0.83, 0.72}

// officialEleventhFloors are the floors of TestOfficialDev on the eleventh
// batch's 9 development texts, measured when the batch was added (fifteenth
// session), before any rule was written from them; the default stance
// model has not trained on them (internal/defaultmodel/official_untrained.txt):
// 0.500 (3/6) / 1.000 (3/3) / 0.323 (P 0.438, R 0.256).
var officialEleventhFloors = officialFloorSet{0.49, 0.99, 0.32}

// officialHundredThirtySevenFloors are the floors of TestOfficialDev on the
// first eleven batches together, the 137 texts "all batches" meant before the
// twelfth batch was added (officialAllFloors as they stood then).
// Seventeenth session (lane subj), raised to just below the new measure.
// Nineteenth session: raised to just below the figures after names with
// initials ("H.R. McMaster"): all 143 0.827 / 0.837 / 0.703; the 137 0.862 / 0.840 / 0.708.
var officialHundredThirtySevenFloors = officialFloorSet{0.86, 0.83, 0.70}

// officialTwelfthFloors are the floors of TestOfficialDev on the twelfth
// batch's 6 development texts, measured when the batch was added (sixteenth
// session, lane gold12), before any rule was written from them; the default
// stance model has not trained on them (internal/defaultmodel/official_untrained.txt):
// 0.182 (2/11) / 0.500 (1/2) / 0.462 (P 0.783, R 0.327), 2 spurious actors.
// Seventeenth session (lane subj), raised to just below the new measure.
var officialTwelfthFloors = officialFloorSet{0.36, 0.74, 0.56}

// officialSixthFloors are the floors of TestOfficialDev on the sixth batch's
// 16 development texts (sites and countries the earlier batches did not
// use), measured when the batch was added, before any rule was written from
// them: 0.588 / 0.400 / 0.447. Ninth session (rules written from its
// errors and the other batches'): 0.882 / 0.733 / 0.726.
// Tenth session, the default stance model trained on these texts' statements (in-sample; the honest figure is TestOfficialTextCV's):
// 0.882 / 0.800 / 0.726.
// Seventeenth session (lane subj), raised to just below the new measure.
var officialSixthFloors = officialFloorSet{0.94, 0.81, 0.72}

// TestOfficialSealed scores the sealed test texts. It runs only when
// STANCEKIT_SEALED=1: the sealed texts are scored once, at the end, and
// every run is recorded in RESULTS.md.
func TestOfficialSealed(t *testing.T) {
	if os.Getenv("STANCEKIT_SEALED") != "1" {
		t.Skip("sealed test: set STANCEKIT_SEALED=1 (and record the run in RESULTS.md)")
	}
	s := scoreOfficial(t, loadOfficial(t, "sealed"))
	s.log(t, "official sealed (all batches)")
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 0))
	s.log(t, "official sealed (first batch, 16 texts)")
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 2))
	s.log(t, "official sealed (third batch, 9 texts)")
	// The fourth and fifth batches were added in the seventh session and
	// split before anything scored them: together, the texts nobody read.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 3))
	s.log(t, "official sealed (fourth batch, 6 texts)")
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 4))
	s.log(t, "official sealed (fifth batch, 7 texts)")
	s = scoreOfficial(t, mergeGold(loadOfficialBatch(t, "sealed", 3), loadOfficialBatch(t, "sealed", 4)))
	s.log(t, "official sealed (fourth and fifth batches, 13 texts)")
	// The sixth batch was added in the eighth session, after every sealed
	// text of the five earlier batches had been read in detail, and split
	// before anything scored it: the texts nobody has read.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 5))
	s.log(t, "official sealed (sixth batch, 15 texts)")
	// The seventh batch was added after every sealed text of the six earlier
	// batches had been scored at least once, and split before anything
	// scored it.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 6))
	s.log(t, "official sealed (seventh batch, 11 texts)")
	// The eighth batch (tenth session), likewise: split before anything
	// scored it, first scored in that session's one look.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 7))
	s.log(t, "official sealed (eighth batch, 11 texts)")
	// The ninth batch (twelfth session): added after every sealed text of
	// the eight earlier batches had been scored, split before anything
	// scored it; its sealed half has not been scored.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 8))
	s.log(t, "official sealed (ninth batch, 10 texts)")
	// The tenth batch (thirteenth session): added after every sealed text
	// of the nine earlier batches had been scored, split before anything
	// scored it; its sealed half has not been scored.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 9))
	s.log(t, "official sealed (tenth batch, 7 texts)")
	// The eleventh batch (fifteenth session): added after every sealed text
	// of the ten earlier batches had been scored, split before anything
	// scored it; its sealed half has not been scored.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 10))
	s.log(t, "official sealed (eleventh batch, 9 texts)")
	// The twelfth batch (sixteenth session, lane gold12): added after every
	// sealed text of the eleven earlier batches had been scored, split
	// before anything scored it; its sealed half has not been scored.
	s = scoreOfficial(t, loadOfficialBatch(t, "sealed", 11))
	s.log(t, "official sealed (twelfth batch, 5 texts)")
}

// TestNoJunkActors checks that no pronoun, wh-word or bare role noun is
// ever listed as an actor, on every text of both gold sets.
func TestNoJunkActors(t *testing.T) {
	a, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, part := range []string{"dev", "sealed"} {
		g := loadOfficial(t, part)
		for _, n := range g.names {
			texts = append(texts, g.docs[n])
		}
	}
	for _, doc := range loadGold(t).docs {
		texts = append(texts, doc)
	}
	for _, text := range texts {
		res, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, ac := range res.Actors {
			if isJunkActorName(ac.Name) {
				t.Errorf("junk actor %q (%d statements)", ac.Name, len(ac.Statements))
			}
		}
	}
}

// junkWords are single words that can never name an actor.
var junkWords = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"who": true, "what": true, "which": true, "whom": true, "this": true, "that": true, "these": true, "those": true,
	"minister": true, "official": true, "officials": true, "spokesperson": true, "spokesman": true, "report": true,
	"government": true, "the government": true, "senator": true, "member": true, "the minister": true, "the official": true,
	"prime minister": true, "the prime minister": true, "foreign minister": true, "vice president": true}

func isJunkActorName(n string) bool {
	return junkWords[strings.ToLower(strings.TrimSpace(n))]
}
