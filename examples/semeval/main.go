// Command semeval measures stancekit on the SemEval-2016 Task 6 subtask A
// benchmark (stance of tweets towards five targets) the way the task was
// run: one model per target, trained on train.jsonl and scored on
// test.jsonl with the official metric F_avg, the mean of F1(FAVOR) and
// F1(AGAINST) over all five targets pooled.
//
//	go run ./examples/semeval [-data DIR] [-pred FILE] [flags]
//
// The organisers' "#SemST" tag, appended to every tweet, is stripped first.
// Each target's model is a class-balanced linear SVM over word 1-3-grams and
// character 3-5-grams (sublinear TF-IDF, one vocabulary over all training
// tweets), trained on the target's own tweets plus the other four targets'
// tweets at a small weight aux: the targets share much of their language of
// support and opposition. L2 and aux are chosen by cross-validation on the
// training tweets (folds within each target, the F_avg of all targets'
// out-of-fold predictions pooled); the test set is only predicted and
// scored.
//
// The program prints the cross-validation grid, per-target and pooled
// scores, the training time (the final models, and separately the choice
// of L2 and aux), the prediction throughput in batches (each model
// compiled, stance.Model.Compile, where it compiles: the same labels) and
// the latency of one statement (Model.Predict), and ends with the line F_avg=NN.NN. With -pred it writes
// one JSON object per test row, {"id":…, "label":…}, so that the score can be
// recomputed independently.
//
// -features NAME trains with another feature family of families.go (word
// n-grams only, or fewer character n-gram orders: faster to predict with);
// the default is the shipped word1-3+char3-5. -cv-only stops after the
// cross-validation grid and prints its best pooled F_avg as CV_F_avg=NN.NN:
// no final model is trained and the test set is neither predicted nor
// scored, so that families can be compared on the training tweets alone.
//
// The data is not part of stancekit (its terms forbid redistribution). It
// is looked up in the shared data folder ($STANCEKIT_DATA, else
// ../shared/data beside the repository); when it is absent the program says
// so and exits 0. Exit status: 1 on a runtime error, 2 on a usage error,
// each with one line on stderr.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/stance"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status (see
// benchutil.ExitCode).
func run(args []string, stdout, stderr io.Writer) int {
	return benchutil.ExitCode("semeval", runErr(args, stdout, stderr), stderr)
}

// The grids cross-validation chooses from. L2 is listed most regularised
// first and the auxiliary weight smallest first, so ties go to the simpler
// model.
const (
	defaultL2Grid  = "0.01,0.003,0.001,0.0003"
	defaultAuxGrid = "0,0.05,0.1,0.2"
)

type options struct {
	benchutil.Flags // -data, -pred, -repeat
	l2s             []float64
	auxs            []float64
	folds           int
	seed            uint64
	solver          stance.Solver
	workers         int
	family          family // the feature set (-features)
	cvOnly          bool   // stop after cross-validation (-cv-only)
}

func runErr(args []string, stdout, stderr io.Writer) error {
	var o options
	fl := flag.NewFlagSet("semeval", flag.ContinueOnError)
	o.Register(fl, "semeval2016-task6a")
	l2s := fl.String("l2", defaultL2Grid, "comma-separated L2 penalties to choose from by cross-validation on train")
	auxs := fl.String("aux", defaultAuxGrid, "comma-separated weights of the other targets' training tweets to choose from (0: a target's own tweets only)")
	fl.IntVar(&o.folds, "folds", 5, "stratified folds per target for choosing L2 and aux")
	fl.Uint64Var(&o.seed, "seed", 1, "seed of the stratified folds")
	fl.TextVar(&o.solver, "solver", stance.SolverSVM, "learner: svm or logistic")
	fl.IntVar(&o.workers, "workers", 0, "goroutines for batch prediction (0: one per CPU)")
	fam := fl.String("features", shipped, "feature family `NAME` (see families.go): "+familyNames())
	fl.BoolVar(&o.cvOnly, "cv-only", false, "only cross-validate on train and print the grid; train no final model and neither predict nor score the test set")
	if err := benchutil.ParseFlags(fl, args, stderr); err != nil {
		return err
	}
	var err error
	if o.family, err = familyNamed(*fam); err != nil {
		return fmt.Errorf("%w: -features: %v", benchutil.ErrUsage, err)
	}
	if o.l2s, err = benchutil.ParseGrid(*l2s, false); err != nil {
		return fmt.Errorf("%w: -l2: %v", benchutil.ErrUsage, err)
	}
	if o.auxs, err = benchutil.ParseGrid(*auxs, true); err != nil {
		return fmt.Errorf("%w: -aux: %v", benchutil.ErrUsage, err)
	}
	if err := benchutil.AtLeast("folds", o.folds, 2); err != nil {
		return err
	}
	if err := o.Check(); err != nil {
		return err
	}
	train, test, err := load(o.Data)
	if benchutil.NoData(stdout, "semeval", "the SemEval-2016 Task 6 data", err) {
		return nil
	}
	if err != nil {
		return err
	}
	return benchmark(o, train, test, stdout)
}

// benchmark chooses the setting by cross-validation on train, trains the
// final models and predicts test (both timed), scores the predictions and
// writes it all to w.
func benchmark(o options, train, test []benchutil.Row, w io.Writer) error {
	targets, trBy := group(train)
	_, teBy := group(test)
	for t := range teBy {
		if _, ok := trBy[t]; !ok {
			return fmt.Errorf("test target %q has no training tweets", t)
		}
	}
	writeHeader(w, o, len(train), len(test), len(targets))

	// 1. Choose (L2, aux) by cross-validation on the training tweets.
	t0 := time.Now()
	cv, err := choose(o, train, targets)
	if err != nil {
		return err
	}
	selectDt := time.Since(t0)
	best := cv.best()
	writeGrid(w, o, cv, best)
	if o.cvOnly {
		fmt.Fprintf(w, "CV_F_avg=%.2f features=%s (-cv-only: the test set was not predicted)\n", 100*cv.pooled[best], o.family.name)
		return nil
	}

	// 2. and 3. Train the final models, then predict the test set, timed.
	pred, tm, err := timeFinal(o, train, test, targets, cv.grid[best])
	if err != nil {
		return err
	}
	tm.choose = selectDt

	// 4. Score.
	scores, pooled, err := scoreTargets(test, pred, targets, trBy, teBy, cv.perTarget[best])
	if err != nil {
		return err
	}
	writeScores(w, scores, pooled, len(train), len(test), cv.pooled[best])
	writeTiming(w, o, tm, len(train), len(cv.grid), fAvg(pooled))
	if err := o.WritePredictions(w, test, pred); err != nil {
		return err
	}
	fmt.Fprintf(w, "F_avg=%.2f\n", 100*fAvg(pooled))
	return nil
}
