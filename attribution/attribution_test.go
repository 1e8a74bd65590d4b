package attribution

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance"
)

// fixedClassifier labels every statement with fixed probabilities, and
// "opposed" when the text says "ban".
type fixedClassifier struct{}

func (fixedClassifier) Predict(text string) (stance.Prediction, error) {
	if strings.TrimSpace(text) == "" {
		return stance.Prediction{}, stance.ErrEmpty
	}
	p := stance.Probs{{Label: stance.Supportive, P: 0.6}, {Label: stance.Cautious, P: 0.3}, {Label: stance.Opposed, P: 0.1}}
	if strings.Contains(text, "ban") || strings.Contains(text, "cutback") {
		p = stance.Probs{{Label: stance.Supportive, P: 0.1}, {Label: stance.Cautious, P: 0.2}, {Label: stance.Opposed, P: 0.7}}
	}
	best := 0
	for i := range p {
		if p[i].P > p[best].P {
			best = i
		}
	}
	return stance.Prediction{Label: p[best].Label, Confidence: p[best].P, Probs: p}, nil
}

const sample = `Huawei says no evidence against it, US pushes ban

Huawei’s rotating chairman Ken Hu said the company had never had a serious cybersecurity incident.

“The Americans don’t have any evidence at all,” he said. “If they have something against us, they should let everyone know.”

The US ambassador to Germany Richard Grenell warned German officials that using Huawei equipment may result in a cutback on intelligence sharing.

Big telecoms operators oppose a Huawei ban, saying such a move could set back 5G deployment by years.

Image: Huawei has denied that its equipment is any less trustworthy than competitors

Subscribe to our newsletters
`

func newTest(t testing.TB, cls Classifier) *Analyzer {
	t.Helper()
	a, err := New(cls, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// analyzeChecked analyses text and checks the offsets of the result.
func analyzeChecked(t *testing.T, a *Analyzer, text string) *Result {
	t.Helper()
	res, err := a.Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, text, res)
	return res
}

func checkOffsets(t *testing.T, text string, res *Result) {
	t.Helper()
	for _, s := range res.Statements {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Text {
			t.Fatalf("statement %q: offsets %d:%d do not give its text", s.Text, s.Start, s.End)
		}
	}
	for _, a := range res.Actors {
		for _, s := range a.Statements {
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("actor %s evidence offsets %d:%d wrong", a.Name, s.Start, s.End)
			}
		}
	}
}

func TestAnalyzeSample(t *testing.T) {
	a := newTest(t, fixedClassifier{})
	res, err := a.Analyze(sample)
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, sample, res)
	got := map[string]string{}
	for _, s := range res.Statements {
		got[s.Text] = s.Actor + "|" + s.Speaker
		if strings.Contains(s.Text, "trustworthy") || strings.Contains(s.Text, "Subscribe") {
			t.Errorf("clutter extracted: %v", s)
		}
	}
	want := map[string]string{
		"“The Americans don’t have any evidence at all,”":                     "Huawei|Ken Hu",
		"“If they have something against us, they should let everyone know.”": "Huawei|Ken Hu",
		"Big telecoms operators oppose a Huawei ban":                          "Telecom operators|Big telecoms operators",
		"such a move could set back 5G deployment by years":                   "Telecom operators|Big telecoms operators",
	}
	for text, w := range want {
		if got[text] != w {
			t.Errorf("statement %q: got %q, want %q", text, got[text], w)
		}
	}
	actors := map[string]Actor{}
	for _, ac := range res.Actors {
		actors[ac.Name] = ac
	}
	for _, n := range []string{"Huawei", "US government", "Telecom operators"} {
		if _, ok := actors[n]; !ok {
			t.Errorf("actor %s not found; got %v", n, res.Actors)
		}
	}
	if ac := actors["US government"]; ac.Label != stance.Opposed {
		t.Errorf("US government label %q, want opposed", ac.Label)
	}
	for _, ac := range res.Actors {
		for i := 1; i < len(ac.Statements); i++ {
			if evidence(ac.Statements[i]) > evidence(ac.Statements[i-1]) {
				t.Errorf("actor %s evidence not ordered by weight", ac.Name)
			}
		}
		if len(ac.Probs) != 3 || ac.Confidence <= 0 || ac.Confidence > 1 {
			t.Errorf("actor %s: probs %v confidence %v", ac.Name, ac.Probs, ac.Confidence)
		}
	}
}

