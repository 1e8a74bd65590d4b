package tokenize

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// sameTokens reports the first difference between two token lists.
func sameTokens(got, want []Token) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d tokens, want %d: %q vs %q", len(got), len(want), texts(got), texts(want))
	}
	for i := range got {
		if got[i] != want[i] {
			return fmt.Errorf("token %d is %+v, want %+v", i, got[i], want[i])
		}
	}
	return nil
}

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

// subCase checks AppendSub on src[start:end] given the tokens of the region
// src[lo:hi], against tokenizing src[start:end] afresh.
func subCase(t *testing.T, tk *Tokenizer, src string, lo, hi, start, end int) {
	t.Helper()
	region := tk.AppendTokens(nil, src[lo:hi])
	for k := range region {
		region[k].Start += lo
		region[k].End += lo
	}
	want := tk.AppendTokens(nil, src[start:end])
	got := tk.AppendSub(nil, src, region, start, end)
	if err := sameTokens(got, want); err != nil {
		t.Fatalf("%q region [%d:%d] sub [%d:%d] %q: %v", src, lo, hi, start, end, src[start:end], err)
	}
}

func TestAppendSubMatchesAppendTokens(t *testing.T) {
	tk := mustNew(t)
	for _, src := range append(nastySeeds,
		"“We will not call for a ban,” Ansip said.",
		"U.S. officials (Huawei's critics) don't agree.",
		"a\u00a0b\u2028c \u200bd\u200b e",
		"'quoted' \"double\" ‘single’ “curly”",
	) {
		if len(src) > 100 {
			src = src[:100]
		}
		for start := 0; start <= len(src); start++ {
			for end := start; end <= len(src); end++ {
				subCase(t, tk, src, 0, len(src), start, end)
			}
		}
	}
}

func TestAppendSubOnArticleLines(t *testing.T) {
	tk := mustNew(t)
	r := rand.New(rand.NewSource(1))
	for name, src := range articles(t) {
		lo := 0
		for _, ln := range strings.SplitAfter(src, "\n") {
			hi := lo + len(ln)
			for k := 0; k < 20 && hi > lo; k++ {
				a, b := lo+r.Intn(hi-lo+1), lo+r.Intn(hi-lo+1)
				subCase(t, tk, src, lo, hi, min(a, b), max(a, b))
			}
			lo = hi
		}
		_ = name
	}
}

func TestAppendSubBadInput(t *testing.T) {
	tk := mustNew(t)
	src := "Huawei must be banned."
	toks := tk.AppendTokens(nil, src)
	want := tk.AppendTokens(nil, "must be")
	for _, bad := range [][]Token{
		{{Start: 5, End: 2}},
		{{Start: 0, End: 100}},
		append(append([]Token(nil), toks[2:]...), toks[:2]...),
	} {
		if err := sameTokens(tk.AppendSub(nil, src, bad, 7, 14), want); err != nil {
			t.Error(err)
		}
	}
	for _, r := range [][2]int{{-1, 3}, {3, 100}, {5, 2}} {
		if got := tk.AppendSub(nil, src, toks, r[0], r[1]); len(got) != 0 {
			t.Errorf("range %v gave %d tokens", r, len(got))
		}
	}
}

func FuzzAppendSub(f *testing.F) {
	for _, s := range nastySeeds {
		f.Add(s, uint16(0), uint16(len(s)), uint16(len(s)/3), uint16(len(s)/2))
	}
	tk := mustNew(f)
	f.Fuzz(func(t *testing.T, src string, a, b, c, d uint16) {
		n := len(src) + 1
		p := []int{int(a) % n, int(b) % n, int(c) % n, int(d) % n}
		for i := 1; i < 4; i++ { // sort: lo <= start <= end <= hi
			for j := i; j > 0 && p[j] < p[j-1]; j-- {
				p[j], p[j-1] = p[j-1], p[j]
			}
		}
		subCase(t, tk, src, p[0], p[3], p[1], p[2])
	})
}

