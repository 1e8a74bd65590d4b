package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refSpans is the tokenizer's span scan as it was before its ASCII fast
// path (every byte through one loop), kept as the reference that path is
// checked against: the [start, end) byte ranges of the runs of text
// between separators.
func refSpans(src string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(src); {
		c := src[i]
		size := 1
		sep := false
		if c < utf8.RuneSelf {
			sep = c <= ' ' || c == 0x7f
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(src[i:])
			sep = r != utf8.RuneError && (unicode.IsSpace(r) || unicode.IsControl(r) || (start < 0 && Invisible(r)))
		}
		if sep {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(src)})
	}
	return out
}

// refTokens tokenizes src span by span over refSpans, through the same
// span splitter as appendTokens.
func refTokens(t *Tokenizer, src string) ([]Token, []*Lexeme) {
	var toks []Token
	var lx []*Lexeme
	for _, sp := range refSpans(src) {
		toks, lx = t.span(toks, lx, src[sp[0]:sp[1]], sp[0], true)
	}
	return toks, lx
}

// sameScan fails t unless the tokenizer gives src the tokens, offsets and
// lexemes of the reference scan.
func sameScan(t *testing.T, tk *Tokenizer, name, src string) {
	t.Helper()
	want, wantLx := refTokens(tk, src)
	got, gotLx := tk.AppendTokensLexemes(nil, nil, src)
	if len(got) != len(want) || len(gotLx) != len(got) {
		t.Fatalf("%s: %d tokens (%d lexemes), the reference scan gives %d", name, len(got), len(gotLx), len(want))
	}
	for i := range got {
		if got[i] != want[i] || gotLx[i].Norm != wantLx[i].Norm || gotLx[i].flags != wantLx[i].flags {
			t.Fatalf("%s: token %d is %+v, the reference scan gives %+v", name, i, got[i], want[i])
		}
	}
}

// scanSeeds are inputs around the scan's edges: separators of every kind
// (ASCII and not), invisible characters at and inside a span's start,
// invalid bytes, and text ending inside a span.
var scanSeeds = []string{
	"a", " a", "a ", "\x7fa\x7f", "a\x7fb", "~!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
	"word\u00a0word\u2003word\u3000end", "x\u0085y\u2028z\u2029w",
	"\u200bstart \u200binside\u200bword \ufeffbom", "a\u200d", "\u00ad\u00adsoft",
	"Hua\xffwei \xc3\x28 \xed\xa0\x80 \xe2\x80", "tab\tnl\nnul\x00esc\x1b[0m",
	"“quoted,” she said—‘no’… café naïve 5G", "ending in ascii", "ending in é",
}

// TestScanMatchesReference proves the ASCII fast path of the span scan:
// on every corpus article, the fuzz seeds and the edge cases above, the
// tokens are those of the byte-by-byte scan.
func TestScanMatchesReference(t *testing.T) {
	tk := mustNew(t)
	for name, src := range articles(t) {
		sameScan(t, tk, name, src)
	}
	for i, src := range append(append([]string(nil), nastySeeds...), scanSeeds...) {
		sameScan(t, tk, "seed "+string(rune('a'+i%26)), src)
		sameScan(t, tk, "seed doubled", src+src)
		sameScan(t, tk, "seed in words", "x "+src+" y"+src)
	}
	// Every byte value next to printable ASCII, at a span's start, inside
	// and at its end.
	var b strings.Builder
	for c := range 256 {
		b.WriteString("ab")
		b.WriteByte(byte(c))
		b.WriteString("cd ")
		b.WriteByte(byte(c))
		b.WriteString("ef ")
	}
	sameScan(t, tk, "every byte", b.String())
}

// FuzzScan checks the span scan against the reference on any input.
func FuzzScan(f *testing.F) {
	for _, s := range append(append([]string(nil), nastySeeds...), scanSeeds...) {
		f.Add(s)
	}
	tk := mustNew(f)
	f.Fuzz(func(t *testing.T, src string) {
		sameScan(t, tk, "fuzz", src)
	})
}

// TestSpanKeySpellsOut checks that an entry matches a span exactly when
// the span is its text: for every length up to 24 bytes, a text against
// each of its one-byte variants (every position, every bit) and against
// texts of other lengths sharing its bytes.
func TestSpanKeySpellsOut(t *testing.T) {
	c := newSpanCache(0)
	tk := mustNew(t)
	base := "abcdefghijklmnopqrstuvwxyz"
	for n := 1; n <= 24; n++ {
		s := base[:n]
		e := tk.makeEntry(s, c.key(s))
		if !e.matches(s, c.key(s)) {
			t.Fatalf("%q does not match its own entry", s)
		}
		for i := range n {
			for bit := range 8 {
				b := []byte(s)
				b[i] ^= 1 << bit
				v := string(b)
				if e.matches(v, c.key(v)) {
					t.Fatalf("%q matches the entry of %q", v, s)
				}
			}
		}
		for m := 1; m <= 24; m++ {
			if v := base[:m]; m != n && e.matches(v, c.key(v)) {
				t.Fatalf("%q matches the entry of %q", v, s)
			}
		}
	}
}

// inPunctBlock's characters are none of the separators appendTokens tests
// for, so its shortcut changes no span.
func TestPunctBlockSeparatesNothing(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !inPunctBlock(r) {
			continue
		}
		n++
		if unicode.IsSpace(r) || unicode.IsControl(r) || Invisible(r) {
			t.Errorf("%U is in the block and a separator", r)
		}
	}
	if n != 0x2027-0x2010+1 {
		t.Errorf("%d characters in the block", n)
	}
}

// TestLookupIsFind checks that lookup, which writes out key's short words
// and find's probe, answers as find(s, key(s)) does: for texts of every
// length up to maxCachedSpan held in the snapshot, their one-byte variants
// and their prefixes, which it does not hold.
func TestLookupIsFind(t *testing.T) {
	c := newSpanCache(0)
	tk := mustNew(t)
	base := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.,"
	snap := &spanSnap{slots: make([]spanSlot, 512)}
	for n := 1; n <= maxCachedSpan; n += 2 {
		s := base[:n]
		snap.insert(tk.makeEntry(s, c.key(s)))
	}
	c.snap.Store(snap)
	for n := 0; n <= maxCachedSpan; n++ {
		s := base[:n]
		if a, b := shortWords(s); n <= 16 && (a != c.key(s).a || b != c.key(s).b) {
			t.Fatalf("%q: shortWords %x %x, key %x %x", s, a, b, c.key(s).a, c.key(s).b)
		}
		vs := []string{s}
		for i := range n {
			b := []byte(s)
			b[i] ^= 0x20
			vs = append(vs, string(b))
		}
		for _, v := range vs {
			got, want := c.lookup(v), snap.find(v, c.key(v))
			if got != want {
				t.Fatalf("%q: lookup %p, find %p", v, got, want)
			}
			if v == s && (got == nil) != (n%2 == 0) {
				t.Fatalf("%q: lookup %p", v, got)
			}
		}
	}
}

// TestPunctBlockAt checks punctBlockAt, the byte test the scan passes
// inPunctBlock's characters over by, against decoding: for every
// character, and for the block's encodings cut short.
func TestPunctBlockAt(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		if got, want := punctBlockAt(s+"x", 0), inPunctBlock(r) && utf8.ValidString(s); got != want {
			t.Fatalf("%U: punctBlockAt %v, decoding %v", r, got, want)
		}
		if inPunctBlock(r) && (punctBlockAt(s[:2], 0) || punctBlockAt(s[:1], 0)) {
			t.Fatalf("%U cut short passes", r)
		}
	}
}
