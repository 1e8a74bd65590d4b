package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// mdLink is a Markdown link or image target.
var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// docLink is a relative link of a Markdown file: the target as written,
// the file it names (the document itself for a bare "#fragment": self)
// and its fragment.
type docLink struct {
	raw, full, frag string
	self, hasFrag   bool
}

// relativeLinks are the links of the Markdown file path, whose text is
// text, that name no URL or mail address.
func relativeLinks(path, text string) []docLink {
	var out []docLink
	for _, m := range mdLink.FindAllStringSubmatch(text, -1) {
		target, frag, hasFrag := strings.Cut(m[1], "#")
		if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
			continue
		}
		l := docLink{raw: m[1], full: path, frag: frag, self: target == "", hasFrag: hasFrag}
		if !l.self {
			l.full = filepath.Join(filepath.Dir(path), filepath.FromSlash(target))
		}
		out = append(out, l)
	}
	return out
}

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
		for _, l := range relativeLinks(path, string(b)) {
			if l.self {
				continue
			}
			n++
			rel, _ := filepath.Rel(root, l.full)
			if strings.HasPrefix(rel, "..") {
				t.Errorf("%s: link %q leaves the repository", path, l.raw)
				continue
			}
			if _, err := os.Stat(l.full); err != nil {
				t.Errorf("%s: link %q: %v", path, l.raw, err)
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

// headingSlug is the anchor GitHub gives a Markdown heading: lower case,
// letters, digits, spaces, hyphens and underscores kept, every space a
// hyphen.
func headingSlug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors lists the heading anchors of a Markdown text, outside fenced
// code, numbering repeats as GitHub does (x, x-1, x-2).
func anchors(text string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	fenced := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if fenced || !strings.HasPrefix(line, "#") {
			continue
		}
		h := strings.TrimLeft(line, "#")
		if !strings.HasPrefix(h, " ") {
			continue
		}
		s := headingSlug(h)
		if k := seen[s]; k > 0 {
			out[s+"-"+strconv.Itoa(k)] = true
		} else {
			out[s] = true
		}
		seen[s]++
	}
	return out
}

// TestDocAnchors checks the front documents, README.md and docs/*.md: every
// relative link names an existing file, and every #fragment of a link to a
// Markdown file (or to the document itself) names one of its headings, so
// that moving or renaming a section cannot leave a dead link behind.
func TestDocAnchors(t *testing.T) {
	root := filepath.Join(Dir(), "..")
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	docs = append([]string{filepath.Join(root, "README.md")}, docs...)
	if len(docs) < 2 {
		t.Fatalf("found %d front documents; want README.md and docs/*.md", len(docs))
	}
	cache := map[string]map[string]bool{}
	headings := func(path string) (map[string]bool, error) {
		if a, ok := cache[path]; ok {
			return a, nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		cache[path] = anchors(string(b))
		return cache[path], nil
	}
	fragments := 0
	for _, doc := range docs {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(root, doc)
		for _, l := range relativeLinks(doc, string(b)) {
			if _, err := os.Stat(l.full); err != nil {
				t.Errorf("%s: link %q: %v", name, l.raw, err)
				continue
			}
			if !l.hasFrag || !strings.HasSuffix(l.full, ".md") {
				continue
			}
			fragments++
			a, err := headings(l.full)
			if err != nil {
				t.Fatal(err)
			}
			if !a[l.frag] {
				t.Errorf("%s: link %q: no heading with anchor #%s", name, l.raw, l.frag)
			}
		}
	}
	if fragments == 0 {
		t.Error("no links to headings found; is the root right?")
	}
}

func TestHeadingSlug(t *testing.T) {
	for h, want := range map[string]string{
		" Set-up: the two commands":           "set-up-the-two-commands",
		" Accuracy › Stance (default model)":  "accuracy--stance-default-model",
		" For analysts: the debate over time": "for-analysts-the-debate-over-time",
		" `classify -json`, Cohen's κ":        "classify--json-cohens-κ",
		" SemEval-2016 Task 6 and Emergent":   "semeval-2016-task-6-and-emergent",
	} {
		if got := headingSlug(h); got != want {
			t.Errorf("headingSlug(%q) = %q, want %q", h, got, want)
		}
	}
}
