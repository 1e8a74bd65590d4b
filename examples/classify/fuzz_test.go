package main

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzJSONLInput feeds arbitrary bytes as -jsonl input with -skip-bad:
// every input line that is not blank must come out as exactly one output
// line or one skipped line report, and never a panic. Lines end at LF, CR
// LF or a lone CR; a leading byte order mark is not part of the input.
func FuzzJSONLInput(f *testing.F) {
	f.Add("{\"id\":1,\"text\":\"ban Huawei\"}\n{bad\n\n{\"text\":\"\"}\n")
	f.Add("{\"text\":\"\xff\x00\"}\r\n{\"id\":[1,2],\"text\":\"x\"}")
	f.Add(strings.Repeat("{", 100) + "\n" + "{\"text\":" + strings.Repeat("\"", 51) + "}\n")
	f.Add("{\"text\":\"a\",\"text\":\"b\"}\n{\"id\":null,\"text\":\"“nested ‘q’”\"}\n")
	f.Add("\uFEFF{\"TEXT\":\"a\"}\r{\"text\":\"b\u2028c\"}\r\n\n  \n{\"text\":1}")
	f.Fuzz(func(t *testing.T, in string) {
		var out, errb bytes.Buffer
		code := run([]string{"-jsonl", "-json", "-skip-bad"}, strings.NewReader(in), &out, &errb)
		if code == 2 {
			t.Fatalf("usage error on data: %s", errb.String())
		}
		nIn := 0
		body := strings.ReplaceAll(strings.TrimPrefix(in, "\uFEFF"), "\r\n", "\n")
		for _, l := range strings.Split(strings.ReplaceAll(body, "\r", "\n"), "\n") {
			if strings.TrimSpace(l) != "" {
				nIn++
			}
		}
		nOut := strings.Count(out.String(), "\n")
		nSkipped := strings.Count(errb.String(), "classify: skipped ")
		if nOut+nSkipped != nIn {
			t.Fatalf("%d input lines gave %d output lines and %d skipped", nIn, nOut, nSkipped)
		}
	})
}
