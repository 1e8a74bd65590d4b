package senteval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/sentiment"
	"gonum.org/v1/gonum/stat"
)

// EnvData is the environment variable naming the data folder.
const EnvData = "STANCEKIT_DATA"

// DefaultData is the data folder relative to the repository root.
const DefaultData = "../shared/data"

// ErrNoData is returned (wrapped) when a data set is not present.
var ErrNoData = errors.New("data set not present")

// DataDir picks the data folder: flagValue when the flag was set explicitly,
// else $STANCEKIT_DATA when set, else fallback.
func DataDir(flagValue string, flagSet bool, fallback string) string {
	if flagSet && flagValue != "" {
		return flagValue
	}
	if env := os.Getenv(EnvData); env != "" {
		return env
	}
	return fallback
}

// Row is one labelled text.
type Row struct {
	ID    string   `json:"id"`
	Text  string   `json:"text"`
	Score *float64 `json:"score"` // mean human rating on -4..+4; nil for PhraseBank
	Label string   `json:"label"` // positive, negative or neutral
	// LabelBand is the VADER sets' alternative label with a ±0.2 neutral band.
	LabelBand string `json:"label_band"`
	// AgreementMin is PhraseBank's annotator agreement tier (50..100).
	AgreementMin int `json:"agreement_min"`
}

// Set describes one evaluation set and its published reference figures.
type Set struct {
	Name string // short name used in tables
	Dir  string // folder under the data folder
	// Published is Hutto & Gilbert (2014) Table 4's VADER row (r, F1);
	// Reference is the Python vaderSentiment reproduction from the data
	// README (r, F1, or for PhraseBank accuracy and macro-F1).
	Published, Reference [2]float64
	News                 bool
}

// Sets are the evaluation sets, in table order.
var Sets = []Set{
	{Name: "tweets", Dir: "vader-tweets", Published: [2]float64{0.881, 0.96}, Reference: [2]float64{0.872, 0.95}},
	{Name: "nyt", Dir: "vader-nyt-editorials", Published: [2]float64{0.492, 0.55}, Reference: [2]float64{0.503, 0.55}, News: true},
	{Name: "movies", Dir: "vader-movie-reviews", Published: [2]float64{0.451, 0.61}, Reference: [2]float64{0.428, 0.59}},
	{Name: "amazon", Dir: "vader-amazon-reviews", Published: [2]float64{0.565, 0.63}, Reference: [2]float64{0.590, 0.63}},
	{Name: "phrasebank", Dir: "financial-phrasebank", Published: [2]float64{math.NaN(), math.NaN()}, Reference: [2]float64{0.543, 0.489}, News: true},
}

// Load reads dir/set.Dir/test.jsonl. A missing file gives an error wrapping
// ErrNoData.
func Load(dir string, set Set) ([]Row, error) {
	path := filepath.Join(dir, set.Dir, "test.jsonl")
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("senteval: %s: %w", path, ErrNoData)
		}
		return nil, fmt.Errorf("senteval: %w", err)
	}
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var r Row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("senteval: %s line %d: %w", path, line, err)
		}
		var l sentiment.Label
		if err := l.UnmarshalText([]byte(r.Label)); err != nil {
			return nil, fmt.Errorf("senteval: %s line %d: %w", path, line, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("senteval: reading %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("senteval: %s: no rows", path)
	}
	return rows, nil
}

// Metrics are the figures of one system on one set.
type Metrics struct {
	N int
	// R is the Pearson correlation of the predicted compound with the mean
	// human rating (NaN when the set has no ratings).
	R float64
	// P, Rec and F1 are support-weighted over the three classes
	// (scikit-learn average='weighted'); Rec equals Accuracy.
	P, Rec, F1 float64
	MacroF1    float64
	Accuracy   float64
}

// Evaluate scores predicted compounds against rows: r against Score, and the
// labels LabelOf(compound) against Label.
func Evaluate(rows []Row, compound []float64) Metrics {
	m := Metrics{N: len(rows), R: math.NaN()}
	if len(rows) == 0 || len(rows) != len(compound) {
		return m
	}
	var xs, ys []float64
	gold := make([]sentiment.Label, len(rows))
	pred := make([]sentiment.Label, len(rows))
	for i, r := range rows {
		if r.Score != nil {
			xs = append(xs, compound[i])
			ys = append(ys, *r.Score)
		}
		_ = gold[i].UnmarshalText([]byte(r.Label)) // validated by Load
		pred[i] = sentiment.LabelOf(compound[i])
	}
	if len(xs) > 1 {
		m.R = stat.Correlation(xs, ys, nil)
	}
	m.P, m.Rec, m.F1, m.MacroF1, m.Accuracy = classification(gold, pred)
	return m
}

// classification returns weighted P, R, F1, macro-F1 and accuracy.
func classification(gold, pred []sentiment.Label) (p, r, f1, macro, acc float64) {
	n := float64(len(gold))
	for _, c := range []sentiment.Label{sentiment.Positive, sentiment.Negative, sentiment.Neutral} {
		var tp, fp, fn, sup float64
		for i := range gold {
			switch {
			case gold[i] == c && pred[i] == c:
				tp++
			case pred[i] == c:
				fp++
			case gold[i] == c:
				fn++
			}
			if gold[i] == c {
				sup++
			}
		}
		var cp, cr, cf float64
		if tp+fp > 0 {
			cp = tp / (tp + fp)
		}
		if tp+fn > 0 {
			cr = tp / (tp + fn)
		}
		if cp+cr > 0 {
			cf = 2 * cp * cr / (cp + cr)
		}
		w := sup / n
		p += w * cp
		r += w * cr
		f1 += w * cf
		macro += cf / 3
		acc += tp / n
	}
	return p, r, f1, macro, acc
}

// Compounds scores every row with a.
func Compounds(a *sentiment.Analyzer, rows []Row) []float64 {
	out := make([]float64, len(rows))
	for i, r := range rows {
		out[i] = a.Score(r.Text).Compound
	}
	return out
}

// Folds is the number of cross-validation folds.
const Folds = 10

// Fold assigns a text to one of k folds by the FNV-1a hash of its text:
// deterministic, and repeated texts always share a fold, so no text is
// scored by a model that saw a copy of it.
func Fold(text string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(text))
	return int(h.Sum32() % uint32(k))
}

