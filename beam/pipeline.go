// Package debatebeam is the debate analysis as an Apache Beam pipeline: it
// reads JSON Lines articles, analyses each article, combines the statements
// per actor and period and writes the same statements.jsonl and
// positions.csv as the single-machine program (examples/debate), line for
// line once sorted. Every step calls the debate package, so both paths run
// the same code.
//
//	lines ─ParseFn→ (id, line) ─min per id→ (id, line) ─Reshuffle→
//	      ─AnalyzeFn→ statements ─────────────────────────────→ statements.jsonl
//	                → (actor|period|statement key, record) ─min per key→ one copy
//	                → (actor|period, record) ─CellFn (Cell.Add, Cell.Merge)→ positions
//	                → one writer: debate.SortPositions, debate.WritePositionsCSV
//
// Copies of a statement are reduced to one before the combine, so the
// combiner's accumulators (debate.Cell) never share a statement and merge
// exactly, in any order. A duplicate article id keeps the copy whose line
// sorts first (the single-machine program keeps the first in input order;
// the two agree whenever the copies are equal). Bad lines are counted in
// the metric debate/bad_lines and logged, as -skip-bad does.
//
// It lives in its own module, so that the core module does not depend on
// Beam.
package debatebeam

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files; beamx adds gs:// and the rest
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/debate"
)

func init() {
	register.DoFn3x0[context.Context, string, func(string, string)](&ParseFn{})
	register.Emitter2[string, string]()
	register.DoFn5x1[context.Context, string, string, func(string), func(string, string), error](&AnalyzeFn{})
	register.Emitter1[string]()
	register.Function2x1(minLine)
	register.Function2x2(rekeyToCell)
	register.Combiner3[cellAcc, string, string](&CellFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writePositionsFn{})
	register.Iter1[string]()
	beam.RegisterCoder(reflect.TypeOf(cellAcc{}), encodeCell, decodeCell)
}

// Options are the pipeline's settings.
type Options struct {
	// Input is a file pattern of JSON Lines articles (local, gs://, …).
	Input string
	// Statements and Positions are the output files.
	Statements, Positions string
	// Period is the width of the positions' periods.
	Period debate.Period
	// Actors is an actor registry (the JSON of attribution.LoadRegistry)
	// that extends or replaces the default one; empty for the default.
	Actors string
}

// Build adds the pipeline to s.
func Build(s beam.Scope, o Options) {
	lines := textio.Read(s, o.Input)
	byID := beam.ParDo(s, &ParseFn{}, lines)
	// spread the articles over bundles, so the runner analyses them in parallel
	articles := beam.Reshuffle(s, beam.CombinePerKey(s, minLine, byID))
	stmts, cells := beam.ParDo2(s, &AnalyzeFn{Period: int(o.Period), Actors: o.Actors}, articles)
	textio.Write(s, o.Statements, stmts)
	once := beam.CombinePerKey(s, minLine, cells)
	perCell := beam.ParDo(s, rekeyToCell, once)
	positions := beam.DropKey(s, beam.CombinePerKey(s, &CellFn{Period: int(o.Period), Actors: o.Actors}, perCell))
	beam.ParDo0(s, &writePositionsFn{Filename: o.Positions}, beam.GroupByKey(s, beam.AddFixedKey(s, positions)))
}

// ParseFn checks an input line with debate.ParseArticle and keys it by
// article id. Bad lines are counted and logged; empty lines pass silently.
type ParseFn struct {
	bad beam.Counter
}

// Setup makes the counter.
func (f *ParseFn) Setup() { f.bad = beam.NewCounter("debate", "bad_lines") }

