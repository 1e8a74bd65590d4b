package main

import (
	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
)

// warmArticle starts, on a goroutine of its own, the set-up of -article that
// does not depend on the stance model: parsing the sentiment profile's
// default calibration and the built-in attribution grammar. Both are parsed
// once per process and shared, so the constructors that need them later
// (sentiment.New, attribution.New) find them ready, or wait for them,
// instead of parsing them after the model has been decoded. Errors are
// theirs to report: this only warms the caches.
func warmArticle(o options) {
	go func() {
		sentiment.DefaultCalibrationFor(o.sentProfile)
		attribution.DefaultGrammar()
	}()
}
