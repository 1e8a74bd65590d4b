// Command debate follows the Huawei/5G debate over time: it reads many
// articles, finds every actor's statements and positions, and writes per
// actor and period what it thought, with the evidence.
//
//	debate -in FILE.jsonl|DIR|- -out DIR [-period month|quarter|year] [-actors FILE]
//	       [-resume] [-skip-bad] [-workers N] [-gogc N]
//
// Input is JSON Lines, one article a line ({"id","date","url","source",
// "title","text"}, other fields passed through; "-" is standard input), or a
// folder of .txt files dated by a YYYY-MM-DD prefix of the file name
// (optionally after a source: "reuters-2019-03-22-….txt").
//
// It writes into DIR:
//
//	statements.jsonl   every statement: article id, date, url, speaker, actor,
//	                   actor_type, label, probabilities, sentiment, byte span
//	positions.csv      actor,actor_type,period,supportive,cautious,opposed,statements,label,confidence
//	network.graphml    the actor agreement network (Gephi, yEd, networkx)
//	timeline.png/.svg  actors against time, coloured by position, sized by statements
//	report.html        one self-contained page: the chart, the table, the evidence
//
// Every file is written to a hidden temporary file in DIR and renamed into
// place only when the whole run succeeded, so a file in DIR is always a
// complete result. -resume skips the articles already in DIR/statements.jsonl,
// or in the temporary statements file an interrupted run left behind, and
// counts their statements again.
//
// A malformed line, an undated article or one dated in the future, an
// article over 8 MiB or a binary file stops the run with a one-line error
// naming the line or file, unless -skip-bad is given, which reports each on
// stderr, counts it and goes on. A duplicate id is always reported and
// skipped. A progress bar is drawn on stderr when it is a terminal; a
// summary is printed on stdout at the end.
//
// The collector runs at GOGC=400 under a soft memory limit of 64 MiB, or
// three times the live heap once that is larger: the program allocates
// much and keeps little, and collecting four times less often than the
// runtime's default saves CPU at a bounded cost in memory. -gogc N sets
// the percent; without it a $GOGC that is set is left in force, and so is
// a $GOMEMLIMIT.
//
// Exit status: 0 on success, 1 on a runtime error, 2 on a usage error; an
// error is one line on stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

func main() {
	env := environment{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		terminal: term.IsTerminal(int(os.Stderr.Fd()))}
	os.Exit(run(os.Args[1:], env))
}

// environment is what the process gives run.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// terminal reports that stderr is a terminal, for the progress bar.
	terminal bool
}

// run is main without the process: it returns the exit status.
func run(args []string, env environment) int {
	err := runErr(args, env)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.stderr, "debate: %v (see debate -h)\n", oneLine(err))
		return 2
	default:
		fmt.Fprintf(env.stderr, "debate: %v\n", oneLine(err))
		return 1
	}
}

type options struct {
	in, out, actors string
	period          string
	resume, skipBad bool
	workers         int
	gogc            int
}

func runErr(args []string, env environment) error {
	var o options
	fs := flag.NewFlagSet("debate", flag.ContinueOnError)
	// flag's own messages are a usage text over many lines; the error is
	// reported on one line instead, and -h prints the usage
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.in, "in", "", "articles: a JSON Lines file ('-' = stdin) or a folder of YYYY-MM-DD*.txt files")
	fs.StringVar(&o.out, "out", "", "output folder (created if missing)")
	fs.StringVar(&o.period, "period", "month", "period of the positions: month, quarter or year")
	fs.StringVar(&o.actors, "actors", "", "an actor registry file that extends (or replaces) the default one")
	fs.BoolVar(&o.resume, "resume", false, "skip articles already in OUT/statements.jsonl")
	fs.BoolVar(&o.skipBad, "skip-bad", false, "report and count bad lines or files instead of stopping")
	fs.IntVar(&o.workers, "workers", 0, "analysing goroutines (default: one per CPU)")
	fs.IntVar(&o.gogc, "gogc", 0, "the collector's GOGC percent for the run, -1 = off but for the soft memory limit (default: $GOGC when set, else 400)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(env.stderr)
			fmt.Fprintf(env.stderr, "usage: debate -in FILE.jsonl|DIR|- -out DIR [-period month|quarter|year] [-actors FILE] [-resume] [-skip-bad] [-workers N] [-gogc N]\n\nflags:\n")
			fs.PrintDefaults()
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if o.in == "" || o.out == "" {
		return fmt.Errorf("%w: -in and -out are required", errUsage)
	}
	if o.workers < 0 {
		return fmt.Errorf("%w: -workers must be positive", errUsage)
	}
	if o.gogc < -1 {
		return fmt.Errorf("%w: -gogc must be -1 (off), 0 (the default) or a percent", errUsage)
	}
	return runDebate(o, env)
}

// oneLine keeps an error message on one line.
func oneLine(err error) string {
	b := []byte(err.Error())
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}
