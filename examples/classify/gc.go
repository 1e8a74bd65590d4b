package main

import (
	"os"
	"runtime/debug"
)

// startupGCPercent is the collector's target while the command sets up
// (GOGC=400 instead of the default 100) unless GOGC is set. Nearly all that
// start-up allocates is the model and the lexicons, which stay live, so
// collecting at the default 4 MB of heap finds little garbage: skipping
// those cycles takes about a sixth off a cold start (bench/coldstart.sh).
// -article keeps it for its one article; a statement stream goes back to
// the default once its models are loaded (endStartup). The memory limit
// (see memoryLimit) bounds the heap either way.
const startupGCPercent = 400

func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(startupGCPercent)
	}
}

// endStartup gives the collector back its default target, unless GOGC set
// one.
func endStartup() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
}
