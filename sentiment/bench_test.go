package sentiment_test

import (
	"strings"
	"testing"

	"github.com/jonreiter/govader"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// benchStatement is a typical ~150-byte news statement.
const benchStatement = "Huawei's chairman said the company had never been asked to install backdoors, but critics warned the ban was a serious risk to national security."

func benchScore(b *testing.B, opts ...sentiment.Option) {
	a := mustNew(b, opts...)
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		a.Score(benchStatement)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkPolarityTokens is the default analyser scoring the statement
// from its tokens, compound and label only, as attribution does.
func BenchmarkPolarityTokens(b *testing.B) {
	a := mustNew(b)
	tk, err := tokenize.Default()
	if err != nil {
		b.Fatal(err)
	}
	toks := tk.Tokens(benchStatement)
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	for b.Loop() {
		a.PolarityTokens(benchStatement, toks, 0, len(benchStatement))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkScore is the default analyser (rules, domain layer and the
// learned calibration).
func BenchmarkScore(b *testing.B) { benchScore(b) }

// BenchmarkScoreUncalibrated is the rules and the domain layer.
func BenchmarkScoreUncalibrated(b *testing.B) { benchScore(b, sentiment.WithoutCalibration()) }

// BenchmarkScoreRulesOnly is plain VADER rules.
func BenchmarkScoreRulesOnly(b *testing.B) { benchScore(b, sentiment.WithProfile(sentiment.VADER)) }

// BenchmarkScoreSocial is the Social profile (rules without the domain
// layer, and the social calibration).
func BenchmarkScoreSocial(b *testing.B) { benchScore(b, sentiment.WithProfile(sentiment.Social)) }

// BenchmarkScoreParallel measures throughput with all cores sharing one
// Analyzer.
func BenchmarkScoreParallel(b *testing.B) {
	a := mustNew(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			a.Score(benchStatement)
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkGovader is the same statement through govader directly, for
// comparison.
func BenchmarkGovader(b *testing.B) {
	gv := govader.NewSentimentIntensityAnalyzer()
	b.ReportAllocs()
	for b.Loop() {
		gv.PolarityScores(benchStatement)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkArticle scores a 20-sentence article, sentence splitting included.
func BenchmarkArticle(b *testing.B) {
	a := mustNew(b)
	text := strings.Repeat(benchStatement+" ", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.Article(text)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkStanceOnly and BenchmarkStanceAndSentiment measure what the
// sentiment layer costs on top of stance for the same statement: the issue's
// bar is that sentiment must not halve the stance throughput.
func BenchmarkStanceOnly(b *testing.B) { benchStance(b, false) }

// BenchmarkStanceAndSentiment classifies stance and scores sentiment.
func BenchmarkStanceAndSentiment(b *testing.B) { benchStance(b, true) }

func benchStance(b *testing.B, withSentiment bool) {
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	a := mustNew(b)
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Predict(benchStatement); err != nil {
			b.Fatal(err)
		}
		if withSentiment {
			a.Score(benchStatement)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}
