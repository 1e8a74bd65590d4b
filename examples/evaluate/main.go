// Command evaluate measures stancekit's stance model on the labelled data.
//
//	go run ./examples/evaluate [-data DIR] [-k 10] [-seed 1]   # the figures below
//	go run ./examples/evaluate -ablate                        # what was tried (grouped CV on train)
//	go run ./examples/evaluate -paired predicate               # those rows against the default, fold by fold
//	go run ./examples/evaluate -paired X -base Y               # rows named X against the row named Y
//	go run ./examples/evaluate -row 'length 0.2'               # a row's dev, article LOAO and external dev figures
//	go run ./examples/evaluate -curve FILE.png                 # the learning curve, table and chart
//	go run ./examples/evaluate -agreement                      # Cohen's κ of the second annotation
//	go run ./examples/evaluate -sealed                         # the sealed test: once, recorded
//
// The default run prints, for the default model's configuration: grouped
// k-fold cross-validation on the train split of the statement corpus (the
// only figure settings are chosen by), the dev split, leave-one-article-out
// on the article corpus, the external Huawei/5G dev set of the shared data
// folder (never trained on; skipped when absent) and the off-target probes.
// -sealed scores the embedded default model on the sealed test split and
// appends the look, dated, to stance/RESULTS.md: every look is recorded.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/stancekit/stancekit/internal/benchutil"
	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/experiment"
	"github.com/stancekit/stancekit/stance"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is main without the process: it returns the exit status (see
// benchutil.ExitCode).
func run(args []string, stdout, stderr io.Writer) int {
	return benchutil.ExitCode("evaluate", runErr(args, stdout, stderr), stderr)
}

type flags struct {
	data      string
	k         int
	seed      uint64
	ablate    bool
	paired    string
	row       string
	curve     string
	agreement bool
	sealed    bool
	record    string
	official  float64
	base      string
}

func runErr(args []string, w, stderr io.Writer) error {
	cfg := defaultmodel.Config()
	var f flags
	fl := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fl.StringVar(&f.data, "data", corpus.DataDir(), "shared benchmark data folder (env "+corpus.DataEnv+")")
	fl.Float64Var(&cfg.L2, "l2", cfg.L2, "L2 penalty")
	fl.Float64Var(&cfg.NB, "nb", cfg.NB, "power of the NB log-count-ratio feature scaling (0: none)")
	fl.Float64Var(&cfg.OffTargetBias, "off-target-bias", cfg.OffTargetBias, "added to the off_target log-odds after training")
	fl.Float64Var(&cfg.CuePrior, "cue-prior", cfg.CuePrior, "prior weight of cue class features")
	fl.Float64Var(&cfg.Features.CueWeight, "cue-weight", cfg.Features.CueWeight, "scale of cue features")
	fl.IntVar(&cfg.Features.WordNgrams, "ngrams", cfg.Features.WordNgrams, "longest word n-gram")
	fl.IntVar(&cfg.Features.MinDF, "min-df", cfg.Features.MinDF, "drop n-grams seen in fewer training statements")
	fl.Float64Var(&cfg.RelevanceThreshold, "relevance-threshold", cfg.RelevanceThreshold, "relevance below which a statement is off_target (0: default)")
	fl.Float64Var(&f.official, "official", defaultmodel.OfficialWeight, "weight of the official development statements in the default's training set and in every row that sets none (0: the figures as measured before the tenth session)")
	fl.IntVar(&f.k, "k", 10, "group folds for cross-validation on the train split")
	fl.Uint64Var(&f.seed, "seed", 1, "seed for the group folds")
	fl.BoolVar(&f.ablate, "ablate", false, "measure every setting tried (grouped CV on the train split)")
	fl.StringVar(&f.paired, "paired", "", "measure the -ablate rows whose name contains this against the default, with fold-paired differences")
	fl.StringVar(&f.base, "base", "", "with -paired, measure against the first -ablate row whose name contains this instead of the default")
	fl.StringVar(&f.row, "row", "", "print dev, article LOAO and external dev for the default and the first -ablate row whose name contains this, each retrained as that row trains")
	fl.StringVar(&f.curve, "curve", "", "write the learning curve chart to this PNG and print its table")
	fl.BoolVar(&f.agreement, "agreement", false, "print the inter-annotator agreement of the second annotation")
	fl.BoolVar(&f.sealed, "sealed", false, "score the sealed test split with the embedded default model, once, and record the look")
	fl.StringVar(&f.record, "record", filepath.Join(corpus.Dir(), "..", "stance", "RESULTS.md"), "results file the sealed-test look is appended to")
	if err := benchutil.ParseFlags(fl, args, stderr); err != nil {
		return err
	}
	if err := benchutil.AtLeast("k", f.k, 2); err != nil {
		return err
	}
	o := experiment.Options{Folds: f.k, Seed: f.seed}
	switch {
	case f.ablate:
		return experiment.RunAblations(w, experiment.WithDefaultOfficial(experiment.Ablations(cfg), f.official), o)
	case f.paired != "":
		all := experiment.WithDefaultOfficial(experiment.Ablations(cfg), f.official)
		rows, err := pairedRows(all, f.paired, f.base)
		if err != nil {
			return err
		}
		return experiment.RunPaired(w, rows, o)
	case f.row != "":
		return rowFigures(w, f, cfg, o)
	case f.curve != "":
		return curve(w, f.curve, cfg, o)
	case f.agreement:
		return agreement(w)
	case f.sealed:
		return sealed(w, f.record)
	}
	return figures(w, f, cfg, o)
}

func figures(w io.Writer, f flags, cfg stance.TrainConfig, o experiment.Options) error {
	def := experiment.WithDefaultOfficial([]experiment.Ablation{{Config: cfg}}, f.official)[0]
	d0, err := experiment.TrainData(true, true)
	if err != nil {
		return err
	}
	d, err := def.WithOfficial(d0)
	if err != nil {
		return err
	}
	official := d.TrainOnly[len(d0.TrainOnly):]
	o = def.RowOptions(o)
	t0 := time.Now()
	r, err := experiment.CrossValidate(d, cfg, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "train split, grouped %d-fold cross-validation (%d statements scored; %d synthetic, article and official statements train only; %v):\n", f.k, len(d.Scored), len(d.TrainOnly), time.Since(t0).Round(time.Second))
	summary(w, r)

	dev, err := defaultmodel.Statements(corpus.Dev)
	if err != nil {
		return err
	}
	r, _, err = experiment.Holdout(append(d.Scored, d.TrainOnly...), dev, cfg, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "dev split (%d statements; trained on the train split):\n", len(dev))
	summary(w, r)

	extra, err := defaultmodel.Statements(corpus.Train, corpus.Dev)
	if err != nil {
		return err
	}
	r, err = experiment.ArticleLOAO(append(extra, official...), cfg, o)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "article corpus, leave-one-article-out (on-target statements; trained on the other articles, the train and dev splits and %d official statements):\n", len(official))
	summary(w, r)

	m, err := stance.Default()
	if err != nil {
		return err
	}
	devPath := filepath.Join(f.data, "huawei-external-dev", "dev.jsonl")
	if _, err := os.Stat(devPath); err != nil {
		fmt.Fprintf(w, "external dev set: SKIPPED (%s not found; set -data or %s)\n\n", devPath, corpus.DataEnv)
	} else {
		ext, err := corpus.LoadLabelled(devPath)
		if err != nil {
			return err
		}
		ex := make([]defaultmodel.Example, len(ext))
		for i, e := range ext {
			ex[i] = defaultmodel.Example{Text: e.Text, Label: stance.Label(e.Label)}
		}
		r, err := experiment.Predict(m, ex, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "external Huawei/5G dev set (%d statements; the embedded default model, never trained on it):\n", len(ex))
		summary(w, r)
	}
	fmt.Fprintln(w, "off-target probes (the embedded default model):")
	for _, p := range experiment.Probes {
		pr, err := m.Predict(p.Text)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %-10s (want %-10s) relevance %.2f  %s\n", pr.Label, p.Want, pr.Relevance, p.Text)
	}
	return nil
}

