package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// maxArticle bounds what -article reads.
const maxArticle = 64 << 20

// runArticle is classify -article FILE: every actor of one article, its
// position, confidence and top evidence as a table, or with -json one object
//
//	{"actors":[{"actor","actor_type","type","label","confidence","probs",
//	            "statements":[{"text","start","end","speaker","actor","actor_type","kind","reporter","label","probs",…}]}],
//	 "statements":[…]}
//
// FILE "-" reads standard input. -actors FILE merges a registry file into
// the default registry, or replaces it when the file says "replace": true.
func runArticle(o options, args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) > 0 {
		return fmt.Errorf("%w: -article reads one article; do not also give statements as arguments", errUsage)
	}
	if o.jsonl {
		return fmt.Errorf("%w: -article and -jsonl do not go together", errUsage)
	}
	reg := attribution.DefaultRegistry()
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
		if extra.ReplacesDefaults() {
			reg = extra
		} else {
			reg.Merge(extra)
		}
	}
	var m *stance.Model
	var err error
	if o.model != "" {
		m, err = stance.LoadFile(o.model)
	} else {
		m, err = stance.Default()
	}
	if err != nil {
		return err
	}
	sa, err := sentiment.New(sentiment.WithProfile(o.sentProfile))
	if err != nil {
		return err
	}
	g, err := loadGrammar(o.grammar)
	if err != nil {
		return err
	}
	a, err := attribution.New(m, reg, attribution.WithMaxBytes(maxArticle), attribution.WithSentiment(sa),
		attribution.WithIssuer(o.issuer), attribution.WithGrammar(g))
	if err != nil {
		return err
	}
	var r io.Reader = stdin
	if o.article != "-" {
		f, err := os.Open(o.article)
		if err != nil {
			return fmt.Errorf("-article: %w", err)
		}
		defer f.Close()
		r = f
	}
	res, err := a.AnalyzeReader(r)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	if o.json {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			return err
		}
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
	g := attribution.DefaultGrammar()
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
