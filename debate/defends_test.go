package debate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/debate"
	"github.com/stancekit/stancekit/stance"
)

// TestDefendingActorsAgreeWithArticles: an actor that defends the vendors
// (attribution's defending_vendors and defending_states) gets, over one
// article, the position classify -article gives it. Before the Aggregator
// took the analyser's Defends, the corpus level counted Huawei's and the
// Chinese government's rebuttals as opposed while the article said
// supportive ("vendor-voice" below is such a case: the model reads the
// spokesman's sentence as opposed). The texts are the five corpus articles
// and the made-up statements below; no sealed official text is read.
func TestDefendingActorsAgreeWithArticles(t *testing.T) {
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	an, err := attribution.New(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"rebuttal":     `Huawei said the claims that its equipment poses a security risk were baseless and politically motivated. "There is no evidence of any backdoor," a Huawei spokesman said.`,
		"vendor-voice": `"Networks must be secure against spying, and vendors that spy must be excluded," a Huawei spokesman said.`,
		"ministry":     `China's foreign ministry said the United States was abusing national security to suppress Chinese companies. "Huawei poses no threat to anyone," spokesman Geng Shuang said.`,
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(f)] = string(b)
	}
	defending := 0
	for name, text := range texts {
		res, err := an.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := debate.Analyze(an, debate.Article{ID: name, Date: "2019-03-01", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		agg := debate.NewAggregator(debate.Year)
		agg.Defends = an.Defends
		for _, r := range recs {
			agg.Add(r)
		}
		got := map[string]stance.Label{}
		for _, p := range agg.Positions() {
			got[p.Actor] = p.Label
		}
		for _, a := range res.Actors {
			if a.Label == "" || !an.Defends(a.Name, a.Type) {
				continue
			}
			defending++
			if got[a.Name] != a.Label {
				t.Errorf("%s: %s is %s in the article, %q in the corpus positions", name, a.Name, a.Label, got[a.Name])
			}
		}
	}
	if defending < 2 {
		t.Fatalf("only %d defending actors with a position in %d texts; the test checks nothing", defending, len(texts))
	}
}

// TestCellDefends: a defending actor's opposed share counts as supportive
// in its position, its statements' counts stay as classified, and the
// mark survives Merge and a JSON round trip.
func TestCellDefends(t *testing.T) {
	rec := func(text string, l stance.Label, p stance.Probs) debate.Record {
		return debate.Record{ArticleID: "a", Date: "2020-01-02", Actor: "Huawei", ActorType: "company",
			Text: text, Label: l, Confidence: 0.7, Probs: p, Weight: 1}
	}
	opp := stance.Probs{{Label: stance.Supportive, P: 0.2}, {Label: stance.Cautious, P: 0.1}, {Label: stance.Opposed, P: 0.7}}
	plain, marked := debate.NewCell("Huawei", "2020"), debate.NewCell("Huawei", "2020")
	marked.Defends = true
	for _, c := range []*debate.Cell{plain, marked} {
		c.Add(rec("The accusations are baseless.", stance.Opposed, opp))
	}
	if p := plain.Position(); p.Label != stance.Opposed {
		t.Errorf("unmarked: %s, want opposed", p.Label)
	}
	p := marked.Position()
	if p.Label != stance.Supportive || p.Counts[stance.Opposed] != 1 {
		t.Errorf("marked: %s with counts %v, want supportive with the one opposed statement counted", p.Label, p.Counts)
	}
	merged := debate.NewCell("Huawei", "2020")
	if err := merged.Merge(marked); err != nil || !merged.Defends {
		t.Errorf("Merge: defends %v, error %v", merged.Defends, err)
	}
	b, err := marked.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back debate.Cell
	if err := back.UnmarshalJSON(b); err != nil || !back.Defends || back.Position().Label != stance.Supportive {
		t.Errorf("JSON round trip: %s, defends %v, error %v", strings.TrimSpace(string(b))[:40], back.Defends, err)
	}
}
