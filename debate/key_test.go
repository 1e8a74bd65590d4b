package debate

import (
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance"
)

// statementKeyRef is StatementKey as first written, with hash/fnv: the
// reference the written-out hash must equal, since keys order evidence and
// cross processes (the beam module).
func statementKeyRef(r Record) uint64 {
	h := fnv.New64a()
	var buf [utf8.UTFMax]byte
	space := false
	for _, c := range r.Text {
		switch c {
		case '‘', '’', '‛', '′', '`', '´':
			c = '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			c = '"'
		case '–', '—', '‒', '―', '−':
			c = '-'
		}
		if unicode.IsSpace(c) {
			space = true
			continue
		}
		if space {
			h.Write([]byte{' '})
			space = false
		}
		n := utf8.EncodeRune(buf[:], unicode.ToLower(c))
		h.Write(buf[:n])
	}
	tail := append(make([]byte, 0, 64), 0)
	tail = append(tail, r.Label...)
	tail = append(tail, 0)
	tail = strconv.AppendInt(tail, fixed(r.Weight), 10)
	for _, lp := range r.Probs {
		tail = append(tail, 0)
		tail = append(tail, lp.Label...)
		tail = append(tail, '=')
		tail = strconv.AppendInt(tail, fixed(lp.P), 10)
	}
	h.Write(tail)
	return h.Sum64()
}

func TestStatementKeyEqualsReference(t *testing.T) {
	recs := runAll(t, corpus(t))
	pieces := []string{"a", "Z", " ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "`", "´", "‘", "’", "“", "”", "«", "»",
		"–", "—", "−", "É", "ß", "İ", "Σ", "\xff", "\xe2\x80", "😀", "Huawei", "\"", "'", "-", "\u3000", "\x00", "\x1c", "\v", "\r\n", "AbC~"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		r := Record{Text: b.String(), Label: stance.Opposed, Weight: rng.Float64(),
			Probs: stance.Probs{{Label: stance.Opposed, P: rng.Float64()}, {Label: stance.Label(strings.Repeat("x", rng.IntN(80))), P: 0.25}}}
		recs = append(recs, r)
	}
	for _, r := range recs {
		if got, want := StatementKey(r), statementKeyRef(r); got != want {
			t.Fatalf("StatementKey(%q) = %x, want %x", r.Text, got, want)
		}
	}
}

func BenchmarkStatementKey(b *testing.B) {
	recs := runAll(b, corpus(b))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range recs {
			StatementKey(r)
		}
	}
	b.ReportMetric(float64(len(recs)*b.N)/b.Elapsed().Seconds(), "statements/s")
}

// FuzzStatementKey holds StatementKey to the reference on any text.
func FuzzStatementKey(f *testing.F) {
	for _, s := range []string{"", "Huawei’s “ban”", "A\tb\u00a0C\x00\xff`x", "\u2003 — ÉSS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Record{Text: s, Label: stance.Cautious, Weight: 0.5}
		if got, want := StatementKey(r), statementKeyRef(r); got != want {
			t.Fatalf("StatementKey(%q) = %x, want %x", s, got, want)
		}
	})
}
