package attribution

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestOfficialDevErrors prints, for each development text of
// testdata/official, the gold and predicted actors with their labels, the
// gold statements missed or given another actor, and the predicted
// statements that match no gold one. It is a working aid for writing rules
// from the development texts' errors, and runs only with
// STANCEKIT_DEV_ERRORS=1 (never on the sealed texts).
func TestOfficialDevErrors(t *testing.T) {
	if os.Getenv("STANCEKIT_DEV_ERRORS") != "1" {
		t.Skip("set STANCEKIT_DEV_ERRORS=1 to print the development texts' errors")
	}
	g := devSet(t, true)
	a, err := New(defaultModel(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	only := os.Getenv("STANCEKIT_DEV_DOC")
	var b strings.Builder
	for _, doc := range g.names {
		if only != "" && !strings.Contains(doc, only) {
			continue
		}
		res, err := a.Analyze(g.docs[doc])
		if err != nil {
			t.Fatal(err)
		}
		writeDocErrors(&b, g, doc, res)
	}
	t.Log("\n" + b.String())
}

func writeDocErrors(b *strings.Builder, g *goldCorpus, doc string, res *Result) {
	fmt.Fprintf(b, "==== %s\n", doc)
	for _, da := range g.actors {
		if da.Doc == doc {
			for _, ga := range da.Actors {
				fmt.Fprintf(b, "  gold actor  %-28s %s\n", ga.Actor, ga.Label)
			}
		}
	}
	for _, pa := range res.Actors {
		fmt.Fprintf(b, "  pred actor  %-28s %-11s %.2f (%d stmts)\n", pa.Name, pa.Label, pa.Confidence, len(pa.Statements))
	}
	gold := g.docQuotes(doc)
	mt := matchStatements(res.Statements, gold)
	used := make([]bool, len(res.Statements))
	for gi, pi := range mt {
		q := gold[gi]
		gs := fmt.Sprintf("%s/%s/%s", q.Actor, q.Kind, q.Label)
		if pi < 0 {
			fmt.Fprintf(b, "  MISS  [%d:%d] %s %q spk=%q\n", q.Start, q.End, gs, clip(q.Text), q.Speaker)
			continue
		}
		used[pi] = true
		p := res.Statements[pi]
		if p.Actor != q.Actor {
			fmt.Fprintf(b, "  ACTOR [%d:%d] gold %s got %s/%s/%s spk=%q/%q %q\n", q.Start, q.End, gs, p.Actor, p.Kind, p.Prediction.Label, p.Speaker, p.SpeakerText, clip(q.Text))
		} else {
			fmt.Fprintf(b, "  ok    [%d:%d] %s got %s w=%.2f %q\n", q.Start, q.End, gs, p.Prediction.Label, p.Weight, clip(q.Text))
		}
	}
	for pi, p := range res.Statements {
		if !used[pi] {
			fmt.Fprintf(b, "  SPUR  [%d:%d] %s/%s/%s spk=%q/%q rep=%q %q\n", p.Start, p.End, p.Actor, p.Kind, p.Prediction.Label, p.Speaker, p.SpeakerText, p.Reporter, clip(p.Text))
		}
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 110 {
		return s[:110] + "…"
	}
	return s
}

// TestOfficialDevSources prints each development text's source step: the
// issuer and the turns (STANCEKIT_DEV_ERRORS=1 only).
func TestOfficialDevSources(t *testing.T) {
	if os.Getenv("STANCEKIT_DEV_ERRORS") != "1" {
		t.Skip("set STANCEKIT_DEV_ERRORS=1 to print the development texts' sources")
	}
	g := devSet(t, false)
	a, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, doc := range g.names {
		text := g.docs[doc]
		lines := splitLines(text)
		src := a.sources(text, lines, "")
		fmt.Fprintf(&b, "==== %s own=%v issuer kind=%d spk=%q actor=%q from=%d members=%q turns=%d\n", doc, src.ownVoice,
			src.issuer.kind, src.issuer.speaker, src.issuer.actor.name, src.issuerFrom, src.issuer.members, len(src.turns))
		for _, tn := range src.turns {
			fmt.Fprintf(&b, "   turn %d:%d kind=%d spk=%q actor=%q %q\n", tn.start, tn.end, tn.v.kind, tn.v.speaker, tn.v.actor.name, clip(text[tn.start:tn.end]))
		}
	}
	t.Log("\n" + b.String())
}

// devSet is the set the working aids print: every development text, or with
// STANCEKIT_DEV_SET=second or third that batch's, or (where corpus is allowed)
// with STANCEKIT_DEV_SET=corpus the five corpus articles, or with
// STANCEKIT_DEV_BATCHES=A-B (0-based, inclusive) the development texts of
// those batches only, so that the latest batches can stay a held-out check
// whose errors nobody reads. Never the sealed texts.
func devSet(t *testing.T, corpus bool) *goldCorpus {
	if r := os.Getenv("STANCEKIT_DEV_BATCHES"); r != "" {
		return devBatches(t, r)
	}
	switch os.Getenv("STANCEKIT_DEV_SET") {
	case "second":
		return loadOfficialBatch(t, "dev", 1)
	case "third":
		return loadOfficialBatch(t, "dev", 2)
	case "corpus":
		if corpus {
			return loadGold(t)
		}
	}
	return loadOfficial(t, "dev")
}

// devBatches is the union of the development texts of the batches a range
// "A-B" (or a single "A") names.
func devBatches(t *testing.T, r string) *goldCorpus {
	lo, hi, ok := strings.Cut(r, "-")
	if !ok {
		hi = lo
	}
	a, err1 := strconv.Atoi(strings.TrimSpace(lo))
	b, err2 := strconv.Atoi(strings.TrimSpace(hi))
	if err1 != nil || err2 != nil || a < 0 || b < a {
		t.Fatalf("STANCEKIT_DEV_BATCHES=%q: want A-B with 0 <= A <= B", r)
	}
	var gs []*goldCorpus
	for i := a; i <= b; i++ {
		gs = append(gs, loadOfficialBatch(t, "dev", i))
	}
	return mergeGold(gs...)
}
