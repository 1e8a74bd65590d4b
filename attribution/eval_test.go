package attribution

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
)

// goldCorpus is the gold corpus of testdata/, or a skip when it is absent.
type goldCorpus struct {
	docs   map[string]string
	quotes []corpus.Quote
	actors []corpus.DocActors
	names  []string // document names, sorted
	// sealed marks a corpus of sealed texts: its scores print figures
	// only, without the per-text misses, unless STANCEKIT_SEALED_DETAIL=1.
	sealed bool
}

// actorLabels maps each gold actor of doc to its gold label.
func (g *goldCorpus) actorLabels(doc string) map[string]stance.Label {
	out := map[string]stance.Label{}
	for _, da := range g.actors {
		if da.Doc == doc {
			for _, ac := range da.Actors {
				out[ac.Actor] = stance.Label(ac.Label)
			}
		}
	}
	return out
}

func loadGold(t testing.TB) *goldCorpus {
	t.Helper()
	dir := corpus.Dir()
	if _, err := os.Stat(filepath.Join(dir, "quotes.jsonl")); err != nil {
		t.Skipf("gold corpus not found: %v", err)
	}
	g := &goldCorpus{}
	var err error
	if g.docs, err = corpus.LoadArticles(filepath.Join(dir, "articles")); err != nil {
		t.Fatal(err)
	}
	if g.quotes, err = corpus.LoadQuotes(filepath.Join(dir, "quotes.jsonl")); err != nil {
		t.Fatal(err)
	}
	if g.actors, err = corpus.LoadActors(filepath.Join(dir, "actors.json")); err != nil {
		t.Fatal(err)
	}
	for n := range g.docs {
		g.names = append(g.names, n)
	}
	sort.Strings(g.names)
	return g
}

// stmtScores are the statement-level figures of one run.
type stmtScores struct {
	pred, gold          int
	spanTP, pairTP      int // matched spans; matched spans with the gold actor
	speakerOK, typeOK   int // among matched spans
	onTargetGold, onTgt int // gold on-target statements; of them matched with the right actor
}

