package attribution

import (
	"math"
	"slices"

	"github.com/stancekit/stancekit/stance"
)

// Step: the learned holder detector (after aggregation, before the learned
// label; off unless WithHolderDetector). The rules find an actor only where
// a pattern reads it as a statement's holder; on page formats nobody wrote
// rules from, a holder may be named and never read. The detector reads
// every actor of the registry and the gazetteer the text names (the
// matcher's own matches: aliases, people, capitals, demonyms), one row per
// actor, with features of where and how it is named, whether the rules
// found it, what the stance model reads in the sentences naming it, and
// its type (holderFeatureNames), and a logistic regression gives the
// probability that it holds a position in the text (holders.txt, written
// by go generate). An actor the rules did not list whose probability
// reaches the model's threshold is added, its statements the sentences
// that name it in a holder's place (see holderStatements).

// holderMention is one registry or gazetteer phrase of the text, as the
// extractor read it.
type holderMention struct {
	actor      int       // index into the matcher's actors
	kind       matchKind // alias, demonym, person or surname
	line       int       // the line's index among the lines read
	heading    bool      // in a heading line
	lineStart  bool      // the line's first word: an issuer's place
	subject    bool      // followed by a verb group (the subject of a clause)
	speech     bool      // followed by a speech or clause verb of the grammar
	inQuote    bool      // inside a quotation
	quoteNear  bool      // its sentence holds a quotation
	inList     bool      // next to another registry phrase across one word ("X, Y and Z")
	qa         bool      // its line opens with a label and a colon ("Q:", "Spokesperson:")
	role       bool      // a role noun of the registry follows ("Chinese officials", "the Commission's spokesperson")
	start, end int       // its sentence's bytes
}

// holderCands are the mentions of one text, in text order, and the number
// of lines read.
type holderCands struct {
	ms    []holderMention
	lines int
}

// note records the mentions of one line: ws its words, sents its
// sentences (one for a heading), ms the matcher's phrases in it, k the
// line's index among the lines read.
func (a *Analyzer) note(hc *holderCands, ws []word, sents []sentence, ms []match, k int, heading bool) {
	if hc == nil {
		return
	}
	hc.lines = k + 1
	qa := labelledLine(ws)
	for n, mt := range ms {
		si := min(max(ws[mt.i].sent, 0), len(sents)-1)
		if heading {
			si = 0
		}
		sn := sents[si]
		v, subj := a.verbAfter(ws, mt.j, sn.j)
		hm := holderMention{actor: mt.actor, kind: mt.kind, line: k, heading: heading, lineStart: mt.i == 0,
			subject: subj, speech: subj && (ws[v].is(cSpeech) || ws[v].is(cClause)), inQuote: ws[mt.i].quote >= 0,
			quoteNear: quoted(ws, sn), inList: listed(ws, ms, n), qa: qa, role: roleAfter(ws, mt.j),
			start: ws[sn.i].start, end: ws[sn.j-1].end}
		hc.ms = append(hc.ms, hm)
	}
}

// labelledLine reports whether the line opens with a label of one to three
// words and a colon.
func labelledLine(ws []word) bool {
	for k := 1; k < len(ws) && k <= 3; k++ {
		if ws[k].norm == ":" {
			return true
		}
		if !ws[k].alpha {
			return false
		}
	}
	return false
}

// roleAfter reports whether a role noun stands in the two words from e.
func roleAfter(ws []word, e int) bool {
	for k := e; k < len(ws) && k < e+2; k++ {
		if ws[k].is(cRole) {
			return true
		}
	}
	return false
}

// quoted reports whether sentence sn holds a quoted word.
func quoted(ws []word, sn sentence) bool {
	for k := sn.i; k < sn.j; k++ {
		if ws[k].quote >= 0 {
			return true
		}
	}
	return false
}

