package attribution

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/internal/synth"
	"github.com/stancekit/stancekit/sentiment"
)

// A statement's sentiment, read from the tokens of its line
// (sentiment.PolarityTokens), is what scoring its text gives
// (sentiment.Score), on every corpus article and 300 generated ones, with
// the stance model and without a classifier (where the lines' tokens are
// kept for sentiment alone).
func TestStatementSentimentFromTokens(t *testing.T) {
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	withModel := withSentiment(t)
	bare, err := New(nil, nil, WithSentiment(sa))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := corpus.LoadArticles(filepath.Join(corpus.Dir(), "articles"))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, text := range arts {
		texts = append(texts, text)
	}
	sort.Strings(texts)
	src, err := synth.CorpusSources()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := synth.Write(&b, synth.Config{N: 300, Seed: 1, Sources: src}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var art struct{ Text string }
		if err := json.Unmarshal([]byte(line), &art); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, art.Text)
	}
	n := 0
	for _, a := range []*Analyzer{withModel, bare} {
		for _, text := range texts {
			stmts, err := a.Statements(text)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range stmts {
				want := sa.Score(s.Text)
				if s.Sentiment == nil || s.Sentiment.Compound != jsonnum.Round(want.Compound) || s.Sentiment.Label != want.Label {
					t.Fatalf("%q: sentiment %+v, Score %v %v", s.Text, s.Sentiment, want.Compound, want.Label)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d statements", n)
	}
	t.Logf("%d statements", n)
}