// Examples turns rated rows into calibration training examples.
func Examples(rows []Row) ([]sentiment.Example, error) {
	out := make([]sentiment.Example, 0, len(rows))
	for _, r := range rows {
		if r.Score == nil {
			return nil, fmt.Errorf("senteval: row %s has no human rating", r.ID)
		}
		out = append(out, sentiment.Example{Text: r.Text, Rating: *r.Score})
	}
	return out, nil
}

// CalibrationSets names the sets the shipped calibration is fitted on: the
// two VADER ground-truth sets of short texts, tweets and NYT editorial
// snippets (9,390 rated texts). Scores on them must be cross-validated.
var CalibrationSets = []string{"vader-tweets", "vader-nyt-editorials"}

// IsCalibrationSet reports whether the shipped calibration is fitted on set.
func IsCalibrationSet(set Set) bool {
	for _, d := range CalibrationSets {
		if set.Dir == d {
			return true
		}
	}
	return false
}

// LoadCalibrationSets reads the CalibrationSets from dir, in that order.
func LoadCalibrationSets(dir string) ([][]Row, error) {
	out := make([][]Row, 0, len(CalibrationSets))
	for _, d := range CalibrationSets {
		var set Set
		for _, s := range Sets {
			if s.Dir == d {
				set = s
			}
		}
		rows, err := Load(dir, set)
		if err != nil {
			return nil, err
		}
		out = append(out, rows)
	}
	return out, nil
}

// CrossValidate returns out-of-fold compounds of profile p's default
// Analyzer (its rule layer and a calibration) for every row of sets: the
// calibration that scores a row is fitted, with opt and p's rule layer, on
// the rows of all sets that fall in the other Folds-1 folds, so no row is
// scored by a calibration that saw it or a copy of it (folds go by text,
// across sets).
func CrossValidate(sets [][]Row, p sentiment.Profile, opt sentiment.FitOptions) ([][]float64, error) {
	base, err := sentiment.New(sentiment.WithProfile(p), sentiment.WithoutCalibration())
	if err != nil {
		return nil, err
	}
	out := make([][]float64, len(sets))
	for k := range sets {
		out[k] = make([]float64, len(sets[k]))
	}
	for f := range Folds {
		var train []Row
		for _, rows := range sets {
			for _, r := range rows {
				if Fold(r.Text, Folds) != f {
					train = append(train, r)
				}
			}
		}
		ex, err := Examples(train)
		if err != nil {
			return nil, err
		}
		cal, err := sentiment.FitCalibration(base, ex, opt)
		if err != nil {
			return nil, fmt.Errorf("senteval: fold %d: %w", f, err)
		}
		a, err := sentiment.New(sentiment.WithProfile(p), sentiment.WithCalibration(cal))
		if err != nil {
			return nil, fmt.Errorf("senteval: fold %d: %w", f, err)
		}
		for k, rows := range sets {
			for i, r := range rows {
				if Fold(r.Text, Folds) == f {
					out[k][i] = a.Score(r.Text).Compound
				}
			}
		}
	}
	return out, nil
}

// FitShipped fits profile p's shipped calibration: on every row of the
// CalibrationSets, with p's rule layer and default options. It is what
// `go run ./examples/sentimenteval -fit FILE` (News) and `-fit-social FILE`
// (Social) write.
func FitShipped(dir string, p sentiment.Profile) (*sentiment.Calibration, error) {
	sets, err := LoadCalibrationSets(dir)
	if err != nil {
		return nil, err
	}
	var ex []sentiment.Example
	for _, rows := range sets {
		e, err := Examples(rows)
		if err != nil {
			return nil, err
		}
		ex = append(ex, e...)
	}
	base, err := sentiment.New(sentiment.WithProfile(p), sentiment.WithoutCalibration())
	if err != nil {
		return nil, err
	}
	return sentiment.FitCalibration(base, ex, sentiment.FitOptions{})
}
