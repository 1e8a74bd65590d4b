package debate

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/stance"
)

// Period is the width of the time buckets positions are given for.
type Period int

// The periods.
const (
	Month Period = iota
	Quarter
	Year
)

// ParsePeriod reads "month", "quarter" or "year".
func ParsePeriod(s string) (Period, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "month":
		return Month, nil
	case "quarter":
		return Quarter, nil
	case "year":
		return Year, nil
	}
	return 0, fmt.Errorf("debate: unknown period %q (want month, quarter or year)", s)
}

func (p Period) String() string {
	switch p {
	case Quarter:
		return "quarter"
	case Year:
		return "year"
	}
	return "month"
}

// Of returns the period a date ("YYYY-MM-DD" or "YYYY-MM") falls in:
// "2019-03" for a month, "2019-Q1" for a quarter, "2019" for a year. Periods
// of one width sort in time order as strings.
func (p Period) Of(date string) string {
	if len(date) < 7 {
		return date
	}
	switch p {
	case Year:
		return date[:4]
	case Quarter:
		m, _ := strconv.Atoi(date[5:7])
		return fmt.Sprintf("%s-Q%d", date[:4], (m+2)/3)
	}
	return date[:7]
}

// MaxEvidence is how many statements a Position keeps as evidence.
const MaxEvidence = 5

// Evidence is a statement that backs a position.
type Evidence struct {
	ArticleID  string       `json:"article_id"`
	Date       string       `json:"date"`
	URL        string       `json:"url"`
	Speaker    string       `json:"speaker"`
	Text       string       `json:"text"`
	Start      int          `json:"start"`
	End        int          `json:"end"`
	Label      stance.Label `json:"label"`
	Confidence float64      `json:"confidence"`
	score      int64        // weight × confidence, fixed point
	key        uint64       // the statement's text hash
}

// Position is an actor's position in one period.
type Position struct {
	Actor     string `json:"actor"`
	ActorType string `json:"actor_type"`
	Period    string `json:"period"`
	// Counts is the number of statements per label (each counted once,
	// however many copies of it were published).
	Counts map[stance.Label]int `json:"counts"`
	// Statements is the number of statements counted: the sum of Counts.
	Statements int `json:"statements"`
	// Label is the position and Confidence its weighted probability.
	Label      stance.Label `json:"label"`
	Confidence float64      `json:"confidence"`
	// Evidence are the strongest statements, at most MaxEvidence.
	Evidence []Evidence `json:"evidence"`
}

// fixed-point scale of weights and probabilities (Records carry 4 decimals)
const scale = 1e4

func fixed(f float64) int64 { return int64(math.Round(f * scale)) }

// keyFold is what StatementKey hashes for a byte: an ASCII character
// folded (lower case, the backquote as an apostrophe), keySpace for ASCII
// white space, keyMulti for a byte that begins or continues a character
// beyond ASCII (decoded and folded one by one), 0 for NUL (hashed as is,
// through the decoding path).
var keyFold = func() (t [256]byte) {
	for c := 1; c < utf8.RuneSelf; c++ {
		f := byte(c)
		switch {
		case 'A' <= c && c <= 'Z':
			f += 'a' - 'A'
		case c == '`':
			f = '\''
		}
		t[c] = f
	}
	for _, c := range "\t\n\v\f\r " {
		t[c] = keySpace
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = keyMulti
	}
	return t
}()

// The marks of keyFold beyond the folded characters: bytes no ASCII
// character folds to.
const (
	keySpace = 0x80
	keyMulti = 0x81
)

