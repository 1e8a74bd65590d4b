// Command debatebeam runs the debate analysis on Apache Beam: the same
// statements.jsonl and positions.csv as examples/debate, for inputs larger
// than one machine. By default it runs on the Prism runner inside the
// process, with no network:
//
//	go run ./cmd/debatebeam -in 'articles/*.jsonl' -out results/
//
// Beam's usual flags choose another runner, for example
//
//	-runner flink -endpoint localhost:8099 -environment_type DOCKER
//	-runner spark -endpoint localhost:8099
//	-runner dataflow -project P -region europe-west1 -staging_location gs://B/staging
//
// with -in and -out on a file system every worker reads (gs://, or a shared
// mount). On a local -out, the files are written under hidden temporary
// names and renamed into place when the pipeline succeeded.
//
// Exit status: 0 on success, 1 on a runtime error, 2 on a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	debatebeam "github.com/stancekit/stancekit/beam"
	"github.com/stancekit/stancekit/debate"
)

var (
	in     = flag.String("in", "", "JSON Lines articles: a file or a pattern (local, gs://, …)")
	out    = flag.String("out", "", "output folder (local, gs://, …)")
	period = flag.String("period", "month", "period of the positions: month, quarter or year")
	actors = flag.String("actors", "", "an actor registry file that extends (or replaces) the default one")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "debatebeam: %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run() error {
	if *in == "" || *out == "" || flag.NArg() > 0 {
		return fmt.Errorf("%w: -in and -out are required, and nothing else (see -h)", errUsage)
	}
	p, err := debate.ParsePeriod(*period)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if !strings.Contains(*in, "://") {
		if m, err := filepath.Glob(*in); err != nil || len(m) == 0 {
			return fmt.Errorf("-in %s: no such file", *in)
		}
	}
	o := debatebeam.Options{Input: *in, Period: p}
	if *actors != "" {
		b, err := os.ReadFile(*actors)
		if err != nil {
			return fmt.Errorf("-actors: %w", err)
		}
		o.Actors = string(b)
	}
	local := !strings.Contains(*out, "://")
	final := map[string]string{}
	name := func(f string) string {
		if !local {
			return strings.TrimRight(*out, "/") + "/" + f
		}
		tmp := filepath.Join(*out, "."+f+".beam-tmp")
		final[tmp] = filepath.Join(*out, f)
		return tmp
	}
	if local {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return fmt.Errorf("output folder: %w", err)
		}
	}
	o.Statements, o.Positions = name("statements.jsonl"), name("positions.csv")
	pl, s := beam.NewPipelineWithRoot()
	debatebeam.Build(s, o)
	start := time.Now()
	if err := beamx.Run(context.Background(), pl); err != nil {
		for tmp := range final {
			os.Remove(tmp)
		}
		return err
	}
	for tmp, f := range final {
		if err := os.Rename(tmp, f); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %s and %s in %.1fs\n", filepath.Join(*out, "statements.jsonl"), filepath.Join(*out, "positions.csv"), time.Since(start).Seconds())
	return nil
}
