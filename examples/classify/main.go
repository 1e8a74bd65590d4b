// Command classify labels statements about Huawei and 5G network security
// as supportive, cautious or opposed, with the embedded default model or a
// saved one.
//
//	classify [flags] "statement" ["statement" ...]
//	classify [flags] < statements.txt          (one statement a line)
//	classify -jsonl [flags] < statements.jsonl (one {"text":…, "id":…} a line)
//
// Sentiment (-sentiment, -json, -article) is scored for news by default;
// -sentiment-profile social scores it for tweets and posts instead (see
// sentiment.Social).
//
// Output, one line per input statement, in input order:
//
//	label<TAB>confidence<TAB>statement            (default)
//	{"id":…,"text":…,"label":…,"probs":{…},"cues":[…],"sentiment":{…}}  (-json)
//
// A statement that cannot be classified (empty, or punctuation only) still
// gets its line: label "error" in the table, an "error" field in JSON, and a
// message naming it on stderr; the exit status is then 1. A malformed JSON
// input line stops the run with an error naming the line, unless -skip-bad
// is given, which reports and counts such lines and goes on.
//
// Exit status: 0 on success, 1 on a runtime error, 2 on a usage error. Errors
// are one line on stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/stancekit/stancekit/sentiment"
)

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := runErr(args, stdin, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "classify: %v (see classify -h)\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "classify: %v\n", err)
		return 1
	}
}

type options struct {
	json      bool
	jsonl     bool
	model     string
	skipBad   bool
	sentiment bool
	// sentProfile is the register of the sentiment scores (-sentiment-profile).
	sentProfile sentiment.Profile
	workers     int
	article     string // -article FILE: per-actor positions of one article (article.go)
	actors      string // -actors FILE: a registry file for -article
	issuer      string // -issuer NAME: who issued the -article text
	grammar     string // -grammar FILES: comma-separated grammar files for -article
}

func runErr(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var o options
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.json, "json", false, "write JSON Lines: id, text, label, probs, cues, sentiment")
	fs.BoolVar(&o.jsonl, "jsonl", false, `read JSON Lines from stdin: {"text":…, "id":…}`)
	fs.StringVar(&o.model, "model", "", "use the saved model `FILE` instead of the embedded default")
	fs.BoolVar(&o.skipBad, "skip-bad", false, "report and count malformed input lines instead of stopping")
	fs.BoolVar(&o.sentiment, "sentiment", false, "add a sentiment column (compound score) to the table output")
	profile := fs.String("sentiment-profile", "news", "sentiment register `PROFILE` for -sentiment, -json and -article: news (reports, statements) or social (tweets, posts)")
	fs.IntVar(&o.workers, "workers", 0, "goroutines classifying in parallel (0: one per CPU)")
	fs.StringVar(&o.article, "article", "", "analyse the article in `FILE` ('-' for stdin): each actor's position with evidence")
	fs.StringVar(&o.actors, "actors", "", "with -article, merge the actor registry `FILE` into the defaults")
	fs.StringVar(&o.issuer, "issuer", "", "with -article, the `NAME` of who issued the text (a ministry, an office, a government): its unquoted sentences are the issuer's")
	fs.StringVar(&o.grammar, "grammar", "", "with -article, extend the built-in grammar with the comma-separated `FILES` (verbs, words, clutter or gazetteer files)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: classify [flags] [statement ...]\n\nWith no statement arguments, classify reads standard input, one statement a line.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if o.jsonl && fs.NArg() > 0 {
		return fmt.Errorf("%w: -jsonl reads standard input; do not also give statements as arguments", errUsage)
	}
	if err := o.sentProfile.UnmarshalText([]byte(*profile)); err != nil {
		return fmt.Errorf("%w: -sentiment-profile must be news or social, not %q", errUsage, *profile)
	}
	if o.workers < 0 {
		return fmt.Errorf("%w: -workers must be >= 0", errUsage)
	}
	if (o.issuer != "" || o.grammar != "") && o.article == "" {
		return fmt.Errorf("%w: -issuer and -grammar need -article", errUsage)
	}
	if o.actors != "" && o.article == "" {
		return fmt.Errorf("%w: -actors needs -article", errUsage)
	}
	if o.article != "" {
		return runArticle(o, fs.Args(), stdin, stdout)
	}
	cl, err := newClassifier(o)
	if err != nil {
		return err
	}
	var src source
	if fs.NArg() > 0 {
		src = &argSource{args: fs.Args()}
	} else {
		src = newLineSource(stdin, o.jsonl)
	}
	return cl.stream(src, stdout, stderr)
}
