package attribution

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// BenchmarkSetUpTables is what the first New(nil, nil) of a process does
// in this package: the default grammar and registry from the generated
// tables (the lexicon's word sets filled from their lists, the data
// files' digest checked).
func BenchmarkSetUpTables(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := tablesCompiled(&defaultTablesData); !ok {
			b.Fatal("stale tables")
		}
	}
}

// BenchmarkSetUpCompiled is the same from the data files, as a grammar or
// registry of the caller's own and the tables' generator have it: reading
// the grammar files and the registry, compiling them into the matcher.
func BenchmarkSetUpCompiled(b *testing.B) {
	tk, err := tokenize.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		reg, err := LoadRegistry(strings.NewReader(string(defaultRegistryJSON)))
		if err != nil {
			b.Fatal(err)
		}
		a := &Analyzer{tk: tk}
		if a.gram, err = loadDefaultGrammar(); err != nil {
			b.Fatal(err)
		}
		a.compile(reg)
	}
}
