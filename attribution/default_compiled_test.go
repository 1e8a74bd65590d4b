package attribution

import (
	"reflect"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// Analyzers New makes without a registry or grammar share the default
// matcher, which is the one compiling the defaults gives.
func TestDefaultCompiledShared(t *testing.T) {
	a, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(nil, nil, WithIssuer("Ministry"))
	if err != nil {
		t.Fatal(err)
	}
	if a.m != b.m || a.lx != b.lx {
		t.Error("two default Analyzers compiled their matchers apart")
	}
	tk, _ := tokenize.Default()
	reg, err := DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	g, err := DefaultGrammar()
	if err != nil {
		t.Fatal(err)
	}
	c := &Analyzer{tk: tk, gram: g}
	c.compile(reg)
	if !reflect.DeepEqual(a.m.actors, c.m.actors) || !reflect.DeepEqual(a.m.firsts, c.m.firsts) || !reflect.DeepEqual(a.info, c.info) {
		t.Error("the shared default matcher differs from compiling the defaults")
	}
	// A registry of its own still gets a matcher of its own.
	d, err := New(nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	if d.m == a.m || !reflect.DeepEqual(d.m, c.m) {
		t.Error("an Analyzer with the default registry given: want its own, equal matcher")
	}
}
