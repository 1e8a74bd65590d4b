package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// mdLink is a Markdown link or image target.
var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// TestDocLinks checks that every relative link of the repository's Markdown
// files names a file in the repository: the README cites the annotation
// guideline, the result records and the figures, and none may point
// outside the clone (the shared folder is not part of it).
func TestDocLinks(t *testing.T) {
	root := filepath.Join(Dir(), "..")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".md") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range mdLink.FindAllStringSubmatch(string(b), -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			n++
			full := filepath.Join(filepath.Dir(path), filepath.FromSlash(target))
			rel, _ := filepath.Rel(root, full)
			if strings.HasPrefix(rel, "..") {
				t.Errorf("%s: link %q leaves the repository", path, m[1])
				continue
			}
			if _, err := os.Stat(full); err != nil {
				t.Errorf("%s: link %q: %v", path, m[1], err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no relative links found; is the root right?")
	}
	if _, err := os.Stat(filepath.Join(Dir(), "ANNOTATION.md")); err != nil {
		t.Errorf("the annotation guideline the README cites is missing: %v", err)
	}
}
