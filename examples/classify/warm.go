package main

import (
	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
)

// warmArticle starts, on goroutines of their own, the set-up of -article
// that does not depend on the stance model: parsing the sentiment profile's
// default calibration on one; on another, unless -actors or -grammar
// replace them, the default grammar and registry (attribution.New with
// neither, which reads them from tables generated at build time), else
// reading the built-in grammar, which -grammar extends and a registry of
// -actors is compiled with; and on a third, only for -actors, reading the
// built-in registry the file extends (the default matcher does not need
// it: parsing it for nothing was a millisecond of CPU). Each is done once
// per process and shared, so the constructors that need them later
// (sentiment.New, attribution.ExtendDefaults, attribution.New) find them
// ready, or wait for them, instead of building them after the model has
// been decoded. Errors are theirs to report: this only warms the caches.
func warmArticle(o options) {
	go sentiment.DefaultCalibrationFor(o.sentProfile)
	if o.actors != "" {
		go attribution.DefaultRegistry()
	}
	go func() {
		if o.actors == "" && o.grammar == "" {
			attribution.New(nil, nil)
		} else {
			attribution.DefaultGrammar()
		}
	}()
}
