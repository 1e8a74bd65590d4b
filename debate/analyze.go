package debate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/stancekit/stancekit/attribution"
	"github.com/stancekit/stancekit/internal/jsonnum"
	"github.com/stancekit/stancekit/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// Record is one statement of one article: a line of statements.jsonl.
// Every figure is rounded to 4 decimals when the Record is made (the JSON
// precision policy, internal/jsonnum), so a Record read back from its JSON
// is equal to the one written, and aggregation sees the same numbers
// either way.
type Record struct {
	ArticleID string `json:"article_id"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Speaker   string `json:"speaker"`
	Actor     string `json:"actor"`
	ActorType string `json:"actor_type"`
	Kind      string `json:"kind"`
	// Text is the article's text at [Start:End] (byte offsets).
	Text       string       `json:"text"`
	Start      int          `json:"start"`
	End        int          `json:"end"`
	Label      stance.Label `json:"label"`
	Confidence float64      `json:"confidence"`
	Probs      stance.Probs `json:"probs"`
	// Weight is the statement's weight in its actor's position.
	Weight    float64                `json:"weight"`
	Sentiment *attribution.Sentiment `json:"sentiment,omitempty"`
	// Fields are the article's pass-through input fields.
	Fields map[string]json.RawMessage `json:"fields,omitempty"`
}

// Position reports whether the record counts towards its actor's position:
// it has a stance label other than stance.OffTarget.
func (r Record) Position() bool { return r.Label != "" && r.Label != stance.OffTarget }

// MarshalJSON writes the record on one line with a fixed field order, as
// {"article_id","date","url","source","speaker","actor","actor_type","kind",
// "text","start","end","label","confidence","probs","weight","sentiment",
// "fields"}, figures with at most 4 decimals and empty probabilities as {},
// so equal records give equal bytes. It is written by hand: it is on the
// hot path of every statement.
func (r Record) MarshalJSON() ([]byte, error) {
	return r.appendJSON(make([]byte, 0, 256+len(r.Text)), nil)
}

// appendJSON appends the record's JSON to b; fields, when not nil, is
// r.Fields encoded already (the records of one article share their
// article's fields).
func (r Record) appendJSON(b, fields []byte) ([]byte, error) {
	str := func(key, v string) {
		b = append(b, ',', '"')
		b = append(b, key...)
		b = append(b, '"', ':')
		b = appendString(b, v)
	}
	num := func(key string, f float64) {
		b = append(b, ',', '"')
		b = append(b, key...)
		b = append(b, '"', ':')
		b = appendFloat(b, f)
	}
	b = append(b, `{"article_id":`...)
	b = appendString(b, r.ArticleID)
	str("date", r.Date)
	str("url", r.URL)
	str("source", r.Source)
	str("speaker", r.Speaker)
	str("actor", r.Actor)
	str("actor_type", r.ActorType)
	str("kind", r.Kind)
	str("text", r.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(r.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.End), 10)
	str("label", string(r.Label))
	num("confidence", r.Confidence)
	b = append(b, `,"probs":{`...)
	for i, lp := range r.Probs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, string(lp.Label))
		b = append(b, ':')
		b = jsonnum.Append(b, lp.P) // as stance.Probs writes them
	}
	b = append(b, '}')
	num("weight", r.Weight)
	if r.Sentiment != nil {
		b = append(b, `,"sentiment":{"compound":`...)
		b = appendFloat(b, r.Sentiment.Compound)
		l := r.Sentiment.Label
		if l > sentiment.Negative { // not a label: MarshalText says why
			_, err := l.MarshalText()
			return nil, err
		}
		b = append(b, `,"label":`...)
		b = appendString(b, l.String()) // MarshalText's text, not allocated
		b = append(b, '}')
	}
	if len(r.Fields) > 0 {
		if fields == nil {
			var err error
			if fields, err = json.Marshal(r.Fields); err != nil { // keys sorted
				return nil, err
			}
		}
		b = append(b, `,"fields":`...)
		b = append(b, fields...)
	}
	return append(b, '}'), nil
}

// appendFloat writes f under the JSON precision policy: at most 4
// decimals, as short as it reads back.
func appendFloat(b []byte, f float64) []byte { return jsonnum.Append(b, f) }

// appendString writes s as a JSON string: quotes, backslashes and control
// characters escaped, U+2028 and U+2029 escaped (as encoding/json does),
// invalid UTF-8 replaced by U+FFFD, everything else as it is.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time while none needs more than a copy
		for i+8 <= len(s) {
			if x := load8(s, i); jsonSpecial8(x)|x&hiBits != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, "\uFFFD"...) // the character itself, so a record read back writes the same bytes
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Bytes a word at a time: loBits has 1 in every byte, hiBits 0x80.
const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// load8 is the eight bytes of s from i on, the first the lowest.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// jsonSpecial8 is not zero exactly when one of the eight bytes of x is a
// quote, a backslash or a control character (below 0x20): the bytes a
// JSON string cannot hold as they are. (x-n*loBits)&^x&hiBits is not zero
// exactly when a byte of x is below n, for n up to 0x80.
func jsonSpecial8(x uint64) uint64 {
	q := x ^ ('"' * loBits)
	bs := x ^ ('\\' * loBits)
	return ((x-0x20*loBits)&^x | (q-loBits)&^q | (bs-loBits)&^bs) & hiBits
}

// jsonSafe marks the bytes appendString writes as they are: the ASCII
// characters from the space on, except the quote and the backslash.
var jsonSafe = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// UnmarshalJSON reads a record, keeping the order of the probabilities
// (stance.Probs reads them in order).
func (r *Record) UnmarshalJSON(b []byte) error {
	type plain Record
	return json.Unmarshal(b, (*plain)(r))
}

// WriteRecords writes records as JSON Lines, in one Write call.
func WriteRecords(w io.Writer, recs []Record) error {
	// room for the records as they usually come out, so that the buffer
	// is not grown again and again while they are written
	n := 0
	for i := range recs {
		n += 320 + len(recs[i].Text) + len(recs[i].URL) + len(recs[i].Speaker)
	}
	b, err := AppendRecords(make([]byte, 0, n), recs)
	if err != nil || len(b) == 0 {
		return err
	}
	_, err = w.Write(b)
	return err
}

// AppendRecords appends records to b as JSON Lines, as WriteRecords writes
// them, and returns the extended buffer: a caller writing many articles
// reuses one buffer.
func AppendRecords(b []byte, recs []Record) ([]byte, error) {
	// an article's records share its fields: they are encoded once for
	// the run of records holding the same map, not once a record
	var fields []byte
	var from map[string]json.RawMessage
	for _, r := range recs {
		var err error
		if len(r.Fields) > 0 && !sameMap(r.Fields, from) {
			if fields, err = json.Marshal(r.Fields); err != nil { // keys sorted
				return b, err
			}
			from = r.Fields
		}
		if b, err = r.appendJSON(b, fields); err != nil {
			return b, err
		}
		b = append(b, '\n')
	}
	return b, nil
}

// sameMap reports whether a and b are the same map (not only equal ones).
func sameMap(a, b map[string]json.RawMessage) bool {
	return b != nil && reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

// Analyze finds the statements of one article with a and returns them as
// records, in text order. It is the per-article step of both the Pipeline
// and the Beam pipeline.
func Analyze(a *attribution.Analyzer, art Article) ([]Record, error) {
	// the statements only: positions are aggregated over the corpus, so
	// the article's own per-actor aggregation would be thrown away
	stmts, err := a.Statements(art.Text)
	if err != nil {
		return nil, fmt.Errorf("debate: article %q: %w", art.ID, err)
	}
	recs := make([]Record, 0, len(stmts))
	// every record's probabilities and sentiment, in two allocations an
	// article rather than two a statement
	n := 0
	for _, s := range stmts {
		n += len(s.Prediction.Probs)
	}
	probs := make([]stance.LabelProb, 0, n)
	var sents []attribution.Sentiment
	for _, s := range stmts {
		r := Record{
			ArticleID: art.ID, Date: art.Date, URL: art.URL, Source: art.Source,
			Speaker: s.Speaker, Actor: s.Actor, ActorType: s.ActorType, Kind: string(s.Kind),
			Text: s.Text, Start: s.Start, End: s.End,
			Label: s.Prediction.Label, Confidence: jsonnum.Round(s.Prediction.Confidence),
			Weight: jsonnum.Round(s.Weight), Fields: art.Fields,
		}
		if len(s.Prediction.Probs) > 0 {
			lo := len(probs)
			for _, lp := range s.Prediction.Probs {
				probs = append(probs, stance.LabelProb{Label: lp.Label, P: jsonnum.Round(lp.P)})
			}
			r.Probs = probs[lo:len(probs):len(probs)]
		}
		if s.Sentiment != nil {
			if sents == nil {
				sents = make([]attribution.Sentiment, 0, len(stmts)-len(recs))
			}
			sc := *s.Sentiment
			sc.Compound = jsonnum.Round(sc.Compound)
			sents = append(sents, sc)
			r.Sentiment = &sents[len(sents)-1]
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// Analysis is one article's result.
type Analysis struct {
	Article Article
	Records []Record
}

// Pipeline analyses a stream of articles on several goroutines and hands
// the results on in input order.
type Pipeline struct {
	// Analyzer finds and labels the statements; it is shared by the workers.
	Analyzer *attribution.Analyzer
	// Workers is the number of goroutines analysing; 0 means GOMAXPROCS.
	// A negative number, like a nil Analyzer, makes Run fail.
	Workers int
	// OnBad is called with every *InputError from the Source, in input
	// order, on the goroutine that reads the Source (so concurrently with
	// emit). When it returns nil the article is skipped and the run goes
	// on; when it returns an error the run stops with that error. A nil
	// OnBad stops on the first one.
	OnBad func(err error) error
}

// Run reads src until io.EOF and calls emit for every article, in input
// order, while later articles are being analysed. At most 4 articles per
// worker are in flight (read and not yet emitted). Run returns the first
// error from src (other than a skipped *InputError), from analysis or from
// emit; after an error no further emit is called. emit is never called
// concurrently with itself, but may be called on any of Run's goroutines.
//
// There is no reading or emitting goroutine: each worker reads its next
// article itself, under a lock, and the worker whose result is the next in
// input order emits it, and any later ones already done. A stage of its
// own would wait for a core at every hand-off while the workers hold both,
// and the workers for it.
func (p *Pipeline) Run(src Source, emit func(Analysis) error) error {
	if p.Analyzer == nil {
		return errors.New("debate: Pipeline.Analyzer is nil")
	}
	if p.Workers < 0 {
		return fmt.Errorf("debate: Pipeline.Workers %d: want 0 (GOMAXPROCS) or more", p.Workers)
	}
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	r := &run{p: p, src: src, emit: emit,
		slots: make(chan struct{}, 4*workers), done: make(chan struct{}),
		pending: map[int]result{}}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.work()
		}()
	}
	wg.Wait()
	if r.err != nil {
		return r.err
	}
	return r.readErr
}

// run is the state of one Pipeline.Run.
type run struct {
	p    *Pipeline
	emit func(Analysis) error
	// slots holds a token for every article in flight; done is closed
	// when emitting stops on an error.
	slots chan struct{}
	done  chan struct{}

	readMu  sync.Mutex // guards the fields up to mu
	src     Source
	nextSeq int   // input position of the next article read
	eof     bool  // src is done: at its end or failed
	readErr error // the error src stopped with

	mu       sync.Mutex // guards the fields below
	pending  map[int]result
	nextEmit int  // input position of the next article to emit
	emitting bool // a worker is emitting
	err      error
}

type result struct {
	an  Analysis
	err error
}

// work reads, analyses and hands on articles until src is done or
// emitting stops.
func (r *run) work() {
	for {
		select {
		case <-r.done:
			return
		default:
		}
		select {
		case r.slots <- struct{}{}:
		case <-r.done:
			return
		}
		a, seq, ok := r.next()
		if !ok {
			<-r.slots
			return
		}
		recs, err := Analyze(r.p.Analyzer, a)
		r.done1(seq, result{an: Analysis{Article: a, Records: recs}, err: err})
	}
}

// next reads the next article and its input position; ok is false once
// src is done.
func (r *run) next() (a Article, seq int, ok bool) {
	r.readMu.Lock()
	defer r.readMu.Unlock()
	for !r.eof {
		a, err := r.src.Next()
		if err == nil {
			seq = r.nextSeq
			r.nextSeq++
			return a, seq, true
		}
		if err == io.EOF {
			r.eof = true
			break
		}
		if Skippable(err) && r.p.OnBad != nil {
			err = r.p.OnBad(err)
		}
		if err != nil {
			r.readErr, r.eof = err, true
		}
	}
	return Article{}, 0, false
}

// done1 records the result of the article at input position seq and, unless
// another worker is at it, emits every result that is next in input order.
func (r *run) done1(seq int, res result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return
	}
	r.pending[seq] = res
	if r.emitting {
		return // that worker emits this one too when its turn comes
	}
	r.emitting = true
	for r.err == nil {
		res, ok := r.pending[r.nextEmit]
		if !ok {
			break
		}
		delete(r.pending, r.nextEmit)
		r.nextEmit++
		r.mu.Unlock()
		err := res.err
		if err == nil {
			err = r.emit(res.an)
		}
		<-r.slots
		r.mu.Lock()
		if err != nil {
			r.err = err
			close(r.done)
			clear(r.pending)
		}
	}
	r.emitting = false
}
