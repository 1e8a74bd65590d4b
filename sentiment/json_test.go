package sentiment_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/sentiment"
)

// roundScore is s as JSON carries it: figures rounded, no drivers as nil.
func roundScore(s sentiment.Score) sentiment.Score {
	r := jsonnum.Round
	s.Compound, s.Pos, s.Neg, s.Neu, s.Sum, s.Uncalibrated = r(s.Compound), r(s.Pos), r(s.Neg), r(s.Neu), r(s.Sum), r(s.Uncalibrated)
	var ds []sentiment.Driver
	for _, d := range s.Drivers {
		d.Valence = r(d.Valence)
		d.Text = strings.ToValidUTF8(d.Text, "\uFFFD")
		ds = append(ds, d)
	}
	s.Drivers = ds
	return s
}

// checkSnakeCase fails on any object key of b that is not snake_case.
func checkSnakeCase(t *testing.T, b []byte) {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if strings.IndexFunc(k, func(r rune) bool { return !unicode.IsLower(r) && r != '_' }) >= 0 {
					t.Errorf("key %q is not snake_case in %.120s", k, b)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
}

var jsonTexts = []string{
	"We have found no evidence that Huawei has installed backdoors",
	"Huawei is a security threat.", "The meeting is on Tuesday.", "NOT GOOD!!!", "",
	"Catch utf-8 emoji such as 💘 and 😁", "gr\xffeat day, \xc3 awful", "Happy Friday",
}

func TestScoreJSONRoundTrip(t *testing.T) {
	for _, a := range []*sentiment.Analyzer{mustNew(t), mustNew(t, sentiment.WithProfile(sentiment.Social)), mustNew(t, sentiment.WithProfile(sentiment.VADER))} {
		texts := jsonTexts
		if a.Profile() == sentiment.News {
			texts = append(texts, strings.Repeat("good ", sentiment.MaxStatementBytes/4)) // truncated
		}
		for _, text := range texts {
			s := a.Score(text)
			b, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			checkSnakeCase(t, b)
			var back sentiment.Score
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%.40q: %s: %v", text, b, err)
			}
			if want := roundScore(s); !reflect.DeepEqual(back, want) {
				t.Errorf("%s %.40q: read back\n%+v\nwant\n%+v", a.Profile(), text, back, want)
			}
			if again, _ := json.Marshal(back); string(again) != string(b) {
				t.Errorf("%.40q: written again %s, first %s", text, again, b)
			}
		}
	}
}

func TestScoreJSONShape(t *testing.T) {
	s := sentiment.Score{Compound: 0.06512345, Pos: 0.2, Neg: 0, Neu: 0.8, Sum: 0.6000000000000001, Label: sentiment.Positive,
		Drivers:      []sentiment.Driver{{Text: "backdoors", Start: 52, End: 61, Valence: 0.6000000000000001, Rule: "domain: found no"}},
		Uncalibrated: 0.15309310892394867}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"compound":0.0651,"pos":0.2,"neg":0,"neu":0.8,"sum":0.6,"label":"positive",` +
		`"drivers":[{"text":"backdoors","start":52,"end":61,"valence":0.6,"rule":"domain: found no"}],"uncalibrated":0.1531}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	// The CLI's and attribution's {"compound","label"} reads into a Score.
	var part sentiment.Score
	if err := json.Unmarshal([]byte(`{"compound":-0.3654,"label":"negative"}`), &part); err != nil || part.Compound != -0.3654 || part.Label != sentiment.Negative {
		t.Errorf("partial score: %+v %v", part, err)
	}
}

func TestArticleJSONRoundTrip(t *testing.T) {
	a := mustNew(t)
	for _, text := range []string{
		"Huawei's results were excellent. Critics warned of espionage risks. The meeting is on Tuesday.",
		"", "   ", "One sentence without end",
	} {
		art := a.Article(text)
		b, err := json.Marshal(art)
		if err != nil {
			t.Fatal(err)
		}
		checkSnakeCase(t, b)
		var back sentiment.ArticleScore
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%q: %s: %v", text, b, err)
		}
		want := art
		r := jsonnum.Round
		want.Compound, want.Pos, want.Neg, want.Neu = r(art.Compound), r(art.Pos), r(art.Neg), r(art.Neu)
		want.Sentences = []sentiment.SentenceScore{} // [] reads back empty, not nil
		for _, s := range art.Sentences {
			want.Sentences = append(want.Sentences, sentiment.SentenceScore{Start: s.Start, End: s.End, Score: roundScore(s.Score)})
		}
		if !reflect.DeepEqual(back, want) {
			t.Errorf("%q: read back\n%+v\nwant\n%+v", text, back, want)
		}
		if len(art.Sentences) > 0 && !strings.Contains(string(b), `"sentences":[{"start":0,"end":`) {
			t.Errorf("%q: sentence offsets missing: %s", text, b)
		}
	}
}