func TestLexemeRoles(t *testing.T) {
	for _, c := range []struct {
		norm                string
		word, stop, negator bool
		stem                string
	}{
		{"banning", true, false, false, "ban"},
		{"the", true, true, false, "the"},
		{"not", true, false, true, "not"},
		{"n't", true, false, true, "n't"},
		{",", false, false, false, ","},
		{"", false, false, false, ""},
	} {
		l := LexemeOf(c.norm)
		if l.Norm != c.norm || l.Stem() != c.stem || l.IsWord() != c.word || l.IsStopWord() != c.stop || l.IsNegator() != c.negator {
			t.Errorf("LexemeOf(%q): stem %q, word %v, stop %v, negator %v", c.norm, l.Stem(), l.IsWord(), l.IsStopWord(), l.IsNegator())
		}
		if l.StemHash() != fnv1a(c.stem) {
			t.Errorf("LexemeOf(%q).StemHash is not the stem's hash", c.norm)
		}
		if Stem(c.norm) != l.Stem() {
			t.Errorf("Stem(%q) = %q, lexeme stem %q", c.norm, Stem(c.norm), l.Stem())
		}
	}
}

// The lexemes the Tokenizer hands out are those of the tokens' norms, and
// negation marked with them is negation marked without.
func TestAppendTokensLexemes(t *testing.T) {
	tk := mustNew(t)
	for _, src := range append(nastySeeds, "a ban on the vendor is not planned, rather than a ban", strings.Repeat("x", 300)+" not ban") {
		toks, lx := tk.AppendTokensLexemes(nil, nil, src)
		if err := sameTokens(toks, tk.AppendTokens(nil, src)); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if len(lx) != len(toks) {
			t.Fatalf("%q: %d lexemes for %d tokens", src, len(lx), len(toks))
		}
		for i := range toks {
			if lx[i].Norm != toks[i].Norm {
				t.Fatalf("%q: token %d norm %q, lexeme %q", src, i, toks[i].Norm, lx[i].Norm)
			}
		}
		want := append([]Token(nil), toks...)
		MarkNegation(want)
		MarkNegationBack(want)
		MarkNegationLexemes(toks, lx)
		MarkNegationBackLexemes(toks, lx)
		if err := sameTokens(toks, want); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
	}
}

func TestCacheIsBounded(t *testing.T) {
	c := newCache[int](100)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for i := 0; i < 1000; i++ {
				k := fmt.Sprint(i % 300)
				if v, ok := c.get(k); ok {
					if fmt.Sprint(v) != k {
						t.Errorf("key %s holds %d", k, v)
					}
					continue
				}
				var v int
				fmt.Sscan(k, &v)
				if got := c.put(k, v); got != v {
					t.Errorf("put %s gave %d", k, got)
				}
			}
		})
	}
	wg.Wait()
	if n := c.len(); n != 100 {
		t.Errorf("cache holds %d entries, want 100", n)
	}
	if n := len(*c.snap.Load()); n != 100 {
		t.Errorf("snapshot holds %d entries, want all 100", n)
	}
	off := newCache[int](0)
	off.put("a", 1)
	if _, ok := off.get("a"); ok || off.len() != 0 {
		t.Error("a cache of size 0 stored an entry")
	}
}