func (s stmtScores) p() float64  { return ratio(s.pairTP, s.pred) }
func (s stmtScores) r() float64  { return ratio(s.pairTP, s.gold) }
func (s stmtScores) f1() float64 { return f1(s.p(), s.r()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// matchStatements pairs predicted and gold statements of one document one
// to one under spanMatch, best overlap first, and returns for each gold
// statement the index of its predicted statement or -1.
func matchStatements(pred []Statement, gold []corpus.Quote) []int {
	type cand struct {
		p, g int
		j    float64
	}
	var cs []cand
	for pi, p := range pred {
		for gi, g := range gold {
			if ok, j := spanMatch(p.Start, p.End, g.Start, g.End); ok {
				cs = append(cs, cand{pi, gi, j})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].j > cs[j].j })
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	used := make([]bool, len(pred))
	for _, c := range cs {
		if out[c.g] < 0 && !used[c.p] {
			out[c.g], used[c.p] = c.p, true
		}
	}
	return out
}

func (g *goldCorpus) docQuotes(doc string) []corpus.Quote {
	var out []corpus.Quote
	for _, q := range g.quotes {
		if q.Doc == doc {
			out = append(out, q)
		}
	}
	return out
}

func scoreStatements(g *goldCorpus, doc string, res *Result, s *stmtScores) {
	gold := g.docQuotes(doc)
	m := matchStatements(res.Statements, gold)
	s.pred += len(res.Statements)
	s.gold += len(gold)
	for gi, pi := range m {
		on := gold[gi].Label != corpus.OffTarget
		if on {
			s.onTargetGold++
		}
		if pi < 0 {
			continue
		}
		s.spanTP++
		p := res.Statements[pi]
		if p.Actor == gold[gi].Actor {
			s.pairTP++
			if on {
				s.onTgt++
			}
		}
		if p.ActorType == gold[gi].ActorType {
			s.typeOK++
		}
		if sameSpeaker(p, gold[gi].Speaker) {
			s.speakerOK++
		}
	}
}

// actorScores are the actor-level figures of one run.
type actorScores struct {
	gold, found, pred int // gold actors, of them found; predicted on-target actors
	labelOK           int // found gold actors with the gold label
}

func scoreActors(g *goldCorpus, doc string, res *Result, s *actorScores) []string {
	var errs []string
	for _, da := range g.actors {
		if da.Doc != doc {
			continue
		}
		for _, ga := range da.Actors {
			s.gold++
			for _, pa := range res.Actors {
				if pa.Name != ga.Actor {
					continue
				}
				s.found++
				if string(pa.Label) == ga.Label {
					s.labelOK++
				} else {
					errs = append(errs, doc+": "+ga.Actor+" gold "+ga.Label+" got "+string(pa.Label))
				}
			}
		}
	}
	for _, pa := range res.Actors {
		if pa.Label != stance.OffTarget {
			s.pred++
		}
	}
	return errs
}

// sameSpeaker compares a predicted speaker with the gold one as written:
// equal ignoring case and a leading article, or sharing the family name.
func sameSpeaker(p Statement, gold string) bool {
	norm := func(s string) string {
		f := fieldsLower(s)
		if len(f) > 1 && (f[0] == "a" || f[0] == "an" || f[0] == "the") {
			f = f[1:]
		}
		out := ""
		for i, w := range f {
			if i > 0 {
				out += " "
			}
			out += w
		}
		return out
	}
	g := norm(gold)
	for _, cand := range []string{p.Speaker, p.SpeakerText} {
		c := norm(cand)
		if c == g {
			return true
		}
		cf, gf := fieldsLower(c), fieldsLower(g)
		if len(cf) > 0 && len(gf) > 0 && cf[len(cf)-1] == gf[len(gf)-1] && (len(cf) == 1 || len(gf) == 1) {
			return true
		}
	}
	return false
}

func fieldsLower(s string) []string {
	var out []string
	cur := []rune{}
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' {
			if len(cur) > 0 {
				out = append(out, string(cur))
				cur = cur[:0]
			}
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '\u2019' {
			r = '\''
		}
		cur = append(cur, r)
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

// trainWithout trains a stance model on the gold statements of every
// document but doc. offTarget keeps the off-target statements as a fourth
// class; otherwise they are left out, as for the default model.
func trainWithout(t testing.TB, g *goldCorpus, doc string, offTarget bool) *stance.Model {
	t.Helper()
	var texts []string
	var labels []stance.Label
	for _, q := range g.quotes {
		if q.Doc == doc || (!offTarget && q.Label == corpus.OffTarget) {
			continue
		}
		texts = append(texts, q.Text)
		labels = append(labels, stance.Label(q.Label))
	}
	m, err := stance.Train(texts, labels, stance.DefaultTrainConfig())
	if err != nil {
		t.Fatalf("train without %s: %v", doc, err)
	}
	return m
}

// TestCorpusExtraction scores statement extraction and attribution against
// the gold corpus: precision and recall of (span, actor) pairs. A predicted
// statement matches a gold one of the same article when their byte ranges
// have a Jaccard index of at least 0.5, or when the gold span lies inside
// the predicted one and the predicted one is at most three times as long;
// matching is one to one, best overlap first. Nothing here is learned.
func TestCorpusExtraction(t *testing.T) {
	g := loadGold(t)
	a, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var s stmtScores
	var as actorScores
	for _, doc := range g.names {
		res, err := a.Analyze(g.docs[doc])
		if err != nil {
			t.Fatal(err)
		}
		var d stmtScores
		scoreStatements(g, doc, res, &d)
		t.Logf("%-52s pred %3d gold %3d spans %3d (span,actor) %3d  P %.3f R %.3f", doc, d.pred, d.gold, d.spanTP, d.pairTP, d.p(), d.r())
		scoreStatements(g, doc, res, &s)
		scoreActors(g, doc, res, &as)
	}
	t.Logf("statements: predicted %d, gold %d; span matches %d (P %.3f R %.3f)", s.pred, s.gold, s.spanTP, ratio(s.spanTP, s.pred), ratio(s.spanTP, s.gold))
	t.Logf("(span, actor): P %.3f R %.3f F1 %.3f; on-target gold recall %.3f", s.p(), s.r(), s.f1(), ratio(s.onTgt, s.onTargetGold))
	t.Logf("of matched spans: actor %.3f, actor type %.3f, speaker %.3f", ratio(s.pairTP, s.spanTP), ratio(s.typeOK, s.spanTP), ratio(s.speakerOK, s.spanTP))
	t.Logf("actors: gold %d, found %d, recall %.3f", as.gold, as.found, ratio(as.found, as.gold))
	// Floors a little under the measured figures (see RESULTS.md).
	floors := []struct {
		name      string
		got, want float64
	}{
		{"(span, actor) precision", s.p(), 0.80},
		{"(span, actor) recall", s.r(), 0.79},
		{"(span, actor) F1", s.f1(), 0.79},
		{"speaker accuracy on matched spans", ratio(s.speakerOK, s.spanTP), 0.85},
		{"actor recall", ratio(as.found, as.gold), 0.90},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}

// TestCorpusActorLabelsLOAO measures actor-level label accuracy with the
// stance model trained leave-one-article-out: for each article, a model is
// trained with stance.Train on the gold statements of the other four, and
// the held-out article is analysed end to end (extraction, attribution,
// classification, aggregation). Accuracy is over the gold actors of
// actors.json; an actor the analyzer did not find counts as wrong in the
// end-to-end figure.
func TestCorpusActorLabelsLOAO(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five models")
	}
	g := loadGold(t)
	for _, off := range []bool{false, true} {
		var as actorScores
		var errs []string
		for _, doc := range g.names {
			a, err := New(trainWithout(t, g, doc, off), nil)
			if err != nil {
				t.Fatal(err)
			}
			res, err := a.Analyze(g.docs[doc])
			if err != nil {
				t.Fatal(err)
			}
			errs = append(errs, scoreActors(g, doc, res, &as)...)
		}
		t.Logf("off_target class %v: gold actors %d, found %d, label accuracy on found %.3f, end to end %.3f",
			off, as.gold, as.found, ratio(as.labelOK, as.found), ratio(as.labelOK, as.gold))
		for _, e := range errs {
			t.Logf("  %s", e)
		}
		if !off {
			// Floors just under the figures measured with the default
			// lexicon of commit c7877e7 and later (0.875 and 0.955; see
			// RESULTS.md).
			if acc := ratio(as.labelOK, as.gold); acc < 0.85 {
				t.Errorf("end-to-end actor label accuracy %.3f below the floor 0.85", acc)
			}
			if acc := ratio(as.labelOK, as.found); acc < 0.93 {
				t.Errorf("actor label accuracy on found actors %.3f below the floor 0.93", acc)
			}
		}
	}
}
