package sentiment_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stancekit/stancekit/sentiment"
)

func mustNew(t testing.TB, opts ...sentiment.Option) *sentiment.Analyzer {
	t.Helper()
	a, err := sentiment.New(opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a
}

// checkScore verifies the invariants every Score must satisfy.
func checkScore(t *testing.T, text string, s sentiment.Score) {
	t.Helper()
	for _, v := range []float64{s.Compound, s.Pos, s.Neg, s.Neu, s.Sum, s.Uncalibrated} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("%.40q: non-finite field in %+v", text, s)
		}
	}
	if s.Compound < -1 || s.Compound > 1 {
		t.Errorf("%.40q: compound %v outside [-1,1]", text, s.Compound)
	}
	if tot := s.Pos + s.Neg + s.Neu; tot != 0 && math.Abs(tot-1) > 1e-9 {
		t.Errorf("%.40q: pos+neg+neu = %v", text, tot)
	}
	if s.Label != sentiment.LabelOf(s.Compound) {
		t.Errorf("%.40q: label %v for compound %v", text, s.Label, s.Compound)
	}
	for _, d := range s.Drivers {
		if d.Start < 0 || d.End > len(text) || d.Start >= d.End || text[d.Start:d.End] != d.Text {
			t.Errorf("%.40q: driver %+v does not locate its text", text, d)
		}
	}
}

func TestScoreBasics(t *testing.T) {
	a := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	cases := []struct {
		text string
		want sentiment.Label
	}{
		{"The book was good.", sentiment.Positive},
		{"The book was terrible.", sentiment.Negative},
		{"The book is on the table.", sentiment.Neutral},
		{"Not bad at all", sentiment.Positive},
		{"The plot was good, but the characters are uncompelling and the dialog is not great.", sentiment.Negative},
		{"Catch utf-8 emoji such as 💘 and 😁", sentiment.Positive},
	}
	for _, c := range cases {
		s := a.Score(c.text)
		checkScore(t, c.text, s)
		if s.Label != c.want {
			t.Errorf("%q: label %v (compound %.4f), want %v", c.text, s.Label, s.Compound, c.want)
		}
	}
	// Reference values of the VADER rules (Python vaderSentiment gives the same
	// compounds to 4 decimals).
	ref := map[string]float64{
		"VADER is smart, handsome, and funny.":         0.8316,
		"VADER is VERY SMART, handsome, and FUNNY!!!":  0.9342,
		"VADER is not smart, handsome, nor funny.":     -0.7424,
		"The book was only kind of good.":              0.3832,
		"At least it isn't a horrible book.":           0.431,
		"Sentiment analysis has never been this good!": 0.5672,
		"Without a doubt, excellent idea.":             0.7013,
		"Today SUX!":                                   -0.5461,
	}
	for text, want := range ref {
		if got := a.Score(text).Compound; math.Abs(got-want) > 5e-4 {
			t.Errorf("%q: compound %.4f, want %.4f", text, got, want)
		}
	}
}

func TestDriversLocateWords(t *testing.T) {
	a := mustNew(t) // the default: drivers explain the rule score either way
	text := "Critics said the BAN was \"unfair\", but Huawei's results were great 😁!"
	s := a.Score(text)
	checkScore(t, text, s)
	var words []string
	sum := 0.0
	for _, d := range s.Drivers {
		words = append(words, d.Text)
		sum += d.Valence
	}
	got := strings.Join(words, "|")
	if got != "Critics|BAN|unfair|great|😁" {
		t.Errorf("drivers %q", got)
	}
	amp := 0.292 // one "!"
	if s.Sum < 0 {
		amp = -amp
	}
	if math.Abs(sum+amp-s.Sum) > 1e-9 {
		t.Errorf("drivers sum %v + punctuation %v != Sum %v", sum, amp, s.Sum)
	}
	for _, d := range s.Drivers {
		if d.Text == "BAN" && d.Rule != "domain: ban" {
			t.Errorf("BAN driver rule %q, want the domain override", d.Rule)
		}
	}
}

func TestThresholds(t *testing.T) {
	cases := []struct {
		c    float64
		want sentiment.Label
	}{
		{0.05, sentiment.Positive}, {0.0499999, sentiment.Neutral}, {-0.05, sentiment.Negative},
		{-0.0499999, sentiment.Neutral}, {0, sentiment.Neutral}, {1, sentiment.Positive},
		{-1, sentiment.Negative}, {math.NaN(), sentiment.Neutral},
	}
	for _, c := range cases {
		if got := sentiment.LabelOf(c.c); got != c.want {
			t.Errorf("LabelOf(%v) = %v, want %v", c.c, got, c.want)
		}
	}
	if sentiment.PositiveThreshold != 0.05 || sentiment.NegativeThreshold != -0.05 {
		t.Error("thresholds changed; update the docs and RESULTS.md")
	}
}

