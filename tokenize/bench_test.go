package tokenize

import (
	"testing"

	prosetok "github.com/jdkato/prose/v3/tokenize"
)

const benchStatement = "“We have found no evidence that Huawei has installed backdoors,” the Commission's vice-president Andrus Ansip said on Tuesday, adding that the EU would not call for a ban."

func BenchmarkTokens(b *testing.B) {
	tk := mustNew(b)
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Tokens(benchStatement)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

func BenchmarkAppendTokensArticle(b *testing.B) {
	tk := mustNew(b)
	src := allArticles(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	buf := make([]Token, 0, 10000)
	for b.Loop() {
		buf = tk.AppendTokens(buf[:0], src)
	}
}

// BenchmarkProseTokenize is the baseline the fast path is measured against.
func BenchmarkProseTokenize(b *testing.B) {
	pt := prosetok.New()
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	for b.Loop() {
		pt.Tokenize(benchStatement)
	}
}

func BenchmarkSentences(b *testing.B) {
	tk := mustNew(b)
	src := allArticles(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Sentences(src)
	}
}

func BenchmarkStemCached(b *testing.B) {
	words := []string{"banning", "vendors", "security", "concerns", "operators", "networks"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Stem(words[i%len(words)])
		i++
	}
}

// allArticles returns the five corpus articles as one text (in map order,
// which the benchmarks do not depend on).
func allArticles(b testing.TB) string {
	var src string
	for _, s := range articles(b) {
		src += s
	}
	return src
}

// BenchmarkAppendTokensLexemes is the tokenizer as the prediction path
// runs it: one statement, tokens and lexemes into reused buffers.
func BenchmarkAppendTokensLexemes(b *testing.B) {
	tk := mustNew(b)
	b.SetBytes(int64(len(benchStatement)))
	b.ReportAllocs()
	var toks []Token
	var lx []*Lexeme
	for b.Loop() {
		toks, lx = tk.AppendTokensLexemes(toks[:0], lx[:0], benchStatement)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}
