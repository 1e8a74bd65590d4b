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
// character 2-5-grams (sublinear TF-IDF, one vocabulary over all training
// tweets), trained on the target's own tweets plus the other four targets'
// tweets at a small weight aux: the targets share much of their language of
// support and opposition. L2 and aux are chosen by cross-validation on the
// training tweets (folds within each target, the F_avg of all targets'
// out-of-fold predictions pooled); the test set is only predicted and
// scored.
//
// The program prints the cross-validation grid, per-target and pooled
// scores, the training time (the final models, and separately the choice
// of L2 and aux), the prediction throughput in batches and the latency of
// one statement, and ends with the line F_avg=NN.NN. With -pred it writes
// one JSON object per test row, {"id":…, "label":…}, so that the score can be
// recomputed independently.
//
// The data is not part of stancekit (its terms forbid redistribution). It
// is looked up in the shared data folder ($STANCEKIT_DATA, else
// ../shared/data beside the repository); when it is absent the program says
// so and exits 0. Exit status: 1 on a runtime error, 2 on a usage error,
// each with one line on stderr.
package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/stancekit/stancekit/internal/benchutil"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// errUsage marks errors that exit with status 2.
var errUsage = benchutil.ErrUsage

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
	DefaultL2Grid  = "0.01,0.003,0.001,0.0003"
	DefaultAuxGrid = "0,0.05,0.1,0.2"
)

type options struct {
	data    string
	pred    string
	l2s     []float64
	auxs    []float64
	folds   int
	seed    uint64
	solver  string
	repeat  int
	workers int
}

func runErr(args []string, stdout, stderr io.Writer) error {
	var o options
	fl := flag.NewFlagSet("semeval", flag.ContinueOnError)
	fl.StringVar(&o.data, "data", filepath.Join(corpus.DataDir(), "semeval2016-task6a"), "folder holding train.jsonl and test.jsonl")
	fl.StringVar(&o.pred, "pred", "", "write the test predictions to `FILE`, one {\"id\":…, \"label\":…} a line")
	l2s := fl.String("l2", DefaultL2Grid, "comma-separated L2 penalties to choose from by cross-validation on train")
	auxs := fl.String("aux", DefaultAuxGrid, "comma-separated weights of the other targets' training tweets to choose from (0: a target's own tweets only)")
	fl.IntVar(&o.folds, "folds", 5, "stratified folds per target for choosing L2 and aux")
	fl.Uint64Var(&o.seed, "seed", 1, "seed of the stratified folds")
	fl.StringVar(&o.solver, "solver", stance.SolverSVM, "learner: svm or logistic")
	fl.IntVar(&o.repeat, "repeat", 3, "time each measurement this many times and report the fastest")
	fl.IntVar(&o.workers, "workers", 0, "goroutines for batch prediction (0: one per CPU)")
	if err := benchutil.ParseFlags(fl, args, stderr); err != nil {
		return err
	}
	var err error
	if o.l2s, err = benchutil.ParseGrid(*l2s, false); err != nil {
		return fmt.Errorf("%w: -l2: %v", errUsage, err)
	}
	if o.auxs, err = benchutil.ParseGrid(*auxs, true); err != nil {
		return fmt.Errorf("%w: -aux: %v", errUsage, err)
	}
	if o.folds < 2 {
		return fmt.Errorf("%w: -folds must be at least 2", errUsage)
	}
	if o.repeat < 1 {
		return fmt.Errorf("%w: -repeat must be at least 1", errUsage)
	}
	if o.solver != stance.SolverSVM && o.solver != stance.SolverLogistic {
		return fmt.Errorf("%w: -solver %q (want svm or logistic)", errUsage, o.solver)
	}
	trainPath, testPath := filepath.Join(o.data, "train.jsonl"), filepath.Join(o.data, "test.jsonl")
	for _, p := range []string{trainPath, testPath} {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stdout, "semeval: %s not found; the SemEval-2016 Task 6 data is not redistributed with stancekit.\n"+
				"Point -data (or $%s) at a folder holding train.jsonl and test.jsonl to run the benchmark.\n", p, corpus.DataEnv)
			return nil
		}
	}
	train, err := loadTweets(trainPath)
	if err != nil {
		return err
	}
	test, err := loadTweets(testPath)
	if err != nil {
		return err
	}
	return benchmark(o, train, test, stdout)
}

