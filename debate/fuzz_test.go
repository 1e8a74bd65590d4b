package debate

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"testing"
)

// FuzzJSONL feeds arbitrary bytes to the JSON Lines source: it must never
// panic, every error must be an *InputError naming a line (the source goes
// on after it) or the end, and every article must have an id, a text and a
// valid date, with ids unique.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}`,
		"{\"id\":\"a\",\"date\":\"2019-03\",\"text\":\"x\"}\n{\"id\":\"a\",\"date\":\"2019-03\",\"text\":\"x\"}\n",
		"\n\n\r\n{",
		`{"id":1e3,"date":"2019-02-30","text":"x"}`,
		`{"id":"b","date":"2999-01","text":"x","extra":[1,{"k":null}]}`,
		"{\"id\":\"\xff\",\"date\":\"2019-03-01\",\"text\":\"\x00\"}",
		`[]`, `null`, `"str"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		src := NewJSONL(bytes.NewReader(in), ReadOptions{Now: fixedNow, MaxBytes: 1 << 10})
		ids := map[string]bool{}
		for range bytes.Count(in, []byte("\n")) + 2 {
			a, err := src.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if !Skippable(err) {
					t.Fatalf("not an InputError: %v", err)
				}
				if err.(*InputError).Line < 1 {
					t.Fatalf("no line: %v", err)
				}
				continue
			}
			if a.ID == "" || a.Text == "" || ids[a.ID] {
				t.Fatalf("bad article %+v", a)
			}
			if _, err := ParseDate(a.Date, fixedNow()); err != nil {
				t.Fatalf("article with a bad date: %v", err)
			}
			ids[a.ID] = true
		}
		if _, err := src.Next(); err != io.EOF {
			t.Fatalf("more records than lines: %v", err)
		}
	})
}

// FuzzFlatObject checks the one-pass reader of flat lines against
// encoding/json: whenever it answers, json.Unmarshal into a map of raw
// values succeeds and gives the same map.
func FuzzFlatObject(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}`,
		`{"id":"a","id":"b","x":null}`, `{}`, ` { } `, `{"a":"\u00e9\n\"","b" : "x" }`,
		`{"a":"\uZZZZ"}`, `{"a":"` + "\x01" + `"}`, `{"a":"x",}`, `{"a":"x"} x`, `{"\u0061":"x"}`,
		"{\"a\":\"\xff\"}", "{\"\xff\":\"x\"}", `{"a":nul}`, `{"a":null`, `{"a":"x"`, `{"a"`, `{`,
		`{"id":1}`, `{"a":["x"]}`, `{"a":"\`, "\t{\"a\":\"b\"}\r",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		got, ok := flatObject(in)
		if !ok {
			return
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(in, &want); err != nil || want == nil {
			t.Fatalf("flatObject read %q, which encoding/json rejects: %v", in, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("flatObject(%q) = %q, encoding/json gives %q", in, got, want)
		}
	})
}

// FuzzUnescaped checks the decoding of simple JSON strings against
// encoding/json, on every valid JSON string it accepts.
func FuzzUnescaped(f *testing.F) {
	for _, s := range []string{`"a"`, `""`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9"`, "\"\xff\"", `"\"`, `"x\`, `"é—“”"`, `"\\"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if !json.Valid(in) {
			return
		}
		got, ok := unescaped(in)
		var want string
		if err := json.Unmarshal(in, &want); err != nil {
			if ok {
				t.Fatalf("unescaped(%q) = %q, but it is no JSON string", in, got)
			}
			return
		}
		if ok && got != want {
			t.Fatalf("unescaped(%q) = %q, encoding/json gives %q", in, got, want)
		}
	})
}
