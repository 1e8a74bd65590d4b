package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

func loadAll(t *testing.T) (map[string]string, []Quote, []DocActors) {
	t.Helper()
	dir := Dir()
	arts, err := LoadArticles(filepath.Join(dir, "articles"))
	if err != nil {
		t.Fatal(err)
	}
	quotes, err := LoadQuotes(filepath.Join(dir, "quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	actors, err := LoadActors(filepath.Join(dir, "actors.json"))
	if err != nil {
		t.Fatal(err)
	}
	return arts, quotes, actors
}

func TestQuotes(t *testing.T) {
	arts, quotes, _ := loadAll(t)
	if len(quotes) == 0 {
		t.Fatal("no quotes")
	}
	ids := map[string]bool{}
	counts := map[string]int{}
	for _, q := range quotes {
		if ids[q.ID] {
			t.Errorf("duplicate id %s", q.ID)
		}
		ids[q.ID] = true
		counts[q.Label]++
		art, ok := arts[q.Doc]
		if !ok {
			t.Errorf("%s: unknown doc %q", q.ID, q.Doc)
			continue
		}
		if q.Start < 0 || q.End <= q.Start || q.End > len(art) {
			t.Errorf("%s: bad offsets [%d,%d) for article of %d bytes", q.ID, q.Start, q.End, len(art))
		} else if got := art[q.Start:q.End]; got != q.Text {
			t.Errorf("%s: article[%d:%d] = %q, want %q", q.ID, q.Start, q.End, got, q.Text)
		}
		if !slices.Contains(Labels, q.Label) {
			t.Errorf("%s: invalid label %q", q.ID, q.Label)
		}
		if !slices.Contains(ActorTypes, q.ActorType) {
			t.Errorf("%s: invalid actor_type %q", q.ID, q.ActorType)
		}
		if !slices.Contains(Kinds, q.Kind) {
			t.Errorf("%s: invalid kind %q", q.ID, q.Kind)
		}
		if !slices.Contains(Confidences, q.Confidence) {
			t.Errorf("%s: invalid confidence %q", q.ID, q.Confidence)
		}
		if q.AlsoOK == nil {
			t.Errorf("%s: also_ok must be a list, not null", q.ID)
		}
		for _, l := range q.AlsoOK {
			if !slices.Contains(Labels, l) || l == q.Label {
				t.Errorf("%s: invalid also_ok label %q (label %q)", q.ID, l, q.Label)
			}
		}
		if len(q.AlsoOK) > 0 && q.Confidence != "low" {
			t.Errorf("%s: also_ok is non-empty but confidence is %q", q.ID, q.Confidence)
		}
		if q.Speaker == "" || q.Actor == "" || q.Rationale == "" {
			t.Errorf("%s: empty speaker, actor or rationale", q.ID)
		}
	}
	for _, l := range Labels {
		t.Logf("%-10s %d", l, counts[l])
	}
	t.Logf("total      %d", len(quotes))
}

func TestActorTypeConsistent(t *testing.T) {
	_, quotes, _ := loadAll(t)
	types := map[string]string{}
	for _, q := range quotes {
		if prev, ok := types[q.Actor]; ok && prev != q.ActorType {
			t.Errorf("%s: actor %q has actor_type %q, earlier %q", q.ID, q.Actor, q.ActorType, prev)
		}
		types[q.Actor] = q.ActorType
	}
}

func TestNoOverlap(t *testing.T) {
	_, quotes, _ := loadAll(t)
	byDoc := map[string][]Quote{}
	for _, q := range quotes {
		byDoc[q.Doc] = append(byDoc[q.Doc], q)
	}
	for doc, qs := range byDoc {
		sort.Slice(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
		for i := 1; i < len(qs); i++ {
			if qs[i].Start < qs[i-1].End {
				t.Errorf("%s: %s [%d,%d) overlaps %s [%d,%d)", doc,
					qs[i-1].ID, qs[i-1].Start, qs[i-1].End, qs[i].ID, qs[i].Start, qs[i].End)
			}
		}
	}
}

func TestActors(t *testing.T) {
	arts, quotes, actors := loadAll(t)
	byID := map[string]Quote{}
	onTarget := map[[2]string]bool{}
	for _, q := range quotes {
		byID[q.ID] = q
		if q.Label != OffTarget {
			onTarget[[2]string{q.Doc, q.Actor}] = true
		}
	}
	listed := map[[2]string]bool{}
	seenDoc := map[string]bool{}
	for _, d := range actors {
		if _, ok := arts[d.Doc]; !ok {
			t.Errorf("actors.json: unknown doc %q", d.Doc)
		}
		if seenDoc[d.Doc] {
			t.Errorf("actors.json: doc %q listed twice", d.Doc)
		}
		seenDoc[d.Doc] = true
		for _, a := range d.Actors {
			key := [2]string{d.Doc, a.Actor}
			if listed[key] {
				t.Errorf("actors.json: %s: actor %q listed twice", d.Doc, a.Actor)
			}
			listed[key] = true
			if a.Label == OffTarget || !slices.Contains(Labels, a.Label) {
				t.Errorf("actors.json: %s: %q has label %q, want a stance", d.Doc, a.Actor, a.Label)
			}
			if !slices.Contains(ActorTypes, a.ActorType) {
				t.Errorf("actors.json: %s: %q has invalid actor_type %q", d.Doc, a.Actor, a.ActorType)
			}
			if !onTarget[key] {
				t.Errorf("actors.json: %s: %q has no on-target statement", d.Doc, a.Actor)
			}
			if len(a.Evidence) == 0 {
				t.Errorf("actors.json: %s: %q has no evidence", d.Doc, a.Actor)
			}
			for _, id := range a.Evidence {
				q, ok := byID[id]
				switch {
				case !ok:
					t.Errorf("actors.json: %s: %q: unknown evidence id %s", d.Doc, a.Actor, id)
				case q.Doc != d.Doc:
					t.Errorf("actors.json: %s: %q: evidence %s belongs to doc %s", d.Doc, a.Actor, id, q.Doc)
				case q.Actor != a.Actor:
					t.Errorf("actors.json: %s: %q: evidence %s belongs to actor %q", d.Doc, a.Actor, id, q.Actor)
				case q.ActorType != a.ActorType:
					t.Errorf("actors.json: %s: %q: actor_type %q, evidence %s says %q", d.Doc, a.Actor, a.ActorType, id, q.ActorType)
				}
			}
		}
	}
	for key := range onTarget {
		if !listed[key] {
			t.Errorf("actors.json: %s: on-target actor %q missing", key[0], key[1])
		}
	}
	for doc := range arts {
		if !seenDoc[doc] {
			t.Errorf("actors.json: doc %q missing", doc)
		}
	}
}

func TestDir(t *testing.T) {
	d := Dir()
	if !filepath.IsAbs(d) {
		t.Errorf("Dir() = %q, want an absolute path", d)
	}
	if _, err := os.Stat(filepath.Join(d, "quotes.jsonl")); err != nil {
		t.Errorf("Dir() = %q: %v", d, err)
	}
}

func TestLoadQuotesRejectsUnknownField(t *testing.T) {
	p := filepath.Join(t.TempDir(), "q.jsonl")
	data := `{"id":"a-01","doc":"a","start":0,"end":1,"text":"x","speaker":"s","actor":"A","actor_type":"other","label":"cautious","also_ok":[],"confidence":"high","rationale":"r","kind":"quote"}` + "\n\n" +
		`{"id":"a-02","bogus":1}` + "\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadQuotes(p)
	if err == nil {
		t.Fatal("LoadQuotes accepted an unknown field")
	}
	if !strings.Contains(err.Error(), "q.jsonl:3:") || !strings.Contains(err.Error(), "bogus") {
		t.Errorf("error %q should name line 3 and the field", err)
	}
}

func TestLoadActorsRejectsUnknownField(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(p, []byte(`[{"doc":"a","actors":[],"extra":true}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadActors(p); err == nil {
		t.Fatal("LoadActors accepted an unknown field")
	}
}

func TestLoadErrorsWrapPath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing")
	if _, err := LoadQuotes(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("LoadQuotes(missing) error = %v", err)
	}
	if _, err := LoadActors(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("LoadActors(missing) error = %v", err)
	}
	if _, err := LoadArticles(missing); err == nil {
		t.Error("LoadArticles(missing) returned no error")
	}
}