func TestLabelText(t *testing.T) {
	for _, l := range []sentiment.Label{sentiment.Positive, sentiment.Negative, sentiment.Neutral} {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back sentiment.Label
		if err := back.UnmarshalText(b); err != nil || back != l || string(b) != l.String() {
			t.Errorf("round trip of %v: %q -> %v (%v)", l, b, back, err)
		}
	}
	var l sentiment.Label
	if err := l.UnmarshalText([]byte("Positive")); err == nil {
		t.Error("UnmarshalText accepted a wrong case")
	}
	if _, err := sentiment.Label(7).MarshalText(); err == nil {
		t.Error("MarshalText accepted an invalid label")
	}
	if sentiment.Label(7).String() != "Label(7)" {
		t.Error("String of invalid label")
	}
	b, err := json.Marshal(map[string]sentiment.Label{"l": sentiment.Negative})
	if err != nil || string(b) != `{"l":"negative"}` {
		t.Errorf("json: %s %v", b, err)
	}
}

func TestNegation(t *testing.T) {
	a := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	pairs := [][2]string{
		{"The network is safe.", "The network is not safe."},
		{"It is a good deal.", "It is never a good deal."},
		{"The results were great.", "The results weren't great."},
	}
	for _, p := range pairs {
		pos, neg := a.Score(p[0]).Compound, a.Score(p[1]).Compound
		if !(pos > 0.05 && neg < -0.05) {
			t.Errorf("%q %.3f vs %q %.3f: negation did not flip", p[0], pos, p[1], neg)
		}
	}
	// "no" negates a following sentiment word instead of counting itself.
	if c := a.Score("There were no problems.").Compound; c <= 0 {
		t.Errorf(`"no problems" compound %.3f, want > 0`, c)
	}
}

func TestDomainLayer(t *testing.T) {
	raw := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	dom := mustNew(t, sentiment.WithoutCalibration())
	if raw.Domain() || !dom.Domain() {
		t.Fatal("Domain() reports the wrong setting")
	}
	type tc struct {
		text     string
		min, max float64 // bounds on the domain compound
		note     string
	}
	cases := []tc{
		{"We have found no evidence that Huawei has installed backdoors", -0.05, 0.5, "a denial of a harm must not read negative"},
		{"There has never been one cybersecurity issue with our equipment.", 0, 0.5, "never ... issue is reassurance"},
		{"Huawei is not a threat to national security.", 0.05, 1, "not a threat"},
		{"Huawei is a security threat.", -1, -0.3, "security threat is bad news"},
		{"Officials voiced concern over 5G security.", -1, -0.05, `"security" is not good news, "concern" is`},
		{"The report describes 5G security.", -0.05, 0.05, "a topic word alone is neutral"},
		{"Britain will ban Huawei from its 5G network.", -1, -0.05, "a ban is bad news for its target"},
		{"Intelligence agencies warned about espionage.", -1, -0.3, "espionage is loaded, intelligence is a topic"},
		{"Operating profit rose to EUR 13.1 mn.", 0.05, 1, "a rise is the story"},
		{"Net sales fell to EUR 4.2 mn.", -1, -0.05, "a fall is the story"},
		{"The company offers network solutions.", -0.05, 0.05, "solutions is a product line"},
		{"Operating profit was EUR 13.1 mn.", -0.05, 0.05, "profit is the subject, not the news"},
		{"I have never slept so well.", 0.05, 1, `VADER's "never so" emphasis is not negated by "have never"`},
		{"It has never been so bad.", -1, -0.05, `"never been so bad" stays bad`},
		{"Earnings per share rose to EUR 0.31.", 0.05, 1, `"per share" is neutral, the rise is not`},
		{"The share capital is EUR 2 mn.", -0.05, 0.05, "share capital is a quantity"},
		{"Please share this with your friends.", 0.05, 1, "to share keeps its general valence"},
		{"The deal includes a revolving credit facility.", -0.05, 0.05, "a credit facility is a product"},
		{"She deserves credit for that.", 0.05, 1, "credit as praise keeps its valence"},
		{"The firm sells hardware as well as software.", -0.05, 0.05, `"as well as" is not praise`},
		{"The launch went well.", 0.05, 1, "well keeps its valence"},
		{"The company operates in the United States.", -0.05, 0.05, "a country name"},
	}
	for _, c := range cases {
		s := dom.Score(c.text)
		checkScore(t, c.text, s)
		if s.Compound < c.min || s.Compound > c.max {
			t.Errorf("%q: domain compound %.3f outside [%v, %v] (%s); raw %.3f", c.text, s.Compound, c.min, c.max, c.note, raw.Score(c.text).Compound)
		}
	}
	// The headline case: raw VADER reads it negative, the domain layer does not.
	text := "We have found no evidence that Huawei has installed backdoors"
	if r := raw.Score(text).Compound; r > -0.05 {
		t.Errorf("raw VADER compound %.3f; the test no longer shows the difference", r)
	}
	var rule string
	for _, d := range dom.Score(text).Drivers {
		if d.Text == "backdoors" {
			rule = d.Rule
		}
	}
	if !strings.HasPrefix(rule, "domain: ") {
		t.Errorf("backdoors driver rule %q, want a domain scope rule", rule)
	}
	// A clause boundary or a contrast ends the scope.
	if c := dom.Score("There is no evidence of it. The backdoors are real.").Compound; c > -0.05 {
		t.Errorf("scope crossed a sentence end: %.3f", c)
	}
	if c := dom.Score("There is no evidence of spying but the backdoors are real").Compound; c > -0.05 {
		t.Errorf("scope crossed a contrast: %.3f", c)
	}
}

