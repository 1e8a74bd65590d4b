package attribution

import (
	"os"
	"testing"
)

// goldVoice is the actor holding most of the gold's own-voice statements
// of doc ("" when it has none).
func goldVoice(g *goldCorpus, doc string) string {
	n := map[string]int{}
	best := ""
	for _, q := range g.docQuotes(doc) {
		if q.Kind != "statement" {
			continue
		}
		n[q.Actor]++
		if best == "" || n[q.Actor] > n[best] || n[q.Actor] == n[best] && q.Actor < best {
			best = q.Actor
		}
	}
	return best
}

func TestVoiceOracle(t *testing.T) {
	if os.Getenv("STANCEKIT_VOICE_ORACLE") != "1" {
		t.Skip("set STANCEKIT_VOICE_ORACLE=1")
	}
	g := loadOfficial(t, "dev")
	seventh := map[string]bool{}
	for _, n := range loadOfficialBatch(t, "dev", 6).names {
		seventh[n] = true
	}
	m := defaultModel(t)
	base, err := New(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"none", "always", "when-unsure"} {
		var all, sev cvFigures
		hinted := 0
		for _, doc := range g.names {
			text := g.docs[doc]
			a := base
			v := goldVoice(g, doc)
			src := base.sources(text, splitLines(text), "")
			unsure := !src.ownVoice || src.guessed
			if v != "" && (mode == "always" || mode == "when-unsure" && unsure) {
				if a, err = New(m, nil, WithIssuer(v)); err != nil {
					t.Fatal(err)
				}
				hinted++
			}
			res, err := a.Analyze(text)
			if err != nil {
				t.Fatal(err)
			}
			tx := cvText{name: doc, res: res}
			all.add(g, tx, nil)
			if seventh[doc] {
				sev.add(g, tx, nil)
			}
		}
		t.Logf("%-12s hinted %2d: all %v | seventh %v", mode, hinted, all, sev)
	}
}
