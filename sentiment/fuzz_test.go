package sentiment_test

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
)

// fuzzAnalyzers are the three profiles' default analysers, built once.
var fuzzAnalyzers = sync.OnceValues(func() ([]*sentiment.Analyzer, error) {
	var as []*sentiment.Analyzer
	for _, p := range []sentiment.Profile{sentiment.News, sentiment.Social, sentiment.VADER} {
		a, err := sentiment.New(sentiment.WithProfile(p))
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	return as, nil
})

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"", " ", "\x00", "\xff\xfe", "We have found no evidence that Huawei has installed backdoors.",
		"NOT GOOD!!!", "not bad at all :)", "The ban is a concern, but security is fine.",
		"“Unbalanced quote", "He said: \"great\" and \"terrible", "🙂🙁 😡 ❤️",
		"مرحبا great", "非常好 good", "kind of sort of good", "never so good", "\t\n\r\n",
		strings.Repeat("good ", 3000), strings.Repeat("!", 5000), "a\u0301b\u200bc great",
	} {
		f.Add(s)
	}
}

// checkProfile asserts what a profile promises beyond checkScore: the
// rules decide the label (News, VADER), or decide it unless they say
// Neutral (Social); VADER's compound is the rule score; drivers come in
// text order.
func checkProfile(t *testing.T, p sentiment.Profile, text string, s sentiment.Score) {
	t.Helper()
	if rule := sentiment.LabelOf(s.Uncalibrated); (p != sentiment.Social || rule != sentiment.Neutral) && s.Label != rule {
		t.Fatalf("%s: label %v, rule label %v, for %.60q", p, s.Label, rule, text)
	}
	if p == sentiment.VADER && s.Compound != s.Uncalibrated {
		t.Fatalf("vader: compound %v, rule score %v, for %.60q", s.Compound, s.Uncalibrated, text)
	}
	if s.Uncalibrated < -1 || s.Uncalibrated > 1 {
		t.Fatalf("%s: uncalibrated %v outside [-1, 1] for %.60q", p, s.Uncalibrated, text)
	}
	for k := 1; k < len(s.Drivers); k++ {
		if s.Drivers[k].Start < s.Drivers[k-1].Start {
			t.Fatalf("%s: drivers out of text order for %.60q", p, text)
		}
	}
}

// FuzzScore scores arbitrary text with every profile: no panic, finite
// scores in range, labels as documented, drivers that locate their words,
// and the same result twice.
func FuzzScore(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		as, err := fuzzAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			s := a.Score(text)
			checkScore(t, text, s)
			checkProfile(t, a.Profile(), text, s)
			again := a.Score(text)
			if again.Compound != s.Compound || len(again.Drivers) != len(s.Drivers) {
				t.Fatalf("%s: scoring %q twice differs", a.Profile(), text)
			}
		}
	})
}

// FuzzArticle scores arbitrary text as an article: sentences in order and in
// bounds, each locating its drivers in the article text.
func FuzzArticle(f *testing.F) {
	fuzzSeeds(f)
	f.Add("Huawei is trusted. The ban is bad!\n\nNo evidence of backdoors was found.")
	f.Fuzz(func(t *testing.T, text string) {
		as, err := fuzzAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			art := a.Article(text)
			if math.IsNaN(art.Compound) || art.Compound < -1 || art.Compound > 1 {
				t.Fatalf("%s: article compound %v", a.Profile(), art.Compound)
			}
			last := 0
			for _, s := range art.Sentences {
				if s.Start < last || s.End < s.Start || s.End > len(text) {
					t.Fatalf("%s: sentence [%d,%d) out of order or bounds in %d bytes", a.Profile(), s.Start, s.End, len(text))
				}
				last = s.End
				for _, d := range s.Drivers {
					if d.Start < s.Start || d.End > s.End || text[d.Start:d.End] != d.Text {
						t.Fatalf("%s: driver %+v outside its sentence [%d,%d)", a.Profile(), d, s.Start, s.End)
					}
				}
			}
		}
	})
}

// FuzzReadCalibration feeds arbitrary bytes as a calibration file: an error
// or a calibration that writes back to a file reading the same, never a
// panic.
func FuzzReadCalibration(f *testing.F) {
	shipped, err := sentiment.DefaultCalibration()
	if err != nil {
		f.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := shipped.WriteTo(&b); err != nil {
		f.Fatal(err)
	}
	good := b.String()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add("")
	f.Add("# only a comment\n")
	f.Add(calibrationHeader + "\ndense\tbias\t1\n")
	f.Add(calibrationHeader + "\ndense\tbias\tNaN\n")
	f.Add(calibrationHeader + "\nword\t\x00\t1e999\n")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := sentiment.ReadCalibration(strings.NewReader(src))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if _, err := c.WriteTo(&out); err != nil {
			t.Fatalf("a calibration that was read does not write: %v", err)
		}
		if _, err := sentiment.ReadCalibration(&out); err != nil {
			t.Fatalf("a written calibration does not read back: %v", err)
		}
		if _, err := sentiment.New(sentiment.WithCalibration(c)); err != nil && !strings.Contains(err.Error(), "sentiment") {
			t.Fatalf("New with a read calibration: unclear error %v", err)
		}
	})
}
