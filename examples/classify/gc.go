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
// -article keeps it for its one article, and statements given as
// arguments or a first chunk of input keep it too; a stream goes back to
// the default once more input follows its first chunk (endStartup, called
// by readChunks). Going back as soon as the model was loaded started a
// collection at once, the heap being past the default target, which cost
// a one-statement run about a millisecond of CPU for nothing. The memory
// limit (see memoryLimit) bounds the heap either way.
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
