package main

import (
	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
)

// warmArticle starts, on goroutines of their own, the set-up of -article
// that does not depend on the stance model: parsing the sentiment profile's
// default calibration on one; parsing the built-in attribution grammar and,
// unless -actors or -grammar replace them, compiling the default registry
// and grammar into their matcher (attribution.New with neither) on the
// other. Each is done once per process and shared, so the constructors
// that need them later (sentiment.New, attribution.New) find them ready,
// or wait for them, instead of building them after the model has been
// decoded. Errors are theirs to report: this only warms the caches.
func warmArticle(o options) {
	go sentiment.DefaultCalibrationFor(o.sentProfile)
	go func() {
		attribution.DefaultGrammar()
		if o.actors == "" && o.grammar == "" {
			attribution.New(nil, nil)
		}
	}()
}
