package experiment

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/internal/corpus"
	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/stance"
)

// Probe is a hand-written statement with the answer the guideline gives.
type Probe struct {
	Text string
	Want stance.Label
}

// Probes are the examples the statement-stance issue gives of each kind of
// failure on unseen news. They are never training data (the synthetic
// statements cover the same phenomena in other words), so they show how the
// model handles each kind; only the off-target ones carry a test.
var Probes = []Probe{
	{"The match was postponed because of snow.", stance.OffTarget},
	{"Ericsson's profit fell in the third quarter.", stance.OffTarget},
	{"The new phone has a larger battery.", stance.OffTarget},
	{"The ambassador urged Berlin to think again about letting the Chinese firm into its network.", stance.Opposed},
	{"The minister warned operators about the vendor's role.", stance.Opposed},
	{"Letting them in would be reckless.", stance.Opposed},
	{"Huawei is a wolf in sheep's clothing.", stance.Opposed},
	{"Only trusted vendors should carry our traffic.", stance.Opposed},
	{"A ban without proof would be a political act, not a security measure.", stance.Supportive},
	{"A ban on Huawei is not planned.", stance.Cautious},
	{"Britain's spy agencies say Huawei poses a risk they can manage.", stance.Cautious},
}

// AgreementDir holds the agreement sample and the second annotation.
func AgreementDir() string { return filepath.Join(corpus.StatementsDir(), "agreement") }

// AgreementStudies names the agreement studies in AgreementDir, in name
// order: "" for the first (sample.tsv and second.jsonl), and NAME for each
// later one (sample-NAME.tsv and second-NAME.jsonl), drawn from a batch
// collected after the first.
func AgreementStudies() ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(AgreementDir(), "sample*.tsv"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".tsv")
		switch {
		case name == "sample":
			out = append(out, "")
		case strings.HasPrefix(name, "sample-"):
			out = append(out, strings.TrimPrefix(name, "sample-"))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no agreement sample in %s", AgreementDir())
	}
	slices.Sort(out) // "" first
	return out, nil
}

// LoadAgreement returns the first annotation of an agreement study's
// sample (as drawn, sample.tsv or sample-STUDY.tsv) and its second
// annotation (second.jsonl or second-STUDY.jsonl).
func LoadAgreement(study string) (map[string]string, []SecondLabel, error) {
	suffix := ""
	if study != "" {
		suffix = "-" + study
	}
	path := filepath.Join(AgreementDir(), "sample"+suffix+".tsv")
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// A sample file is a record of the draw, kept as written: it has no
	// version line, so only the reader's line handling is shared.
	first := map[string]string{}
	sc := tsv.NewScanner(f, path)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "id\t") {
			continue
		}
		id, lab, ok := strings.Cut(l, "\t")
		if !ok {
			return nil, nil, sc.Errorf("want id<TAB>label")
		}
		first[id] = lab
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	second, err := LoadSecond(filepath.Join(AgreementDir(), "second"+suffix+".jsonl"))
	return first, second, err
}