func TestWithDomainRules(t *testing.T) {
	rules := domainHeader + "\n# mine\nlex\tzte\t-1.5\tcustom\nlex\tsecurity\t1.4\tput it back\nscope\tno hint\t0\n"
	a := mustNew(t, sentiment.WithDomainRules(strings.NewReader(rules), "mine.tsv"), sentiment.WithoutCalibration())
	if c := a.Score("ZTE again.").Compound; c >= -0.05 {
		t.Errorf("custom word: compound %.3f", c)
	}
	if c := a.Score("It is about security.").Compound; c <= 0.05 {
		t.Errorf("override of a built-in entry: compound %.3f", c)
	}
	if c := a.Score("There is no hint of spying").Compound; c != 0 {
		t.Errorf("custom scope with factor 0: compound %.3f", c)
	}
	bad := []string{
		"lex\tword\n",
		"lex\tword\tabc\n",
		"lex\tword\t9\n",
		"scope\tno way\t2\n",
		"boost\tword\t1\n",
		"lex\t \t1\n",
		"lex\tword\tNaN\n",
	}
	for _, b := range bad {
		_, err := sentiment.New(sentiment.WithDomainRules(strings.NewReader(domainHeader+"\n"+b), "bad.tsv"))
		var pe *sentiment.ParseError
		if !errors.As(err, &pe) || pe.File != "bad.tsv" || pe.Line != 2 || !strings.HasPrefix(err.Error(), "sentiment: bad.tsv:2: ") {
			t.Errorf("%q: error %v, want a ParseError on bad.tsv line 2", b, err)
		}
	}
	if _, err := sentiment.New(sentiment.WithDomainRules(nil, "x")); err == nil {
		t.Error("nil reader accepted")
	}
}

func TestBadInput(t *testing.T) {
	for _, a := range []*sentiment.Analyzer{
		mustNew(t), mustNew(t, sentiment.WithProfile(sentiment.VADER)),
		mustNew(t, sentiment.WithoutCalibration()),
	} {
		zero := []string{"", " ", "\t\n\r  \v\f", "\x00", "\x00\x00 \x00", "\xff\xfe\xfd", "12345 ...", "\u00a0\u2003"}
		for _, text := range zero {
			s := a.Score(text)
			checkScore(t, text, s)
			if s.Compound != 0 || s.Label != sentiment.Neutral || len(s.Drivers) != 0 {
				t.Errorf("%q: %+v, want a neutral zero score", text, s)
			}
		}
		for _, text := range []string{"good\x00bad terrible", "gr\xffeat day, \xc3 awful", "😁\xf0\x9f", strings.Repeat("!", 1000), strings.Repeat("?", 50) + " bad"} {
			checkScore(t, text, a.Score(text))
		}
		big := strings.Repeat("Huawei denied the allegations and said its equipment is safe. ", 10<<20/62)
		s := a.Score(big)
		checkScore(t, big, s)
		if !s.Truncated {
			t.Error("10 MB text not marked truncated")
		}
		oneWord := strings.Repeat("x", 10<<20)
		if s := a.Score(oneWord); s.Compound != 0 || !s.Truncated {
			t.Errorf("10 MB single token: %+v", s)
		}
		// Truncation never splits a UTF-8 sequence.
		multi := strings.Repeat("é", sentiment.MaxStatementBytes)
		s = a.Score(multi)
		checkScore(t, multi, s)
		art := a.Article(big)
		if !art.Truncated || len(art.Sentences) == 0 {
			t.Errorf("10 MB article: truncated=%v, %d sentences", art.Truncated, len(art.Sentences))
		}
		for _, text := range []string{"", "   ", "\x00", "\xff"} {
			art := a.Article(text)
			if art.Compound != 0 || art.Label != sentiment.Neutral {
				t.Errorf("Article(%q) = %+v", text, art)
			}
		}
		if !utf8.ValidString(big[:1]) {
			t.Fatal("unreachable")
		}
	}
}