// tweet is one row of the benchmark.
type tweet struct {
	id, target, text string
	label            stance.Label
}

// semstTag is the hashtag the organisers appended to every tweet.
const semstTag = "#SemST"

// stripSemST removes the organisers' tag wherever it stands (it ends every
// tweet, sometimes followed by white space), matching it as a whole
// hashtag, in any letter case.
func stripSemST(s string) string {
	var b strings.Builder
	for {
		i := indexFold(s, semstTag)
		if i < 0 {
			break
		}
		end := i + len(semstTag)
		if end < len(s) && isTagByte(s[end]) {
			b.WriteString(s[:end])
			s = s[end:]
			continue
		}
		b.WriteString(s[:i])
		s = s[end:]
	}
	b.WriteString(s)
	return strings.TrimSpace(b.String())
}

func indexFold(s, sub string) int {
	return strings.Index(strings.ToLower(s), strings.ToLower(sub))
}

func isTagByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// loadTweets reads a benchmark file and strips the organisers' tag.
func loadTweets(path string) ([]tweet, error) {
	rows, err := corpus.LoadLabelled(path)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	out := make([]tweet, len(rows))
	for i, r := range rows {
		l, err := stance.ParseLabel(r.Label)
		if err != nil {
			return nil, fmt.Errorf("%s row %d (%s): %w", path, i+1, r.ID, err)
		}
		if r.Target == "" {
			return nil, fmt.Errorf("%s row %d (%s): no target", path, i+1, r.ID)
		}
		out[i] = tweet{id: r.ID, target: r.Target, text: stripSemST(r.Text), label: l}
	}
	return out, nil
}

// group splits tweets by target, targets in order of first appearance.
func group(ts []tweet) (targets []string, by map[string][]int) {
	by = map[string][]int{}
	for i, t := range ts {
		if _, ok := by[t.target]; !ok {
			targets = append(targets, t.target)
		}
		by[t.target] = append(by[t.target], i)
	}
	return targets, by
}

// Features is the feature set: word 1-3-grams and character 2-5-grams
// with sublinear TF-IDF, the organisers' n-gram ranges. Their worth was
// checked by cross-validation on the training tweets (see RESULTS.md).
func Features() features.Config {
	return features.Config{WordNgrams: 3, CharMin: 2, CharMax: 5, Sublinear: true, MinDF: 1}
}

// Config returns the training configuration with the given L2: a
// class-balanced linear model (balanced classes won in cross-validation on
// the training tweets).
func Config(solver string, l2 float64) stance.TrainConfig {
	return stance.TrainConfig{Features: Features(), L2: l2, Balanced: true, MaxIter: 1000, Solver: solver}
}

// FAvg is the official metric: the mean of the F1 of supportive (FAVOR) and
// opposed (AGAINST); every other label counts as NONE.
func FAvg(r stance.Report) float64 {
	return (r.F1(stance.Supportive) + r.F1(stance.Opposed)) / 2
}

// scoreLabels are the classes the metric is computed over.
var scoreLabels = []stance.Label{stance.Supportive, stance.Opposed, stance.Neutral}

// score computes the official report: predictions outside FAVOR and AGAINST
// count as NONE.
func score(gold, pred []stance.Label) (stance.Report, error) {
	p := make([]stance.Label, len(pred))
	for i, l := range pred {
		if l != stance.Supportive && l != stance.Opposed {
			l = stance.Neutral
		}
		p[i] = l
	}
	return stance.Score(gold, p, scoreLabels)
}

// targetResult is what one target's model did.
type targetResult struct {
	target  string
	train   int
	testIdx []int
	cvFAvg  float64
	report  stance.Report
	model   *stance.Model
}

// setting is one point of the grid cross-validation chooses from.
type setting struct{ l2, aux float64 }

// weights returns the training weights of a target's model: 1 for the
// target's own tweets, aux for the other targets' (0 leaves them out, which
// weights does by returning the indices to keep).
func weights(train []tweet, target string, aux float64, keep func(i int) bool) (idx []int, w []float64) {
	for i, t := range train {
		if !keep(i) {
			continue
		}
		switch {
		case t.target == target:
			idx, w = append(idx, i), append(w, 1)
		case aux > 0:
			idx, w = append(idx, i), append(w, aux)
		}
	}
	return idx, w
}

