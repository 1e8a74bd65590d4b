package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestStripSemST(t *testing.T) {
	for in, want := range map[string]string{
		"Hillary is our best choice #Ohio #SemST":   "Hillary is our best choice #Ohio",
		"Hillary is our best choice #SemST  \r\n":   "Hillary is our best choice",
		"#semst first, then text #SEMST":            "first, then text",
		"keeps #SemSTx and #SemST_2 but not #SemST": "keeps #SemSTx and #SemST_2 but not",
		"no tag at all": "no tag at all",
		"#SemST":        "",
		// Letters whose lower case is longer in UTF-8 must not shift the
		// match: the tag is found in s itself.
		"İİİ #SemST":       "İİİ",
		"ȺȺ text #SemST x": "ȺȺ text  x",
	} {
		if got := stripSemST(in); got != want {
			t.Errorf("stripSemST(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScoreIsOfficial checks F_avg against a hand computation, with a
// prediction outside FAVOR and AGAINST counted as NONE.
func TestScoreIsOfficial(t *testing.T) {
	gold := []stance.Label{"supportive", "supportive", "opposed", "opposed", "opposed", "neutral"}
	pred := []stance.Label{"supportive", "opposed", "opposed", "opposed", "cautious", "supportive"}
	r, err := score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	// FAVOR: tp 1, predicted 2, gold 2 -> P = R = F = 0.5.
	// AGAINST: tp 2, predicted 3, gold 3 -> P = R = F = 2/3.
	if want := (0.5 + 2.0/3) / 2; math.Abs(fAvg(r)-want) > 1e-12 {
		t.Errorf("F_avg %v, want %v", fAvg(r), want)
	}
}

func TestMissingDataExitsZero(t *testing.T) {
	code, out, errs := runCLI("-data", t.TempDir())
	if code != 0 || errs != "" || !strings.Contains(out, "not found") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-nosuchflag"}, {"extra"}, {"-l2", "x"}, {"-aux", "-1"}, {"-folds", "1"}, {"-repeat", "0"}, {"-solver", "tree"}, {"-features", "char9"}, {"-features", ""},
	} {
		code, _, errs := runCLI(args...)
		if code != 2 || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}

// writeSynthetic writes a small two-target data set in the benchmark's
// format: the data itself is never in the repository.
func writeSynthetic(t *testing.T, dir string, n int, prefix string) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, prefix+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	words := map[string][]string{
		"supportive": {"love", "great", "support", "proud"},
		"opposed":    {"hate", "awful", "oppose", "shame"},
		"neutral":    {"weather", "lunch", "traffic", "chair"},
	}
	labels := []string{"supportive", "opposed", "neutral"}
	for i := range n {
		target := []string{"Cats", "Dogs"}[i%2]
		l := labels[(i/2)%3]
		w := words[l]
		text := fmt.Sprintf("%s %s %s the %s plan %d #SemST", w[i%4], strings.ToLower(target), w[(i/3)%4], words[labels[(i/5)%3]][i%4], i%7)
		b, _ := json.Marshal(map[string]string{"id": prefix + strconv.Itoa(i), "target": target, "text": text, "label": l})
		fmt.Fprintf(f, "%s\n", b)
	}
}

func TestEndToEndOnSyntheticData(t *testing.T) {
	dir := t.TempDir()
	writeSynthetic(t, dir, 240, "train")
	writeSynthetic(t, dir, 90, "test")
	predPath := filepath.Join(dir, "pred.jsonl")
	code, out, errs := runCLI("-data", dir, "-pred", predPath, "-folds", "3", "-repeat", "1", "-l2", "0.01,0.001", "-aux", "0,0.1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	printed, err := strconv.ParseFloat(strings.TrimPrefix(last, "F_avg="), 64)
	if !strings.HasPrefix(last, "F_avg=") || err != nil {
		t.Fatalf("last line %q", last)
	}
	for _, want := range []string{"chosen: L2=", "Cats", "Dogs", "all (pooled)", "BENCH engine=stancekit", "statements/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Recompute F_avg from the prediction file and the gold labels.
	gold := map[string]stance.Label{}
	_, test, err := load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tw := range test {
		gold[tw.ID] = tw.Label
		if strings.Contains(tw.Text, "#SemST") {
			t.Fatalf("tag not stripped: %q", tw.Text)
		}
	}
	f, err := os.Open(predPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var g, p []stance.Label
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row struct {
			ID    string       `json:"id"`
			Label stance.Label `json:"label"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		if _, ok := gold[row.ID]; !ok {
			t.Fatalf("unknown id %q", row.ID)
		}
		g, p = append(g, gold[row.ID]), append(p, row.Label)
	}
	if len(p) != len(test) {
		t.Fatalf("%d predictions for %d test rows", len(p), len(test))
	}
	r, err := score(g, p)
	if err != nil {
		t.Fatal(err)
	}
	if got := math.Round(10000*fAvg(r)) / 100; got != printed {
		t.Errorf("F_avg from the prediction file %.2f, printed %.2f", got, printed)
	}
	if printed < 80 {
		t.Errorf("F_avg %.2f on easy synthetic data", printed)
	}
}

func TestRuntimeErrorExitsOne(t *testing.T) {
	dir := t.TempDir()
	writeSynthetic(t, dir, 60, "test")
	if err := os.WriteFile(filepath.Join(dir, "train.jsonl"), []byte("{\"id\": 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI("-data", dir)
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "line 1") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// -cv-only prints the grid and its CV_F_avg line and stops: no test
// prediction, no score, no timing, no prediction file. -features names the
// family in the header.
func TestCVOnlyStopsBeforeTheTestSet(t *testing.T) {
	dir := t.TempDir()
	writeSynthetic(t, dir, 240, "train")
	writeSynthetic(t, dir, 90, "test")
	predPath := filepath.Join(dir, "pred.jsonl")
	for _, fam := range families {
		code, out, errs := runCLI("-data", dir, "-cv-only", "-features", fam.name, "-pred", predPath, "-folds", "3", "-repeat", "1", "-l2", "0.01", "-aux", "0,0.1")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", fam.name, code, errs)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "CV_F_avg=") || !strings.Contains(last, "features="+fam.name) {
			t.Errorf("%s: last line %q", fam.name, last)
		}
		for _, not := range []string{"all (pooled)", "BENCH", "F_avg=", "predictions written"} {
			if strings.Contains(strings.ReplaceAll(out, "CV_F_avg=", ""), not) {
				t.Errorf("%s: -cv-only output has %q:\n%s", fam.name, not, out)
			}
		}
		if !strings.Contains(out, "("+"features "+fam.name+")") {
			t.Errorf("%s: header does not name the family:\n%s", fam.name, out)
		}
		if _, err := os.Stat(predPath); err == nil {
			t.Errorf("%s: -cv-only wrote %s", fam.name, predPath)
		}
	}
}

// The families have distinct names, the shipped one is first and is word
// 1-3-grams with character 3-5-grams, and each is a configuration a
// vectoriser takes.
func TestFamilies(t *testing.T) {
	if families[0].name != shipped || featureConfig() != families[0].cfg {
		t.Fatalf("the shipped family is not first: %+v", families[0])
	}
	if c := featureConfig(); c.WordNgrams != 3 || c.CharMin != 3 || c.CharMax != 5 || !c.Sublinear {
		t.Errorf("shipped family %+v", c)
	}
	seen := map[string]bool{}
	for _, f := range families {
		if seen[f.name] {
			t.Errorf("family %q twice", f.name)
		}
		seen[f.name] = true
		if got, err := familyNamed(f.name); err != nil || got.name != f.name {
			t.Errorf("familyNamed(%q) = %v, %v", f.name, got.name, err)
		}
	}
	if _, err := familyNamed("nope"); err == nil || !strings.Contains(err.Error(), shipped) {
		t.Errorf("unknown family: %v", err)
	}
}
