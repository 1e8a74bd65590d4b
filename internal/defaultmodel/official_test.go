package defaultmodel

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
)

// The committed list of official statements that share a run with the
// external dev set (official_external.txt) is exactly what the filter finds
// when the shared data folder holds the set: Official drops by the list, so
// its examples never depend on whether the folder is there.
func TestOfficialExternalDropsAreCurrent(t *testing.T) {
	ext, err := corpus.LoadLabelled(filepath.Join(corpus.DataDir(), "huawei-external-dev", "dev.jsonl"))
	if err != nil {
		t.Skipf("no external dev set: %v", err)
	}
	texts := make([]string, len(ext))
	for i, e := range ext {
		texts[i] = e.Text
	}
	want, err := OfficialSharingExternal(texts)
	if err != nil {
		t.Fatal(err)
	}
	have, err := ExternalDropIDs()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(want)
	if !slices.Equal(want, have) {
		t.Errorf("official_external.txt lists %v; the filter finds %v (one id a line, sorted)", have, want)
	}
}

// The official training examples come only from development texts, each
// verbatim in its text, one group per text, and none shares a run of eight
// words with a held-out statement or the article corpus.
func TestOfficialExamples(t *testing.T) {
	kept, drops, err := Official()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := OfficialDevNames()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := corpus.LoadArticles(filepath.Join(corpus.Dir(), "official"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d official development statements kept, %d dropped", len(kept), len(drops))
	for _, d := range drops {
		t.Logf("  dropped %s: %s", d.ID, d.Reason)
	}
	if len(kept) < 500 {
		t.Errorf("only %d official statements kept", len(kept))
	}
	held, err := officialHeldShingles()
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]int{}
	for _, e := range kept {
		doc, ok := strings.CutPrefix(e.Group, OfficialGroupPrefix)
		if !ok || !slices.Contains(dev, doc) {
			t.Fatalf("example group %q is not a development text", e.Group)
		}
		if e.Origin != OfficialOrigin {
			t.Errorf("origin %q", e.Origin)
		}
		if !strings.Contains(docs[doc], e.Text) {
			t.Errorf("%s: text not verbatim in its source: %.60q", doc, e.Text)
		}
		if w := sharedWith(held, e.Text); w != "" {
			t.Errorf("%s: kept text shares a run with %s: %.60q", doc, w, e.Text)
		}
		labels[string(e.Label)]++
	}
	for _, l := range corpus.Labels {
		if labels[l] == 0 {
			t.Errorf("no official example labelled %s", l)
		}
	}
	t.Logf("labels: %v", labels)
}

// OfficialWithout leaves out every statement of the held texts and every
// statement sharing a run of eight words with one of theirs, keeps the
// rest of Official in order, is Official when nothing is held, and refuses
// a name that is not a development text.
func TestOfficialWithout(t *testing.T) {
	kept, _, err := Official()
	if err != nil {
		t.Fatal(err)
	}
	all, err := OfficialWithout(nil)
	if err != nil {
		t.Fatal(err)
	}
	same := func(a, b Example) bool { return a.Text == b.Text && a.Group == b.Group && a.Label == b.Label }
	if !slices.EqualFunc(all, kept, same) {
		t.Errorf("OfficialWithout(nil): %d examples, Official %d", len(all), len(kept))
	}
	dev, err := OfficialDevNames()
	if err != nil {
		t.Fatal(err)
	}
	held := slices.Sorted(slices.Values(dev))[:3]
	out, err := OfficialWithout(held)
	if err != nil {
		t.Fatal(err)
	}
	heldRuns := map[string]bool{}
	for _, e := range kept {
		if slices.Contains(held, strings.TrimPrefix(e.Group, OfficialGroupPrefix)) {
			for _, sh := range corpus.Shingles(e.Text) {
				heldRuns[sh] = true
			}
		}
	}
	if len(out) >= len(kept) || len(heldRuns) == 0 {
		t.Fatalf("held %v: %d examples of %d kept, %d held runs", held, len(out), len(kept), len(heldRuns))
	}
	for _, e := range out {
		if slices.Contains(held, strings.TrimPrefix(e.Group, OfficialGroupPrefix)) {
			t.Errorf("a held text's statement kept: %s", e.Group)
		}
		for _, sh := range corpus.Shingles(e.Text) {
			if heldRuns[sh] {
				t.Errorf("%s shares the run %q with a held statement", e.Group, sh)
			}
		}
	}
	if _, err := OfficialWithout([]string{"no-such-text"}); err == nil {
		t.Error("a name that is no development text is accepted")
	}
}

// Every text of official_untrained.txt is a development text, listed once,
// and none of its statements is a training example.
func TestOfficialUntrainedNames(t *testing.T) {
	names, err := UntrainedNames()
	if err != nil {
		t.Fatal(err)
	}
	dev, err := OfficialDevNames()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if !slices.Contains(dev, n) {
			t.Errorf("official_untrained.txt: %s is not a development text of split.json", n)
		}
		if seen[n] {
			t.Errorf("official_untrained.txt: %s listed twice", n)
		}
		seen[n] = true
	}
	kept, _, err := Official()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range kept {
		if seen[strings.TrimPrefix(e.Group, OfficialGroupPrefix)] {
			t.Errorf("%s: a statement of an untrained text is a training example", e.Group)
		}
	}
}

func TestReadListNamesLine(t *testing.T) {
	_, err := readList("x.txt", "# c\na\nb c\n", "text name")
	if err == nil || !strings.Contains(err.Error(), "x.txt:3:") {
		t.Fatalf("want an error naming x.txt:3, have %v", err)
	}
}
