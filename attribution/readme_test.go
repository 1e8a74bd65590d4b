package attribution_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeExample checks that the README's Go program is Example_readme:
// the same imports, and main's body is the example's body.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("readme_example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	ex := string(src)
	between := func(s, from, to string) string {
		_, rest, ok := strings.Cut(s, from)
		if !ok {
			t.Fatalf("%q not found", from)
		}
		in, _, ok := strings.Cut(rest, to)
		if !ok {
			t.Fatalf("%q not found after %q", to, from)
		}
		return in
	}
	imports := between(ex, "import (\n", "\n)\n")
	want := "package main\n\nimport (\n" + imports + "\n)\n\nfunc main() {\n" +
		between(ex, "func Example_readme() {\n", "\t// Output:\n") + "}\n"
	got := between(between(string(readme), "## Using it from Go\n", "\n## "), "```go\n", "```\n")
	if got != want {
		t.Errorf("the README's Go program is not Example_readme; put this in the README:\n%s", want)
	}
	out := between(ex, "\t// Output:\n", "}\n")
	out = strings.ReplaceAll(strings.ReplaceAll(out, "\t// ", ""), "\t//\n", "\n")
	if gotOut := between(string(readme), "It prints:\n\n```text\n", "```\n"); gotOut != out {
		t.Errorf("the README shows the output\n%s\nExample_readme prints\n%s", gotOut, out)
	}
}
