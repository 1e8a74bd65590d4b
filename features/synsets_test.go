package features

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/tokenize"
)

// TestSynsetsGolden checks entries of the embedded table against
// testdata/synsets_golden.tsv.
func TestSynsetsGolden(t *testing.T) {
	tb, err := DefaultSynsets()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/synsets_golden.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		form, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("synsets_golden.tsv: no tab in %q", line)
		}
		if got := strings.Join(tb.Senses(form), " | "); got != want {
			t.Errorf("%s: %q, want %q", form, got, want)
		}
		n++
	}
	if n < 36 {
		t.Fatalf("%d golden entries, want a few dozen", n)
	}
	if tb.Len() < 100000 {
		t.Errorf("%d forms", tb.Len())
	}
}

// The embedded table is whole and current: its entries hash to the SHA-256
// its header gives, and their count is the header's; the header carries the
// licence notice and the citation.
func TestSynsetsChecksum(t *testing.T) {
	text, err := DefaultSynsetsData()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, SynsetsHeader+"\n") {
		t.Fatalf("table starts %q", text[:40])
	}
	head, body, ok := strings.Cut(text, "\n# sha256: ")
	if !ok {
		t.Fatal("no sha256 line")
	}
	sum, body, _ := strings.Cut(body, "\n")
	got := sha256.Sum256([]byte(body))
	if hex.EncodeToString(got[:]) != sum {
		t.Errorf("entries hash to %x, header says %s", got, sum)
	}
	n := strings.Count(body, "\n")
	if !strings.Contains(head, "\n# entries: "+itoa(n)) {
		t.Errorf("%d entries, header says otherwise", n)
	}
	for _, want := range []string{"WordNet 3.0 Copyright 2006 by Princeton University", "Miller (1995)", "Fellbaum (1998", "Permission to use, copy, modify and distribute"} {
		if !strings.Contains(head, want) {
			t.Errorf("header lacks %q", want)
		}
	}
	tb, err := ReadSynsets(strings.NewReader(text), "again")
	if err != nil || tb.Len() != n {
		t.Errorf("reads back %v forms of %d: %v", tb, n, err)
	}
}

func itoa(n int) string {
	var b []byte
	for n >= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(append([]byte{byte('0' + n)}, b...))
}

// A malformed line is a ParseError naming the file and the line.
func TestSynsetsParseErrors(t *testing.T) {
	for name, c := range map[string]struct {
		src  string
		line int
	}{
		"no version":   {"ban\tban.v.01\n", 1},
		"other kind":   {"# stancekit-data cues v1\nban\tban.v.01\n", 1},
		"no senses":    {SynsetsHeader + "\n# c\nban\n", 3},
		"bad name":     {SynsetsHeader + "\nban\tban.v.01\nbar\tbar\n", 3},
		"bad pos":      {SynsetsHeader + "\nban\tban.x.01\n", 2},
		"bad hypernym": {SynsetsHeader + "\nban\tban.v.01>forbid\n", 2},
		"three senses": {SynsetsHeader + "\nban\tban.v.01 ban.v.02 ban.v.03\n", 2},
		"repeated":     {SynsetsHeader + "\nban\tban.v.01\nban\tban.n.01\n", 3},
		"two hypers":   {SynsetsHeader + "\nban\tban.v.01>a.v.01\nbans\tban.v.01>b.v.01\n", 3},
		"bad lemma":    {SynsetsHeader + "\nbans\t:ban.v.01\n", 2},
		"own lemma":    {SynsetsHeader + "\nban\tban:ban.v.01\n", 2},
		"empty group":  {SynsetsHeader + "\nban\t\n", 2},
		"no entries":   {SynsetsHeader + "\n# nothing\n", 0},
	} {
		_, err := ReadSynsets(strings.NewReader(c.src), "mine.tsv")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "mine.tsv" || pe.Line != c.line {
			t.Errorf("%s: %v, want a ParseError on mine.tsv:%d", name, err, c.line)
		}
	}
	tb, err := ReadSynsets(strings.NewReader(SynsetsHeader+"\nbans\tban:ban.v.01>forbid.v.01 ban.v.02\tprohibition.n.02\n"), "ok")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(tb.Senses("bans"), " | "); got != "ban.v.01>forbid.v.01 | ban.v.02 | prohibition.n.02" {
		t.Errorf("senses %q", got)
	}
}

