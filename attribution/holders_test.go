package attribution

import (
	"bytes"
	"errors"
	"github.com/stancekit/stancekit/sentiment"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/attribution/internal/deflabels"
	"github.com/stancekit/stancekit/internal/tsv"
)

// TestHolderModelCurrent checks that holders.txt is what go generate
// ./attribution writes from the repository's gold, rules and stance model.
func TestHolderModelCurrent(t *testing.T) {
	b, err := deflabels.BuildHolders()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, holdersFile) {
		t.Errorf("holders.txt is stale (%d bytes, the generator writes %d): run go generate ./attribution", len(holdersFile), len(b))
	}
}

// TestHolderModelFile checks the weights file's reader: the embedded file
// reads and writes back byte for byte, and a changed byte, a feature out
// of place, a missing threshold or checksum is a ParseError naming the
// file.
func TestHolderModelFile(t *testing.T) {
	m, err := readHolderModel(holdersFile, holdersName)
	if err != nil {
		t.Fatal(err)
	}
	var note []string
	for _, l := range strings.Split(string(holdersFile), "\n") {
		if strings.HasPrefix(l, "# ") && !strings.Contains(holdersFormat, l+"\n") && l != tsv.Header("holders", 1) {
			note = append(note, strings.TrimPrefix(l, "# "))
		}
	}
	if got := writeHolderModel(m, note); !bytes.Equal(got, holdersFile) {
		t.Error("the embedded weights do not write back byte for byte")
	}
	body, _, _ := cutChecksum(writeHolderModel(m, nil))
	lines := strings.Split(string(body), "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "feature\t") })
	swapped := slices.Clone(lines)
	swapped[i], swapped[i+1] = swapped[i+1], swapped[i]
	noTau := slices.DeleteFunc(slices.Clone(lines), func(l string) bool { return strings.HasPrefix(l, "threshold\t") })
	bad := map[string][]byte{
		"changed weight":   bytes.Replace(holdersFile, []byte("bias\t"), []byte("bias\t9"), 1),
		"no checksum":      holdersFile[:bytes.LastIndex(holdersFile, []byte("checksum"))],
		"empty":            nil,
		"wrong version":    []byte("# stancekit-data holders v9\nchecksum\t00000000\n"),
		"feature misplace": withChecksum([]byte(strings.Join(swapped, "\n"))),
		"no threshold":     withChecksum([]byte(strings.Join(noTau, "\n"))),
		"feature missing":  withChecksum([]byte(strings.Join(slices.Delete(slices.Clone(lines), i, i+1), "\n"))),
	}
	for name, b := range bad {
		_, err := readHolderModel(b, "mine.txt")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "mine.txt" {
			t.Errorf("%s: error %v, want a ParseError naming mine.txt", name, err)
		}
	}
}

// TestHolderDetectorOption checks the option: off by default (the result is
// the rules' alone), on it keeps every invariant of a result on the
// development texts, adds only actors the rules did not list, each
// statement tracing to the text, and it never acts without a classifier.
func TestHolderDetectorOption(t *testing.T) {
	g := loadOfficial(t, "dev")
	off, err := New(defaultModel(t), nil, WithoutLearnedLabels())
	if err != nil {
		t.Fatal(err)
	}
	on, err := New(defaultModel(t), nil, WithoutLearnedLabels(), WithHolderDetector())
	if err != nil {
		t.Fatal(err)
	}
	if off.holders != nil || on.holders == nil {
		t.Fatal("the detector should be off by default and on with WithHolderDetector")
	}
	added := 0
	for _, n := range g.names {
		text := g.docs[n]
		r0, err := off.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		r1, err := on.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, text, r1)
		for _, ac := range r0.Actors {
			if !slices.ContainsFunc(r1.Actors, func(b Actor) bool { return b.Name == ac.Name && b.Label == ac.Label }) {
				t.Errorf("%s: the rules' actor %s lost or relabelled with the detector", n, ac.Name)
			}
		}
		added += len(r1.Actors) - len(r0.Actors)
	}
	t.Logf("the detector adds %d actors to %d development texts", added, len(g.names))
	none, err := New(nil, nil, WithHolderDetector())
	if err != nil {
		t.Fatal(err)
	}
	if none.holders != nil {
		t.Error("without a classifier the detector should be off")
	}
	if _, err := none.Analyze(sample); err != nil {
		t.Fatal(err)
	}
}

// TestHolderDetectorNasty runs the detector over the robustness inputs: no
// panic, every invariant kept.
func TestHolderDetectorNasty(t *testing.T) {
	a, err := New(defaultModel(t), nil, WithHolderDetector())
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"empty":            "",
		"sample":           sample,
		"quote marks":      strings.Repeat("\"", 5_000) + "\n\n" + sample,
		"control bytes":    "Huawei\x00 said\xff that the ban \x1b is wrong.\n\nChina: the UK, Germany and France said",
		"only names":       "China\n\nUK\n\nHuawei: Germany, France and Italy",
		"right-to-left":    "\u202eهواوي\u202c قالت الشركة.\n\n" + sample,
		"label and colons": ":\n\nQ: :\n\nA: ::: Huawei",
	} {
		res, err := a.Analyze(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkResult(t, text, res)
	}
	small, err := New(defaultModel(t), nil, WithHolderDetector(), WithMaxBytes(40))
	if err != nil {
		t.Fatal(err)
	}
	text := "Germany said the ban on Huawei is wrong. China said the UK must not follow."
	res, err := small.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, text, res)
}

// TestHolderStatementsAsRules checks that the statements the detector adds
// are made as the rules' are: with the analyser's sentiment, the
// classifier's prediction of their text and their weight.
func TestHolderStatementsAsRules(t *testing.T) {
	g := loadOfficial(t, "dev")
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	cls := defaultModel(t)
	off, err := New(cls, nil, WithoutLearnedLabels(), WithSentiment(sa))
	if err != nil {
		t.Fatal(err)
	}
	on, err := New(cls, nil, WithoutLearnedLabels(), WithHolderDetector(), WithSentiment(sa))
	if err != nil {
		t.Fatal(err)
	}
	added := 0
	for _, n := range g.names {
		r0, err := off.Analyze(g.docs[n])
		if err != nil {
			t.Fatal(err)
		}
		r1, err := on.Analyze(g.docs[n])
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range r1.Statements {
			if slices.ContainsFunc(r0.Statements, func(x Statement) bool { return x.Start == s.Start && x.Actor == s.Actor }) {
				continue
			}
			added++
			p, err := cls.Predict(s.Text)
			if err != nil {
				t.Fatal(err)
			}
			if s.Sentiment == nil || s.Prediction.Label != p.Label || s.Weight != weight(s) {
				t.Errorf("%s: added statement at %d:%d (%s) lacks its sentiment, prediction or weight", n, s.Start, s.End, s.Actor)
			}
		}
	}
	if added == 0 {
		t.Error("the detector added no statement to the development texts: the test checks nothing")
	}
	t.Logf("%d added statements checked", added)
}
