package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// officialDir is the official-texts gold (testdata/official).
func officialDir() string { return filepath.Join(Dir(), "official") }

// officialMeta is one NAME.meta.json of testdata/official.
type officialMeta struct {
	URL     string `json:"url"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	Issuer  string `json:"issuer"`
	Licence string `json:"licence"`
	Format  string `json:"format"`
}

// officialFormats are the formats testdata/official/README.md lists.
var officialFormats = []string{"release", "statement", "remarks", "qa_transcript", "debate",
	"committee_transcript", "floor_speech", "committee_report", "written_answer"}

func loadOfficialMeta(t *testing.T) map[string]officialMeta {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(officialDir(), "*.meta.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no meta files in %s: %v", officialDir(), err)
	}
	out := map[string]officialMeta{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var m officialMeta
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".meta.json")] = m
	}
	return out
}

// Every official text has its metadata, every statement of the official gold
// is the exact bytes of its text at its offsets, and labels, kinds and actor
// types are the guideline's.
func TestOfficialGoldVerbatim(t *testing.T) {
	docs, err := LoadArticles(officialDir())
	if err != nil {
		t.Fatal(err)
	}
	meta := loadOfficialMeta(t)
	for n := range docs {
		m, ok := meta[n]
		if !ok {
			t.Errorf("%s: no meta.json", n)
			continue
		}
		if m.URL == "" || m.Title == "" || m.Issuer == "" || m.Licence == "" || !slices.Contains(officialFormats, m.Format) {
			t.Errorf("%s: incomplete metadata or unknown format %q", n, m.Format)
		}
	}
	for n := range meta {
		if _, ok := docs[n]; !ok {
			t.Errorf("%s: meta.json without a text", n)
		}
	}
	qs, err := LoadQuotes(filepath.Join(officialDir(), "quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, q := range qs {
		if ids[q.ID] {
			t.Errorf("duplicate id %s", q.ID)
		}
		ids[q.ID] = true
		doc, ok := docs[q.Doc]
		switch {
		case !ok:
			t.Errorf("%s: unknown text %q", q.ID, q.Doc)
		case q.Start < 0 || q.End <= q.Start || q.End > len(doc):
			t.Errorf("%s: bad offsets [%d,%d) for a text of %d bytes", q.ID, q.Start, q.End, len(doc))
		case doc[q.Start:q.End] != q.Text:
			t.Errorf("%s: text[%d:%d] = %q, want %q", q.ID, q.Start, q.End, doc[q.Start:q.End], q.Text)
		}
		if !slices.Contains(Labels, q.Label) || !slices.Contains(Kinds, q.Kind) || !slices.Contains(ActorTypes, q.ActorType) ||
			!slices.Contains(Confidences, q.Confidence) {
			t.Errorf("%s: invalid label %q, kind %q, actor_type %q or confidence %q", q.ID, q.Label, q.Kind, q.ActorType, q.Confidence)
		}
		if len(q.AlsoOK) > 0 && q.Confidence != "low" {
			t.Errorf("%s: also_ok is non-empty but confidence is %q", q.ID, q.Confidence)
		}
	}
	as, err := LoadActors(filepath.Join(officialDir(), "actors.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, da := range as {
		for _, a := range da.Actors {
			for _, id := range a.Evidence {
				if !ids[id] {
					t.Errorf("%s: %s: evidence %s is not a statement", da.Doc, a.Actor, id)
				}
			}
		}
	}
}

// No official text comes from a source the data owners reserved.
func TestOfficialNoReservedSources(t *testing.T) {
	reserved := loadReserved(t) // official URLs not checked when absent
	for n, m := range loadOfficialMeta(t) {
		if IsReserved(reserved, m.URL) {
			t.Errorf("%s: source %s is reserved for independent evaluation", n, m.URL)
		}
	}
}

// split.json assigns every official text to exactly one of sealed and dev;
// its top-level lists are the union of its batches, and the first batch is
// the original 16 sealed / 26 development texts.
func TestOfficialSplit(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(officialDir(), "split.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sp struct {
		Sealed, Dev []string
		Batches     []struct {
			Seed        int64
			Sealed, Dev []string
		}
	}
	if err := json.Unmarshal(b, &sp); err != nil {
		t.Fatal(err)
	}
	docs, err := LoadArticles(officialDir())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	var sealed, dev []string
	for i, bt := range sp.Batches {
		for part, names := range map[string][]string{"sealed": bt.Sealed, "dev": bt.Dev} {
			for _, n := range names {
				if p, ok := seen[n]; ok {
					t.Errorf("%s: in batch %d %s and in %s", n, i, part, p)
				}
				seen[n] = part
				if _, ok := docs[n]; !ok {
					t.Errorf("%s: no text", n)
				}
			}
		}
		sealed = append(sealed, bt.Sealed...)
		dev = append(dev, bt.Dev...)
	}
	for n := range docs {
		if _, ok := seen[n]; !ok {
			t.Errorf("%s: in no batch", n)
		}
	}
	sort.Strings(sealed)
	sort.Strings(dev)
	if !slices.Equal(sealed, sp.Sealed) || !slices.Equal(dev, sp.Dev) {
		t.Error("top-level sealed/dev are not the union of the batches")
	}
	if len(sp.Batches) == 0 || sp.Batches[0].Seed != 20261101 || len(sp.Batches[0].Sealed) != 16 || len(sp.Batches[0].Dev) != 26 {
		t.Error("the first batch is not the original seed-20261101 split of 16 sealed and 26 development texts")
	}
}
