package sentiment_test

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
)

func TestProfileText(t *testing.T) {
	for _, p := range []sentiment.Profile{sentiment.News, sentiment.Social, sentiment.VADER} {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back sentiment.Profile
		if err := back.UnmarshalText(b); err != nil || back != p || string(b) != p.String() {
			t.Errorf("%v: round trip gave %v, %v", p, back, err)
		}
	}
	if sentiment.News.String() != "news" || sentiment.Social.String() != "social" || sentiment.VADER.String() != "vader" {
		t.Errorf("names %q %q %q", sentiment.News, sentiment.Social, sentiment.VADER)
	}
	var p sentiment.Profile
	for _, bad := range []string{"", "News", "VADER", "tweets", "social "} {
		if err := p.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) accepted", bad)
		}
	}
	if _, err := sentiment.Profile(7).MarshalText(); err == nil || sentiment.Profile(7).String() != "Profile(7)" {
		t.Error("an invalid profile marshals")
	}
	var zero sentiment.Profile
	if zero != sentiment.News {
		t.Error("the zero Profile is not News")
	}
}

func TestProfileOptions(t *testing.T) {
	def := mustNew(t)
	if def.Profile() != sentiment.News || !def.Domain() || !def.Calibrated() {
		t.Errorf("default: profile %v domain %v calibrated %v", def.Profile(), def.Domain(), def.Calibrated())
	}
	if a := mustNew(t, sentiment.WithProfile(sentiment.News)); a.Profile() != sentiment.News || !a.Domain() || !a.Calibrated() {
		t.Error("WithProfile(News) is not the default")
	}
	soc := mustNew(t, sentiment.WithProfile(sentiment.Social))
	if soc.Profile() != sentiment.Social || soc.Domain() || !soc.Calibrated() {
		t.Errorf("social: profile %v domain %v calibrated %v", soc.Profile(), soc.Domain(), soc.Calibrated())
	}
	if a := mustNew(t, sentiment.WithProfile(sentiment.Social), sentiment.WithDomain(false)); a.Domain() || !a.Calibrated() || !a.CalibratedNeutrals() {
		t.Error("WithDomain(false) is redundant in the Social profile")
	}
	if def.CalibratedNeutrals() || !soc.CalibratedNeutrals() {
		t.Error("CalibratedNeutrals: News keeps rule-neutral texts neutral, Social labels them")
	}
	vader := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	if vader.Profile() != sentiment.VADER || vader.Domain() || vader.Calibrated() || vader.CalibratedNeutrals() {
		t.Errorf("vader: profile %v domain %v calibrated %v", vader.Profile(), vader.Domain(), vader.Calibrated())
	}
	if _, err := sentiment.DefaultCalibrationFor(sentiment.VADER); err == nil {
		t.Error("DefaultCalibrationFor(VADER) gave a calibration")
	}
	cal, err := sentiment.DefaultCalibrationFor(sentiment.Social)
	if err != nil {
		t.Fatal(err)
	}
	if cal.Domain || len(cal.Words) < 1000 {
		t.Fatalf("shipped social calibration looks wrong: %d words, domain %v", len(cal.Words), cal.Domain)
	}
	if news, _ := sentiment.DefaultCalibration(); news == cal {
		t.Error("the two profiles share a calibration")
	}
	if c, err := sentiment.DefaultCalibrationFor(sentiment.News); err != nil || c != mustCal(t) {
		t.Error("DefaultCalibrationFor(News) is not DefaultCalibration")
	}
	if _, err := sentiment.DefaultCalibrationFor(sentiment.Profile(9)); err == nil {
		t.Error("DefaultCalibrationFor accepted an invalid profile")
	}
	bad := map[string][]sentiment.Option{
		"invalid profile":             {sentiment.WithProfile(sentiment.Profile(9))},
		"social with domain rules":    {sentiment.WithProfile(sentiment.Social), sentiment.WithDomainRules(strings.NewReader("good\t0\n"), "x.tsv")},
		"vader with domain rules":     {sentiment.WithDomainRules(strings.NewReader("good\t0\n"), "x.tsv"), sentiment.WithProfile(sentiment.VADER)},
		"domain off with rules":       {sentiment.WithDomain(false), sentiment.WithDomainRules(strings.NewReader("good\t0\n"), "x.tsv")},
		"social with news calibrated": {sentiment.WithProfile(sentiment.Social), sentiment.WithCalibration(mustCal(t))},
		"news with social calibrated": {sentiment.WithCalibration(cal)},
		"vader with news calibrated":  {sentiment.WithProfile(sentiment.VADER), sentiment.WithCalibration(mustCal(t))},
	}
	for name, opts := range bad {
		if _, err := sentiment.New(opts...); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestSocialProfile checks the profile's labelling rule on the shipped
// calibration: a text the rules read as polar keeps the rule label, a text
// they leave Neutral is labelled by the estimate, and without a calibration
// the profile is plain VADER.
func TestSocialProfile(t *testing.T) {
	soc := mustNew(t, sentiment.WithProfile(sentiment.Social))
	rules := mustNew(t, sentiment.WithProfile(sentiment.VADER))
	plain := mustNew(t, sentiment.WithProfile(sentiment.Social), sentiment.WithoutCalibration())
	texts := []string{
		"Happy Friday", "my phone died", "I love it :)", "NOT GOOD!!!", "Great, just great.",
		"Waiting for the bus in the rain", "Just got back from the game", "Listening to music",
		"The meeting is on Tuesday.", "Huawei is a security threat.", "", "   ", "\xff\xfe", "qqq xjx",
	}
	relabelled := 0
	for _, text := range texts {
		s, r, p := soc.Score(text), rules.Score(text), plain.Score(text)
		checkScore(t, text, s)
		if p.Compound != r.Compound || p.Label != r.Label {
			t.Errorf("%q: uncalibrated Social %+v, plain VADER %+v", text, p, r)
		}
		if s.Uncalibrated != r.Compound || len(s.Drivers) != len(r.Drivers) {
			t.Errorf("%q: the rule score and drivers must be plain VADER's: %+v vs %+v", text, s, r)
		}
		switch r.Label {
		case sentiment.Positive:
			if s.Label != sentiment.Positive || s.Compound < 0.05 {
				t.Errorf("%q: rules positive, social %v %v", text, s.Label, s.Compound)
			}
		case sentiment.Negative:
			if s.Label != sentiment.Negative || s.Compound > -0.05 {
				t.Errorf("%q: rules negative, social %v %v", text, s.Label, s.Compound)
			}
		default:
			if s.Label != sentiment.Neutral {
				relabelled++
			}
		}
	}
	if relabelled == 0 {
		t.Error("no rule-neutral text was labelled by the calibration")
	}
	if s := soc.Score("Waiting for the bus in the rain"); s.Label != sentiment.Negative || s.Uncalibrated != 0 {
		t.Errorf("rule-neutral text: %+v", s)
	}
	for _, text := range []string{"", "   ", "\xff\xfe", "qqq xjx"} {
		if s := soc.Score(text); s.Compound != 0 || s.Label != sentiment.Neutral {
			t.Errorf("%q: no evidence, yet %+v", text, s)
		}
	}
	art := soc.Article("Waiting for the bus in the rain. Happy Friday!")
	if len(art.Sentences) != 2 || art.Sentences[0].Label != sentiment.Negative || art.Sentences[1].Label != sentiment.Positive {
		t.Errorf("article: %+v", art)
	}
}

// TestSocialLabelRule pins the rule with a hand-made calibration: for a
// rule-neutral text the compound is the estimate / 4 clipped to [-1, 1]
// (News holds it within ±0.049); for a polar one it stays in the rule
// class in both profiles.
func TestSocialLabelRule(t *testing.T) {
	mk := func(domain bool, bias, ticket float64) *sentiment.Calibration {
		c := &sentiment.Calibration{Domain: domain, Lambda: 30, MinDF: 3, Dense: make([]float64, len(mustCal(t).Dense)), Words: map[string]float64{"tickets": ticket}}
		c.Dense[0] = bias
		return c
	}
	cases := []struct {
		text         string
		bias, ticket float64
		social, news float64 // expected compounds
	}{
		{"I got tickets", 0.5, 1.5, 0.5, 0.049},     // (0.5+1.5)/4
		{"I got tickets", 0.2, -1.4, -0.3, -0.049},  // (0.2-1.4)/4
		{"I got tickets", 0, 0.1, 0.025, 0.025},     // inside the band in both: Neutral
		{"I got tickets", 1, 9, 1, 0.049},           // clipped to 1
		{"I got tickets", -1, -9, -1, -0.049},       // clipped to -1
		{"I got chairs", 3, 3, 0, 0},                // no known word, no sentiment word: 0
		{"I got great tickets", 0, -8, 0.05, 0.05},  // rules positive: held in [0.05, 1]
		{"I got awful tickets", 0, 8, -0.05, -0.05}, // rules negative: held in [-1, -0.05]
		{"I got great tickets", 0, 8, 1, 1},         // (0 + 8 + ...)/4 > 1: clipped
		{"I got awful tickets", 0, -2, -0.5, -0.5},  // -2/4 plus the dense weights (zero)
	}
	for _, c := range cases {
		soc := mustNew(t, sentiment.WithProfile(sentiment.Social), sentiment.WithCalibration(mk(false, c.bias, c.ticket)))
		news := mustNew(t, sentiment.WithCalibration(mk(true, c.bias, c.ticket)))
		s, n := soc.Score(c.text), news.Score(c.text)
		checkScore(t, c.text, s)
		checkScore(t, c.text, n)
		if math.Abs(s.Compound-c.social) > 1e-12 || math.Abs(n.Compound-c.news) > 1e-12 {
			t.Errorf("%q bias %v tickets %v: social %v news %v, want %v and %v", c.text, c.bias, c.ticket, s.Compound, n.Compound, c.social, c.news)
		}
		if n.Label != sentiment.LabelOf(n.Uncalibrated) {
			t.Errorf("%q: News label %v, rule label %v", c.text, n.Label, sentiment.LabelOf(n.Uncalibrated))
		}
		if r := sentiment.LabelOf(s.Uncalibrated); r != sentiment.Neutral && s.Label != r {
			t.Errorf("%q: Social changed a polar rule label %v to %v", c.text, r, s.Label)
		}
	}
}

// TestSocialConcurrent builds Social Analyzers and scores with them from
// many goroutines at once: the shipped calibration is parsed lazily, once.
func TestSocialConcurrent(t *testing.T) {
	const text = "Waiting for the bus in the rain"
	want := mustNew(t, sentiment.WithProfile(sentiment.Social)).Score(text)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := sentiment.New(sentiment.WithProfile(sentiment.Social))
			if err != nil {
				errs <- err
				return
			}
			for range 100 {
				if got := a.Score(text); got.Compound != want.Compound || got.Label != want.Label {
					errs <- fmt.Errorf("score %v %v, want %v %v", got.Label, got.Compound, want.Label, want.Compound)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// layerTexts exercise every layer: domain rules, words the calibration
// knows, texts the rules leave Neutral, polar texts, emphasis.
var layerTexts = []string{
	"We have found no evidence that Huawei has installed backdoors",
	"Huawei is a security threat.", "The report describes 5G security.",
	"Operating profit rose to EUR 13.1 mn.", "Officials voiced concern over 5G security.",
	"Waiting for the bus in the rain", "Happy Friday", "The meeting is on Tuesday.",
	"NOT GOOD!!!", "I love it :)", "Britain will ban Huawei from its 5G network.",
	"There has never been one cybersecurity issue with our equipment.", "", "qqq xjx",
}

// ruleLayer is what the rules and the domain layer decide, which the
// calibration options must leave alone.
type ruleLayer struct {
	Uncalibrated, Pos, Neg, Neu, Sum float64
	Drivers                          []sentiment.Driver
}

func rulesOf(s sentiment.Score) ruleLayer {
	return ruleLayer{s.Uncalibrated, s.Pos, s.Neg, s.Neu, s.Sum, s.Drivers}
}

// TestOptionsAreOrthogonal builds every combination of the three layer
// options and checks that each changes its own layer and no other, and
// that each profile is exactly its preset of them.
func TestOptionsAreOrthogonal(t *testing.T) {
	type combo struct{ domain, cal, neutrals bool }
	build := func(c combo) *sentiment.Analyzer {
		opts := []sentiment.Option{sentiment.WithDomain(c.domain), sentiment.WithCalibratedNeutrals(c.neutrals)}
		if !c.cal {
			opts = append(opts, sentiment.WithoutCalibration())
		}
		return mustNew(t, opts...)
	}
	scores := map[combo][]sentiment.Score{}
	for _, d := range []bool{false, true} {
		for _, c := range []bool{false, true} {
			for _, n := range []bool{false, true} {
				k := combo{d, c, n}
				a := build(k)
				if a.Domain() != d || a.Calibrated() != c || a.CalibratedNeutrals() != (n && c) {
					t.Fatalf("%+v: Domain %v Calibrated %v CalibratedNeutrals %v", k, a.Domain(), a.Calibrated(), a.CalibratedNeutrals())
				}
				for _, text := range layerTexts {
					scores[k] = append(scores[k], a.Score(text))
				}
			}
		}
	}
	domainMoved, calMoved, neutralsMoved := 0, 0, 0
	for i, text := range layerTexts {
		for _, d := range []bool{false, true} {
			base := scores[combo{d, false, false}][i] // the rule layer alone
			if base.Compound != base.Uncalibrated {
				t.Errorf("%q: uncalibrated compound %v, rule score %v", text, base.Compound, base.Uncalibrated)
			}
			for _, c := range []bool{false, true} {
				for _, n := range []bool{false, true} {
					s := scores[combo{d, c, n}][i]
					// The calibration and the neutral option leave the rule layer alone.
					if !reflect.DeepEqual(rulesOf(s), rulesOf(base)) {
						t.Errorf("%q domain %v: calibration %v neutrals %v changed the rule layer:\n%+v\n%+v", text, d, c, n, rulesOf(s), rulesOf(base))
					}
					if !c && !reflect.DeepEqual(s, base) {
						t.Errorf("%q domain %v: WithCalibratedNeutrals(%v) changed an uncalibrated score", text, d, n)
					}
				}
			}
			off, on := scores[combo{d, true, false}][i], scores[combo{d, true, true}][i]
			if off.Compound != base.Compound {
				calMoved++
			}
			// Labelling neutrals changes only the texts the rules leave Neutral.
			if sentiment.LabelOf(base.Uncalibrated) != sentiment.Neutral {
				if !reflect.DeepEqual(on, off) {
					t.Errorf("%q domain %v: WithCalibratedNeutrals changed a text the rules read as %v", text, d, off.Label)
				}
			} else {
				if math.Abs(off.Compound) >= 0.05 || off.Label != sentiment.Neutral {
					t.Errorf("%q domain %v: a rule-neutral text left the band without WithCalibratedNeutrals: %v", text, d, off.Compound)
				}
				if on.Compound != off.Compound {
					neutralsMoved++
				}
			}
		}
		if rulesOf(scores[combo{true, false, false}][i]).Uncalibrated != rulesOf(scores[combo{false, false, false}][i]).Uncalibrated {
			domainMoved++
		}
	}
	if domainMoved == 0 || calMoved == 0 || neutralsMoved == 0 {
		t.Errorf("a layer changed nothing on the sample: domain %d, calibration %d, neutrals %d texts", domainMoved, calMoved, neutralsMoved)
	}
	// Each profile is exactly its preset, and an option beside a profile
	// overrides its layer whatever the order.
	presets := []struct {
		name string
		opts []sentiment.Option
		want combo
	}{
		{"news", nil, combo{true, true, false}},
		{"news", []sentiment.Option{sentiment.WithProfile(sentiment.News)}, combo{true, true, false}},
		{"social", []sentiment.Option{sentiment.WithProfile(sentiment.Social)}, combo{false, true, true}},
		{"vader", []sentiment.Option{sentiment.WithProfile(sentiment.VADER)}, combo{false, false, false}},
		{"news, domain off", []sentiment.Option{sentiment.WithDomain(false)}, combo{false, true, false}},
		{"news, uncalibrated", []sentiment.Option{sentiment.WithoutCalibration()}, combo{true, false, false}},
		{"social, domain on", []sentiment.Option{sentiment.WithProfile(sentiment.Social), sentiment.WithDomain(true)}, combo{true, true, true}},
		{"domain on, social", []sentiment.Option{sentiment.WithDomain(true), sentiment.WithProfile(sentiment.Social)}, combo{true, true, true}},
		{"social, neutrals off", []sentiment.Option{sentiment.WithCalibratedNeutrals(false), sentiment.WithProfile(sentiment.Social)}, combo{false, true, false}},
		{"vader, domain on", []sentiment.Option{sentiment.WithProfile(sentiment.VADER), sentiment.WithDomain(true)}, combo{true, false, false}},
	}
	for _, p := range presets {
		a := mustNew(t, p.opts...)
		for i, text := range layerTexts {
			if got, want := a.Score(text), scores[p.want][i]; !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q scores %+v, want the %+v combination's %+v", p.name, text, got, p.want, want)
			}
		}
	}
}