// rowFigures measures the default and one -ablate row on the dev split,
// the article corpus (leave one article out) and the external dev set,
// each model trained the way the row trains (its learner, if any), so that
// a row that is not a single stance.Model is measured beside the default.
func rowFigures(w io.Writer, f flags, cfg stance.TrainConfig, o experiment.Options) error {
	all := experiment.WithDefaultOfficial(experiment.Ablations(cfg), f.official)
	rows := all[:1]
	for _, a := range all[1:] {
		if strings.Contains(a.Name, f.row) {
			rows = append(rows, a)
			break
		}
	}
	if len(rows) == 1 {
		return fmt.Errorf("no -ablate row contains %q", f.row)
	}
	d, err := experiment.TrainData(true, true)
	if err != nil {
		return err
	}
	dev, err := defaultmodel.Statements(corpus.Dev)
	if err != nil {
		return err
	}
	extra, err := defaultmodel.Statements(corpus.Train, corpus.Dev)
	if err != nil {
		return err
	}
	full, err := defaultmodel.BaseTrainingSet()
	if err != nil {
		return err
	}
	var ext []defaultmodel.Example
	devPath := filepath.Join(f.data, "huawei-external-dev", "dev.jsonl")
	if _, err := os.Stat(devPath); err == nil {
		ls, err := corpus.LoadLabelled(devPath)
		if err != nil {
			return err
		}
		for _, e := range ls {
			ext = append(ext, defaultmodel.Example{Text: e.Text, Label: stance.Label(e.Label)})
		}
	}
	fmt.Fprintln(w, "| setting | dev macro-F1 | dev off-target F1 | article LOAO macro-F1 | external dev macro-F1 |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- |")
	for _, a := range rows {
		ao := a.RowOptions(o)
		// A row trains on the second synthetic set as it says, everywhere.
		ds, extra, full, err := rowSynthetic2(a, d, extra, full)
		if err != nil {
			return err
		}
		// A row with the official statements trains on them everywhere
		// (Official drops those sharing a run with dev, the articles or
		// the external dev set).
		da, err := a.WithOfficial(ds)
		if err != nil {
			return err
		}
		official := da.TrainOnly[len(ds.TrainOnly):]
		rd, err := experiment.HoldoutLabeller(append(da.Scored, da.TrainOnly...), dev, a.Config, ao)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		rl, err := experiment.ArticleLOAO(append(slices.Clip(extra), official...), a.Config, ao)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		xs := "skipped"
		if ext != nil {
			rx, err := experiment.HoldoutLabeller(append(slices.Clip(full), official...), ext, a.Config, ao)
			if err != nil {
				return fmt.Errorf("%s: %w", a.Name, err)
			}
			xs = fmt.Sprintf("%.3f", rx.MacroF1)
		}
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %s |\n", a.Name, rd.MacroF1, rd.OffTargetF1, rl.MacroF1, xs)
	}
	// The probes, each model trained on the whole training set as
	// the row trains (a check, never a target).
	probes := make([]defaultmodel.Example, len(experiment.Probes))
	for i, p := range experiment.Probes {
		probes[i] = defaultmodel.Example{Text: p.Text, Label: p.Want}
	}
	for _, a := range rows {
		ao := a.Options
		ao.Folds, ao.Seed = o.Folds, o.Seed
		_, _, full, err := rowSynthetic2(a, d, extra, full)
		if err != nil {
			return err
		}
		rp, err := experiment.HoldoutLabeller(full, probes, a.Config, ao)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		fmt.Fprintf(w, "probes answered as the guideline does, %s: %.0f of %d\n", a.Name, rp.Report.Accuracy*float64(len(probes)), len(probes))
	}
	return nil
}

