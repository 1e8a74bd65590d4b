package main

import (
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/stancekit/stancekit/internal/parallel"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/eval"
)

// The report, in the order benchmark writes it. bench/compare.sh reads the
// BENCH line and the tests the last line, F_avg=NN.NN: keep their form.

func writeHeader(w io.Writer, o options, nTrain, nTest, nTargets int) {
	fmt.Fprintf(w, "SemEval-2016 Task 6A: %d training and %d test tweets, %d targets; %d CPUs\n", nTrain, nTest, nTargets, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "one model per target: %s (features %s), sublinear TF-IDF, solver %s, balanced classes;\n", o.family.about, o.family.name, o.solver)
	fmt.Fprintf(w, "the other targets' tweets join each target's training set at weight aux.\n")
	fmt.Fprintf(w, "L2 from {%s} and aux from {%s} by %d-fold CV on train (seed %d), pooled F_avg\n\n",
		formatGrid(o.l2s), formatGrid(o.auxs), o.folds, o.seed)
}

// writeGrid writes the cross-validated F_avg of every setting, rows L2 and
// columns aux, the chosen one starred.
func writeGrid(w io.Writer, o options, cv cvResult, best int) {
	fmt.Fprintf(w, "cross-validated F_avg on train (rows L2, columns aux):\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "L2\\aux\t")
	for _, a := range o.auxs {
		fmt.Fprintf(tw, "%g\t", a)
	}
	fmt.Fprintln(tw)
	for _, l2 := range o.l2s {
		fmt.Fprintf(tw, "%g\t", l2)
		for c, g := range cv.grid {
			if g.l2 == l2 {
				mark := " "
				if c == best {
					mark = "*"
				}
				fmt.Fprintf(tw, "%.2f%s\t", 100*cv.pooled[c], mark)
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintf(w, "chosen: L2=%g aux=%g\n\n", cv.grid[best].l2, cv.grid[best].aux)
}

// writeScores writes the per-target and pooled test scores, then the
// pooled report; cvPooled is the chosen setting's cross-validated F_avg.
func writeScores(w io.Writer, scores []targetScore, pooled eval.Report, nTrain, nTest int, cvPooled float64) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "target\ttrain\ttest\tCV F_avg\tF_favor\tF_against\tF_avg\t\n")
	for _, s := range scores {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t\n", s.target, s.train, s.test, 100*s.cv,
			100*s.report.F1(stance.Supportive), 100*s.report.F1(stance.Opposed), 100*fAvg(s.report))
	}
	fmt.Fprintf(tw, "all (pooled)\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t\n", nTrain, nTest, 100*cvPooled,
		100*pooled.F1(stance.Supportive), 100*pooled.F1(stance.Opposed), 100*fAvg(pooled))
	tw.Flush()
	fmt.Fprintf(w, "\npooled test report (supportive = FAVOR, opposed = AGAINST, neutral = NONE):\n%s\n", pooled)
}

// writeTiming writes the timings and the BENCH line bench/compare.sh
// reads; favg is the pooled test F_avg.
func writeTiming(w io.Writer, o options, tm timings, nTrain, nSettings int, favg float64) {
	p := tm.predict
	fmt.Fprintf(w, "timing (fastest of %d runs):\n", o.Repeat)
	fmt.Fprintf(w, "  train the 5 final models:     %8.3f s (one vectoriser over all %d training tweets, then 5 solves)\n", tm.train.Seconds(), nTrain)
	fmt.Fprintf(w, "  choose L2 and aux by CV:      %8.3f s (%d settings, once)\n", tm.choose.Seconds(), nSettings)
	fmt.Fprintf(w, "  predict, batches:             %8.0f statements/s (%d goroutines; %d of %d models compiled, in %.3f s once)\n",
		p.PerSecond(), parallel.Workers(o.workers), p.Compiled, p.Models, p.Compile.Seconds())
	fmt.Fprintf(w, "  predict, one at a time:       %8.1f µs/statement\n", p.MicrosEach())
	fmt.Fprintf(w, "BENCH engine=stancekit train_s=%.4f select_s=%.4f batch_per_s=%.0f single_us=%.1f f_avg=%.2f compiled=%d compile_s=%.4f\n",
		tm.train.Seconds(), tm.choose.Seconds(), p.PerSecond(), p.MicrosEach(), 100*favg, p.Compiled, p.Compile.Seconds())
}

func formatGrid(g []float64) string {
	s := make([]string, len(g))
	for i, x := range g {
		s[i] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strings.Join(s, ", ")
}
