module github.com/stancekit/stancekit

go 1.26.8