func benchmark(o options, train, test []tweet, w io.Writer) error {
	targets, trBy := group(train)
	_, teBy := group(test)
	for t := range teBy {
		if _, ok := trBy[t]; !ok {
			return fmt.Errorf("test target %q has no training tweets", t)
		}
	}
	fmt.Fprintf(w, "SemEval-2016 Task 6A: %d training and %d test tweets, %d targets; %d CPUs\n", len(train), len(test), len(targets), runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "one model per target: word 1-3-grams + char 2-5-grams, sublinear TF-IDF, solver %s, balanced classes;\n", o.solver)
	fmt.Fprintf(w, "the other targets' tweets join each target's training set at weight aux.\n")
	fmt.Fprintf(w, "L2 from {%s} and aux from {%s} by %d-fold CV on train (seed %d), pooled F_avg\n\n",
		formatGrid(o.l2s), formatGrid(o.auxs), o.folds, o.seed)

	// 1. Choose (L2, aux) by cross-validation on the training tweets.
	t0 := time.Now()
	grid, cv, perTarget, err := choose(o, train, targets)
	if err != nil {
		return err
	}
	selectDt := time.Since(t0)
	best := 0
	for c := range grid {
		if cv[c] > cv[best] {
			best = c
		}
	}
	chosen := grid[best]
	fmt.Fprintf(w, "cross-validated F_avg on train (rows L2, columns aux):\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "L2\\aux\t")
	for _, a := range o.auxs {
		fmt.Fprintf(tw, "%g\t", a)
	}
	fmt.Fprintln(tw)
	for _, l2 := range o.l2s {
		fmt.Fprintf(tw, "%g\t", l2)
		for c, g := range grid {
			if g.l2 == l2 {
				mark := " "
				if c == best {
					mark = "*"
				}
				fmt.Fprintf(tw, "%.2f%s\t", 100*cv[c], mark)
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintf(w, "chosen: L2=%g aux=%g\n\n", chosen.l2, chosen.aux)

	results := make([]*targetResult, len(targets))
	for k, tg := range targets {
		results[k] = &targetResult{target: tg, train: len(trBy[tg]), testIdx: teBy[tg], cvFAvg: perTarget[best][k]}
	}

	// 2. Train the final models: one vectoriser over all training tweets,
	// then one model per target over it.
	all := make([]string, len(train))
	for i, t := range train {
		all[i] = t.text
	}
	trainDt, err := benchutil.Fastest(o.repeat, func() error {
		models, err := trainFinal(train, targets, chosen, o.solver)
		if err != nil {
			return err
		}
		for k, m := range models {
			results[k].model = m
		}
		return nil
	})
	if err != nil {
		return err
	}

	// 3. Predict the test set: in batches (timed), then one statement at a
	// time (timed), checking that both give the same labels.
	pred := make([]stance.Label, len(test))
	batchDt, err := benchutil.Fastest(o.repeat, func() error {
		for _, r := range results {
			texts, _ := column(test, r.testIdx)
			for k, res := range r.model.PredictBatch(texts, o.workers) {
				if res.Err != nil {
					return fmt.Errorf("%s: test tweet %s: %w", r.target, test[r.testIdx[k]].id, res.Err)
				}
				pred[r.testIdx[k]] = res.Label
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	singleDt, err := benchutil.Fastest(o.repeat, func() error {
		for _, r := range results {
			for _, i := range r.testIdx {
				p, err := r.model.Predict(test[i].text)
				if err != nil {
					return fmt.Errorf("%s: test tweet %s: %w", r.target, test[i].id, err)
				}
				if p.Label != pred[i] {
					return fmt.Errorf("test tweet %s: single prediction %s differs from batch %s", test[i].id, p.Label, pred[i])
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}

	// 4. Score.
	gold := make([]stance.Label, len(test))
	for i, t := range test {
		gold[i] = t.label
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "target\ttrain\ttest\tCV F_avg\tF_favor\tF_against\tF_avg\t\n")
	for _, r := range results {
		g, p := make([]stance.Label, len(r.testIdx)), make([]stance.Label, len(r.testIdx))
		for k, i := range r.testIdx {
			g[k], p[k] = gold[i], pred[i]
		}
		if r.report, err = score(g, p); err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t\n", r.target, r.train, len(r.testIdx), 100*r.cvFAvg,
			100*r.report.F1(stance.Supportive), 100*r.report.F1(stance.Opposed), 100*FAvg(r.report))
	}
	pooled, err := score(gold, pred)
	if err != nil {
		return err
	}
	fmt.Fprintf(tw, "all (pooled)\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t\n", len(train), len(test), 100*cv[best],
		100*pooled.F1(stance.Supportive), 100*pooled.F1(stance.Opposed), 100*FAvg(pooled))
	tw.Flush()
	fmt.Fprintf(w, "\npooled test report (supportive = FAVOR, opposed = AGAINST, neutral = NONE):\n%s\n", pooled)

	fmt.Fprintf(w, "timing (fastest of %d runs):\n", o.repeat)
	fmt.Fprintf(w, "  train the 5 final models:     %8.3f s (one vectoriser over all %d training tweets, then 5 solves)\n", trainDt.Seconds(), len(train))
	fmt.Fprintf(w, "  choose L2 and aux by CV:      %8.3f s (%d settings, once)\n", selectDt.Seconds(), len(grid))
	fmt.Fprintf(w, "  predict, batches:             %8.0f statements/s (%d goroutines)\n", float64(len(test))/batchDt.Seconds(), workersUsed(o.workers))
	fmt.Fprintf(w, "  predict, one at a time:       %8.1f µs/statement\n", float64(singleDt.Nanoseconds())/1e3/float64(len(test)))
	fmt.Fprintf(w, "BENCH engine=stancekit train_s=%.4f select_s=%.4f batch_per_s=%.0f single_us=%.1f f_avg=%.2f\n",
		trainDt.Seconds(), selectDt.Seconds(), float64(len(test))/batchDt.Seconds(), float64(singleDt.Nanoseconds())/1e3/float64(len(test)), 100*FAvg(pooled))

	if o.pred != "" {
		ids := make([]string, len(test))
		for i, t := range test {
			ids[i] = t.id
		}
		if err := benchutil.WritePredictions(o.pred, ids, pred); err != nil {
			return err
		}
		fmt.Fprintf(w, "predictions written to %s\n", o.pred)
	}
	fmt.Fprintf(w, "F_avg=%.2f\n", 100*FAvg(pooled))
	return nil
}

// trainTarget trains target's model at setting set over vectors that vec
// produced, x(i) being training tweet i's: the target's own tweets weigh 1
// and the other targets' set.aux (see weights), among those keep allows.
func trainTarget(vec *features.Vectorizer, x func(i int) features.Vector, train []tweet, target string, set setting, solver string, keep func(i int) bool) (*stance.Model, error) {
	idx, wt := weights(train, target, set.aux, keep)
	xs, ys := make([]features.Vector, len(idx)), make([]stance.Label, len(idx))
	for n, i := range idx {
		xs[n], ys[n] = x(i), train[i].label
	}
	return stance.TrainVectors(vec, xs, ys, wt, Config(solver, set.l2))
}

// trainFinal trains the final models, one per target in the order of
// targets: one vectoriser over all training tweets, then one solve per
// target over its vectors, the targets' solves on all CPUs.
func trainFinal(train []tweet, targets []string, set setting, solver string) ([]*stance.Model, error) {
	all := make([]string, len(train))
	for i, t := range train {
		all[i] = t.text
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	vec, err := features.NewVectorizer(Features(), tk, nil)
	if err != nil {
		return nil, err
	}
	X, err := vec.FitTransform(all)
	if err != nil {
		return nil, err
	}
	models := make([]*stance.Model, len(targets))
	err = parallel(len(targets), func(k int) error {
		x := func(i int) features.Vector { return X[i] }
		m, err := trainTarget(vec, x, train, targets[k], set, solver, func(int) bool { return true })
		if err != nil {
			return fmt.Errorf("%s: %w", targets[k], err)
		}
		models[k] = m
		return nil
	})
	return models, err
}

// choose cross-validates every (L2, aux) setting on the training tweets:
// each target's tweets are split into stratified folds; for each fold one
// vectoriser is fitted on everything but the held-out tweets (the target's
// other folds and all other targets' tweets), and every setting is trained
// over it and predicts the held-out tweets. It returns the grid, each
// setting's F_avg over the out-of-fold predictions of all targets pooled,
// and each setting's F_avg per target.
func choose(o options, train []tweet, targets []string) ([]setting, []float64, [][]float64, error) {
	var grid []setting
	for _, l2 := range o.l2s {
		for _, a := range o.auxs {
			grid = append(grid, setting{l2, a})
		}
	}
	tk, err := tokenize.Default()
	if err != nil {
		return nil, nil, nil, err
	}
	pred := make([][]stance.Label, len(grid))
	for c := range pred {
		pred[c] = make([]stance.Label, len(train))
	}
	var gold []stance.Label
	_, by := group(train)
	// held[i] is the fold of training tweet i within its target.
	held := make([]int, len(train))
	for _, tg := range targets {
		_, labels := column(train, by[tg])
		folds, err := stance.StratifiedKFold(labels, o.folds, o.seed)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", tg, err)
		}
		for k, i := range by[tg] {
			held[i] = folds[k]
		}
	}
	// Each (target, fold) pair is an independent job writing only its own
	// held-out tweets' predictions: run them on all CPUs.
	err = parallel(len(targets)*o.folds, func(job int) error {
		tg, f := targets[job/o.folds], job%o.folds
		inTrain := func(i int) bool { return train[i].target != tg || held[i] != f }
		var texts []string
		pos := make([]int, len(train)) // train index -> position in texts
		for i, t := range train {
			if inTrain(i) {
				pos[i] = len(texts)
				texts = append(texts, t.text)
			}
		}
		vec, err := features.NewVectorizer(Features(), tk, nil)
		if err != nil {
			return err
		}
		X, err := vec.FitTransform(texts)
		if err != nil {
			return fmt.Errorf("%s fold %d: %w", tg, f, err)
		}
		var heldIdx []int
		var heldX []features.Vector
		for _, i := range by[tg] {
			if !inTrain(i) {
				x, err := vec.Transform(train[i].text)
				if err != nil {
					return err
				}
				heldIdx, heldX = append(heldIdx, i), append(heldX, x)
			}
		}
		for c, g := range grid {
			x := func(i int) features.Vector { return X[pos[i]] }
			m, err := trainTarget(vec, x, train, tg, g, o.solver, inTrain)
			if err != nil {
				return fmt.Errorf("%s fold %d: %w", tg, f, err)
			}
			for k, x := range heldX {
				pred[c][heldIdx[k]], _ = m.PredictVector(x)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	for _, t := range train {
		gold = append(gold, t.label)
	}
	cv := make([]float64, len(grid))
	perTarget := make([][]float64, len(grid))
	for c := range grid {
		r, err := score(gold, pred[c])
		if err != nil {
			return nil, nil, nil, err
		}
		cv[c] = FAvg(r)
		for _, tg := range targets {
			g, p := make([]stance.Label, 0, len(by[tg])), make([]stance.Label, 0, len(by[tg]))
			for _, i := range by[tg] {
				g, p = append(g, gold[i]), append(p, pred[c][i])
			}
			r, err := score(g, p)
			if err != nil {
				return nil, nil, nil, err
			}
			perTarget[c] = append(perTarget[c], FAvg(r))
		}
	}
	return grid, cv, perTarget, nil
}

// parallel runs f(0) … f(n-1) on up to GOMAXPROCS goroutines and returns
// the error of the lowest index that failed.
func parallel(n int, f func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				errs[i] = f(i)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func workersUsed(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

func formatGrid(g []float64) string {
	s := make([]string, len(g))
	for i, x := range g {
		s[i] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strings.Join(s, ", ")
}

// column returns the texts and labels of the tweets at idx.
func column(ts []tweet, idx []int) ([]string, []stance.Label) {
	texts, labels := make([]string, len(idx)), make([]stance.Label, len(idx))
	for k, i := range idx {
		texts[k], labels[k] = ts[i].text, ts[i].label
	}
	return texts, labels
}