// listed reports whether phrase n of ms has a neighbouring phrase one word
// away, that word a comma or a lower-case word that is no verb.
func listed(ws []word, ms []match, n int) bool {
	gap := func(k int) bool {
		w := &ws[k]
		return !w.alpha && !w.qmark || !w.cap && !w.is(cSpeech) && !w.is(cAux) && !w.is(cClause)
	}
	if n > 0 && ms[n-1].j+1 == ms[n].i && gap(ms[n].i-1) {
		return true
	}
	return n+1 < len(ms) && ms[n].j+1 == ms[n+1].i && gap(ms[n].j)
}

// holderFeatureNames are the features of a candidate holder, in the order
// holderRow writes them.
var holderFeatureNames = []string{
	"log_mentions", "mention_share", "most_named", "first_line", "in_first_lines", "in_heading", "line_start",
	"subject", "speech_subject", "quote_share", "quote_near_share", "in_list", "after_label",
	"kind_alias", "kind_demonym", "kind_person", "role_head",
	"rules_found", "rules_labelled", "rules_weight_share", "rules_statement_share",
	"log_rules_actors", "own_voice", "paired_listed",
	"p_on_target", "max_on_target", "on_target_share", "cue_share", "p_supportive", "p_cautious", "p_opposed",
	"type_government", "type_company", "type_parliament", "type_eu", "type_regulator_operator", "type_unknown",
}

// holderCand is one candidate actor of a text: its mentions, and its
// index in the result's actors (-1: the rules did not list it).
type holderCand struct {
	ref   actorRef
	ms    []holderMention
	actor int
}

// holderCandidates groups the mentions of hc by actor, in order of first
// mention, leaving out names that can never be an actor.
func (a *Analyzer) holderCandidates(hc *holderCands, res *Result) []holderCand {
	idx := map[string]int{}
	var out []holderCand
	for _, m := range hc.ms {
		ref := a.actorOf(m.actor)
		if a.junkActor(ref.name) {
			continue
		}
		k, ok := idx[ref.name]
		if !ok {
			k = len(out)
			idx[ref.name] = k
			out = append(out, holderCand{ref: ref, actor: -1})
		}
		out[k].ms = append(out[k].ms, m)
	}
	for i, ac := range res.Actors {
		if k, ok := idx[ac.Name]; ok {
			out[k].actor = i
		}
	}
	return out
}

// holderSentences are the distinct sentences of a candidate's mentions,
// the first maxHolderSentences of them.
const maxHolderSentences = 6

func holderSentences(ms []holderMention) [][2]int {
	var out [][2]int
	for _, m := range ms {
		s := [2]int{m.start, m.end}
		if !slices.Contains(out, s) && len(out) < maxHolderSentences {
			out = append(out, s)
		}
	}
	return out
}