func TestPartialNamesAndPronouns(t *testing.T) {
	text := "Vice President Andrus Ansip met the press.\n\n" +
		"Ansip said that Europe should be worried about Chinese vendors.\n\n" +
		"Garrett Forsyth, a researcher at the Egmont Institute, was sceptical.\n\n" +
		"“There is no proof of any backdoor in these networks,” he said.\n"
	res := analyzeChecked(t, newTest(t, nil), text)
	var found int
	for _, s := range res.Statements {
		switch {
		case strings.HasPrefix(s.Text, "Europe should"):
			found++
			if s.Speaker != "Andrus Ansip" || s.Actor != "European Commission" {
				t.Errorf("partial name: %v", s)
			}
		case strings.HasPrefix(s.Text, "“There is no proof"):
			found++
			if s.Speaker != "Garrett Forsyth" {
				t.Errorf("pronoun: %v", s)
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of 2 statements: %v", found, res.Statements)
	}
}

func TestUnknownSpeakerIsItsOwnActor(t *testing.T) {
	text := "“Networks must be open to every vendor that passes the tests,” said Jan Kowalczyk, a telecoms consultant.\n"
	res, err := newTest(t, nil).Analyze(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Statements) != 1 || res.Statements[0].Actor != "Jan Kowalczyk" || res.Statements[0].Speaker != "Jan Kowalczyk" {
		t.Fatalf("got %v", res.Statements)
	}
}

// TestBodiesAndEvents checks that a capitalised name ending in an
// institution noun is not taken for a person, and that an event that "took
// place" is no act of a holder.
func TestBodiesAndEvents(t *testing.T) {
	text := "EU leaders meet on Huawei and 5G\n\n" +
		"On 22 March the European Summit took place in Brussels, where Huawei's 5G equipment was discussed.\n\n" +
		"The Lisbon Council urged member states to keep 5G networks open to Huawei and every other vendor.\n"
	res := analyzeChecked(t, newTest(t, nil), text)
	var s Statement
	for _, st := range res.Statements {
		if strings.Contains(st.Text, "took place") || st.Actor == "European Summit" {
			t.Errorf("an event read as a statement: %+v", st)
		}
		if strings.Contains(st.Text, "urged") {
			s = st
		}
	}
	if s.Actor != "Lisbon Council" || s.ActorType != TypeOther {
		t.Errorf("actor %q of type %q, want Lisbon Council of type %q", s.Actor, s.ActorType, TypeOther)
	}
}

func TestBadInput(t *testing.T) {
	a := newTest(t, fixedClassifier{})
	big := strings.Repeat(sample, 5<<20/len(sample)+1)
	cases := map[string]string{
		"empty":         "",
		"blank":         " \n\t\n  ",
		"no statements": "The weather in Brussels was mild on Monday. Trains ran on time.",
		"unbalanced":    "Huawei said “there is no backdoor in our equipment. MEPs said \"the risk is real and growing fast\" and then \" stray “ marks ’ here.",
		"nested":        "Ken Hu said: “Our critics say ‘Huawei is a risk’ but offer “no evidence” at all, none,” he added.",
		"invalid utf8":  "Huawei said \xff\xfe that \"the ban is \xc3\x28 unfounded and protectionist\" \x80.",
		"nul bytes":     "Huawei\x00 said\x00 that the ban\x00 is wrong.\x00\n\x00\x00",
		"non-english":   "华为表示，没有任何证据。\n\nLa Commission a déclaré que « le risque est réel ».\n\nHuawei said that the allegations were false.",
		"5 MB":          big,
		"one long line": strings.Repeat("“a b c d ", 200000),
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			res, err := a.Analyze(text)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if res == nil {
				t.Fatal("nil result")
			}
			checkOffsets(t, text, res)
			for _, s := range res.Statements {
				if !utf8.ValidString(s.Speaker) && utf8.ValidString(text) {
					t.Errorf("speaker %q is not valid UTF-8", s.Speaker)
				}
			}
			switch name {
			case "empty", "blank", "no statements":
				if len(res.Statements) != 0 || len(res.Actors) != 0 {
					t.Errorf("want an empty result, got %v", res)
				}
			case "non-english", "invalid utf8", "nul bytes":
				if !hasActor(res, "Huawei") {
					t.Errorf("lost Huawei's statement: %v", res.Statements)
				}
			case "5 MB":
				if len(res.Statements) < 5*5 {
					t.Errorf("only %d statements in a 5 MB article", len(res.Statements))
				}
			}
		})
	}
}