// pairedRows returns the rows -paired measures: the base (the default, or
// with base set the first row whose name contains it) and then every other
// row whose name contains name.
func pairedRows(all []experiment.Ablation, name, base string) ([]experiment.Ablation, error) {
	b := 0
	if base != "" {
		b = slices.IndexFunc(all, func(a experiment.Ablation) bool { return strings.Contains(a.Name, base) })
		if b < 0 {
			return nil, fmt.Errorf("no -ablate row contains %q", base)
		}
	}
	rows := []experiment.Ablation{all[b]}
	for i, a := range all {
		if i != 0 && i != b && strings.Contains(a.Name, name) {
			rows = append(rows, a)
		}
	}
	return rows, nil
}

// rowSynthetic2 returns the train data, the statements the article LOAO
// adds and the full training set with the second synthetic set as row a
// trains (in or out).
func rowSynthetic2(a experiment.Ablation, d experiment.Data, extra, full []defaultmodel.Example) (experiment.Data, []defaultmodel.Example, []defaultmodel.Example, error) {
	to, err := a.WithSynthetic2(d.TrainOnly)
	if err != nil {
		return d, nil, nil, err
	}
	d.TrainOnly = to
	if extra, err = a.WithSynthetic2(extra); err != nil {
		return d, nil, nil, err
	}
	full, err = a.WithSynthetic2(full)
	return d, extra, full, err
}

