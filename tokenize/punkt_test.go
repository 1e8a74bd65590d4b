package tokenize

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/tokenize/internal/punktgen"
	"gopkg.in/neurosnap/sentences.v1"
)

// The committed tables are what `go generate ./tokenize` writes.
func TestPunktTablesAreGenerated(t *testing.T) {
	want, err := punktgen.Source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(punktgen.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("tokenize/%s (%d bytes) is not what `go generate ./tokenize` writes (%d bytes): regenerate and commit it", punktgen.File, len(got), len(want))
	}
}

// The tables hold prose's model, entry for entry, in both directions.
func TestPunktTablesMatchModel(t *testing.T) {
	st, err := punktgen.Model()
	if err != nil {
		t.Fatal(err)
	}
	p := newPunkt()
	for name, c := range map[string]struct {
		got  []string
		set  map[string]int
		have map[string]int
	}{
		"abbreviations": {punktAbbrevs[:], st.AbbrevTypes, p.abbrevs},
		"collocations":  {punktCollocations[:], st.Collocations, p.collocations},
		"starters":      {punktStarters[:], st.SentStarters, p.starters},
	} {
		if len(c.got) != len(c.set) || len(c.have) != len(c.set) {
			t.Errorf("%s: %d in the table, %d in the segmenter, %d in the model", name, len(c.got), len(c.have), len(c.set))
		}
		if !slices.IsSorted(c.got) {
			t.Errorf("%s: table not sorted", name)
		}
		for _, k := range c.got {
			if c.set[k] != 1 || c.have[k] != 1 {
				t.Errorf("%s: %q is %d in the model, %d in the segmenter", name, k, c.set[k], c.have[k])
			}
		}
	}
	if len(punktOrtho) != len(st.OrthoContext) {
		t.Errorf("orthographic contexts: %d in the table, %d in the model", len(punktOrtho), len(st.OrthoContext))
	}
	for i, e := range punktOrtho {
		if i > 0 && punktOrtho[i-1].typ >= e.typ {
			t.Fatalf("orthographic contexts not sorted at %q", e.typ)
		}
	}
	for typ, want := range st.OrthoContext {
		if got := orthoContext(typ); got != want {
			t.Errorf("orthographic context of %q: %d, model %d", typ, got, want)
		}
	}
	for _, typ := range []string{"", "zzzzzz-not-a-type", "\xff"} {
		if got := orthoContext(typ); got != st.OrthoContext[typ] {
			t.Errorf("orthographic context of unknown %q: %d", typ, got)
		}
	}
}

// punktEdgeCases are texts around the model's abbreviations, collocations,
// initials, numbers and ellipses, and prose's own rules.
var punktEdgeCases = []string{
	"",
	" ",
	".",
	"...",
	"Sgt. Pepper played. Gov. Brown spoke. See No. 5 on Mt. Fuji. Then it ended.",
	"Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3. They talked.",
	"J. Bach wrote it. The U.S. and the F.B.I. agreed. It was 3.5 per cent. Next.",
	"He said \"stop.\" Then he left! Did he? Yes... Maybe. . . Or not.",
	"The rate fell 2.5%. Analysts, e.g. at Goldman, said so. Etc. and so on.",
	"Huawei (the vendor.) denied it. ‘No.’ he said. “Never.” she said.",
	"Yahoo! is a company. It said so! And then? Nothing.",
	"A. B. C. D. e. f. 1. 2. 3. ##number##. i.e. vs. cf.",
	"Gov. Smith. 25 Commodities. 3 International. b. Smith said. I. Magnin closed.",
	"First line.\nSecond line.\n\nNew paragraph. Last one",
	"Trailing spaces.   \t Then more.  ",
	"Ends without a stop",
	"Prices rose... Investors cheered. Was it real?! Who knows.",
	"\xff\xfe. Bad bytes.\x00 Here.",
}

