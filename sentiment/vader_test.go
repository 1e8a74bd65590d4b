package sentiment

import (
	"bytes"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jonreiter/govader"
	"github.com/stancekit/stancekit/sentiment/internal/vadergen"
)

// The committed tables are what `go generate ./sentiment` writes.
func TestVaderTablesAreGenerated(t *testing.T) {
	want, err := vadergen.Source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(vadergen.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("sentiment/%s (%d bytes) is not what `go generate ./sentiment` writes (%d bytes): regenerate and commit it", vadergen.File, len(got), len(want))
	}
}

// The lexicon built from the tables says what govader's maps say, word for
// word, bit for bit: valences, boosters, negations, the idioms and boosting
// phrases by first word, and every single-character emoji.
func TestVaderTablesMatchGovader(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	want := map[string]wordInfo{}
	set := func(w string, f func(*wordInfo)) {
		info := want[w]
		f(&info)
		want[w] = info
	}
	special, boostSeq := map[string][]idiom{}, map[string][]idiom{}
	for w, v := range sia.Lexicon {
		set(w, func(i *wordInfo) { i.valence, i.flags = v, i.flags|wInLex })
	}
	for w, v := range sia.Constants.BoosterDict {
		if f := strings.Fields(w); len(f) > 1 {
			boostSeq[f[0]] = append(boostSeq[f[0]], idiom{f, v})
			set(f[0], func(i *wordInfo) { i.flags |= wBoostSeq })
			continue
		}
		set(w, func(i *wordInfo) { i.boost, i.flags = v, i.flags|wBooster })
	}
	for _, w := range sia.Constants.NegateList {
		set(w, func(i *wordInfo) { i.flags |= wNegate })
	}
	for w, v := range sia.Constants.SpecialCaseIdioms {
		f := strings.Fields(w)
		special[f[0]] = append(special[f[0]], idiom{f, v})
		set(f[0], func(i *wordInfo) { i.flags |= wSpecial })
	}

	lx := baseLexicon()
	if len(lx.words.entries) != len(want) {
		t.Errorf("%d words in the table, %d in govader", len(lx.words.entries), len(want))
	}
	same := func(a, b wordInfo) bool {
		return math.Float64bits(a.valence) == math.Float64bits(b.valence) && math.Float64bits(a.boost) == math.Float64bits(b.boost) && a.flags == b.flags
	}
	for w, info := range want {
		if got := lx.word([]byte(w)); !same(got, info) {
			t.Errorf("%q: table %+v, govader %+v", w, got, info)
		}
	}
	if lx.domain != nil {
		t.Error("the base lexicon has a domain layer")
	}
	for i, e := range lx.words.entries {
		if _, ok := want[e.word]; !ok {
			t.Errorf("%q is in the table, not in govader", e.word)
		}
		if j, ok := lx.words.find(e.word); !ok || j != i {
			t.Errorf("%q: found at %d, %v; stored at %d", e.word, j, ok, i)
		}
	}
	for _, w := range []string{"", "not-a-vader-word", "\xff", "GOOD"} {
		if got := lx.word([]byte(w)); !same(got, want[w]) {
			t.Errorf("%q: %+v, want %+v", w, got, want[w])
		}
	}

	for name, c := range map[string][2]map[string][]idiom{"special-case idioms": {lx.special, special}, "booster phrases": {lx.boostSeq, boostSeq}} {
		got, want := c[0], c[1]
		if len(got) != len(want) {
			t.Errorf("%s: %d first words, govader %d", name, len(got), len(want))
		}
		for first, ws := range want {
			g := got[first]
			key := func(i idiom) string { return strings.Join(i.words, " ") }
			slices.SortFunc(ws, func(a, b idiom) int { return strings.Compare(key(a), key(b)) })
			if !slices.EqualFunc(g, ws, func(a, b idiom) bool {
				return slices.Equal(a.words, b.words) && math.Float64bits(a.value) == math.Float64bits(b.value)
			}) {
				t.Errorf("%s of %q: %v, govader %v", name, first, g, ws)
			}
		}
	}

	single, minEmoji := 0, utf8.MaxRune
	for k, desc := range sia.EmojiDict {
		r, size := utf8.DecodeRuneInString(k)
		if size != len(k) || r == utf8.RuneError {
			continue
		}
		single++
		minEmoji = min(minEmoji, r)
		if got, ok := lx.emoji(r); !ok || got != desc {
			t.Errorf("emoji %U: %q, %v; govader %q", r, got, ok, desc)
		}
	}
	if single != len(vaderEmoji) || lx.maxEmoji != minEmoji {
		t.Errorf("%d emoji in the table, govader %d; smallest %U, govader %U", len(vaderEmoji), single, lx.maxEmoji, minEmoji)
	}
	for _, r := range []rune{0, 'a', minEmoji - 1, utf8.MaxRune, utf8.RuneError} {
		if _, ok := lx.emoji(r); ok {
			t.Errorf("%U is an emoji", r)
		}
	}
}

// withDomain leaves the base table alone and gives a table holding the
// domain's words beside VADER's.
func TestWithDomainTable(t *testing.T) {
	base := baseLexicon()
	before := slices.Clone(base.words.entries)
	d := newDomainRules()
	if err := d.parse(strings.NewReader(domainTSV), "domain.tsv"); err != nil {
		t.Fatal(err)
	}
	lx := base.withDomain(d)
	if !slices.Equal(base.words.entries, before) {
		t.Fatal("withDomain changed the base table")
	}
	for w, e := range d.words {
		info := lx.word([]byte(w))
		if info.flags&wDomain == 0 || info.valence != e.valence || (info.flags&wInLex != 0) != (e.valence != 0) {
			t.Errorf("domain word %q: %+v, rule %+v", w, info, e)
		}
	}
	for _, e := range base.words.entries {
		if _, dom := d.words[e.word]; dom {
			continue
		}
		want := e.info
		if _, ok := d.phrases[e.word]; ok {
			want.flags |= wPhrase
		}
		if _, ok := d.scopes[e.word]; ok {
			want.flags |= wScope
		}
		if got := lx.word([]byte(e.word)); got != want {
			t.Errorf("%q: %+v, want %+v", e.word, got, want)
		}
	}
	for _, set := range []map[string]bool{keys(d.phrases), keys(d.scopes)} {
		for w := range set {
			if lx.word([]byte(w)).flags&(wPhrase|wScope) == 0 {
				t.Errorf("first word %q of a domain phrase or cue not flagged", w)
			}
		}
	}
	if n := len(lx.domain.entries); n > len(d.words)+len(d.phrases)+len(d.scopes) {
		t.Errorf("%d entries in the domain table", n)
	}
}

func keys[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// BenchmarkLexiconSetUp is what building a News Analyzer's lexicon used to
// cost (govader's parse and the map copies) against the tables.
func BenchmarkLexiconSetUp(b *testing.B) {
	d := newDomainRules()
	if err := d.parse(strings.NewReader(domainTSV), "domain.tsv"); err != nil {
		b.Fatal(err)
	}
	b.Run("govader", func(b *testing.B) {
		for b.Loop() {
			sia := govader.NewSentimentIntensityAnalyzer()
			m := make(map[string]wordInfo, len(sia.Lexicon))
			for w, v := range sia.Lexicon {
				m[w] = wordInfo{valence: v, flags: wInLex}
			}
			c := make(map[string]wordInfo, len(m)+len(d.words))
			for w, i := range m {
				c[w] = i
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/setup")
	})
	b.Run("tables", func(b *testing.B) {
		for b.Loop() {
			lx := &lexicon{words: vaderTable}
			lx.withDomain(d)
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/setup")
	})
}
