package attribution

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sync"
	"testing"
)

// Every pattern of the built-in grammar compiles when first matched, to
// the regexp regexp.Compile makes of it, with as many groups as
// compileGated counted; one compiled already is kept, not compiled again.
func TestLazyPatterns(t *testing.T) {
	g, err := DefaultGrammar()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.layout) == 0 {
		t.Fatal("no layout rules")
	}
	for i := range g.layout {
		r := &g.layout[i]
		want := regexp.MustCompile(r.re.pat)
		got := r.regexp()
		if got.String() != want.String() || got.NumSubexp() != want.NumSubexp() || r.groups != want.NumSubexp() {
			t.Errorf("%s: compiled %q with %d groups (counted %d), want %q with %d", r.rule, got, got.NumSubexp(), r.groups, want, want.NumSubexp())
		}
		if r.regexp() != got {
			t.Errorf("%s: compiled twice", r.rule)
		}
	}
	c := newClutterRules(g.clutter)
	for _, r := range g.clutter {
		if r.re == nil {
			continue
		}
		found := false
		for i := range c.res {
			if c.res[i].re == r.re.re {
				found = true
			}
		}
		if !found {
			t.Errorf("clutter pattern %q compiled again", r.re.re.pat)
		}
	}
	if _, err := compileGated(`(unclosed`); err == nil {
		t.Error("a bad pattern accepted")
	} else if _, want := regexp.Compile(`(unclosed`); err.Error() != want.Error() {
		t.Errorf("error %q, want regexp's %q", err, want)
	}
}

// Analyzers sharing the default matcher and grammar analyze at once, the
// grammar's patterns being compiled by whichever needs one first (run with
// -race).
func TestLazyPatternsConcurrent(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "euractiv-2019-03-04-huawei-brussels-centre.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	res := make([]*Result, 4)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := New(nil, nil)
			if err != nil {
				t.Error(err)
				return
			}
			if res[i], err = a.Analyze(string(text)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i := 1; i < len(res); i++ {
		if res[0] == nil || res[i] == nil || !reflect.DeepEqual(res[0], res[i]) {
			t.Fatal("concurrent analyses differ")
		}
	}
}