// The span cache holds at most its bound, answers every span it holds from
// its snapshot once full, and gives the tokens of a fresh tokenization.
func TestSpanCacheIsBounded(t *testing.T) {
	tk := &Tokenizer{words: mustNew(t).words, spans: newSpanCache(100)}
	fresh := &Tokenizer{words: tk.words, spans: newSpanCache(0)}
	var spans []string
	for i := 0; i < 300; i++ {
		spans = append(spans, fmt.Sprintf("w%d", i), fmt.Sprintf("“Q%d,”", i), strings.Repeat("long", 8)+fmt.Sprint(i))
	}
	src := strings.Join(spans, " ")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for r := 0; r < 3; r++ {
				if err := sameTokens(tk.AppendTokens(nil, src), fresh.AppendTokens(nil, src)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if n := tk.spans.len(); n != 100 {
		t.Errorf("span cache holds %d spans, want 100", n)
	}
	if n := tk.spans.snap.Load().n; n != 100 || !tk.spans.full.Load() {
		t.Errorf("snapshot holds %d spans (full %v), want all 100", n, tk.spans.full.Load())
	}
	if fresh.spans.len() != 0 {
		t.Error("a span cache of size 0 stored a span")
	}
}

// A lexeme's stem, worked out on first use, is the same whichever of many
// goroutines asks first (run with -race).
func TestLexemeStemConcurrently(t *testing.T) {
	for _, w := range []string{"banning", "vendors", "security", "x"} {
		l := newLexeme(w)
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Go(func() {
				if l.Stem() != stem(w) || l.StemHash() != fnv1a(stem(w)) {
					t.Errorf("%q: stem %q hash %x", w, l.Stem(), l.StemHash())
				}
			})
		}
		wg.Wait()
	}
}

// A Memo's value is fill's, worked out once per lexeme however many
// goroutines ask (run with -race), kept for the lexeme's form (zero
// included), and the process has one Memo.
func TestMemo(t *testing.T) {
	var calls atomic.Int32
	fill := func(norm string) uint32 {
		calls.Add(1)
		return uint32(len(norm)) * 7 // 0 for "", kept as a value like any other
	}
	m := NewMemo(fill)
	if m == nil {
		t.Fatal("NewMemo: nil for the process's first Memo")
	}
	if NewMemo(fill) != nil {
		t.Error("NewMemo: a second Memo, where lexemes have room for one")
	}
	words := []string{"banning", "vendors", "", "x"}
	for _, w := range words {
		l := newLexeme(w)
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Go(func() {
				if got := m.Of(l); got != fill(w) {
					t.Errorf("%q: memo %d, want %d", w, got, fill(w))
				}
			})
		}
		wg.Wait()
		if got := m.Of(l); got != uint32(len(w))*7 {
			t.Errorf("%q: memo %d after the goroutines", w, got)
		}
	}
	// Each goroutine calls fill once itself for the comparison; the memo
	// adds at most one call per goroutine (only the first race can miss).
	if n := calls.Load(); n > int32(len(words)*(8+8)) || n < int32(len(words)*(8+1)) {
		t.Errorf("fill called %d times", n)
	}
	l := newLexeme("banning")
	before := calls.Load()
	m.Of(l)
	m.Of(l)
	m.Of(l)
	if n := calls.Load() - before; n != 1 {
		t.Errorf("three Ofs of a fresh lexeme called fill %d times, want 1", n)
	}
}

// A lexeme's slot word is 0 until claimed, and kept by the first claim
// however many goroutines race for it (run with -race); 0 claims nothing.
// StemIfKnown answers only once the stem is worked out, and then as Stem
// and StemHash do.
func TestLexemeSlotAndStemIfKnown(t *testing.T) {
	l := newLexeme("banning")
	if l.Slot() != 0 {
		t.Fatalf("a new lexeme's slot word is %x", l.Slot())
	}
	if l.ClaimSlot(0) || l.Slot() != 0 {
		t.Error("ClaimSlot(0) claimed the lexeme")
	}
	var won atomic.Int32
	var wg sync.WaitGroup
	for g := 1; g <= 8; g++ {
		wg.Go(func() {
			if l.ClaimSlot(uint64(g) << 32) {
				won.Add(1)
			}
		})
	}
	wg.Wait()
	if won.Load() != 1 || l.Slot()>>32 == 0 || l.Slot()>>32 > 8 {
		t.Errorf("%d claims won, slot word %x", won.Load(), l.Slot())
	}
	if st, h, ok := l.StemIfKnown(); ok || st != "" || h != 0 {
		t.Errorf("StemIfKnown before the stem is known: %q %x %v", st, h, ok)
	}
	if st, h, ok := (func() (string, uint64, bool) { l.Stem(); return l.StemIfKnown() })(); !ok || st != stem("banning") || h != fnv1a(st) {
		t.Errorf("StemIfKnown after Stem: %q %x %v", st, h, ok)
	}
}
