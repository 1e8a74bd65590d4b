package sentiment_test

import (
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/datatest"
	"github.com/stancekit/stancekit/internal/senteval"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/tokenize"
)

// sameScore reports how two scores differ, bit for bit ("" when they do
// not): every float is compared by its bits, so that a path that rounds
// differently, or gives -0 for 0, is caught.
func sameScore(a, b sentiment.Score) string {
	f := func(name string, x, y float64) string {
		if math.Float64bits(x) != math.Float64bits(y) {
			return fmt.Sprintf("%s %v (%#x) != %v (%#x)", name, x, math.Float64bits(x), y, math.Float64bits(y))
		}
		return ""
	}
	for _, d := range []string{
		f("compound", a.Compound, b.Compound), f("pos", a.Pos, b.Pos), f("neg", a.Neg, b.Neg),
		f("neu", a.Neu, b.Neu), f("sum", a.Sum, b.Sum), f("uncalibrated", a.Uncalibrated, b.Uncalibrated),
	} {
		if d != "" {
			return d
		}
	}
	if a.Label != b.Label || a.Truncated != b.Truncated {
		return fmt.Sprintf("label/truncated %v/%v != %v/%v", a.Label, a.Truncated, b.Label, b.Truncated)
	}
	if len(a.Drivers) != len(b.Drivers) {
		return fmt.Sprintf("%d drivers != %d", len(a.Drivers), len(b.Drivers))
	}
	for i := range a.Drivers {
		x, y := a.Drivers[i], b.Drivers[i]
		if x.Text != y.Text || x.Start != y.Start || x.End != y.End || x.Rule != y.Rule ||
			math.Float64bits(x.Valence) != math.Float64bits(y.Valence) {
			return fmt.Sprintf("driver %d %+v != %+v", i, x, y)
		}
	}
	return ""
}

// checkTokenPath asserts that scoring src[start:end] from src's tokens
// gives Score's result bit for bit, and Polarity's compound and label.
func checkTokenPath(t testing.TB, a *sentiment.Analyzer, src string, toks []tokenize.Token, start, end int) {
	t.Helper()
	want := a.Score(src[start:end])
	if d := sameScore(a.ScoreTokens(src, toks, start, end), want); d != "" {
		t.Fatalf("ScoreTokens(%d:%d) of %.80q differs from Score: %s", start, end, src[start:end], d)
	}
	c, l := a.PolarityTokens(src, toks, start, end)
	if math.Float64bits(c) != math.Float64bits(want.Compound) || l != want.Label {
		t.Fatalf("PolarityTokens(%d:%d) of %.80q: %v %v, Score %v %v", start, end, src[start:end], c, l, want.Compound, want.Label)
	}
	c, l = a.Polarity(src[start:end])
	if math.Float64bits(c) != math.Float64bits(want.Compound) || l != want.Label {
		t.Fatalf("Polarity of %.80q: %v %v, Score %v %v", src[start:end], c, l, want.Compound, want.Label)
	}
}

// tokenPathTexts are the texts the token path is checked on: every line of
// the corpus articles, every quote of the article corpus, every statement
// of testdata/statements outside its sealed test split (which is not read),
// and, when the shared data is there, every text of the sentiment gold
// sets. It reports which were missing.
func tokenPathTexts(t *testing.T) (texts []string, missing []string) {
	t.Helper()
	arts, err := corpus.LoadArticles(filepath.Join(corpus.Dir(), "articles"))
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(arts))
	for n := range arts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		texts = append(texts, arts[n])
		texts = append(texts, strings.Split(arts[n], "\n")...)
	}
	qs, err := corpus.LoadQuotes(filepath.Join(corpus.Dir(), "quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		texts = append(texts, q.Text)
	}
	all, err := corpus.LoadStatementDir(corpus.StatementsDir())
	if err != nil {
		t.Fatal(err)
	}
	open, _ := corpus.Select(all, corpus.Train, corpus.Dev) // never the sealed test split
	for _, s := range open {
		texts = append(texts, s.Text)
	}
	for _, set := range senteval.Sets {
		rows, err := senteval.Load(dataDir(), set)
		if errors.Is(err, senteval.ErrNoData) {
			missing = append(missing, filepath.Join(dataDir(), set.Dir))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			texts = append(texts, r.Text)
		}
	}
	return texts, missing
}

