package attribution

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// aggText is one development text's statements (classified once) and gold.
type aggText struct {
	name  string
	stmts []Statement
	g     *goldCorpus
}

// aggScore is one text's figures under one aggregation setting.
type aggScore struct{ gold, found, ok, spurious int }

// scoreAgg re-weighs and re-aggregates one text's statements under g.
func scoreAgg(t aggText, g aggSettings) aggScore {
	stmts := make([]Statement, len(t.stmts))
	copy(stmts, t.stmts)
	for i := range stmts {
		stmts[i].Weight = g.weight(stmts[i])
	}
	res := &Result{Statements: stmts, Actors: g.aggregate(stmts)}
	var as actorScores
	scoreActors(t.g, t.name, res, &as)
	return aggScore{gold: as.gold, found: as.found, ok: as.labelOK, spurious: len(spuriousActors(t.g, t.name, res))}
}

// aggObjective is what the choice maximises: gold actors labelled right,
// less half a point for each labelled actor the gold does not have.
func aggObjective(s aggScore) float64 { return float64(s.ok) - 0.5*float64(s.spurious) }

// aggGrid is the settings the leave-one-text-out choice picks from.
func aggGrid() []aggSettings {
	var out []aggSettings
	for _, ab := range []float64{0, 0.6, 0.75, 0.9} {
		for _, aw := range []float64{0.1, 0.3} {
			if ab == 0 && aw != 0.1 {
				continue
			}
			for _, rw := range []float64{0.25, 0.5, 1} {
				for _, mw := range []float64{0.1, 0.2, 0.3, 0.5, 0.8} {
					for _, sw := range []float64{0.6, 0.9, 1} {
						for _, cp := range []float64{0, 1, 2} {
							for _, vote := range []bool{false, true} {
								for _, cs := range []float64{1, 0.8, 0.65} {
									kinds := map[Kind]float64{}
									for k, v := range kindWeight {
										kinds[k] = v
									}
									kinds[KindStatement] = sw
									out = append(out, aggSettings{abstainBelow: ab, abstainWeight: aw, reportedWeight: rw, minWeight: mw,
										kinds: kinds, confPower: cp, vote: vote, scale: map[stance.Label]float64{stance.Cautious: cs}})
								}
							}
						}
					}
				}
			}
		}
	}
	return out
}

func (g aggSettings) String() string {
	return fmt.Sprintf("abstain<%.2f×%.2f reported×%.2f min %.2f statement %.2f conf^%.0f vote %v cautious×%.2f",
		g.abstainBelow, g.abstainWeight, g.reportedWeight, g.minWeight, g.kinds[KindStatement], g.confPower, g.vote, g.scale[stance.Cautious])
}

