package attribution

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/proctest"
	"github.com/stancekit/stancekit/stance"
)

// benchArticle is about 5 KB of the corpus's news prose: the Sky News
// article, which has captions, quotes, reported speech and actions.
func benchArticle(b *testing.B) string {
	g := loadGold(b)
	text := g.docs["skynews-2019-03-12-ep-deep-concern-huawei"]
	if len(text) < 4500 || len(text) > 6000 {
		b.Fatalf("bench article is %d bytes, want about 5 KB", len(text))
	}
	return text
}

func benchAnalyze(b *testing.B, cls Classifier, opts ...Option) {
	text := benchArticle(b)
	a, err := New(cls, nil, opts...)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := proctest.CPUTime()
	for b.Loop() {
		if _, err := a.Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// on a shared machine wall time counts other jobs' load; CPU time is
	// what one core spends (run with -cpu 1)
	if cpu := proctest.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkAnalyze is the whole pipeline with the default stance model:
// extraction, attribution, classification and aggregation.
func BenchmarkAnalyze(b *testing.B) {
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchAnalyze(b, m)
}

// BenchmarkAnalyzeHolders is BenchmarkAnalyze with the holder detector
// on (WithHolderDetector): every named actor's sentences are classified.
func BenchmarkAnalyzeHolders(b *testing.B) {
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchAnalyze(b, m, WithHolderDetector())
}

// BenchmarkExtract is extraction and attribution alone.
func BenchmarkExtract(b *testing.B) { benchAnalyze(b, nil) }

// BenchmarkAnalyzeLarge is a 1 MB article, for scaling.
func BenchmarkAnalyzeLarge(b *testing.B) {
	text := strings.Repeat(benchArticle(b)+"\n\n", 200)
	a, err := New(nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := a.Analyze(text); err != nil {
			b.Fatal(err)
		}
	}
}
