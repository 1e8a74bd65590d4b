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

// stringEndRef is stringEnd as it was before it skipped eight bytes at a
// time: the reference the fast loop must equal.
func stringEndRef(b []byte, i int) (end int, escaped bool) {
	for i++; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			return i + 1, escaped
		case c < 0x20:
			return -1, false
		case c == '\\':
			escaped = true
			if i+1 >= len(b) {
				return -1, false
			}
			i++
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) {
					return -1, false
				}
				for _, h := range b[i+1 : i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return -1, false
					}
				}
				i += 4
			default:
				return -1, false
			}
		}
	}
	return -1, false
}

// FuzzStringEnd: stringEnd finds what it found before, from every quote
// of the input (and from its first byte).
func FuzzStringEnd(f *testing.F) {
	for _, s := range []string{`"abc"`, `"a\"b" x`, `"\u00e9\u12G4"`, "\"abcdefghijklmnop\x01\"", `"abcdefgh\\ijklmnopq"`, `"unterminated abcdefghijklm`, "\"\xff\xfe long enough text\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for i := range b {
			if b[i] != '"' && i > 0 {
				continue
			}
			e, esc := stringEnd(b, i)
			we, wesc := stringEndRef(b, i)
			if e != we || esc != wesc {
				t.Fatalf("%q from %d: %d %v, before %d %v", b, i, e, esc, we, wesc)
			}
		}
	})
}