// StatementKey is the hash under which copies of one statement are counted
// once: FNV-1a of its text, with case, quote marks, dashes and white space
// folded, and of its label, weight and probabilities. Syndicated copies of a
// quote have equal keys; two statements that read alike but were labelled
// differently do not, so which copy is counted never matters. The key is
// the same in every process.
func StatementKey(r Record) uint64 {
	// FNV-1a, 64 bits, byte by byte as hash/fnv computes it, written out
	// so that a statement's text costs no call per character
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	var buf [utf8.UTFMax]byte
	space := false
	text := r.Text
	for i := 0; i < len(text); {
		if f := keyFold[text[i]]; f != 0 {
			// ASCII, folded by the table: a byte, a space, or not ASCII
			if f == keySpace {
				space = true
				i++
				continue
			}
			if f != keyMulti {
				if space {
					h = (h ^ ' ') * prime
					space = false
				}
				h = (h ^ uint64(f)) * prime
				i++
				continue
			}
		}
		c, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch c {
		case '‘', '’', '‛', '′', '´':
			c = '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			c = '"'
		case '–', '—', '‒', '―', '−':
			c = '-'
		}
		if unicode.IsSpace(c) {
			space = true
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		n := utf8.EncodeRune(buf[:], unicode.ToLower(c))
		for _, b := range buf[:n] {
			h = (h ^ uint64(b)) * prime
		}
	}
	var tail [64]byte
	t := append(tail[:0], 0)
	t = append(t, r.Label...)
	t = append(t, 0)
	t = strconv.AppendInt(t, fixed(r.Weight), 10)
	for _, b := range t {
		h = (h ^ uint64(b)) * prime
	}
	for _, lp := range r.Probs {
		t = append(tail[:0], 0)
		t = append(t, lp.Label...)
		t = append(t, '=')
		t = strconv.AppendInt(t, fixed(lp.P), 10)
		for _, b := range t {
			h = (h ^ uint64(b)) * prime
		}
	}
	return h
}

// Cell accumulates one actor's statements in one period. Add and Merge give
// the same Cell in any order (integer sums, set union, a total order on
// evidence), so Cells can be built in parts and merged, as a distributed
// combiner does. The zero value is not ready; use NewCell.
type Cell struct {
	Actor, ActorType, Period string
	// Defends is set for an actor that defends the vendors the question
	// is about (attribution.Analyzer.Defends: Huawei, ZTE, the Chinese
	// government): Position counts its statements' opposed share as
	// supportive, as attribution's per-article aggregation does. The
	// statements' own labels (Counts, Evidence) stay as classified.
	Defends  bool
	seen     map[uint64]struct{}
	counts   map[stance.Label]int
	sums     map[stance.Label]int64 // Σ weight × probability, 1e-8 units
	total    int64                  // Σ weight × Σ stance probabilities
	evidence []Evidence
}

// NewCell returns an empty Cell for an actor and period.
func NewCell(actor, period string) *Cell {
	return &Cell{Actor: actor, Period: period, seen: map[uint64]struct{}{},
		counts: map[stance.Label]int{}, sums: map[stance.Label]int64{}}
}

// CellKey is the key Records are grouped by: actor and period.
func CellKey(r Record, p Period) string { return r.Actor + "\x00" + p.Of(r.Date) }

// Add counts a record. It reports false, and changes only the choice of
// evidence, when the record gives no position (Record.Position) or repeats
// a statement already counted.
func (c *Cell) Add(r Record) bool {
	if !r.Position() {
		return false
	}
	if c.ActorType == "" || (r.ActorType != "" && r.ActorType < c.ActorType) {
		c.ActorType = strings.Clone(r.ActorType)
	}
	k := StatementKey(r)
	w := fixed(r.Weight)
	ev := Evidence{ArticleID: r.ArticleID, Date: r.Date, URL: r.URL, Speaker: r.Speaker, Text: r.Text,
		Start: r.Start, End: r.End, Label: r.Label, Confidence: r.Confidence,
		score: w * fixed(r.Confidence), key: k}
	c.offer(ev)
	if _, dup := c.seen[k]; dup {
		return false
	}
	c.seen[k] = struct{}{}
	c.counts[r.Label]++
	var on int64
	for _, lp := range r.Probs {
		if lp.Label == stance.OffTarget {
			continue
		}
		p := fixed(lp.P)
		c.sums[lp.Label] += w * p
		on += p
	}
	c.total += w * on
	return true
}

// ErrOverlap is returned by Cell.Merge for cells that counted the same
// statement.
var ErrOverlap = errors.New("debate: merged cells share a statement")

// Merge adds o's statements to c. o must be for the same actor and period
// and must not have counted a statement c counted (deduplicate by
// StatementKey first, as the beam module does); otherwise Merge returns
// ErrOverlap and leaves c unchanged.
func (c *Cell) Merge(o *Cell) error {
	if c.Actor == "" && c.Period == "" {
		c.Actor, c.Period = o.Actor, o.Period
	}
	for k := range o.seen {
		if _, dup := c.seen[k]; dup {
			return fmt.Errorf("%w (%s, %s)", ErrOverlap, c.Actor, c.Period)
		}
	}
	if c.ActorType == "" || (o.ActorType != "" && o.ActorType < c.ActorType) {
		c.ActorType = o.ActorType
	}
	c.Defends = c.Defends || o.Defends
	for k := range o.seen {
		c.seen[k] = struct{}{}
	}
	for l, n := range o.counts {
		c.counts[l] += n
	}
	for l, s := range o.sums {
		c.sums[l] += s
	}
	c.total += o.total
	for _, e := range o.evidence {
		c.offer(e)
	}
	return nil
}

// less orders evidence: the strongest first, then by text hash, article and
// offset, a total order.
func (e Evidence) less(f Evidence) bool {
	if e.score != f.score {
		return e.score > f.score
	}
	if e.key != f.key {
		return e.key < f.key
	}
	if e.ArticleID != f.ArticleID {
		return e.ArticleID < f.ArticleID
	}
	return e.Start < f.Start
}

// detached copies the strings of e: a statement's text and speaker are
// slices of its article, and evidence kept for the whole run must not pin
// whole articles in memory.
func (e Evidence) detached() Evidence {
	e.ArticleID, e.Date, e.URL = strings.Clone(e.ArticleID), strings.Clone(e.Date), strings.Clone(e.URL)
	e.Speaker, e.Text = strings.Clone(e.Speaker), strings.Clone(e.Text)
	return e
}

// offer keeps the MaxEvidence strongest statements, one copy of each (the
// one from the smallest article id).
func (c *Cell) offer(e Evidence) {
	for i, x := range c.evidence {
		if x.key == e.key {
			if e.less(x) {
				c.evidence[i] = e.detached()
				sort.Slice(c.evidence, func(a, b int) bool { return c.evidence[a].less(c.evidence[b]) })
			}
			return
		}
	}
	if len(c.evidence) == MaxEvidence && !e.less(c.evidence[MaxEvidence-1]) {
		return
	}
	e = e.detached()
	c.evidence = append(c.evidence, e)
	sort.Slice(c.evidence, func(a, b int) bool { return c.evidence[a].less(c.evidence[b]) })
	if len(c.evidence) > MaxEvidence {
		c.evidence = c.evidence[:MaxEvidence]
	}
}

// argmax returns the label with the largest value in m, ties going to the
// label stance.CompareLabels puts first, and its value; "" and -1 for an
// empty m.
func argmax[N int | int64](m map[stance.Label]N) (stance.Label, N) {
	ls := make([]stance.Label, 0, len(m))
	for l := range m {
		ls = append(ls, l)
	}
	var best stance.Label
	var n N = -1
	slices.SortFunc(ls, stance.CompareLabels)
	for _, l := range ls {
		if m[l] > n {
			best, n = l, m[l]
		}
	}
	return best, n
}

// Position returns the cell's position.
func (c *Cell) Position() Position {
	p := Position{Actor: c.Actor, ActorType: c.ActorType, Period: c.Period, Counts: map[stance.Label]int{}}
	for l, n := range c.counts {
		p.Counts[l] = n
		p.Statements += n
	}
	sums := c.sums
	if c.Defends {
		sums = defended(c.sums)
	}
	var best int64
	p.Label, best = argmax(sums)
	if c.total > 0 && best >= 0 {
		p.Confidence = jsonnum.Round(float64(best) / float64(c.total))
	} else if p.Statements > 0 {
		// no weight at all: the most frequent label, with no confidence
		p.Label, _ = argmax(c.counts)
	}
	p.Evidence = append([]Evidence(nil), c.evidence...)
	return p
}

// defended is sums with the opposed share moved to supportive: what a
// vendor, or its home government, says of the case against it is its
// defence (attribution's defending_vendors and defending_states).
func defended(sums map[stance.Label]int64) map[stance.Label]int64 {
	opp, ok := sums[stance.Opposed]
	if !ok {
		return sums
	}
	out := make(map[stance.Label]int64, len(sums))
	for l, v := range sums {
		out[l] = v
	}
	out[stance.Supportive] += opp
	out[stance.Opposed] = 0
	return out
}

// Aggregator builds the positions of every actor and period from records.
type Aggregator struct {
	// Defends reports whether an actor (its name and type) defends the
	// vendors the question is about; the cells of such actors are marked
	// Cell.Defends. Set it to the analyser's Defends method for positions
	// that agree with attribution's per-article ones; nil: no actor
	// defends.
	Defends func(actor, actorType string) bool
	period  Period
	cells   map[cellKey]*Cell
}

// cellKey is CellKey as a map key that needs no string built per record.
type cellKey struct{ actor, period string }

// NewAggregator returns an empty Aggregator for periods of width p.
func NewAggregator(p Period) *Aggregator {
	return &Aggregator{period: p, cells: map[cellKey]*Cell{}}
}

// Add counts a record (see Cell.Add).
func (g *Aggregator) Add(r Record) bool {
	if r.Actor == "" {
		return false
	}
	k := cellKey{r.Actor, g.period.Of(r.Date)}
	c := g.cells[k]
	if c == nil {
		c = NewCell(strings.Clone(r.Actor), strings.Clone(k.period))
		g.cells[cellKey{c.Actor, c.Period}] = c
	}
	if !c.Defends && g.Defends != nil && g.Defends(r.Actor, r.ActorType) {
		c.Defends = true
	}
	return c.Add(r)
}

// Positions returns every position with at least one statement, sorted by
// actor and period.
func (g *Aggregator) Positions() []Position {
	out := make([]Position, 0, len(g.cells))
	for _, c := range g.cells {
		if p := c.Position(); p.Statements > 0 {
			out = append(out, p)
		}
	}
	SortPositions(out)
	return out
}

// SortPositions sorts positions by actor, then period.
func SortPositions(ps []Position) {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Actor != ps[j].Actor {
			return ps[i].Actor < ps[j].Actor
		}
		return ps[i].Period < ps[j].Period
	})
}