// synsetFeatures returns the synset block's features of text, in index order.
func synsetFeatures(t *testing.T, cfg Config, fit []string, text string) []string {
	t.Helper()
	v, err := NewVectorizer(cfg, tokenize.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Fit(fit); err != nil {
		t.Fatal(err)
	}
	x, err := v.Transform(text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range x.Idx {
		if n := v.Name(int(i)); isSynsetFeature(n) {
			out = append(out, n)
		}
	}
	return out
}

// The block adds each word's first senses (and hypernyms, second senses
// when asked), marks a negation scope as words are marked, skips stop words,
// and lets an unseen word share a seen word's synset.
func TestSynsetBlock(t *testing.T) {
	cfg := Config{WordNgrams: 1, DropStopWords: true, Sublinear: true, MinDF: 1, Synsets: 0.5}
	fit := []string{"The claims are baseless.", "A ban is not planned.", "They oppose it."}
	if got, want := strings.Join(synsetFeatures(t, cfg, fit, "Such fears are unfounded."), " "), "s:baseless.a.01"; got != want {
		t.Errorf("unseen word: %q, want %q", got, want)
	}
	got := strings.Join(synsetFeatures(t, cfg, fit, "A ban is not planned."), " ")
	if want := "!s:plan.v.01 !s:planned.a.01 s:ban.v.01 s:not.r.01 s:prohibition.n.02"; got != want {
		t.Errorf("negation: %q, want %q", got, want)
	}
	cfg.SynsetHypernyms, cfg.SynsetSenses = true, 2
	got = strings.Join(synsetFeatures(t, cfg, fit, "A ban."), " ")
	if want := "h:decree.n.01 h:forbid.v.01 h:outlaw.v.01 s:ban.v.01 s:ban.v.02 s:prohibition.n.02"; got != want {
		t.Errorf("hypernyms and two senses: %q, want %q", got, want)
	}
	cfg.SynsetPOS = "v"
	got = strings.Join(synsetFeatures(t, cfg, fit, "A ban."), " ")
	if want := "h:forbid.v.01 h:outlaw.v.01 s:ban.v.01 s:ban.v.02"; got != want {
		t.Errorf("verbs only: %q, want %q", got, want)
	}
	cfg.SynsetPOS = "x"
	if _, err := NewVectorizer(cfg, tokenize.New(), nil); err == nil {
		t.Error("SynsetPOS x accepted")
	}
	// Value: a synset feature's TF-IDF is Synsets times a word's of the same
	// document frequency.
	v, err := NewVectorizer(Config{WordNgrams: 1, MinDF: 1, Synsets: 0.5}, tokenize.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Fit([]string{"vendor", "other"}); err != nil {
		t.Fatal(err)
	}
	var w, s float64
	for i, n := range v.Names() {
		switch n {
		case "w:vendor":
			w = v.IDF(i)
		case "s:seller.n.01":
			s = v.IDF(i)
		}
	}
	if w == 0 || s != 0.5*w {
		t.Errorf("IDF of the word %v, of its synset %v", w, s)
	}
}

// A Vectorizer without the block never reads the table: classify's cold
// start does not pay for it. Checked in a fresh process, where nothing else
// has loaded it.
func TestSynsetsLazy(t *testing.T) {
	if os.Getenv("STANCEKIT_SYNSETS_LAZY") == "1" {
		v, err := NewVectorizer(DefaultConfig(), tokenize.New(), mustLexicon(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Fit([]string{"Huawei is a risk.", "Huawei is welcome."}); err != nil {
			t.Fatal(err)
		}
		if _, err := v.Transform("A ban is reckless."); err != nil {
			t.Fatal(err)
		}
		if synsetsLoaded.Load() {
			t.Fatal("the synset table was loaded with the block off")
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestSynsetsLazy$", "-test.count", "1")
	cmd.Env = append(os.Environ(), "STANCEKIT_SYNSETS_LAZY=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

func mustLexicon(t *testing.T) *Lexicon {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestSynonyms(t *testing.T) {
	tb, err := DefaultSynsets()
	if err != nil {
		t.Fatal(err)
	}
	got := tb.Synonyms("unfounded")
	if !contains(got, "baseless") || !contains(got, "groundless") || contains(got, "unfounded") {
		t.Errorf("synonyms of unfounded: %q", got)
	}
	for _, s := range tb.Synonyms("bans") { // through its lemma, never an inflected form
		if strings.HasSuffix(s, "s") && tb.Synonyms(s) == nil {
			t.Errorf("inflected synonym %q", s)
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Any input gives a table or an error, never a panic.
func FuzzReadSynsets(f *testing.F) {
	f.Add(SynsetsHeader + "\nban\tban.v.01>forbid.v.01 ban.v.02\n")
	f.Add(SynsetsHeader + "\nbans\tban:ban.v.01\t.n.01\n")
	f.Add(SynsetsHeader + "\nx\ta.a.0>\n")
	f.Fuzz(func(t *testing.T, src string) {
		tb, err := ReadSynsets(strings.NewReader(src), "fuzz")
		if err == nil {
			tb.EachForm(func(form string) { tb.Senses(form); tb.Synonyms(form) })
		}
	})
}
