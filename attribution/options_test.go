package attribution

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/sentiment"
)

// Options check their values and New reports the first bad one, as
// sentiment's options do; nothing is ignored silently.
func TestOptionsReportBadValues(t *testing.T) {
	for name, c := range map[string]struct {
		opt  Option
		want string
	}{
		"zero limit":     {WithMaxBytes(0), "attribution: WithMaxBytes(0): the limit must be positive"},
		"negative limit": {WithMaxBytes(-5), "attribution: WithMaxBytes(-5): the limit must be positive"},
		"nil sentiment":  {WithSentiment(nil), "attribution: WithSentiment: nil sentiment Analyzer"},
		"nil grammar":    {WithGrammar(nil), "attribution: WithGrammar: nil Grammar"},
		"empty issuer":   {WithIssuer(""), "attribution: WithIssuer: empty name"},
		"blank issuer":   {WithIssuer(" \t"), "attribution: WithIssuer: empty name"},
	} {
		a, err := New(nil, nil, c.opt)
		if a != nil || err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: New = %v, %v; want the error %q", name, a, err, c.want)
		}
	}
}

func TestOptionsApply(t *testing.T) {
	sa, err := sentiment.New()
	if err != nil {
		t.Fatal(err)
	}
	g := mustDefaultGrammar(t)
	a, err := New(nil, nil, nil, WithMaxBytes(100), WithSentiment(sa), WithGrammar(g), WithIssuer("  UK government "))
	if err != nil {
		t.Fatal(err)
	}
	if a.maxSize != 100 || a.sent != sa || a.gram == g || a.gram == nil || a.issuer != "UK government" {
		t.Errorf("options not applied: max %d, sentiment %v, grammar copied %v, issuer %q", a.maxSize, a.sent == sa, a.gram != g, a.issuer)
	}
	d, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.maxSize != DefaultMaxBytes || d.sent != nil || d.issuer != "" {
		t.Errorf("defaults: max %d, sentiment %v, issuer %q", d.maxSize, d.sent, d.issuer)
	}
}

// DefaultRegistry and DefaultGrammar follow the one Default contract:
// (value, error), read once, and each caller gets its own copy.
func TestDefaultsAreFreshCopies(t *testing.T) {
	r1, err := DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	if err := r1.Add(ActorEntry{Name: "Ruritania", Type: "government"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := r1.Lookup("Ruritania"); !ok {
		t.Fatal("Add had no effect")
	}
	r2, err := DefaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := r2.Lookup("Ruritania"); ok {
		t.Error("changing one DefaultRegistry changed the next")
	}
	g1, g2 := mustDefaultGrammar(t), mustDefaultGrammar(t)
	if g1 == g2 {
		t.Error("DefaultGrammar returned the same value twice")
	}
}

// A registry file on its own replaces the defaults when given to New;
// ExtendDefaults merges it into them unless it says "replace": true.
func TestExtendDefaults(t *testing.T) {
	extra, err := LoadRegistry(strings.NewReader(`{"actors":[{"name":"Ruritania","type":"government"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := extra.Lookup("Huawei"); ok {
		t.Fatal("LoadRegistry's result holds more than the file")
	}
	reg, err := ExtendDefaults(extra)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Huawei", "Ruritania"} {
		if _, ok := reg.Lookup(name); !ok {
			t.Errorf("extended registry lacks %s", name)
		}
	}
	if _, ok := extra.Lookup("Huawei"); ok {
		t.Error("ExtendDefaults changed its argument")
	}
	only, err := LoadRegistry(strings.NewReader(`{"replace":true,"actors":[{"name":"Ruritania","type":"government"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if reg, err := ExtendDefaults(only); err != nil || reg != only {
		t.Errorf("a replacing file: %v, %v; want the file's registry", reg, err)
	}
	if reg, err := ExtendDefaults(nil); err != nil || len(reg.Actors()) == 0 {
		t.Errorf("nil: %v; want the defaults", err)
	}
}
