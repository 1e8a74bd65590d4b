package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// maxArticle bounds what -article reads.
const maxArticle = 64 << 20

// runArticle is classify -article FILE: every actor of one article, its
// position, confidence and top evidence as a table, or with -json one object
//
//	{"actors":[{"actor","actor_type","type","label","confidence","probs","sentiment",
//	            "statements":[{"text","start","end","speaker","speaker_text","actor","actor_type","kind","reporter",
//	                           "label","confidence","relevance","probs","cues","reasons","weight","sentiment"}]}],
//	 "statements":[…]}
//
// which reads back into an attribution.Result with encoding/json. A
// statement's "cues" locate their words in its "text" (start and end count
// bytes of the statement, as in classify -json).
//
// FILE "-" reads standard input. -actors FILE merges a registry file into
// the default registry, or replaces it when the file says "replace": true.
//
// The article's layout is normalised in place before analysis
// (tokenize.CleanLayout): a leading byte order mark, lone CRs and the
// Unicode line and paragraph separators become spaces and line feeds, byte
// for byte, so offsets still count the file's bytes. In JSON, "start" and
// "end" count bytes of the article as JSON carries text: an invalid UTF-8
// byte counts as the three bytes of the U+FFFD it is written as, so a
// statement's "text" is the article's text at [start:end] once both are
// read as JSON does.
//
// A signal on stop abandons the analysis: nothing is written.
func runArticle(o options, args []string, stdin io.Reader, stdout io.Writer, stop <-chan os.Signal) error {
	warmArticle(o)
	if len(args) > 0 {
		return fmt.Errorf("%w: -article reads one article; do not also give statements as arguments", errUsage)
	}
	if o.jsonl {
		return fmt.Errorf("%w: -article and -jsonl do not go together", errUsage)
	}
	// The model loads on a goroutine of its own while the rest is set up
	// and the article's statements are found; the first statement to
	// classify waits for it. Its error comes before any error of what
	// follows, as when it was loaded here.
	m := loadModelAsync(o.model)
	var reg *attribution.Registry // nil: the defaults
	if o.actors != "" {
		f, err := os.Open(o.actors)
		if err != nil {
			return fmt.Errorf("-actors: %w", err)
		}
		extra, err := attribution.LoadRegistry(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("-actors %s: %w", o.actors, err)
		}
		if reg, err = attribution.ExtendDefaults(extra); err != nil {
			return err
		}
	}
	sa, err := sentiment.New(sentiment.WithProfile(o.sentProfile))
	if err != nil {
		return m.first(err)
	}
	g, err := loadGrammar(o.grammar)
	if err != nil {
		return m.first(err)
	}
	opts := []attribution.Option{attribution.WithMaxBytes(maxArticle), attribution.WithSentiment(sa)}
	if o.issuer != "" {
		opts = append(opts, attribution.WithIssuer(o.issuer))
	}
	if g != nil {
		opts = append(opts, attribution.WithGrammar(g))
	}
	if o.noLearned {
		opts = append(opts, attribution.WithoutLearnedLabels())
	}
	a, err := attribution.New(m, reg, opts...)
	if err != nil {
		return m.first(err)
	}
	var r io.Reader = stdin
	if o.article != "-" {
		f, err := os.Open(o.article)
		if err != nil {
			return m.first(fmt.Errorf("-article: %w", err))
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxArticle+1))
	if err != nil {
		return m.first(fmt.Errorf("-article: read: %w", err))
	}
	if len(raw) > maxArticle {
		return m.first(fmt.Errorf("-article: %w: more than %d MiB", attribution.ErrTooLarge, maxArticle>>20))
	}
	text := tokenize.CleanLayout(string(raw))
	raw = nil
	type outcome struct {
		res *attribution.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := a.Analyze(text)
		done <- outcome{res, err}
	}()
	var res *attribution.Result
	select {
	case out := <-done:
		if out.err != nil {
			return m.first(out.err)
		}
		if _, err := m.wait(); err != nil {
			return err // an article without statements did not need it
		}
		res = out.res
	case sig := <-stop:
		return interrupted{sig: sig, written: -1}
	}
	w := bufio.NewWriter(stdout)
	if o.json {
		emittedArticleOffsets(text, res)
		// What a json.Encoder writes of res, without its scanning the
		// compact output of res.MarshalJSON once more.
		b, err := res.MarshalJSON()
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	} else {
		writeActorTable(w, res)
	}
	return w.Flush()
}

// loadGrammar is the built-in grammar extended with the comma-separated
// files of -grammar; nil when there are none.
func loadGrammar(files string) (*attribution.Grammar, error) {
	if files == "" {
		return nil, nil
	}
	g, err := attribution.DefaultGrammar()
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(files, ",") {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("-grammar: %w", err)
		}
		err = g.Load(name, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("-grammar: %w", err)
		}
	}
	return g, nil
}

// writeActorTable writes one block per actor: name, type, label and
// confidence, then its top three statements.
func writeActorTable(w io.Writer, res *attribution.Result) {
	if len(res.Actors) == 0 {
		fmt.Fprintln(w, "no statements found")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tTYPE\tLABEL\tCONFIDENCE\tSENTIMENT\tSTATEMENTS")
	for _, ac := range res.Actors {
		label := string(ac.Label)
		if label == "" {
			label = "-"
		}
		sent := "-"
		if ac.Sentiment != nil {
			sent = fmt.Sprintf("%+.2f %s", ac.Sentiment.Compound, ac.Sentiment.Label)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\t%d\n", ac.Name, ac.Type, label, ac.Confidence, sent, len(ac.Statements))
	}
	tw.Flush()
	for _, ac := range res.Actors {
		fmt.Fprintf(w, "\n%s (%s, %.2f)\n", ac.Name, labelOr(ac.Label), ac.Confidence)
		for i, s := range ac.Statements {
			if i == 3 {
				fmt.Fprintf(w, "  … %d more\n", len(ac.Statements)-3)
				break
			}
			fmt.Fprintf(w, "  %-10s %.2f  %s [%d:%d] %s\n", labelOr(s.Prediction.Label), s.Prediction.Confidence,
				s.Speaker, s.Start, s.End, clip(s.Text, 110))
		}
	}
}

// emittedArticleOffsets moves every statement's offsets into the article
// as JSON carries it (see runArticle), and its cues' offsets into its text
// as JSON carries that: it changes nothing for valid UTF-8.
func emittedArticleOffsets(text string, res *attribution.Result) {
	if utf8.ValidString(text) {
		return
	}
	// Each statement once: an actor's list may share its elements with
	// the article's.
	seen := map[*attribution.Statement]bool{}
	var stmts []*attribution.Statement
	add := func(list []attribution.Statement) {
		for i := range list {
			if s := &list[i]; !seen[s] {
				seen[s] = true
				stmts = append(stmts, s)
			}
		}
	}
	add(res.Statements)
	for k := range res.Actors {
		add(res.Actors[k].Statements)
	}
	offs := make([]int, 0, 2*len(stmts))
	for _, s := range stmts {
		offs = append(offs, s.Start, s.End)
	}
	m := remap(text, offs)
	for _, s := range stmts {
		s.Start, s.End = m[s.Start], m[s.End]
		s.Prediction.Cues = emittedOffsets(s.Text, s.Prediction.Cues)
	}
}

func labelOr(l stance.Label) string {
	if l == "" {
		return "-"
	}
	return string(l)
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
