module github.com/stancekit/stancekit

go 1.25

require (
	github.com/jdkato/prose/v3 v3.2.3
	github.com/jonreiter/govader v0.0.0-20250429093935-f6505c8d03cc
	github.com/kljensen/snowball v0.10.0
	golang.org/x/text v0.23.0
	gonum.org/v1/gonum v0.17.0
)

require (
	golang.org/x/tools v0.30.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
