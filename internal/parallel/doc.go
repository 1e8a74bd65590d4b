// Package parallel holds the worker pools the commands and packages of
// stancekit share, so that each runs work on several cores the same way.
package parallel