// The token path (ScoreTokens, PolarityTokens) gives Score's result bit
// for bit on every text of tokenPathTexts, with every profile: the whole
// text from its own tokens, and sub-spans of it (its sentences, and spans
// that start and end inside tokens and inside characters) from the whole
// text's tokens.
func TestScoreTokensMatchesScore(t *testing.T) {
	as, err := fuzzAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts, missing := tokenPathTexts(t)
	spans := 0
	for _, text := range texts {
		toks := tk.Tokens(text)
		for _, a := range as {
			checkTokenPath(t, a, text, toks, 0, len(text))
			spans++
		}
		// sub-spans, with the News profile: the sentences, and spans cut
		// at every 31st byte (inside words, tokens and characters alike)
		a := as[0]
		for _, s := range tk.SentencesOf(text, toks) {
			checkTokenPath(t, a, text, toks, s.Start, s.End)
			spans++
		}
		for i := 0; i < len(text); i += 31 {
			for _, j := range []int{i + 1, i + 7, i + 40, len(text)} {
				checkTokenPath(t, a, text, toks, i, min(j, len(text)))
				spans++
			}
		}
	}
	t.Logf("%d texts, %d spans scored both ways", len(texts), spans)
	for _, m := range missing {
		datatest.Skip(t, m)
	}
}

// Tokens that do not fit the text, or a span outside it, never panic: out
// of order or out of bounds they are not used, and a span outside the text
// scores as the empty text.
func TestScoreTokensBadInput(t *testing.T) {
	a, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	src := "The ban is not good, but the deal is great!"
	for _, toks := range [][]tokenize.Token{
		nil,
		{},
		{{Start: 10, End: 5}},
		{{Start: 0, End: 3}, {Start: 2, End: 6}},
		{{Start: 0, End: len(src) + 1}},
		{{Start: -4, End: -1}},
	} {
		checkTokenPath(t, a, src, toks, 0, len(src))
		checkTokenPath(t, a, src, toks, 4, 20)
	}
	empty := a.Score("")
	for _, sp := range [][2]int{{-1, 3}, {3, 2}, {0, len(src) + 1}} {
		if d := sameScore(a.ScoreTokens(src, nil, sp[0], sp[1]), empty); d != "" {
			t.Fatalf("span %v: %s", sp, d)
		}
		if c, l := a.PolarityTokens(src, nil, sp[0], sp[1]); c != 0 || l != empty.Label {
			t.Fatalf("span %v: %v %v", sp, c, l)
		}
	}
	// A statement longer than MaxStatementBytes is cut as Score cuts it.
	long := strings.Repeat("great news for all ", sentiment.MaxStatementBytes/10)
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkTokenPath(t, a, long, tk.Tokens(long), 3, len(long))
}

// FuzzScoreTokens compares the token path with Score on arbitrary text and
// spans of it, with every profile, and feeds it arbitrary tokens, which
// must never make it panic.
func FuzzScoreTokens(f *testing.F) {
	fuzzSeeds(f)
	as, err := fuzzAnalyzers()
	if err != nil {
		f.Fatal(err)
	}
	tk, err := tokenize.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tk.Tokens(text)
		n := len(text)
		spans := [][2]int{{0, n}, {n / 3, n}, {0, 2 * n / 3}, {n / 4, 3 * n / 4}, {1 % (n + 1), n}}
		for _, a := range as {
			for _, sp := range spans {
				checkTokenPath(t, a, text, toks, sp[0], sp[1])
			}
		}
		// arbitrary tokens: made from the text's bytes
		var bad []tokenize.Token
		for i := 0; i+1 < len(text) && len(bad) < 16; i += 2 {
			bad = append(bad, tokenize.Token{Start: int(text[i]) - 8, End: int(text[i+1]) - 8})
		}
		slices.SortFunc(bad, func(x, y tokenize.Token) int { return x.Start - y.Start })
		for _, a := range as {
			a.ScoreTokens(text, bad, 0, n)
			a.PolarityTokens(text, bad, n/2, n)
		}
	})
}
