package debate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

var (
	anOnce sync.Once
	an     *attribution.Analyzer
	anErr  error
)

// analyzer is the default analyser with sentiment, built once.
func analyzer(t testing.TB) *attribution.Analyzer {
	anOnce.Do(func() {
		m, err := stance.Default()
		if err != nil {
			anErr = err
			return
		}
		sa, err := sentiment.New()
		if err != nil {
			anErr = err
			return
		}
		an, anErr = attribution.New(m, nil, attribution.WithSentiment(sa))
	})
	if anErr != nil {
		t.Fatal(anErr)
	}
	return an
}

const corpusFile = "../examples/debate/testdata/corpus.jsonl"

func corpus(t testing.TB) []byte {
	b, err := os.ReadFile(corpusFile)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var fixedNow = func() time.Time { return time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC) }

// runAll analyses a JSON Lines input and returns every record in order.
func runAll(t testing.TB, in []byte) []Record {
	t.Helper()
	var recs []Record
	p := Pipeline{Analyzer: analyzer(t), Workers: 2}
	err := p.Run(NewJSONL(bytes.NewReader(in), ReadOptions{Now: fixedNow}), func(a Analysis) error {
		recs = append(recs, a.Records...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestCorpusRecords(t *testing.T) {
	in := corpus(t)
	texts := map[string]string{}
	src := NewJSONL(bytes.NewReader(in), ReadOptions{Now: fixedNow})
	for {
		a, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		texts[a.ID] = a.Text
	}
	if len(texts) != 5 {
		t.Fatalf("%d articles, want 5", len(texts))
	}
	recs := runAll(t, in)
	if len(recs) < 50 {
		t.Fatalf("only %d statements from the corpus", len(recs))
	}
	for _, r := range recs {
		text := texts[r.ArticleID]
		if r.Start < 0 || r.End > len(text) || r.Start >= r.End || text[r.Start:r.End] != r.Text {
			t.Fatalf("record %s %d:%d does not point at its text", r.ArticleID, r.Start, r.End)
		}
		if r.Actor == "" || r.Date == "" {
			t.Fatalf("record without actor or date: %+v", r)
		}
	}
	g := NewAggregator(Month)
	for _, r := range recs {
		g.Add(r)
	}
	ps := g.Positions()
	found := false
	for _, p := range ps {
		if p.Actor == "Huawei" && p.Period == "2019-03" {
			found = true
			if p.Label != stance.Supportive {
				t.Errorf("Huawei in March 2019 is %s, want supportive", p.Label)
			}
			if len(p.Evidence) == 0 || p.Evidence[0].ArticleID == "" {
				t.Errorf("Huawei's position has no evidence")
			}
		}
	}
	if !found {
		t.Fatalf("no position for Huawei in 2019-03: %v", ps)
	}
}

func TestJSONLBadInputIsNamedAndSkippable(t *testing.T) {
	big := strings.Repeat("x", 300)
	in := strings.Join([]string{
		`{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}`,
		``,
		`{"id":"b","date":"2019-03-01","text":`,
		`{"id":"c","text":"no date here"}`,
		`{"id":"d","date":"March 2019","text":"x"}`,
		`{"id":"e","date":"2031-01-01","text":"x"}`,
		`{"id":"a","date":"2019-03-02","text":"again"}`,
		`{"id":"f","date":"2019-03-01","text":"` + big + `"}`,
		`{"date":"2019-03-01","text":"x"}`,
		`{"id":"g","date":"2019-03","text":"  "}`,
		`[1,2]`,
		`{"id":7,"date":"2019-04","text":"Seven.","lang":"en"}`,
	}, "\n")
	src := NewJSONL(strings.NewReader(in), ReadOptions{Now: fixedNow, MaxBytes: 200})
	want := []struct {
		line int
		err  error
	}{{3, ErrMalformed}, {4, ErrUndated}, {5, ErrBadDate}, {6, ErrFuture}, {7, ErrDuplicate},
		{8, ErrTooLarge}, {9, ErrNoID}, {10, ErrNoText}, {11, ErrMalformed}}
	var got []Article
	var bad []*InputError
	for {
		a, err := src.Next()
		if err == io.EOF {
			break
		}
		var ie *InputError
		if errors.As(err, &ie) {
			bad = append(bad, ie)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a)
	}
	if len(got) != 2 || got[0].ID != "a" || got[1].ID != "7" || string(got[1].Fields["lang"]) != `"en"` {
		t.Fatalf("articles %+v", got)
	}
	if len(bad) != len(want) {
		t.Fatalf("bad lines %v, want %d", bad, len(want))
	}
	for i, w := range want {
		if bad[i].Line != w.line || !errors.Is(bad[i], w.err) {
			t.Errorf("bad[%d] = %v, want line %d: %v", i, bad[i], w.line, w.err)
		}
	}
	if src.EmptyLines() != 1 {
		t.Errorf("empty lines %d, want 1", src.EmptyLines())
	}
}

func TestDirSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2019-03-22-eu.txt", []byte("EU drops ban threat\n\nThe Commission will not call for a ban."))
	write("reuters-2019-03-12-x.txt", []byte("Title\nHuawei said it opposes a ban."))
	write("notes.txt", []byte("undated"))
	write("2019-02-01-blob.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 1})
	write("2019-02-02-chart.png", []byte{0x89, 'P', 'N', 'G'})
	write("2099-01-01-future.txt", []byte("x"))
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	d, err := NewDir(dir, ReadOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var ok []Article
	bad := map[string]error{}
	for {
		a, err := d.Next()
		if err == io.EOF {
			break
		}
		var ie *InputError
		if errors.As(err, &ie) {
			bad[filepath.Base(ie.File)] = ie
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		ok = append(ok, a)
	}
	if len(ok) != 2 || ok[0].ID != "2019-03-22-eu" || ok[0].Date != "2019-03-22" || ok[0].Title != "EU drops ban threat" ||
		ok[1].Source != "reuters" || ok[1].Date != "2019-03-12" {
		t.Fatalf("articles %+v", ok)
	}
	for name, want := range map[string]error{"notes.txt": ErrUndated, "2019-02-01-blob.txt": ErrBinary,
		"2019-02-02-chart.png": ErrNotText, "2099-01-01-future.txt": ErrFuture} {
		if !errors.Is(bad[name], want) {
			t.Errorf("%s: %v, want %v", name, bad[name], want)
		}
	}
}

func TestPipelineSkipsAndStops(t *testing.T) {
	in := `{"id":"a","date":"2019-03-01","text":"Huawei said it opposes a ban."}
not json
{"id":"b","date":"2019-03-01","text":"Germany said it would not ban Huawei."}
`
	var bad []error
	var ids []string
	p := Pipeline{Analyzer: analyzer(t), OnBad: func(err error) error { bad = append(bad, err); return nil }}
	err := p.Run(NewJSONL(strings.NewReader(in), ReadOptions{}), func(a Analysis) error {
		ids = append(ids, a.Article.ID)
		return nil
	})
	if err != nil || len(bad) != 1 || fmt.Sprint(ids) != "[a b]" {
		t.Fatalf("err %v, bad %v, ids %v", err, bad, ids)
	}
	p.OnBad = nil
	err = p.Run(NewJSONL(strings.NewReader(in), ReadOptions{}), func(Analysis) error { return nil })
	var ie *InputError
	if !errors.As(err, &ie) || ie.Line != 2 {
		t.Fatalf("without OnBad: %v", err)
	}
	stop := errors.New("stop")
	n := 0
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, `{"id":"x%d","date":"2019-03-01","text":"Huawei said it opposes a ban."}`+"\n", i)
	}
	err = p.Run(NewJSONL(strings.NewReader(sb.String()), ReadOptions{}), func(Analysis) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("emit error: %v after %d", err, n)
	}
}

func TestRecordJSONRoundTrip(t *testing.T) {
	for _, r := range runAll(t, corpus(t)) {
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var back Record
		if err := back.UnmarshalJSON(b); err != nil {
			t.Fatal(err)
		}
		b2, _ := back.MarshalJSON()
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed\n%s\n%s", b, b2)
		}
	}
}

// positionsCSV aggregates records and returns positions.csv.
func positionsCSV(t testing.TB, recs []Record, p Period) string {
	g := NewAggregator(p)
	for _, r := range recs {
		g.Add(r)
	}
	var b bytes.Buffer
	if err := WritePositionsCSV(&b, g.Positions()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestAggregationIgnoresOrderAndSplits(t *testing.T) {
	recs := runAll(t, corpus(t))
	for _, p := range []Period{Month, Quarter, Year} {
		want := positionsCSV(t, recs, p)
		rng := rand.New(rand.NewPCG(1, uint64(p)))
		for range 5 {
			sh := append([]Record(nil), recs...)
			rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
			if got := positionsCSV(t, sh, p); got != want {
				t.Fatalf("%s: shuffled input changed positions:\n%s\nwant\n%s", p, got, want)
			}
			// split each cell in two by statement (copies of one statement
			// in one half, as after the beam module's dedup), then merged
			cells := map[string][2]*Cell{}
			for _, r := range sh {
				k := CellKey(r, p)
				pair := cells[k]
				if pair[0] == nil {
					pair = [2]*Cell{NewCell(r.Actor, p.Of(r.Date)), NewCell(r.Actor, p.Of(r.Date))}
					cells[k] = pair
				}
				pair[StatementKey(r)%2].Add(r)
			}
			var ps []Position
			for _, pair := range cells {
				if err := pair[1].Merge(pair[0]); err != nil {
					t.Fatal(err)
				}
				if pos := pair[1].Position(); pos.Statements > 0 {
					ps = append(ps, pos)
				}
			}
			SortPositions(ps)
			var b bytes.Buffer
			if err := WritePositionsCSV(&b, ps); err != nil {
				t.Fatal(err)
			}
			if b.String() != want {
				t.Fatalf("%s: merged halves differ:\n%s\nwant\n%s", p, b.String(), want)
			}
		}
	}
}

func TestSyndicatedCopiesCountOnce(t *testing.T) {
	in := corpus(t)
	once := positionsCSV(t, runAll(t, in), Month)
	// the same five articles again under other ids, as syndicated copies
	copies := bytes.ReplaceAll(in, []byte(`{"id": "`), []byte(`{"id": "copy-`))
	twice := positionsCSV(t, runAll(t, append(append([]byte{}, in...), copies...)), Month)
	if once != twice {
		t.Fatalf("copies changed the counts:\n%s\nwant\n%s", twice, once)
	}
}

func TestOffTargetGivesNoPosition(t *testing.T) {
	r := Record{ArticleID: "a", Date: "2019-03-01", Actor: "X", Text: "t", Label: stance.OffTarget, Weight: 1,
		Probs: stance.Probs{{Label: stance.OffTarget, P: 0.9}, {Label: stance.Opposed, P: 0.1}}}
	g := NewAggregator(Month)
	if g.Add(r) {
		t.Fatal("an off-target statement was counted")
	}
	r2 := r
	r2.Text, r2.Label = "u", stance.Opposed
	r2.Probs = stance.Probs{{Label: stance.OffTarget, P: 0.2}, {Label: stance.Opposed, P: 0.8}}
	g.Add(r2)
	ps := g.Positions()
	if len(ps) != 1 || ps[0].Statements != 1 || ps[0].Label != stance.Opposed || ps[0].Confidence != 1 {
		t.Fatalf("positions %+v", ps)
	}
}

func TestPeriods(t *testing.T) {
	for _, c := range []struct {
		p          Period
		date, want string
	}{{Month, "2019-03-22", "2019-03"}, {Quarter, "2019-03-22", "2019-Q1"}, {Quarter, "2019-10", "2019-Q4"},
		{Year, "2019-10", "2019"}} {
		if got := c.p.Of(c.date); got != c.want {
			t.Errorf("%s.Of(%s) = %s, want %s", c.p, c.date, got, c.want)
		}
	}
	if _, err := ParsePeriod("week"); err == nil {
		t.Error("week parsed")
	}
}

func TestNetwork(t *testing.T) {
	ps := []Position{
		{Actor: "A", Period: "2019-03", Statements: 2, Label: stance.Opposed, Counts: map[stance.Label]int{stance.Opposed: 2}},
		{Actor: "B", Period: "2019-03", Statements: 1, Label: stance.Opposed, Counts: map[stance.Label]int{stance.Opposed: 1}},
		{Actor: "C", Period: "2019-03", Statements: 1, Label: stance.Supportive, Counts: map[stance.Label]int{stance.Supportive: 1}},
		{Actor: "A", Period: "2019-04", Statements: 1, Label: stance.Cautious, Counts: map[stance.Label]int{stance.Cautious: 1}},
		{Actor: "B", Period: "2019-04", Statements: 1, Label: stance.Cautious, Counts: map[stance.Label]int{stance.Cautious: 1}},
	}
	n := BuildNetwork(ps)
	if len(n.Nodes) != 3 || n.Nodes[0].Actor != "A" || n.Nodes[0].Statements != 3 {
		t.Fatalf("nodes %+v", n.Nodes)
	}
	want := "[{A B 2 0} {A C 0 1} {B C 0 1}]"
	if got := fmt.Sprint(n.Edges); got != want {
		t.Fatalf("edges %s, want %s", got, want)
	}
	var b bytes.Buffer
	if err := n.WriteGraphML(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<edge id="e0" source="A" target="B">`) {
		t.Fatalf("graphml:\n%s", b.String())
	}
}

func TestCellJSONRoundTrip(t *testing.T) {
	recs := runAll(t, corpus(t))
	c := NewCell("", "")
	for _, r := range recs {
		if r.Actor == "Huawei" {
			c.Actor, c.Period = r.Actor, Month.Of(r.Date)
			c.Add(r)
		}
	}
	b, err := c.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Cell
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalJSON()
	if !bytes.Equal(b, b2) || fmt.Sprint(back.Position()) != fmt.Sprint(c.Position()) {
		t.Fatalf("round trip changed the cell:\n%s\n%s", b, b2)
	}
}

func TestRecordJSONIsValidAndReadsBack(t *testing.T) {
	r := Record{ArticleID: "a\"1", Date: "2019-03", Text: "“quote” \\ \x01\t\n\u2028 <b>&\xff end", Start: 1, End: 9,
		Label: stance.Opposed, Confidence: 0.12345, Probs: stance.Probs{{Label: stance.Opposed, P: 0.5}, {Label: stance.Supportive, P: 0.25}},
		Weight: 0.9, Sentiment: &attribution.Sentiment{Compound: -0.3, Label: sentiment.Negative},
		Fields: map[string]json.RawMessage{"z": json.RawMessage(`1`), "a": json.RawMessage(`"x"`)}}
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b) {
		t.Fatalf("invalid JSON: %s", b)
	}
	var std map[string]any
	json.Unmarshal(b, &std)
	if std["text"] != strings.ToValidUTF8(r.Text, "\uFFFD") || std["confidence"] != 0.1235 {
		t.Fatalf("read back %q, %v", std["text"], std["confidence"])
	}
	var back Record
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalJSON()
	if !bytes.Equal(b, b2) || back.Probs[1].Label != stance.Supportive {
		t.Fatalf("round trip:\n%s\n%s", b, b2)
	}
}
