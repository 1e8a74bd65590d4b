// Command emergent measures stancekit on Emergent (Ferreira and Vlachos,
// NAACL 2016): the stance of news headlines towards the claims they report,
// for, against or observing (supportive, opposed, neutral here), scored by
// accuracy on the official claim-disjoint test split.
//
//	go run ./examples/emergent [-data DIR] [-pred FILE] [flags]
//
// One model classifies every headline: the test claims never occur in
// training, so a per-claim model is impossible. It is a linear SVM over the
// headline's word 1-3-grams and character 2-5-grams (sublinear TF-IDF); the
// claim text is not used. L2 and class balancing are chosen by
// cross-validation on the training headlines with folds grouped by claim
// (as the authors did), so no claim is on both sides of a fold; the test
// set is only predicted and scored.
//
// The program prints the cross-validation grid, accuracy, macro-F1, per-class
// F1 and F_avg (the mean F1 of for and against, SemEval's metric), the
// training and prediction times, and ends with the line accuracy=NN.NN.
// With -pred it writes one {"id":…, "label":…} per test row.
//
// The data is not part of stancekit. It is looked up in the shared data
// folder ($STANCEKIT_DATA, else ../shared/data beside the repository); when
// it is absent the program says so and exits 0. Exit status: 1 on a runtime
// error, 2 on a usage error, each with one line on stderr.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status (see
// benchutil.ExitCode).
func run(args []string, stdout, stderr io.Writer) int {
	return benchutil.ExitCode("emergent", runErr(args, stdout, stderr), stderr)
}

// defaultL2Grid is the L2 penalties cross-validation chooses from, most
// regularised first (ties go to it).
const defaultL2Grid = "0.03,0.01,0.003,0.001,0.0003"

type options struct {
	benchutil.Flags // -data, -pred, -repeat
	l2s             []float64
	folds           int
}

func runErr(args []string, stdout, stderr io.Writer) error {
	var o options
	fl := flag.NewFlagSet("emergent", flag.ContinueOnError)
	o.Register(fl, "emergent")
	l2s := fl.String("l2", defaultL2Grid, "comma-separated L2 penalties to choose from by cross-validation on train")
	fl.IntVar(&o.folds, "folds", 10, "claim-grouped folds for the cross-validation")
	if err := benchutil.ParseFlags(fl, args, stderr); err != nil {
		return err
	}
	var err error
	if o.l2s, err = benchutil.ParseGrid(*l2s, false); err != nil {
		return fmt.Errorf("%w: -l2: %v", benchutil.ErrUsage, err)
	}
	if err := benchutil.AtLeast("folds", o.folds, 2); err != nil {
		return err
	}
	if err := o.Check(); err != nil {
		return err
	}
	// Each row's target is the claim its headline reports.
	train, test, err := benchutil.LoadSplits(o.Data)
	if benchutil.NoData(stdout, "emergent", "the Emergent data", err) {
		return nil
	}
	if err != nil {
		return err
	}
	return benchmark(o, train, test, stdout)
}

// claimFolds assigns whole claims to k folds: claims in sorted order, dealt
// round-robin. Deterministic, and no claim is split.
func claimFolds(rows []benchutil.Row, k int) eval.Folds {
	var claims []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.Target] {
			seen[r.Target] = true
			claims = append(claims, r.Target)
		}
	}
	sort.Strings(claims)
	fold := make(map[string]int, len(claims))
	for i, c := range claims {
		fold[c] = i % k
	}
	f := make(eval.Folds, len(rows))
	for i, r := range rows {
		f[i] = fold[r.Target]
	}
	return f
}

// trainConfig is the training configuration for a grid point.
func trainConfig(l2 float64, balanced bool) stance.TrainConfig {
	return stance.TrainConfig{
		Features: features.Config{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1},
		L2:       l2,
		Balanced: balanced,
		MaxIter:  1000,
		Solver:   stance.SolverSVM,
	}
}

var scoreLabels = []stance.Label{stance.Supportive, stance.Opposed, stance.Neutral}

func benchmark(o options, train, test []benchutil.Row, w io.Writer) error {
	texts, labels := benchutil.Texts(train), benchutil.Labels(train)
	gold := benchutil.Labels(test)
	fmt.Fprintf(w, "Emergent: %d training and %d test headlines; %d CPUs\n", len(train), len(test), runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "one model: word 1-3-grams + char 2-5-grams of the headline, sublinear TF-IDF, linear SVM;\n")
	fmt.Fprintf(w, "L2 and class balancing by %d-fold claim-grouped CV on train, accuracy\n\n", o.folds)

	var cands []stance.TrainConfig
	for _, bal := range []bool{false, true} {
		for _, l2 := range o.l2s {
			cands = append(cands, trainConfig(l2, bal))
		}
	}
	t0 := time.Now()
	res, err := eval.Tune(texts, labels, claimFolds(train, o.folds), cands, func(r eval.Report) float64 { return r.Accuracy })
	if err != nil {
		return err
	}
	selectDt := time.Since(t0)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "L2\tCV accuracy\tCV accuracy, balanced\t\n")
	for i, l2 := range o.l2s {
		fmt.Fprintf(tw, "%g", l2)
		for _, c := range []int{i, len(o.l2s) + i} {
			mark := " "
			if c == res.Best {
				mark = "*"
			}
			fmt.Fprintf(tw, "\t%.2f%s", 100*res.Scores[c], mark)
		}
		fmt.Fprintf(tw, "\t\n")
	}
	tw.Flush()
	cfg := cands[res.Best]
	fmt.Fprintf(w, "chosen: L2=%g balanced=%v\n\n", cfg.L2, cfg.Balanced)

	var m *stance.Model
	trainDt, err := benchutil.Fastest(o.Repeat, func() error {
		var err error
		m, err = stance.Train(texts, labels, cfg)
		return err
	})
	if err != nil {
		return err
	}
	pred, tm, err := benchutil.TimePredict(test, func(int) *stance.Model { return m }, 0, o.Repeat)
	if err != nil {
		return err
	}
	r, err := eval.Score(gold, pred, scoreLabels)
	if err != nil {
		return err
	}
	majority := 0
	for _, l := range gold {
		if l == stance.Supportive {
			majority++
		}
	}
	fmt.Fprintf(w, "test (supportive = for, opposed = against, neutral = observing):\n%s\n", r)
	fmt.Fprintf(w, "accuracy %.2f (majority class %.2f, Ferreira & Vlachos 2016: 73), macro-F1 %.2f, F_avg(for, against) %.2f\n\n",
		100*r.Accuracy, 100*float64(majority)/float64(len(gold)), 100*r.MacroF1, 50*(r.F1(stance.Supportive)+r.F1(stance.Opposed)))
	fmt.Fprintf(w, "timing (fastest of %d runs):\n", o.Repeat)
	fmt.Fprintf(w, "  train:                  %8.3f s\n", trainDt.Seconds())
	fmt.Fprintf(w, "  choose settings by CV:  %8.3f s (%d settings, once)\n", selectDt.Seconds(), len(cands))
	fmt.Fprintf(w, "  predict, batches:       %8.0f statements/s (%d of %d models compiled)\n", tm.PerSecond(), tm.Compiled, tm.Models)
	fmt.Fprintf(w, "  predict, one at a time: %8.1f µs/statement\n", tm.MicrosEach())
	if err := o.WritePredictions(w, test, pred); err != nil {
		return err
	}
	fmt.Fprintf(w, "accuracy=%.2f\n", 100*r.Accuracy)
	return nil
}