// TestAggregationLOTO chooses the aggregation settings by leave-one-text-out
// cross-validation over the first three batches' development texts (never
// the sealed ones): for
// each text, the setting best on the other texts is applied to it, and the
// held-out figures are summed. It also prints the setting best on all texts
// and the package's own. Runs only with STANCEKIT_AGG_CV=1.
func TestAggregationLOTO(t *testing.T) {
	if os.Getenv("STANCEKIT_AGG_CV") != "1" {
		t.Skip("set STANCEKIT_AGG_CV=1 to run the leave-one-text-out choice of the aggregation settings")
	}
	// the first three batches' 58 texts, the set the choice was made on
	g := mergeGold(loadOfficialBatch(t, "dev", 0), loadOfficialBatch(t, "dev", 1), loadOfficialBatch(t, "dev", 2))
	a, err := New(defaultModel(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []aggText
	for _, n := range g.names {
		res, err := a.Analyze(g.docs[n])
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, aggText{name: n, stmts: res.Statements, g: g})
	}
	grid := append([]aggSettings{defaultAgg}, aggGrid()...)
	for i := range grid {
		grid[i].defending, grid[i].defendingStates = a.lx.defendingVendors, a.lx.defendingStates
	}
	scores := make([][]aggScore, len(grid))
	total := make([]float64, len(grid))
	for i, st := range grid {
		scores[i] = make([]aggScore, len(texts))
		for j, tx := range texts {
			scores[i][j] = scoreAgg(tx, st)
			total[i] += aggObjective(scores[i][j])
		}
	}
	sum := func(i int, skip int) (s aggScore) {
		for j, x := range scores[i] {
			if j != skip {
				s.gold += x.gold
				s.found += x.found
				s.ok += x.ok
				s.spurious += x.spurious
			}
		}
		return s
	}
	var held aggScore
	picked := map[int]int{}
	for j := range texts {
		best := 0
		for i := range grid {
			if total[i]-aggObjective(scores[i][j]) > total[best]-aggObjective(scores[best][j]) {
				best = i
			}
		}
		picked[best]++
		x := scores[best][j]
		held.gold += x.gold
		held.found += x.found
		held.ok += x.ok
		held.spurious += x.spurious
	}
	cur := sum(0, -1)
	t.Logf("package settings (%v): label %d/%d, spurious %d", grid[0], cur.ok, cur.found, cur.spurious)
	t.Logf("leave-one-text-out: label %d/%d (%.3f), spurious %d", held.ok, held.found, ratio(held.ok, held.found), held.spurious)
	order := make([]int, len(grid))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return total[order[x]] > total[order[y]] })
	for _, i := range order[:15] {
		s := sum(i, -1)
		t.Logf("  %6.1f label %d/%d spurious %d picked %d: %v", total[i], s.ok, s.found, s.spurious, picked[i], grid[i])
	}
}

// aggStmt is a statement of actor "A" with the given probabilities
// (supportive, cautious, opposed, off_target), labelled with the most
// probable.
func aggStmt(kind Kind, ps ...float64) Statement {
	labels := []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed, stance.OffTarget}
	p := stance.Prediction{Probs: make(stance.Probs, len(ps)), Cues: []stance.CueHit{{}}}
	for i, v := range ps {
		p.Probs[i] = stance.LabelProb{Label: labels[i], P: v}
		if v > p.Confidence {
			p.Label, p.Confidence = labels[i], v
		}
	}
	return Statement{Actor: "A", Kind: kind, Prediction: p}
}

// TestAggregationSettings checks the settings the leave-one-text-out
// choice varies: the package's defaults reproduce aggregate, a vote counts
// labels rather than probabilities, confidence can weigh a statement, and
// an off-target statement gives no position under any setting.
func TestAggregationSettings(t *testing.T) {
	stmts := []Statement{aggStmt(KindQuote, 0.45, 0.05, 0.4, 0.1), aggStmt(KindQuote, 0.45, 0.05, 0.4, 0.1), aggStmt(KindQuote, 0.05, 0.05, 0.8, 0.1),
		aggStmt(KindQuote, 0.05, 0.05, 0.1, 0.8)}
	label := func(g aggSettings) stance.Label {
		ss := slices.Clone(stmts)
		for i := range ss {
			ss[i].Weight = g.weight(ss[i])
		}
		if w := g.weight(ss[3]); w != 0 {
			t.Errorf("%v: off-target statement weighs %v", g, w)
		}
		return g.aggregate(ss)[0].Label
	}
	for i := range stmts {
		stmts[i].Weight = weight(stmts[i])
	}
	if got, want := aggregate(stmts)[0].Label, defaultAgg.aggregate(stmts)[0].Label; got != want || got != stance.Opposed {
		t.Errorf("default aggregation: %s, settings %s, want opposed", got, want)
	}
	vote := defaultAgg
	vote.vote = true
	if got := label(vote); got != stance.Supportive {
		t.Errorf("vote: %s, want supportive (two statements of three)", got)
	}
	conf := vote
	conf.confPower = 4
	if got := label(conf); got != stance.Opposed {
		t.Errorf("vote weighed by confidence^4: %s, want opposed", got)
	}
	high := defaultAgg
	high.minWeight = 10
	if got := label(high); got != "" {
		t.Errorf("minimum weight 10: label %q, want none", got)
	}
}
