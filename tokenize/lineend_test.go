package tokenize

import "testing"

// lineEndAnywhere is hasLineEnd the slow way: lineEnd tried at every byte.
func lineEndAnywhere(s string) bool {
	for i := range len(s) {
		if n, _ := lineEnd(s, i); n > 0 {
			return true
		}
	}
	return false
}

var lineEndCases = []string{
	"", " ", "one line.", "a\nb", "a\rb", "a\r\nb", "a\u0085b", "a\u2028b", "a\u2029b",
	"“curly” quotes — and a dash", "café", "\xc2", "\xe2\x80", "\xe2\x80\xa8", "x\xe2\x80\xa9",
	"\xc2\xa0no-break space", "\xe2\x80\x9cquote\xe2\x80\x9d then \xe2\x80\xa8", "  \t ",
}

// TestHasLineEnd checks the quick scan against lineEnd at every byte.
func TestHasLineEnd(t *testing.T) {
	for _, s := range lineEndCases {
		if got, want := hasLineEnd(s), lineEndAnywhere(s); got != want {
			t.Errorf("hasLineEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzHasLineEnd: the quick scan and the paragraphs it lets through agree
// with lineEnd at every byte, on any input.
func FuzzHasLineEnd(f *testing.F) {
	for _, s := range lineEndCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasLineEnd(s), lineEndAnywhere(s); got != want {
			t.Fatalf("hasLineEnd(%q) = %v, want %v", s, got, want)
		}
		for _, p := range paragraphs(s) {
			if s[p.Start:p.End] != p.Text {
				t.Fatalf("paragraphs(%q): %+v is not src[%d:%d]", s, p, p.Start, p.End)
			}
		}
	})
}