// punktTexts returns the texts the segmenter is checked on: the edge cases,
// the article corpus, the official texts, the statement and quote corpora
// (each statement alone and runs of them joined), and, when the shared data
// folder is there, the texts of its JSONL files joined the same way.
func punktTexts(t *testing.T) []string {
	t.Helper()
	texts := slices.Clone(punktEdgeCases)
	for _, a := range articles(t) {
		texts = append(texts, a)
	}
	dir := corpus.Dir()
	official, err := filepath.Glob(filepath.Join(dir, "official", "*.txt"))
	if err != nil || len(official) == 0 {
		t.Fatalf("no official texts in %s: %v", dir, err)
	}
	for _, p := range official {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	jsonl, err := filepath.Glob(filepath.Join(dir, "statements", "*.jsonl"))
	if err != nil || len(jsonl) == 0 {
		t.Fatalf("no statement files in %s: %v", dir, err)
	}
	jsonl = append(jsonl, filepath.Join(dir, "quotes.jsonl"))
	shared, _ := filepath.Glob(filepath.Join(corpus.DataDir(), "*", "*.jsonl"))
	if len(shared) == 0 {
		t.Logf("shared data folder %s not found: checking the repository's texts only", corpus.DataDir())
	} else if testing.Short() {
		t.Logf("-short: skipping the %d files of the shared data folder", len(shared))
		shared = nil
	}
	for _, p := range append(jsonl, shared...) {
		rows, err := corpus.LoadLabelled(p)
		if err != nil {
			t.Fatal(err)
		}
		const run = 25
		for i := 0; i < len(rows); i += run {
			var joined, lines strings.Builder
			for _, r := range rows[i:min(i+run, len(rows))] {
				texts = append(texts, r.Text)
				joined.WriteString(r.Text + " ")
				lines.WriteString(r.Text + "\n")
			}
			texts = append(texts, joined.String(), lines.String())
		}
	}
	return texts
}

// The generated tables split every text exactly as prose's segmenter over
// its own decoded model does, whole and paragraph by paragraph (as
// Sentences hands them over).
func TestPunktMatchesProse(t *testing.T) {
	ref, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	p := newPunkt()
	texts := punktTexts(t)
	n := 0
	check := func(text string) {
		t.Helper()
		n++
		got, want := p.Segment(text), ref.Segment(text)
		if !slices.Equal(got, want) {
			t.Errorf("%.80q: sentences differ from prose's\n got %q\nwant %q", text, got, want)
		}
	}
	for _, text := range texts {
		check(text)
		if ps := paragraphs(text); len(ps) > 1 {
			for _, para := range ps {
				check(para.Text)
			}
		}
	}
	t.Logf("%d texts, %d segmentations compared", len(texts), n)
}

// FuzzPunktMatchesProse compares the two segmenters on arbitrary text.
func FuzzPunktMatchesProse(f *testing.F) {
	for _, s := range punktEdgeCases {
		f.Add(s)
	}
	ref, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	p := newPunkt()
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := p.Segment(text), ref.Segment(text); !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	})
}

// BenchmarkSentenceModelSetUp is what the first Sentences call used to pay
// for decoding prose's model, against setting up the generated one.
func BenchmarkSentenceModelSetUp(b *testing.B) {
	b.Run("prose", func(b *testing.B) {
		st, err := punktgen.Model() // prose's segment.New caches its model; decode it afresh
		if err != nil || st == nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := punktgen.Model(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/setup")
	})
	b.Run("generated", func(b *testing.B) {
		for b.Loop() {
			newPunkt()
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/setup")
	})
}

// appendType gives the word tokenizer's Type, on every word of the texts.
func TestPunktAppendType(t *testing.T) {
	p := newPunkt()
	words := []string{"", "a", ",", "A,", "1", "1.", "-1,5.", "U.S.", "É,tat", "x1,2", "٣.", "Ⅻ.",
		"5G", "5g.", "G5", "-", "--1", "-.5", ".-5", "a-.,5", ",5", "1,000.", "$1.5bn", "(2019).", "2019)", "x--", "-,", "1-", "a.1.b"}
	for _, text := range punktTexts(t) {
		words = append(words, strings.Fields(text)...)
	}
	buf := []byte("junk")
	for _, w := range words {
		buf = p.appendType(buf[:0], w)
		if got, want := string(buf), p.words.Type(sentences.NewToken(w)); got != want {
			t.Errorf("type of %q: %q, want %q", w, got, want)
		}
	}
}

// FuzzPunktAppendType compares appendType with the word tokenizer's Type.
func FuzzPunktAppendType(f *testing.F) {
	for _, w := range []string{"5G", "-1,5.", "U.S.", "A,", "(2019).", "a-.,5"} {
		f.Add(w)
	}
	p := newPunkt()
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := string(p.appendType(nil, w)), p.words.Type(sentences.NewToken(w)); got != want {
			t.Errorf("type of %q: %q, want %q", w, got, want)
		}
	})
}

