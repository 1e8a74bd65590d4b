package debate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// appendStringRef is appendString as it was before its table of safe
// bytes: the reference the fast loop must equal byte for byte.
func appendStringRef(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, "\uFFFD"...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// FuzzAppendString: appendString writes what it wrote before (every byte
// value, invalid UTF-8, U+2028), and a valid string reads back as itself.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", `a"b\c`, "\x00\x1f\x7f\n\r\t", "“quoted” – dash", "\u2028\u2029", "\xff\xfe bad", strings.Repeat("x", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendString(nil, s)
		if want := appendStringRef(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: %s, before %s", s, got, want)
		}
		var back string
		if err := json.Unmarshal(got, &back); err != nil || (utf8.ValidString(s) && back != s) {
			t.Fatalf("%q: reads back %q (%v)", s, back, err)
		}
	})
}