// ProcessElement emits (id, line) for a good line.
func (f *ParseFn) ProcessElement(ctx context.Context, line string, emit func(string, string)) {
	if len(line) == 0 {
		return
	}
	if isBlank(line) {
		return
	}
	if len(line) > debate.MaxArticleBytes {
		f.bad.Inc(ctx, 1)
		log.Warnf(ctx, "debate: line of %d bytes: %v, skipped", len(line), debate.ErrTooLarge)
		return
	}
	a, err := debate.ParseArticle([]byte(line), debate.ReadOptions{})
	if err != nil {
		f.bad.Inc(ctx, 1)
		log.Warnf(ctx, "debate: id %q: %v, skipped", a.ID, err)
		return
	}
	emit(a.ID, line)
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

// minLine keeps the smaller of two lines: one copy per key, the same
// whatever the order.
func minLine(a, b string) string {
	if b < a {
		return b
	}
	return a
}

// analyzers are the analysers of this process, one per registry.
var (
	analyzersMu sync.Mutex
	analyzers   = map[string]*attribution.Analyzer{}
)

// analyzer returns the process's analyser for a registry, built once: the
// embedded stance model, news sentiment, the registry.
func analyzer(actors string) (*attribution.Analyzer, error) {
	analyzersMu.Lock()
	defer analyzersMu.Unlock()
	if a := analyzers[actors]; a != nil {
		return a, nil
	}
	var src io.Reader
	if actors != "" {
		src = stringsReader(actors)
	}
	a, err := debate.NewAnalyzer(src)
	if err != nil {
		return nil, err
	}
	analyzers[actors] = a
	return a, nil
}

// AnalyzeFn analyses one article with debate.Analyze. It emits every
// statement as its statements.jsonl line, and every statement that gives a
// position keyed by actor, period and debate.StatementKey, for the combine.
type AnalyzeFn struct {
	Period int    `json:"period"`
	Actors string `json:"actors"`
	an     *attribution.Analyzer
}

// Setup builds (or finds) the analyser.
func (f *AnalyzeFn) Setup() error {
	a, err := analyzer(f.Actors)
	f.an = a
	return err
}

// ProcessElement analyses the article of one line.
func (f *AnalyzeFn) ProcessElement(ctx context.Context, id, line string, stmts func(string), cells func(string, string)) error {
	art, err := debate.ParseArticle([]byte(line), debate.ReadOptions{})
	if err != nil {
		return fmt.Errorf("article %q: %w", id, err) // ParseFn let it through: cannot happen
	}
	recs, err := debate.Analyze(f.an, art)
	if err != nil {
		return err
	}
	p := debate.Period(f.Period)
	for _, r := range recs {
		b, err := r.MarshalJSON()
		if err != nil {
			return err
		}
		stmts(string(b))
		if r.Position() && r.Actor != "" {
			cells(debate.CellKey(r, p)+"\x00"+strconv.FormatUint(debate.StatementKey(r), 16), string(b))
		}
	}
	return nil
}

// rekeyToCell drops the statement key: (actor|period|statement, record) →
// (actor|period, record).
func rekeyToCell(k, rec string) (string, string) {
	for i := len(k) - 1; i >= 0; i-- {
		if k[i] == 0 {
			return k[:i], rec
		}
	}
	return k, rec
}

// cellAcc is the combiner's accumulator: a debate.Cell, encoded whole
// between stages.
type cellAcc struct{ c *debate.Cell }

func encodeCell(a cellAcc) ([]byte, error) {
	if a.c == nil {
		return []byte("null"), nil
	}
	return a.c.MarshalJSON()
}

func decodeCell(b []byte) (cellAcc, error) {
	c := debate.NewCell("", "")
	if string(b) == "null" {
		return cellAcc{c}, nil
	}
	err := c.UnmarshalJSON(b)
	return cellAcc{c}, err
}

// CellFn combines the records of one actor and period into its position
// with debate.Cell: Add per record, Merge for partial accumulators. The
// analyser of its registry marks the cells of the actors that defend the
// vendors (Cell.Defends), as the single-machine program's Aggregator does.
type CellFn struct {
	Period int    `json:"period"`
	Actors string `json:"actors"`
	an     *attribution.Analyzer
}

// Setup builds (or finds) the analyser.
func (f *CellFn) Setup() error {
	a, err := analyzer(f.Actors)
	f.an = a
	return err
}

// CreateAccumulator returns an empty cell.
func (f *CellFn) CreateAccumulator() cellAcc { return cellAcc{debate.NewCell("", "")} }

// AddInput counts one record.
func (f *CellFn) AddInput(a cellAcc, line string) (cellAcc, error) {
	if a.c == nil {
		a.c = debate.NewCell("", "")
	}
	var r debate.Record
	if err := r.UnmarshalJSON([]byte(line)); err != nil {
		return a, err
	}
	if a.c.Actor == "" {
		a.c.Actor, a.c.Period = r.Actor, debate.Period(f.Period).Of(r.Date)
	}
	if f.an == nil { // a runner that skipped Setup
		if err := f.Setup(); err != nil {
			return a, err
		}
	}
	if !a.c.Defends && f.an.Defends(r.Actor, r.ActorType) {
		a.c.Defends = true
	}
	a.c.Add(r)
	return a, nil
}

// MergeAccumulators merges b into a; the cells are disjoint because copies
// were reduced to one before the combine.
func (f *CellFn) MergeAccumulators(a, b cellAcc) (cellAcc, error) {
	if a.c == nil {
		return b, nil
	}
	if b.c == nil {
		return a, nil
	}
	err := a.c.Merge(b.c)
	return a, err
}

// ExtractOutput returns the position as JSON.
func (f *CellFn) ExtractOutput(a cellAcc) (string, error) {
	if a.c == nil {
		return "", nil
	}
	b, err := json.Marshal(a.c.Position())
	return string(b), err
}

// writePositionsFn writes every position to one CSV file, sorted, with
// debate.WritePositionsCSV.
type writePositionsFn struct {
	Filename string `json:"filename"`
}

func (w *writePositionsFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool) error {
	var ps []debate.Position
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		var p debate.Position
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return err
		}
		if p.Statements > 0 {
			ps = append(ps, p)
		}
	}
	debate.SortPositions(ps)
	fs, err := filesystem.New(ctx, w.Filename)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, w.Filename)
	if err != nil {
		return err
	}
	if err := debate.WritePositionsCSV(fd, ps); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}
