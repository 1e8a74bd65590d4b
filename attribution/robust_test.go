package attribution

import (
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

func defaultModel(t testing.TB) *stance.Model {
	t.Helper()
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// withSentiment is an Analyzer with the default stance model and the
// default sentiment analyser, as classify -article builds it.
func withSentiment(t testing.TB) *Analyzer {
	t.Helper()
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(defaultModel(t), nil, WithSentiment(sa))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkResult asserts the invariants every Result keeps: offsets locate
// their text, statements come in text order, every actor's statements are
// statements of the result, and probabilities sum to 1.
func checkResult(t *testing.T, text string, res *Result) {
	t.Helper()
	checkOffsets(t, text, res)
	prev := -1
	seen := map[[2]int]bool{}
	for _, s := range res.Statements {
		if s.Start < prev {
			t.Fatalf("statements out of order at %d", s.Start)
		}
		prev = s.Start
		seen[[2]int{s.Start, s.End}] = true
		checkProbs(t, s.Prediction.Probs)
	}
	n := 0
	for _, a := range res.Actors {
		checkProbs(t, a.Probs)
		for _, s := range a.Statements {
			if !seen[[2]int{s.Start, s.End}] {
				t.Fatalf("actor %s has a statement [%d:%d] the result does not list", a.Name, s.Start, s.End)
			}
			n++
		}
	}
	if n != len(res.Statements) {
		t.Fatalf("actors hold %d statements, the result lists %d", n, len(res.Statements))
	}
}

func checkProbs(t *testing.T, p stance.Probs) {
	t.Helper()
	if len(p) == 0 {
		return
	}
	var sum float64
	for _, lp := range p {
		if math.IsNaN(lp.P) || lp.P < 0 {
			t.Fatalf("probability %v", lp.P)
		}
		sum += lp.P
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Fatalf("probabilities sum to %v", sum)
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add(sample)
	f.Add("")
	f.Add("“unbalanced, he said. ‘Nested “deep” quotes’” Ken Hu said.")
	f.Add(strings.Repeat("\"", 2000) + " Huawei said the ban was wrong.")
	f.Add("Huawei\x00 said\xff that the ban \x1b is wrong.")
	f.Add("华为表示没有证据。Huawei said “no evidence” exists, Hu said.")
	a, err := New(defaultModel(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := a.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, text, res)
		again, _ := a.Analyze(text)
		if len(again.Statements) != len(res.Statements) || len(again.Actors) != len(res.Actors) {
			t.Fatal("analysis is not deterministic")
		}
	})
}

// TestNastyArticles covers the inputs of the robustness issue that
// TestBadInput does not, with the real default model.
func TestNastyArticles(t *testing.T) {
	a, err := New(defaultModel(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	one, err := a.Analyze(sample)
	if err != nil || len(one.Statements) == 0 {
		t.Fatalf("sample: %v, %d statements", err, len(one.Statements))
	}
	for name, text := range map[string]string{
		"100,000 quote marks": strings.Repeat("\"", 50_000) + "\n\n" + sample + "\n\n" + strings.Repeat("“”", 25_000),
		"right-to-left":       "\u202eهواوي\u202c قالت الشركة.\n\n" + sample,
		"emoji":               strings.ReplaceAll(sample, "\n\n", " 🚫📡👍🏽\n\n"),
	} {
		t.Run(name, func(t *testing.T) {
			res, err := a.Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, text, res)
			if len(res.Statements) < len(one.Statements) {
				t.Errorf("%d statements, the sample alone has %d: statements lost", len(res.Statements), len(one.Statements))
			}
		})
	}
}

// TestFiftyMegabyteArticle checks that a 50 MB article is analysed whole
// with nothing lost: every copy of the sample yields its statements.
func TestFiftyMegabyteArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB")
	}
	a, err := New(fixedClassifier{}, nil, WithMaxBytes(64<<20))
	if err != nil {
		t.Fatal(err)
	}
	one, _ := a.Analyze(sample)
	unit := sample + "\n\n"
	copies := 50 << 20 / len(unit)
	text := strings.Repeat(unit, copies)
	res, err := a.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, text, res)
	if want := copies * len(one.Statements); len(res.Statements) != want {
		t.Errorf("%d statements in %d copies of a %d-statement sample, want %d", len(res.Statements), copies, len(one.Statements), want)
	}
}