func summary(w io.Writer, r experiment.Result) {
	fmt.Fprintf(w, "  stance macro-F1 %.3f, off-target F1 %.3f, accuracy %.3f\n%s\n", r.MacroF1, r.OffTargetF1, r.Report.Accuracy, indent(r.Report.String()))
}

func indent(s string) string {
	out := []byte("  ")
	for i := 0; i < len(s); i++ {
		out = append(out, s[i])
		if s[i] == '\n' && i < len(s)-1 {
			out = append(out, ' ', ' ')
		}
	}
	return string(out)
}

func curve(w io.Writer, path string, cfg stance.TrainConfig, o experiment.Options) error {
	d, err := experiment.TrainData(true, true)
	if err != nil {
		return err
	}
	pts, err := experiment.LearningCurve(d, cfg, []int{100, 200, 400, 800, 1600}, o)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "| training statements per fold | stance macro-F1 | off-target F1 |")
	fmt.Fprintln(w, "| --- | --- | --- |")
	for _, p := range pts {
		fmt.Fprintf(w, "| %d | %.3f | %.3f |\n", p.Size, p.MacroF1, p.OffTargetF1)
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := experiment.PlotCurve(out, pts); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s\n", path)
	return nil
}

func agreement(w io.Writer) error {
	studies, err := experiment.AgreementStudies()
	if err != nil {
		return err
	}
	for i, study := range studies {
		first, second, err := experiment.LoadAgreement(study)
		if err != nil {
			return err
		}
		a, err := experiment.Kappa(first, second)
		if err != nil {
			return err
		}
		name := "first study (sample.tsv, second.jsonl)"
		if study != "" {
			name = fmt.Sprintf("study %s (sample-%s.tsv, second-%s.jsonl)", study, study, study)
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n%s", name, a)
	}
	return nil
}

// sealed scores the sealed test once with the embedded default model and
// appends the look to the results file. It refuses when the embedded model
// is not what the repository rebuilds, so every look is of a reproducible
// model.
func sealed(w io.Writer, record string) (err error) {
	// Open the record first: no look without its record.
	f, err := os.OpenFile(record, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("record the look: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("record the look: %w", cerr)
		}
	}()
	want, err := defaultmodel.Bytes()
	if err != nil {
		return err
	}
	have, err := os.ReadFile(filepath.Join(corpus.Dir(), "..", defaultmodel.Path))
	if err != nil {
		return err
	}
	if string(want) != string(have) {
		return fmt.Errorf("the committed default model is not what go generate ./stance builds: regenerate it before scoring the sealed test")
	}
	m, err := stance.Default()
	if err != nil {
		return err
	}
	test, err := defaultmodel.Statements(corpus.Test)
	if err != nil {
		return err
	}
	r, err := experiment.Predict(m, test, nil)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(have)
	pages := map[string]bool{}
	for _, e := range test {
		pages[e.Group] = true
	}
	// The record is written before the figures are shown.
	if _, err := fmt.Fprintf(f, "| %s | %s | %d | %.3f | %.3f | %.3f |\n", time.Now().UTC().Format("2006-01-02 15:04"), hex.EncodeToString(sum[:8]), len(test), r.MacroF1, r.OffTargetF1, r.Report.Accuracy); err != nil {
		return fmt.Errorf("record the look: %w", err)
	}
	fmt.Fprintf(w, "sealed test (%d statements, %d source groups), default model sha256 %s:\n", len(test), len(pages), hex.EncodeToString(sum[:8]))
	summary(w, r)
	fmt.Fprintf(w, "look recorded in %s\n", record)
	return nil
}
