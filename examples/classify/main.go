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
// sentiment.Social), and -sentiment-profile vader gives VADER's own scores
// (sentiment.VADER).
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
// Flags may come before or after the statements; after -- every argument is
// a statement. Lines end at LF, CR LF or a lone CR (in plain text also at
// NEL, U+2028 and U+2029), and a leading byte order mark is dropped.
// Statements are classified as soon as they are read, on one worker per CPU
// (-workers), and results are written in input order and flushed whenever
// the next one is not ready yet (see classify.go for the byte budget). In
// JSON, offsets index the "text" field as a JSON decoder returns it (an
// invalid input byte counts as the three bytes of U+FFFD).
//
// Exit status: 0 on success, 1 on a runtime error, 2 on a usage error, and
// 130 or 143 when stopped by SIGINT or SIGTERM (after finishing the rows
// being written, never half a line). Errors are one line on stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/sentiment"
)

// errUsage marks errors that exit with status 2: the benchmark programs'
// usage error, so that benchutil.ExitCode maps classify's errors as theirs.
var errUsage = benchutil.ErrUsage

// memoryLimit is the Go runtime's soft memory limit for the command (see
// runtime/debug.SetMemoryLimit) unless GOMEMLIMIT sets one. What the command
// holds is bounded by its byte budget (see classify.go): two input lines
// of at most 64 MiB and the scratch space of the statements being
// classified. The limit makes the collector return garbage before the heap
// doubles past that, so peak RSS stays under 300 MB at the caps.
const memoryLimit = 160 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	// SIGINT and SIGTERM stop the run cleanly: the rows being written are
	// finished and flushed, one line on stderr says so, and the exit status
	// is 130 or 143 as a shell reports a process killed by the signal. A
	// second signal kills at once.
	sigs := make(chan os.Signal, 1)
	stop := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-sigs
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		stop <- sig
	}()
	os.Exit(runWith(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, stop))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(args, stdin, stdout, stderr, nil)
}

// runWith is run with a channel of the signals that stop it.
func runWith(args []string, stdin io.Reader, stdout, stderr io.Writer, stop <-chan os.Signal) int {
	err := runErr(args, stdin, stdout, stderr, stop)
	var intr interrupted
	if errors.As(err, &intr) {
		fmt.Fprintf(stderr, "classify: %v\n", err)
		return 128 + signalNumber(intr.sig)
	}
	return benchutil.ExitCode("classify", err, stderr)
}

// signalNumber is sig's number: 2 for SIGINT, 15 for SIGTERM.
func signalNumber(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return int(s)
	}
	return int(syscall.SIGINT)
}

func signalName(sig os.Signal) string {
	switch signalNumber(sig) {
	case int(syscall.SIGINT):
		return "SIGINT"
	case int(syscall.SIGTERM):
		return "SIGTERM"
	}
	return sig.String()
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
	noLearned   bool   // -no-learned-labels: actors keep the aggregation's labels
}

func runErr(args []string, stdin io.Reader, stdout, stderr io.Writer, stop <-chan os.Signal) error {
	var o options
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	// The flag package prints its error and the whole usage text on a bad
	// flag; the contract is one line, so it prints nothing and -h prints
	// the usage itself.
	fs.SetOutput(io.Discard)
	fs.BoolVar(&o.json, "json", false, "write JSON Lines: id, text, label, probs, cues, sentiment")
	fs.BoolVar(&o.jsonl, "jsonl", false, `read JSON Lines from stdin: {"text":…, "id":…}`)
	fs.StringVar(&o.model, "model", "", "use the saved model `FILE` instead of the embedded default")
	fs.BoolVar(&o.skipBad, "skip-bad", false, "report and count malformed input lines instead of stopping")
	fs.BoolVar(&o.sentiment, "sentiment", false, "add a sentiment column (compound score) to the table output")
	profile := fs.String("sentiment-profile", "news", "sentiment register `PROFILE` for -sentiment, -json and -article: news (reports, statements), social (tweets, posts) or vader (VADER's own scores)")
	fs.IntVar(&o.workers, "workers", 0, "goroutines classifying in parallel (0: one per CPU)")
	fs.StringVar(&o.article, "article", "", "analyse the article in `FILE` ('-' for stdin): each actor's position with evidence")
	fs.StringVar(&o.actors, "actors", "", "with -article, merge the actor registry `FILE` into the defaults")
	fs.StringVar(&o.issuer, "issuer", "", "with -article, the `NAME` of who issued the text (a ministry, an office, a government): its unquoted sentences are the issuer's")
	fs.StringVar(&o.grammar, "grammar", "", "with -article, extend the built-in grammar with the comma-separated `FILES` (verbs, words, clutter or gazetteer files)")
	fs.BoolVar(&o.noLearned, "no-learned-labels", false, "with -article, give each actor the label its statements aggregate to, without the learned actor label")
	fs.Usage = func() {}
	statements, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "usage: classify [flags] [statement ...]\n\nWith no statement arguments, classify reads standard input, one statement a line.\nFlags may come before or after statements; after -- every argument is a statement.\n\nflags:\n")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if o.jsonl && len(statements) > 0 {
		return fmt.Errorf("%w: -jsonl reads standard input; do not also give statements as arguments", errUsage)
	}
	if err := o.sentProfile.UnmarshalText([]byte(*profile)); err != nil {
		return fmt.Errorf("%w: -sentiment-profile must be news, social or vader, not %q", errUsage, *profile)
	}
	if o.workers < 0 {
		return fmt.Errorf("%w: -workers must be >= 0", errUsage)
	}
	if (o.issuer != "" || o.grammar != "" || o.noLearned) && o.article == "" {
		return fmt.Errorf("%w: -issuer, -grammar and -no-learned-labels need -article", errUsage)
	}
	if o.actors != "" && o.article == "" {
		return fmt.Errorf("%w: -actors needs -article", errUsage)
	}
	if o.article != "" {
		return runArticle(o, statements, stdin, stdout, stop)
	}
	cl, err := newClassifier(o)
	if err != nil {
		return err
	}
	var src source
	if len(statements) > 0 {
		src = &argSource{args: statements}
	} else {
		src = newLineSource(stdin, o.jsonl)
	}
	return cl.stream(src, stdout, stderr, stop)
}

// parseInterleaved parses flags wherever they stand among the statements
// ("classify "x" -json" sets -json), as the flag package does not: it stops
// at the first argument that is not a flag. After "--" every argument is a
// statement, for statements that start with '-'.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var statements []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return statements, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(statements, rest...), nil
		}
		statements = append(statements, rest[0])
		args = rest[1:]
	}
}
