package attribution

import (
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// textOnly hides a model's PredictTokens, so that the Analyzer classifies
// each statement from its text.
type textOnly struct{ m *stance.Model }

func (c textOnly) Predict(text string) (stance.Prediction, error) { return c.m.Predict(text) }

// counting is a TokenClassifier that counts how statements reach it.
type counting struct {
	m              *stance.Model
	byText, byToks atomic.Int64
}

func (c *counting) Predict(text string) (stance.Prediction, error) {
	c.byText.Add(1)
	return c.m.Predict(text)
}

func (c *counting) PredictTokens(text string, toks []tokenize.Token) (stance.Prediction, error) {
	c.byToks.Add(1)
	return c.m.PredictTokens(text, toks)
}

// Handing the classifier the tokens of the article's lines changes no
// statement, prediction or actor of any corpus article.
func TestTokensPassedDownChangeNothing(t *testing.T) {
	g := loadGold(t)
	m := defaultModel(t)
	c := &counting{m: m}
	byTokens, err := New(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	byText, err := New(textOnly{m}, nil)
	if err != nil {
		t.Fatal(err)
	}
	extra := []string{
		"",
		"“Huawei must be banned,” the minister said.\r\nHe added: ‘we will not call for a ban’.",
		strings.Repeat("The senator said Huawei is a threat. ", 200),
	}
	texts := extra
	for _, n := range g.names {
		texts = append(texts, g.docs[n])
	}
	for i, text := range texts {
		want, err := byText.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := byTokens.Analyze(text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d: results differ when the classifier is given tokens", i)
		}
	}
	if c.byToks.Load() == 0 || c.byText.Load() > c.byToks.Load()/4 {
		t.Errorf("%d statements classified from tokens, %d from text", c.byToks.Load(), c.byText.Load())
	}
	t.Logf("%d statements classified from tokens, %d from text", c.byToks.Load(), c.byText.Load())
}