// BenchmarkSegment splits the corpus articles paragraph by paragraph with
// prose's segmenter and with the generated tables, side by side.
func BenchmarkSegment(b *testing.B) {
	ref, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	src := allArticles(b)
	paras := paragraphs(src)
	for _, c := range []struct {
		name string
		seg  func(string) []segment.Sentence
	}{{"prose", ref.Segment}, {"generated", newPunkt().Segment}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range paras {
					c.seg(p.Text)
				}
			}
		})
	}
}

// Segmenting from many goroutines at once gives what segmenting one text
// after another does (run with -race).
func TestPunktConcurrent(t *testing.T) {
	p := newPunkt()
	var texts []string
	for _, a := range articles(t) {
		texts = append(texts, a)
		for _, para := range paragraphs(a) {
			texts = append(texts, para.Text)
		}
	}
	want := make([][]segment.Sentence, len(texts))
	for i, text := range texts {
		want[i] = p.Segment(text)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range texts {
				k := (i + g*7) % len(texts)
				if got := p.Segment(texts[k]); !slices.Equal(got, want[k]) {
					t.Errorf("text %d: concurrent segmentation differs", k)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// sentencesOfCase checks that SentencesOf over text's tokens (with and
// without negation marks) gives what Sentences gives, and that so does
// the segmenter over the tokens of each paragraph, against prose's.
func sentencesOfCase(t *testing.T, tk *Tokenizer, text string) {
	t.Helper()
	want := tk.Sentences(text)
	for _, toks := range [][]Token{tk.AppendTokens(nil, text), tk.Tokens(text)} {
		if got := tk.SentencesOf(text, toks); !slices.Equal(got, want) {
			t.Fatalf("%.80q: sentences from the tokens differ\n got %q\nwant %q", text, got, want)
		}
	}
	// Tokens that are not text's fall back to the scan: never a panic.
	bad := []Token{{Start: len(text) + 1, End: len(text) + 3}, {Start: 0, End: 1}}
	if got := tk.SentencesOf(text, bad); !slices.Equal(got, want) {
		t.Fatalf("%.80q: sentences from tokens out of bounds differ\n got %q\nwant %q", text, got, want)
	}
}

// The token path gives the text path's sentences on every text
// punktTexts holds, the fuzz seed files and the nasty seeds, whole and
// paragraph by paragraph, and prose's own segmentation of each paragraph
// from its tokens.
func TestSentencesOfMatchesSentences(t *testing.T) {
	tk := New()
	ref, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	p := newPunkt()
	texts := append(punktTexts(t), nastySeeds...)
	seeds, _ := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	if len(seeds) == 0 {
		t.Fatal("no fuzz seed files in testdata/fuzz")
	}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if q, ok := strings.CutPrefix(line, "string("); ok {
				s, err := strconv.Unquote(strings.TrimSuffix(q, ")"))
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				texts = append(texts, s)
			}
		}
	}
	for _, text := range texts {
		sentencesOfCase(t, tk, text)
		for _, para := range append(paragraphs(text), Sentence{Text: text}) {
			got := p.appendSentences(nil, para.Text, 0, tk.AppendTokens(nil, para.Text), true)
			want := ref.Segment(para.Text)
			if len(got) != len(want) {
				t.Fatalf("%.80q: %d sentences from the tokens, prose %d", para.Text, len(got), len(want))
			}
			for i := range got {
				if got[i].Start != want[i].Start || got[i].Text != want[i].Text {
					t.Fatalf("%.80q: sentence %d from the tokens %q, prose %q", para.Text, i, got[i].Text, want[i].Text)
				}
			}
		}
	}
	t.Logf("%d texts", len(texts))
}

// FuzzSentencesOf compares the token path with the text path and prose.
func FuzzSentencesOf(f *testing.F) {
	for _, s := range append(slices.Clone(punktEdgeCases), nastySeeds...) {
		f.Add(s)
	}
	tk := New()
	ref, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	p := newPunkt()
	f.Fuzz(func(t *testing.T, text string) {
		sentencesOfCase(t, tk, text)
		got := p.appendSentences(nil, text, 0, tk.AppendTokens(nil, text), true)
		want := ref.Segment(text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d sentences from the tokens, prose %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i].Start != want[i].Start || got[i].Text != want[i].Text {
				t.Fatalf("%q: sentence %d from the tokens %q, prose %q", text, i, got[i].Text, want[i].Text)
			}
		}
	})
}
