package debate

import (
	"fmt"
	"io"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// NewAnalyzer returns the analyser the debate programs share: attribution
// with the embedded default stance model, news sentiment, articles capped at
// MaxArticleBytes, and the default actor registry merged with (or, when the
// file says so, replaced by) the registry read from actors, if not nil.
func NewAnalyzer(actors io.Reader) (*attribution.Analyzer, error) {
	var reg *attribution.Registry // nil: the defaults
	if actors != nil {
		extra, err := attribution.LoadRegistry(actors)
		if err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		if reg, err = attribution.ExtendDefaults(extra); err != nil {
			return nil, err
		}
	}
	m, err := stance.Default()
	if err != nil {
		return nil, err
	}
	sa, err := sentiment.New()
	if err != nil {
		return nil, err
	}
	return attribution.New(m, reg, attribution.WithMaxBytes(MaxArticleBytes), attribution.WithSentiment(sa))
}
