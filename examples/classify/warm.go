package main

import (
	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
)

// warmArticle starts, on goroutines of their own, the set-up of -article
// that does not depend on the stance model: parsing the sentiment profile's
// default calibration on one; reading the built-in actor registry on
// another; and on a third, unless -actors or -grammar replace them,
// compiling the default registry and grammar into their matcher
// (attribution.New with neither, which reads the built-in grammar first),
// else reading the built-in grammar, which -grammar extends. Each is done
// once per process and shared, so the constructors that need them later
// (sentiment.New, attribution.New) find them ready, or wait for them,
// instead of building them after the model has been decoded. Reading the
// registry apart from the grammar takes it off the matcher's path, the
// longest of the set-up; the grammar is no longer copied for nothing
// (attribution.DefaultGrammar returns a copy) when New reads it itself.
// Errors are theirs to report: this only warms the caches.
func warmArticle(o options) {
	go sentiment.DefaultCalibrationFor(o.sentProfile)
	go attribution.DefaultRegistry()
	go func() {
		if o.actors == "" && o.grammar == "" {
			attribution.New(nil, nil)
		} else {
			attribution.DefaultGrammar()
		}
	}()
}