// predictions are the classifier's predictions of the spans of text
// (a span it cannot label has none).
func (a *Analyzer) predictions(text string, spans [][2]int) []stance.Prediction {
	out := make([]stance.Prediction, 0, len(spans))
	for _, s := range spans {
		if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] || a.cls == nil {
			continue
		}
		if p, err := a.cls.Predict(text[s[0]:s[1]]); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// holderRow is the features of candidate c of res (total: the mentions of
// every candidate; most: the most mentions of one; preds: the predictions
// of its sentences; lines: the lines read; paired: the layout pairs it,
// a government or a parliament, with a chamber or a government the rules
// listed).
func holderRow(c holderCand, res *Result, preds []stance.Prediction, total, most, lines int, paired bool) []float64 {
	x := make([]float64, 0, len(holderFeatureNames))
	n := float64(len(c.ms))
	x = append(x, math.Log1p(n), n/float64(max(total, 1)), b2f(len(c.ms) == most))
	x = append(x, float64(c.ms[0].line)/float64(max(lines, 1)))
	x = append(x, mentionFeatures(c.ms)...)
	x = append(x, rulesFeatures(c, res)...)
	labelled := 0
	for _, ac := range res.Actors {
		labelled += int(b2f(ac.Label != "" && ac.Label != stance.OffTarget))
	}
	x = append(x, math.Log1p(float64(labelled)), b2f(hasOwnVoice(res)), b2f(paired))
	x = append(x, predFeatures(preds)...)
	return append(x, typeFeatures(c.ref.typ)...)
}

// mentionFeatures are where and how the mentions stand (in_first_lines to
// kind_person, then role_head).
func mentionFeatures(ms []holderMention) []float64 {
	x := make([]float64, 13)
	for _, m := range ms {
		x[12] = max(x[12], b2f(m.role))
		x[0] = max(x[0], b2f(m.line < 3))
		x[1] = max(x[1], b2f(m.heading))
		x[2] = max(x[2], b2f(m.lineStart))
		x[3] = max(x[3], b2f(m.subject && !m.inQuote))
		x[4] = max(x[4], b2f(m.speech && !m.inQuote))
		x[5] += b2f(m.inQuote)
		x[6] += b2f(m.quoteNear)
		x[7] = max(x[7], b2f(m.inList))
		x[8] = max(x[8], b2f(m.qa))
		switch m.kind {
		case mAlias:
			x[9]++
		case mDemonym:
			x[10]++
		default:
			x[11]++
		}
	}
	n := float64(len(ms))
	for _, i := range []int{5, 6, 9, 10, 11} {
		x[i] /= n
	}
	return x
}

// rulesFeatures tell whether the rules listed the candidate, labelled it,
// its share of the text's weight and of its statements in the text's own
// voice.
func rulesFeatures(c holderCand, res *Result) []float64 {
	if c.actor < 0 {
		return make([]float64, 4)
	}
	total := 0.0
	for _, ac := range res.Actors {
		total += actorWeight(ac)
	}
	ac := &res.Actors[c.actor]
	own := 0
	for _, s := range ac.Statements {
		own += int(b2f(s.Kind == KindStatement))
	}
	return []float64{1, b2f(ac.Label != "" && ac.Label != stance.OffTarget), actorWeight(*ac) / max(total, 1e-9),
		float64(own) / float64(max(len(ac.Statements), 1))}
}

// predFeatures are the stance model's mean relevance of the sentences
// (its probability that they bear on the question), its highest, the share
// labelled on target, the share with a stance cue, and the mean of each
// class.
func predFeatures(ps []stance.Prediction) []float64 {
	x := make([]float64, 7)
	for _, p := range ps {
		x[0] += p.Relevance
		x[1] = max(x[1], p.Relevance)
		x[2] += b2f(p.Label != "" && p.Label != stance.OffTarget)
		x[3] += b2f(len(p.Cues) > 0)
		x[4] += p.Probs.Of(stance.Supportive)
		x[5] += p.Probs.Of(stance.Cautious)
		x[6] += p.Probs.Of(stance.Opposed)
	}
	n := float64(max(len(ps), 1))
	for _, i := range []int{0, 2, 3, 4, 5, 6} {
		x[i] /= n
	}
	return x
}

// holderRows are the candidates of one analysed text and their features.
func (a *Analyzer) holderRows(text string, hc *holderCands, res *Result) ([]holderCand, [][]float64) {
	cs := a.holderCandidates(hc, res)
	total, most := 0, 0
	for _, c := range cs {
		total += len(c.ms)
		most = max(most, len(c.ms))
	}
	xs := make([][]float64, len(cs))
	for i, c := range cs {
		xs[i] = holderRow(c, res, a.predictions(text, holderSentences(c.ms)), total, most, hc.lines, a.pairedListed(c.ref.name, res))
	}
	return cs, xs
}

// pairedListed reports whether the layout's chambers pair name with an
// actor of res: it is the government of a listed parliament, or the
// parliament of a listed government.
func (a *Analyzer) pairedListed(name string, res *Result) bool {
	listed := func(n string) bool {
		return slices.ContainsFunc(res.Actors, func(ac Actor) bool { return ac.Name == n })
	}
	for _, r := range a.lx.layout.chambers() {
		if r.gov == name && listed(r.parl) || r.parl == name && listed(r.gov) {
			return true
		}
	}
	return false
}
