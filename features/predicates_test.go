package features

import (
	"bufio"
	"errors"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/tsv"
	"github.com/stancekit/stancekit/tokenize"
)

// goldenPredicates reads testdata/predicates_golden.tsv: sentence, tab, the
// expected PredicateSet.String.
func goldenPredicates(t testing.TB) [][2]string {
	f, err := os.Open("testdata/predicates_golden.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases [][2]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		text, want, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("predicates_golden.tsv:%d: no tab", n)
		}
		cases = append(cases, [2]string{text, want})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// Every golden sentence gives exactly its feature set.
func TestPredicatesGolden(t *testing.T) {
	p, err := DefaultPredicates()
	if err != nil {
		t.Fatal(err)
	}
	tk, err := tokenize.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := goldenPredicates(t)
	if len(cases) < 150 {
		t.Errorf("%d golden cases, want at least 150", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c[0]] {
			t.Errorf("golden sentence %q repeated", c[0])
		}
		seen[c[0]] = true
		if got := p.Analyze(tk, c[0]).String(); got != c[1] {
			t.Errorf("%q\n got  %q\n want %q", c[0], got, c[1])
		}
	}
}

// Extract from a statement's tokens and stems gives what Analyze gives, and
// mismatched inputs give nothing rather than a panic.
func TestPredicatesExtract(t *testing.T) {
	p, err := DefaultPredicates()
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := tokenize.Default()
	for _, c := range goldenPredicates(t)[:20] {
		toks := tk.Tokens(c[0])
		stems := make([]string, len(toks))
		for i, tok := range toks {
			if tok.IsWord() {
				stems[i] = tokenize.Stem(tok.Norm)
			}
		}
		if got := p.Extract(toks, stems).String(); got != c[1] {
			t.Errorf("Extract(%q) = %q, want %q", c[0], got, c[1])
		}
		if got := p.Extract(toks, stems[:len(stems)-1]); got != 0 {
			t.Errorf("Extract with one stem short gave %v", got)
		}
	}
}

func TestPredicateSetNames(t *testing.T) {
	names := PredicateFeatureNames()
	if len(names) != numPredicateFeatures {
		t.Fatalf("%d names for %d features", len(names), numPredicateFeatures)
	}
	for _, n := range names {
		if !strings.HasPrefix(n, "P:") {
			t.Errorf("feature %q does not start with P:", n)
		}
	}
	all := PredicateSet(1<<numPredicateFeatures - 1)
	if !slices.Equal(all.Names(), names) {
		t.Errorf("all features: %v", all.Names())
	}
	if s := (PExcl | PSignMinus).String(); s != "P:excl P:sign-" {
		t.Errorf("String = %q", s)
	}
	if PredicateSet(0).String() != "" {
		t.Error("empty set renders non-empty")
	}
}

// The built-in file starts with its version line and reads back from its
// String form.
func TestPredicatesDataFile(t *testing.T) {
	if first, _, _ := strings.Cut(DefaultPredicateData(), "\n"); first != PredicatesHeader {
		t.Errorf("predicates.tsv starts %q, want %q", first, PredicatesHeader)
	}
	if PredicatesHeader != tsv.Header("predicates", 1) {
		t.Errorf("PredicatesHeader %q is not the tsv header", PredicatesHeader)
	}
	p, err := DefaultPredicates()
	if err != nil {
		t.Fatal(err)
	}
	again, err := ReadPredicates(strings.NewReader(p.String()))
	if err != nil {
		t.Fatal(err)
	}
	if again.String() != p.String() {
		t.Error("String does not round-trip")
	}
	// Extending the file: an appended entry takes effect.
	ext, err := ReadPredicates(strings.NewReader(DefaultPredicateData() + "excl\tembargo\n"))
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := tokenize.Default()
	if got := ext.Analyze(tk, "Washington urged an embargo."); got != PExcl|PEndorseExcl|PSignMinus {
		t.Errorf("extended file: %v", got)
	}
	if got := p.Analyze(tk, "Washington urged an embargo."); got != 0 {
		t.Errorf("built-in file: %v", got)
	}
}

// Malformed files are ParseErrors naming the line.
func TestReadPredicatesErrors(t *testing.T) {
	h := PredicatesHeader + "\n"
	for name, c := range map[string]struct {
		src  string
		line int
	}{
		"no version line":  {"excl\tban\n", 1},
		"other kind":       {"# stancekit-data cues v1\nexcl\tban\n", 1},
		"version 2":        {"# stancekit-data predicates v2\nexcl\tban\n", 1},
		"unknown role":     {h + "excl\tban\nblock\tban\n", 3},
		"one field":        {h + "excl\n", 2},
		"four fields":      {h + "excl\tban\tvendor\tx\n", 2},
		"unknown flag":     {h + "excl\tban\tsoon\n", 2},
		"vendor on frame":  {h + "endorse\turge\tvendor\n", 2},
		"post on action":   {h + "excl\tban\tpost\n", 2},
		"gap at the start": {h + "excl\t* ban\n", 2},
		"aux phrase":       {h + "aux\tis not\n", 2},
		"break with gap":   {h + "break\t*\n", 2},
		"empty coord":      {h + "coord\tand||or\n", 2},
	} {
		_, err := ReadPredicates(strings.NewReader(c.src))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != c.line {
			t.Errorf("%s: %v, want a ParseError on line %d", name, err, c.line)
		}
	}
	if _, err := ReadPredicates(strings.NewReader(PredicatesHeader + "\n# nothing\n")); err != nil {
		t.Errorf("a file of comments: %v", err)
	}
}

// Long and hostile inputs finish and give sets within the defined bits.
func TestPredicatesHostile(t *testing.T) {
	p, err := DefaultPredicates()
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := tokenize.Default()
	for _, s := range []string{
		"",
		"...",
		strings.Repeat("ban ", 5000),
		strings.Repeat("not ", 3000) + "ban",
		strings.Repeat("urged to ", 3000) + "ban Huawei",
		strings.Repeat(", ", 5000) + "ban",
		"ban" + strings.Repeat(" ,", 5000) + " would be reckless",
		strings.Repeat("keep Huawei out and let ZTE in ", 500),
		"\xff\xfe ban \x00 Huawei",
	} {
		got := p.Analyze(tk, s)
		if got>>numPredicateFeatures != 0 {
			t.Errorf("set %b has undefined bits", got)
		}
	}
}

func predConfig() Config {
	c := DefaultConfig()
	c.CueEach, c.CueWeight, c.MinDF, c.Predicates = true, 0.2, 1, 0.5
	return c
}

// With Config.Predicates set, the predicate block follows the cue block,
// a statement's vector holds its predicate features with the configured
// value, and Fit+Transform, FitTransform, the general path and a restored
// Vectorizer all agree.
func TestVectorizerPredicates(t *testing.T) {
	v := newVec(t, predConfig())
	train := append(slices.Clone(docs), "Operators oppose a ban.", "The US urged allies to ban Huawei.")
	X, err := v.FitTransform(train)
	if err != nil {
		t.Fatal(err)
	}
	names := v.Names()
	block := names[len(names)-numPredicateFeatures:]
	if !slices.Equal(block, PredicateFeatureNames()) {
		t.Fatalf("last features %v", block)
	}
	at := len(names) - numPredicateFeatures
	p, _ := DefaultPredicates()
	tk, _ := tokenize.Default()
	r, err := Restore(v.Config(), v.tok, v.lex, v.Names(), v.idf)
	if err != nil {
		t.Fatal(err)
	}
	g := general(v)
	for i, s := range append(train, "A ban on Huawei is not planned.", "Letting them in would be reckless.") {
		d, err := v.TransformTokens(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := p.Analyze(tk, s)
		var got PredicateSet
		for k, j := range d.Vector.Idx {
			if int(j) >= at {
				got |= 1 << (int(j) - at)
				if d.Vector.Val[k] != 0.5 {
					t.Errorf("%q: %s has value %v", s, names[j], d.Vector.Val[k])
				}
			}
		}
		if got != want {
			t.Errorf("%q: vector has %v, Analyze gives %v", s, got, want)
		}
		if i < len(train) && (!slices.Equal(X[i].Idx, d.Vector.Idx) || !slices.Equal(X[i].Val, d.Vector.Val)) {
			t.Errorf("%q: FitTransform and Transform differ", s)
		}
		for name, o := range map[string]*Vectorizer{"restored": r, "general": g} {
			od, err := o.TransformTokens(s, nil)
			if err != nil || !sameDoc(od, d) {
				t.Errorf("%q: %s Vectorizer differs (%v)", s, name, err)
			}
		}
	}
	if PredicateSet(0) != p.Analyze(tk, "The new phone has a larger battery.") {
		t.Error("off-target statement has predicate features")
	}
}

// The layer is off by default: no predicate feature, and a model without it
// restores without one.
func TestPredicatesOffByDefault(t *testing.T) {
	if DefaultConfig().Predicates != 0 {
		t.Fatal("DefaultConfig turns the predicate layer on")
	}
	v := newVec(t, DefaultConfig())
	if err := v.Fit(docs); err != nil {
		t.Fatal(err)
	}
	for _, n := range v.Names() {
		if strings.HasPrefix(n, "P:") {
			t.Fatalf("feature %q without the layer", n)
		}
	}
	// A saved list of names with the block cannot be restored without the
	// layer, nor one without it with the layer on.
	on := newVec(t, predConfig())
	if err := on.Fit(docs); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(v.Config(), v.tok, v.lex, on.Names(), on.idf); err == nil {
		t.Error("restored predicate features without the layer")
	}
	if _, err := Restore(on.Config(), on.tok, on.lex, v.Names(), v.idf); err == nil {
		t.Error("restored the layer without its features")
	}
	for _, bad := range []float64{-1, math.NaN(), math.Inf(1), 2 * MaxCueWeight} {
		c := DefaultConfig()
		c.Predicates = bad
		if c.Validate() == nil {
			t.Errorf("Predicates %v validated", bad)
		}
	}
}

func FuzzPredicates(f *testing.F) {
	for _, s := range goldenPredicates(f)[:30] {
		f.Add(s[0])
	}
	for _, s := range []string{"", "ban\xff\x00 Huawei", strings.Repeat("not ", 40) + "ban", "a ban , , , , is not planned"} {
		f.Add(s)
	}
	p, err := DefaultPredicates()
	if err != nil {
		f.Fatal(err)
	}
	tk, _ := tokenize.Default()
	v := newVec(f, predConfig())
	if err := v.Fit(docs); err != nil {
		f.Fatal(err)
	}
	at := v.Dim() - numPredicateFeatures
	f.Fuzz(func(t *testing.T, s string) {
		got := p.Analyze(tk, s)
		if got>>numPredicateFeatures != 0 {
			t.Fatalf("undefined bits in %b", got)
		}
		d, err := v.TransformTokens(s, nil)
		if err != nil {
			t.Fatal(err)
		}
		var inVec PredicateSet
		for k, j := range d.Vector.Idx {
			if k > 0 && j <= d.Vector.Idx[k-1] {
				t.Fatal("indices not increasing")
			}
			if int(j) >= at {
				inVec |= 1 << (int(j) - at)
			}
		}
		if inVec != got {
			t.Fatalf("vector has %v, Analyze %v", inVec, got)
		}
	})
}

// BenchmarkTransformDefaultPredicates is BenchmarkTransformDefault with the
// predicate layer on: the ratio of the two is the layer's cost.
func BenchmarkTransformDefaultPredicates(b *testing.B) {
	cfg := DefaultConfig()
	cfg.Predicates = 0.2
	benchTransform(b, cfg)
}

// BenchmarkPredicatesExtract is the layer alone on the benchmark
// statement's tokens.
func BenchmarkPredicatesExtract(b *testing.B) {
	p, err := DefaultPredicates()
	if err != nil {
		b.Fatal(err)
	}
	tk, _ := tokenize.Default()
	toks := tk.Tokens(benchStatement)
	stems := make([]string, len(toks))
	for i, t := range toks {
		if t.IsWord() {
			stems[i] = tokenize.Stem(t.Norm)
		}
	}
	hs := make([]uint64, len(toks))
	var present stemSet
	for i, st := range stems {
		if st != "" {
			hs[i] = hashName(st)
			present.add(hs[i])
		}
	}
	var s predScratch
	b.ReportAllocs()
	for b.Loop() {
		p.extract(&s, toks, stems, hs, &present)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// The layer's work grows linearly with the statement: the clause walks
// around each hit are bounded by PredicateWindow, whatever the text, so
// doubling a dense statement about doubles the steps (within a tenth),
// measured in steps, not time.
func TestPredicatesLinear(t *testing.T) {
	p, err := DefaultPredicates()
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := tokenize.Default()
	steps := func(s string) int {
		toks := tk.Tokens(s)
		stems := make([]string, len(toks))
		for i, tok := range toks {
			if tok.IsWord() {
				stems[i] = tokenize.Stem(tok.Norm)
			}
		}
		var sc predScratch
		p.extract(&sc, toks, stems, nil, nil)
		return sc.steps
	}
	for _, unit := range []string{
		"urged them not to ban Huawei and to keep ZTE out ",
		"ban , , , , ",
		"the risk is not manageable and letting them in would be reckless ",
		"not not urge oppose call for ban use Huawei ",
	} {
		n1, n2 := steps(strings.Repeat(unit, 200)), steps(strings.Repeat(unit, 400))
		if n1 == 0 {
			t.Errorf("%q: no steps", unit)
		}
		if n2 > 2*n1+n1/10 {
			t.Errorf("%q: %d steps for 200 repeats, %d for 400", unit, n1, n2)
		}
		if per := n2 / 400; per > 20*PredicateWindow {
			t.Errorf("%q: %d steps per repeat", unit, per)
		}
	}
}