func hasActor(r *Result, name string) bool {
	for _, a := range r.Actors {
		if a.Name == name {
			return true
		}
	}
	return false
}

type failing struct{}

func (failing) Predict(string) (stance.Prediction, error) {
	return stance.Prediction{}, errors.New("model broken")
}

func TestClassifierError(t *testing.T) {
	_, err := newTest(t, failing{}).Analyze(sample)
	if err == nil || !strings.Contains(err.Error(), "model broken") {
		t.Fatalf("want the classifier's error with context, got %v", err)
	}
}

func TestAnalyzeReader(t *testing.T) {
	a, err := New(nil, nil, WithMaxBytes(1000))
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.AnalyzeReader(strings.NewReader(sample))
	if err != nil || len(res.Statements) == 0 {
		t.Fatalf("got %v, %v", res, err)
	}
	if _, err := a.AnalyzeReader(strings.NewReader(strings.Repeat("x", 1001))); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("want ErrTooLarge, got %v", err)
	}
	if _, err := a.AnalyzeReader(io.MultiReader(strings.NewReader("a"), errReader{})); err == nil {
		t.Fatal("want the read error")
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk gone") }

func TestConcurrent(t *testing.T) {
	a := newTest(t, fixedClassifier{})
	want, err := a.Analyze(sample)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				got, err := a.Analyze(sample)
				if err != nil || len(got.Statements) != len(want.Statements) || len(got.Actors) != len(want.Actors) {
					errs <- "different result under concurrency"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestRegistry(t *testing.T) {
	def, err := DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := def.Lookup("Ken Hu"); !ok || e.Name != "Huawei" {
		t.Fatalf("Ken Hu -> %v %v", e, ok)
	}
	if e, ok := def.Lookup("MEPs"); !ok || e.Name != "European Parliament" {
		t.Fatalf("MEPs -> %v %v", e, ok)
	}
	file := `{"actors":[{"name":"Vodafone","type":"operator","aliases":["Vodafone"],"people":["Margherita Della Valle"]},
	  {"name":"Huawei","type":"company","people":["Jane Doe"]}]}`
	reg, err := LoadRegistry(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	def.Merge(reg)
	if e, ok := def.Lookup("Jane Doe"); !ok || e.Name != "Huawei" {
		t.Fatalf("merged person: %v %v", e, ok)
	}
	a, err := New(nil, def)
	if err != nil {
		t.Fatal(err)
	}
	res, err := a.Analyze("Margherita Della Valle said that a ban would delay 5G by two years.\n\nDoe said that Huawei equipment is safe and well tested.\n")
	if err != nil {
		t.Fatal(err)
	}
	if !hasActor(res, "Vodafone") || !hasActor(res, "Huawei") {
		t.Fatalf("extended registry not used: %v", res.Statements)
	}
	for _, bad := range []string{`{`, `{"actors":[{"type":"company"}]}`, `{"actors":[{"name":"X"}]}`, `{"actors":[],"bogus":1}`} {
		if _, err := LoadRegistry(strings.NewReader(bad)); !errors.Is(err, ErrRegistry) {
			t.Errorf("LoadRegistry(%s): want ErrRegistry, got %v", bad, err)
		}
	}
	// round trip
	b, err := def.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	again, err := LoadRegistry(bytes.NewReader(b))
	if err != nil || len(again.Actors()) != len(def.Actors()) {
		t.Fatalf("round trip: %v, %d vs %d actors", err, len(again.Actors()), len(def.Actors()))
	}
}

func TestCorpusOffsets(t *testing.T) {
	g := loadGold(t)
	a := newTest(t, fixedClassifier{})
	for _, doc := range g.names {
		res, err := a.Analyze(g.docs[doc])
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, g.docs[doc], res)
		for _, s := range res.Statements {
			for _, bad := range []string{"Subscribe to our newsletters", "Image:", "[Edited by", "Photo by", "EEAS Website"} {
				if strings.Contains(s.Text, bad) {
					t.Errorf("%s: clutter extracted: %v", doc, s)
				}
			}
		}
	}
}
