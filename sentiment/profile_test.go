package sentiment_test

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
)

func TestProfileText(t *testing.T) {
	for _, p := range []sentiment.Profile{sentiment.News, sentiment.Social} {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back sentiment.Profile
		if err := back.UnmarshalText(b); err != nil || back != p || string(b) != p.String() {
			t.Errorf("%v: round trip gave %v, %v", p, back, err)
		}
	}
	if sentiment.News.String() != "news" || sentiment.Social.String() != "social" {
		t.Errorf("names %q %q", sentiment.News, sentiment.Social)
	}
	var p sentiment.Profile
	for _, bad := range []string{"", "News", "tweets", "social "} {
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
	if a := mustNew(t, sentiment.WithProfile(sentiment.Social), sentiment.WithDomain(false)); a.Domain() || !a.Calibrated() {
		t.Error("WithDomain(false) is redundant in the Social profile")
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
		"social with the domain":      {sentiment.WithProfile(sentiment.Social), sentiment.WithDomain(true)},
		"domain, then social":         {sentiment.WithDomain(true), sentiment.WithProfile(sentiment.Social)},
		"social with domain rules":    {sentiment.WithProfile(sentiment.Social), sentiment.WithDomainRules(strings.NewReader("good\t0\n"), "x.tsv")},
		"social with news calibrated": {sentiment.WithProfile(sentiment.Social), sentiment.WithCalibration(mustCal(t))},
		"news with social calibrated": {sentiment.WithCalibration(cal)},
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
	rules := mustNew(t, sentiment.WithDomain(false))
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
