package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// nastySeeds are the inputs every fuzz target of the project starts from
// (each package keeps its own copy in code; the on-disk seed corpus lives in
// testdata/fuzz/<FuzzName>).
var nastySeeds = []string{
	"",
	" \t\r\n ",
	"Huawei \xff\xfe\xfd ban",
	"\x00no\x00ban\x00",
	"\x1b[31mred\x1b[0m \x07\x08",
	strings.Repeat("\"", 1000),
	"“unbalanced quote, he said.",
	"“nested ‘quotes’ and “more” here”",
	"هواوي شركة صينية. 华为是中国公司。",
	"Huawei 🚫📡 5G 👍🏽 ban",
	"U.S. Mr. Hu (Huawei) $5bn, 35%… — don’t",
	"\u202eevil rtl override\u202c text",
	"a" + strings.Repeat("-", 300) + "b",
}

func FuzzTokens(f *testing.F) {
	for _, s := range nastySeeds {
		f.Add(s)
	}
	tk := mustNew(f)
	f.Fuzz(func(t *testing.T, src string) {
		toks := tk.Tokens(src)
		prev := 0
		for i, x := range toks {
			if x.Start < prev || x.End <= x.Start || x.End > len(src) {
				t.Fatalf("token %d [%d:%d] out of order or bounds (len %d)", i, x.Start, x.End, len(src))
			}
			if src[x.Start:x.End] != x.Text {
				t.Fatalf("token %d does not locate its text", i)
			}
			// Nothing lost: what lies between tokens is separators only.
			for _, r := range src[prev:x.Start] {
				if r != utf8.RuneError && !unicode.IsSpace(r) && !Invisible(r) {
					t.Fatalf("byte range [%d:%d] dropped: %q", prev, x.Start, src[prev:x.Start])
				}
			}
			prev = x.End
		}
		again := tk.Tokens(src)
		if len(again) != len(toks) {
			t.Fatal("tokenization is not deterministic")
		}
		for _, s := range tk.Sentences(src) {
			if s.Start < 0 || s.End > len(src) || src[s.Start:s.End] != s.Text {
				t.Fatalf("sentence [%d:%d] does not locate its text", s.Start, s.End)
			}
		}
	})
}
