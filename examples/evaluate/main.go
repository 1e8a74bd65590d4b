// Command evaluate measures stancekit's stance model: cross-validation on
// the labelled corpus (stratified k-fold and leave-one-article-out) and,
// when the shared data folder is present, the external Huawei/5G
// development set (trained on the whole corpus, never on the dev set).
//
//	go run ./examples/evaluate [-data DIR] [-l2 X] [-cue-prior X] [-cue-weight X]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// errUsage marks a usage error (exit 2).
var errUsage = benchutil.ErrUsage

// run is main without the process: it returns the exit status (see
// benchutil.ExitCode).
func run(args []string, stdout, stderr io.Writer) int {
	return benchutil.ExitCode("evaluate", runErr(args, stdout, stderr), stderr)
}

func runErr(args []string, w, stderr io.Writer) error {
	cfg := stance.DefaultTrainConfig()
	fl := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	data := fl.String("data", corpus.DataDir(), "shared benchmark data folder (env "+corpus.DataEnv+")")
	fl.Float64Var(&cfg.L2, "l2", cfg.L2, "L2 penalty")
	fl.Float64Var(&cfg.CuePrior, "cue-prior", cfg.CuePrior, "prior weight of cue features")
	fl.Float64Var(&cfg.Features.CueWeight, "cue-weight", cfg.Features.CueWeight, "scale of cue features")
	fl.IntVar(&cfg.Features.WordNgrams, "ngrams", cfg.Features.WordNgrams, "longest word n-gram")
	folds := fl.Int("k", 5, "folds for stratified cross-validation")
	seed := fl.Uint64("seed", 1, "seed for the stratified folds")
	withSent := fl.Bool("with-sentiment", false, "experiment: add the statement's sentiment class as a feature")
	if err := benchutil.ParseFlags(fl, args, stderr); err != nil {
		return err
	}
	if *folds < 2 {
		return fmt.Errorf("%w: -k must be at least 2", errUsage)
	}
	texts, labels, docs, err := defaultmodel.Data()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "corpus: %d on-target statements\n\n", len(texts))
	augment := func(ts []string) []string { return ts }
	if *withSent {
		sa, err := sentiment.New()
		if err != nil {
			return err
		}
		// The class becomes a pseudo-word after a full stop, so it forms no
		// n-gram with the statement's own words.
		augment = func(ts []string) []string {
			out := make([]string, len(ts))
			for i, t := range ts {
				out[i] = t + " . sentiment" + sa.Score(t).Label.String()
			}
			return out
		}
		fmt.Fprintln(w, "experiment: sentiment class added as a feature")
	}
	texts = augment(texts)

	t0 := time.Now()
	r, _, err := stance.CrossValidate(texts, labels, stance.GroupFolds(docs), cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "leave-one-article-out (%v):\n%s\n", time.Since(t0).Round(time.Millisecond), r)

	f, err := stance.StratifiedKFold(labels, *folds, *seed)
	if err != nil {
		return err
	}
	r, _, err = stance.CrossValidate(texts, labels, f, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "stratified %d-fold, seed %d:\n%s\n", *folds, *seed, r)

	devPath := filepath.Join(*data, "huawei-external-dev", "dev.jsonl")
	if _, err := os.Stat(devPath); err != nil {
		fmt.Fprintf(w, "external dev set: skipped (%s not found)\n", devPath)
		return nil
	}
	dev, err := corpus.LoadLabelled(devPath)
	if err != nil {
		return err
	}
	m, err := stance.Train(texts, labels, cfg)
	if err != nil {
		return err
	}
	var dt []string
	var dl []stance.Label
	for _, d := range dev {
		dt = append(dt, augment([]string{d.Text})[0])
		dl = append(dl, stance.Label(d.Label))
	}
	r, pred, err := stance.Evaluate(m, dt, dl)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "external Huawei/5G dev set (%d statements; trained on the whole corpus):\n%s\n", len(dt), r)
	if os.Getenv("STANCEKIT_VERBOSE") != "" {
		for i := range dt {
			if pred[i] != dl[i] {
				fmt.Fprintf(w, "  %s -> %s: %s\n", dl[i], pred[i], dt[i])
			}
		}
	}
	return nil
}