func TestArticle(t *testing.T) {
	a := mustNew(t)
	text := "Huawei's results were excellent. Critics warned of espionage risks!  The company denied it."
	art := a.Article(text)
	if len(art.Sentences) != 3 {
		t.Fatalf("%d sentences, want 3: %+v", len(art.Sentences), art.Sentences)
	}
	mean := 0.0
	for _, s := range art.Sentences {
		sent := text[s.Start:s.End]
		if want := a.Score(sent); math.Abs(want.Compound-s.Compound) > 1e-12 {
			t.Errorf("sentence %q: %v, alone %v", sent, s.Compound, want.Compound)
		}
		for _, d := range s.Drivers {
			if text[d.Start:d.End] != d.Text || d.Start < s.Start || d.End > s.End {
				t.Errorf("driver %+v not located in the article", d)
			}
		}
		mean += s.Compound
	}
	mean /= 3
	if math.Abs(mean-art.Compound) > 1e-12 || art.Label != sentiment.LabelOf(art.Compound) {
		t.Errorf("article compound %v label %v, mean %v", art.Compound, art.Label, mean)
	}
	if art.Sentences[0].Label != sentiment.Positive || art.Sentences[1].Label != sentiment.Negative {
		t.Errorf("sentence labels %v %v", art.Sentences[0].Label, art.Sentences[1].Label)
	}
}

