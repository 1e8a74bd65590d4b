package attribution

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
)

// speedLines are every line of the corpus and development texts, with
// some edge cases: the inputs the rewritten fast paths are checked on
// against the plain definitions they replace.
func speedLines(t *testing.T) []string {
	out := []string{"", " ", "We", "we ", " we ", "Our plans", "I", "I'm here", "AWe said", "x.y z", "a … b", "end.",
		"Dr. Who said", "one? two", "É COMMUNIQUÉ", "İstanbul", "ΑΘΗΝΑ", "MEDIA CONTACT: x", "ẞ", "Ǆ"}
	for _, text := range devTexts(t) {
		for _, ln := range splitLines(text) {
			out = append(out, text[ln.start:ln.end])
		}
	}
	return out
}

// devTexts are the texts one may look into: the corpus articles and the
// development official texts.
func devTexts(t *testing.T) []string {
	var texts []string
	for _, d := range loadGold(t).docs {
		texts = append(texts, d)
	}
	for _, d := range loadOfficial(t, "dev").docs {
		texts = append(texts, d)
	}
	return texts
}

// TestFirstPersonAgrees checks the one-pass first-person test against its
// definition: " "+s contains " we ", " our ", " I ", " I'm ", "We " or "Our ".
func TestFirstPersonAgrees(t *testing.T) {
	for _, s := range speedLines(t) {
		want := false
		for _, w := range []string{" we ", " our ", " I ", " I'm ", "We ", "Our "} {
			want = want || strings.Contains(" "+s, w)
		}
		if got := hasFirstPerson(s); got != want {
			t.Errorf("hasFirstPerson(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOneSentenceAgrees checks that a line oneSentence lets skip the
// sentence model is one sentence for the model too.
func TestOneSentenceAgrees(t *testing.T) {
	a := newTest(t, nil)
	skipped := 0
	for _, s := range speedLines(t) {
		if !oneSentence(s) {
			continue
		}
		skipped++
		if n := len(a.tk.Sentences(s)); n > 1 {
			t.Errorf("oneSentence(%q), but the model finds %d sentences", s, n)
		}
	}
	if skipped == 0 {
		t.Error("no line took the fast path")
	}
}

// TestAppendLowerAgrees checks appendLower against strings.ToLower.
func TestAppendLowerAgrees(t *testing.T) {
	for _, s := range speedLines(t) {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestWordClassesAgree checks each word's class bits, registry pointer
// and word id against the lexicon's sets and the matcher's maps, for the
// default Analyzer (which reads the generated tables) and for the one
// compiled from the data files (whose maps these are).
func TestWordClassesAgree(t *testing.T) {
	def := newTest(t, nil)
	a, err := slowDefault()
	if err != nil {
		t.Fatal(err)
	}
	sets := a.lx.classSets()
	sets[cRole] = a.m.roles
	for _, s := range speedLines(t) {
		for _, w := range append(a.words(nil, s, 0), def.words(nil, s, 0)...) {
			for c, set := range sets {
				if w.is(c) != set[w.norm] {
					t.Errorf("%q: class %b is %v, the set says %v", w.norm, c, w.is(c), set[w.norm])
				}
			}
			if w.id != a.m.ids[w.norm] {
				t.Errorf("%q: word id %d, the matcher's %d", w.norm, w.id, a.m.ids[w.norm])
			}
			_, starts := a.m.byFirst[w.norm]
			if (w.pat > 0) != starts || w.pat > 0 && &a.m.firsts[w.pat-1][0] != &a.m.byFirst[w.norm][0] {
				t.Errorf("%q: pattern pointer %d, byFirst has it: %v", w.norm, w.pat, starts)
			}
		}
	}
}

// TestByteFastPathsAgree checks the ASCII fast paths of letterCounts,
// firstAlnum, quotePrefix and quoteSuffix against rune-by-rune
// definitions, on every line and every word of it.
func TestByteFastPathsAgree(t *testing.T) {
	var inputs []string
	for _, s := range speedLines(t) {
		inputs = append(inputs, s)
		inputs = append(inputs, strings.Fields(s)...)
	}
	inputs = append(inputs, "“x", "x”", "‘x’", "«x»", "„x", "\xe2\x80", "x\x9d", "x\xbb", "Ünter", "ñ", "9")
	for _, s := range inputs {
		latin, letters := 0, 0
		alpha, upper, seen := false, false, false
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if r < 0x250 {
					latin++
				}
			}
			if !seen && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				alpha, upper, seen = true, unicode.IsUpper(r), true
			}
		}
		if l, n := letterCounts(s); l != latin || n != letters {
			t.Errorf("letterCounts(%q) = %d, %d, want %d, %d", s, l, n, latin, letters)
		}
		if a, u := firstAlnum(s); a != alpha || u != upper {
			t.Errorf("firstAlnum(%q) = %v, %v, want %v, %v", s, a, u, alpha, upper)
		}
		pre, suf := 0, 0
		for _, q := range []string{`"`, `'`, ldq, lsq, rdq, "\u00ab", "\u201e"} {
			if pre == 0 && strings.HasPrefix(s, q) {
				pre = len(q)
			}
		}
		for _, q := range []string{`"`, `'`, rdq, rsq, "\u00bb"} {
			if suf == 0 && strings.HasSuffix(s, q) {
				suf = len(q)
			}
		}
		if quotePrefix(s) != pre || quoteSuffix(s) != suf {
			t.Errorf("quotePrefix, quoteSuffix(%q) = %d, %d, want %d, %d", s, quotePrefix(s), quoteSuffix(s), pre, suf)
		}
	}
}

// TestAnchoredTextAgrees checks the rare-byte substring search against
// bytes.Contains.
func TestAnchoredTextAgrees(t *testing.T) {
	needles := []string{"(photo by", "getty images", "/ afp /", "credit should read", "x", "zz", "aa", "a a", ""}
	for _, s := range append(speedLines(t), "zzz", "aaa", "a a a", "getty image", "(photo by (photo by") {
		low := []byte(strings.ToLower(s))
		for _, n := range needles {
			at := newAnchoredText([]byte(n))
			if got, want := at.in(low), bytes.Contains(low, []byte(n)); got != want {
				t.Errorf("%q in %q: %v, want %v", n, s, got, want)
			}
		}
	}
}