// PositionsHeader is positions.csv's header.
var PositionsHeader = []string{"actor", "actor_type", "period", "supportive", "cautious", "opposed", "statements", "label", "confidence"}

// WritePositionsCSV writes positions.csv: PositionsHeader, then one row a
// position, in the order given. Statements of labels other than the three
// stance classes count in "statements" only.
func WritePositionsCSV(w io.Writer, ps []Position) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(PositionsHeader); err != nil {
		return err
	}
	for _, p := range ps {
		row := []string{p.Actor, p.ActorType, p.Period,
			strconv.Itoa(p.Counts[stance.Supportive]), strconv.Itoa(p.Counts[stance.Cautious]), strconv.Itoa(p.Counts[stance.Opposed]),
			strconv.Itoa(p.Statements), string(p.Label), strconv.FormatFloat(p.Confidence, 'f', 4, 64)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cellState is a Cell's JSON form: everything, so that a Cell can be sent
// between processes (a distributed combiner's accumulator) and go on.
type cellState struct {
	Actor     string                 `json:"actor"`
	ActorType string                 `json:"actor_type"`
	Period    string                 `json:"period"`
	Seen      []uint64               `json:"seen"`
	Counts    map[stance.Label]int   `json:"counts"`
	Sums      map[stance.Label]int64 `json:"sums"`
	Total     int64                  `json:"total"`
	Evidence  []evidenceState        `json:"evidence"`
	Defends   bool                   `json:"defends,omitempty"`
}

type evidenceState struct {
	Evidence
	Score int64  `json:"score"`
	Key   uint64 `json:"key"`
}

// MarshalJSON writes the whole state of the cell, sorted, so equal cells
// give equal bytes.
func (c *Cell) MarshalJSON() ([]byte, error) {
	st := cellState{Actor: c.Actor, ActorType: c.ActorType, Period: c.Period, Counts: c.counts, Sums: c.sums, Total: c.total,
		Defends: c.Defends, Seen: make([]uint64, 0, len(c.seen))}
	for k := range c.seen {
		st.Seen = append(st.Seen, k)
	}
	sort.Slice(st.Seen, func(i, j int) bool { return st.Seen[i] < st.Seen[j] })
	for _, e := range c.evidence {
		st.Evidence = append(st.Evidence, evidenceState{Evidence: e, Score: e.score, Key: e.key})
	}
	return json.Marshal(st)
}

// UnmarshalJSON reads what MarshalJSON wrote.
func (c *Cell) UnmarshalJSON(b []byte) error {
	var st cellState
	if err := json.Unmarshal(b, &st); err != nil {
		return err
	}
	*c = *NewCell(st.Actor, st.Period)
	c.ActorType, c.total, c.Defends = st.ActorType, st.Total, st.Defends
	for _, k := range st.Seen {
		c.seen[k] = struct{}{}
	}
	for l, n := range st.Counts {
		c.counts[l] = n
	}
	for l, v := range st.Sums {
		c.sums[l] = v
	}
	for _, e := range st.Evidence {
		ev := e.Evidence
		ev.score, ev.key = e.Score, e.Key
		c.evidence = append(c.evidence, ev)
	}
	return nil
}