func TestConcurrent(t *testing.T) {
	a := mustNew(t)
	texts := []string{
		"We have found no evidence that Huawei has installed backdoors",
		"VADER is VERY SMART, handsome, and FUNNY!!!",
		"The ban is a serious risk 😡 but sales rose",
		"",
		"Not bad at all. Not good either.",
	}
	want := make([]sentiment.Score, len(texts))
	for i, s := range texts {
		want[i] = a.Score(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(texts)
				got := a.Score(texts[i])
				if got.Compound != want[i].Compound || len(got.Drivers) != len(want[i].Drivers) {
					errs <- texts[i]
					return
				}
				_ = a.Article(texts[i])
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent score of %q differs", e)
	}
}

func mustCal(t testing.TB) *sentiment.Calibration {
	t.Helper()
	c, err := sentiment.DefaultCalibration()
	if err != nil {
		t.Fatalf("DefaultCalibration: %v", err)
	}
	return c
}

func TestCalibration(t *testing.T) {
	cal := mustCal(t)
	if len(cal.Words) < 1000 || !cal.Domain {
		t.Fatalf("shipped calibration looks wrong: %d words, domain %v", len(cal.Words), cal.Domain)
	}
	def := mustNew(t)
	rules := mustNew(t, sentiment.WithoutCalibration())
	if !def.Calibrated() || rules.Calibrated() || mustNew(t, sentiment.WithProfile(sentiment.VADER)).Calibrated() {
		t.Fatal("Calibrated(): the default is calibrated, WithoutCalibration and the VADER profile are not")
	}
	if !mustNew(t, sentiment.WithDomain(false)).Calibrated() {
		t.Fatal("WithDomain(false) turned the calibration off")
	}
	if !mustNew(t, sentiment.WithProfile(sentiment.VADER), sentiment.WithCalibration(mustFit(t, mustNew(t, sentiment.WithProfile(sentiment.VADER))))).Calibrated() {
		t.Error("an explicit domain-off calibration was not applied")
	}
	if mustNew(t, sentiment.WithCalibration(cal), sentiment.WithoutCalibration()).Calibrated() {
		t.Error("the last calibration option does not win")
	}
	// The calibration sets the strength, the rules the class: the label is
	// always the rule label, and a neutral text stays inside the band.
	texts := []string{
		"The senator praised the agreement as a victory for peace.",
		"We have found no evidence that Huawei has installed backdoors",
		"Huawei is a security threat.", "The report describes 5G security.",
		"Operating profit rose to EUR 13.1 mn.", "Net sales fell to EUR 4.2 mn.",
		"The war killed thousands and the economy collapsed.", "Great, just great.",
		"good bad", "The meeting is on Tuesday.", "lol", "I love it :)", "NOT GOOD!!!",
		"The plan is neither good nor bad, but the cost is high.",
	}
	for _, text := range texts {
		s, r := def.Score(text), rules.Score(text)
		checkScore(t, text, s)
		if s.Uncalibrated != r.Compound || s.Label != r.Label || len(s.Drivers) != len(r.Drivers) {
			t.Errorf("%q: calibrated %+v, rules %+v: label and drivers must be the rule layer's", text, s, r)
		}
		if s.Label == sentiment.Neutral && math.Abs(s.Compound) >= 0.05 {
			t.Errorf("%q: neutral text with compound %v", text, s.Compound)
		}
	}
	if _, err := sentiment.New(sentiment.WithProfile(sentiment.VADER), sentiment.WithCalibration(cal)); err == nil {
		t.Error("a domain-on calibration was accepted by a domain-off Analyzer")
	}
	if _, err := sentiment.New(sentiment.WithCalibration(nil)); err == nil {
		t.Error("nil calibration accepted")
	}
	if _, err := sentiment.New(sentiment.WithCalibration(&sentiment.Calibration{Domain: true})); err == nil {
		t.Error("calibration without dense weights accepted")
	}
	nan := &sentiment.Calibration{Domain: true, Dense: make([]float64, len(cal.Dense)), Words: map[string]float64{"good": math.NaN()}}
	if _, err := sentiment.New(sentiment.WithCalibration(nan)); err == nil {
		t.Error("calibration with a NaN weight accepted")
	}
	nan.Words, nan.Dense[0] = nil, math.Inf(1)
	if _, err := sentiment.New(sentiment.WithCalibration(nan)); err == nil {
		t.Error("calibration with an infinite weight accepted")
	}
	// Round trip through the file format.
	var b strings.Builder
	if _, err := cal.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	back, err := sentiment.ReadCalibration(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Words) != len(cal.Words) || back.Lambda != cal.Lambda || back.MinDF != cal.MinDF {
		t.Error("round trip lost data")
	}
	for _, bad := range []string{"dense\tbias\n", "dense\tnope\t1\n", "word\tx\tinf\n", "meta\tdomain\tmaybe\n", "", "what\tx\t1\n"} {
		_, err := sentiment.ReadCalibration(strings.NewReader(calibrationHeader + "\n" + bad))
		var pe *sentiment.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ReadCalibration(%q): %v, want a ParseError", bad, err)
		}
	}
	// Fitting: deterministic, validated, and independent of the base
	// Analyzer's own calibration (features come from its rules).
	c1 := mustFit(t, rules)
	c2 := mustFit(t, def)
	var s1, s2 strings.Builder
	c1.WriteTo(&s1)
	c2.WriteTo(&s2)
	if s1.String() != s2.String() {
		t.Error("FitCalibration is not deterministic, or depends on the base Analyzer's calibration")
	}
	ex := fitExamples()
	if _, err := sentiment.FitCalibration(rules, ex[:3], sentiment.FitOptions{}); err == nil {
		t.Error("too few examples accepted")
	}
	if _, err := sentiment.FitCalibration(nil, ex, sentiment.FitOptions{}); err == nil {
		t.Error("nil Analyzer accepted")
	}
	if _, err := sentiment.FitCalibration(rules, append(ex, sentiment.Example{Rating: math.NaN()}), sentiment.FitOptions{}); err == nil {
		t.Error("NaN rating accepted")
	}
}

func fitExamples() []sentiment.Example {
	var ex []sentiment.Example
	for range 40 {
		ex = append(ex, sentiment.Example{Text: "great news today", Rating: 2}, sentiment.Example{Text: "awful news today", Rating: -2})
	}
	return ex
}

func mustFit(t *testing.T, a *sentiment.Analyzer) *sentiment.Calibration {
	t.Helper()
	c, err := sentiment.FitCalibration(a, fitExamples(), sentiment.FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
