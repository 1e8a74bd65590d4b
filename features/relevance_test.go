package features

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/tokenize"
)

// TestRelevanceGolden checks the relevance block of relevance.tsv against
// testdata/relevance_golden.tsv: each sentence's features, as a Vectorizer
// with Config.Relevance finds them.
func TestRelevanceGolden(t *testing.T) {
	f, err := os.Open("testdata/relevance_golden.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	lists, err := DefaultRelevanceLists()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("relevance_golden.tsv: no tab in %q", line)
		}
		var stems []string
		for _, tok := range tk.Tokens(text) {
			st := ""
			if tok.IsWord() {
				st = tokenize.Stem(tok.Norm)
			}
			stems = append(stems, st)
		}
		if got := strings.Join(lists.Analyze(text, stems).Names(), " "); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
		n++
	}
	if n < 5 {
		t.Fatalf("%d golden sentences", n)
	}
}

func TestRelevanceDataFile(t *testing.T) {
	if first, _, _ := strings.Cut(DefaultRelevanceData(), "\n"); first != RelevanceHeader {
		t.Errorf("relevance.tsv starts %q, want %q", first, RelevanceHeader)
	}
	if RelevanceHeader != tsv.Header("relevance", 1) {
		t.Errorf("RelevanceHeader %q is not the tsv header", RelevanceHeader)
	}
	for name, src := range map[string]string{
		"no version":   "target\thuawei\n",
		"unknown role": RelevanceHeader + "\nnoun\thuawei\n",
		"no phrase":    RelevanceHeader + "\ntarget\t \n",
		"empty choice": RelevanceHeader + "\ntarget\thuawei|\n",
		"five words":   RelevanceHeader + "\ntarget\ta b c d e\n",
		"no entries":   RelevanceHeader + "\n# nothing\n",
	} {
		if _, err := ReadRelevanceLists(src); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// With Config.Relevance the block follows the cue block, one feature per
// name at the configured value, and a restored vectoriser gives the same
// vectors; without it no "R:" feature exists.
func TestVectorizerRelevance(t *testing.T) {
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{"Britain should ban Huawei.", "Shares rose 3% on Tuesday.", "The operator said it would keep Huawei."}
	for _, rel := range []float64{0, 0.5} {
		cfg := DefaultConfig()
		cfg.Relevance = rel
		v, err := NewVectorizer(cfg, tk, lex)
		if err != nil {
			t.Fatal(err)
		}
		X, err := v.FitTransform(docs)
		if err != nil {
			t.Fatal(err)
		}
		var block []int
		for i, n := range v.Names() {
			if strings.HasPrefix(n, "R:") {
				block = append(block, i)
			}
		}
		if rel == 0 {
			if len(block) != 0 {
				t.Errorf("relevance off: %d R: features", len(block))
			}
			continue
		}
		if len(block) != len(RelevanceFeatureNames()) || block[len(block)-1] != v.Dim()-1 {
			t.Fatalf("block at %v of %d features", block, v.Dim())
		}
		idf := make([]float64, v.NGrams())
		for i := range idf {
			idf[i] = v.IDF(i)
		}
		r, err := Restore(cfg, tk, lex, v.Names(), idf)
		if err != nil {
			t.Fatal(err)
		}
		for d, doc := range docs {
			got, err := v.Transform(doc)
			if err != nil {
				t.Fatal(err)
			}
			again, err := r.Transform(doc)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(X[d]) || fmt.Sprint(again) != fmt.Sprint(got) {
				t.Errorf("%q: fit %v, transform %v, restored %v", doc, X[d], got, again)
			}
			var has []string
			for k, i := range got.Idx {
				if int(i) >= block[0] {
					has = append(has, v.Name(int(i)))
					if got.Val[k] != rel {
						t.Errorf("%q: %s = %v, want %v", doc, v.Name(int(i)), got.Val[k], rel)
					}
				}
			}
			if len(has) == 0 {
				t.Errorf("%q: no relevance feature", doc)
			}
		}
	}
	bad := DefaultConfig()
	bad.Relevance = -1
	if _, err := NewVectorizer(bad, tk, lex); err == nil {
		t.Error("negative Relevance accepted")
	}
}

// Hostile statements (long runs of target words, punctuation, quotes,
// figures, invalid UTF-8) give a relevance set without panicking, and a
// statement of n repeated phrases costs time linear in n.
func TestRelevanceHostile(t *testing.T) {
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Relevance = 1
	v, err := NewVectorizer(cfg, tk, lex)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Fit([]string{"Britain should ban Huawei.", "Shares rose."}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"", "\"", "“”„", "\xff\xfe", strings.Repeat("huawei ", 100000), strings.Repeat("chinese ", 50000) + "vendor",
		strings.Repeat("rip and ", 30000), strings.Repeat(",", 200000), strings.Repeat("1 ", 100000),
	} {
		if _, err := v.Transform(s); err != nil {
			t.Errorf("%.20q: %v", s, err)
		}
	}
	lists, err := DefaultRelevanceLists()
	if err != nil {
		t.Fatal(err)
	}
	stems := make([]string, 0, 40000)
	for range 10000 {
		stems = append(stems, "chines", "", "high-risk", "5g")
	}
	if got := lists.Analyze("", stems); got&RTarget == 0 || got&RLong == 0 {
		t.Errorf("long run: %v", got.Names())
	}
}
