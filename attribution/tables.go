package attribution

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"sync"

	"github.com/stancekit/stancekit/attribution/internal/deftables"
)

// The default grammar and registry compiled at go generate time. Reading
// the grammar files (parsing some seventy regular expressions to gate
// them) and compiling the registry into the matcher (tokenizing some 750
// actor phrases, building and sorting its maps) was some 12 ms of a cold
// classify -article. The generator (internal/gentables) runs that slow
// path on the embedded data files and writes what it builds as Go data,
// default_tables.go, which the linker lays out in the binary: a default
// Analyzer reads the matcher, the word table, the clutter and layout rules
// in place, and only fills the lexicon's word sets (small maps) from
// sorted lists. The data files stay the source of truth: the tables carry
// a digest of them, and a build whose embedded files do not match it (a
// data file edited without go generate) compiles the files instead;
// TestDefaultTablesAreCurrent checks the committed file is what the
// generator writes. Grammars and registries of a caller's own always take
// the slow path.

// The generator builds this package with the tag gentables, which leaves
// default_tables.go out (default_tables_stub.go stands in for it), so that
// tables gone stale with the types they are written in never stop it.
//
//go:generate go run -tags gentables ./internal/gentables

// defaultTables is the compiled default grammar and registry, as
// default_tables.go holds them.
type defaultTables struct {
	digest uint32 // dataDigest of the files the tables were made from

	// the lexicon: its word sets as sorted lists (speech, object and
	// clause as the lexicon holds them, the rest by grammarSets name; the
	// clause forms in -ing the lexicon keeps, being their own lemma), its
	// clutter and layout rules with their gates, the patterns not
	// compiled
	speech, object, clause []string
	selfLemmas             []string
	sets                   []wordList
	clutter                clutterRules
	layout                 layout

	// the matcher and the word table
	actors  []ActorEntry
	firsts  [][]pattern
	info    wordTable
	vendors []string // sorted
}

// wordList is one named word set of a grammar, sorted.
type wordList struct {
	name  string
	words []string
}

// dataDigest is the CRC-32 of the embedded data files the default tables
// are made from, each name followed by its content, in a fixed order.
// The files are read through one small buffer rather than copied whole
// (fs.ReadFile), which would allocate and fault in fresh memory for them.
func dataDigest() uint32 {
	h := crc32.NewIEEE()
	var buf [4096]byte
	for _, f := range defaultGrammarFiles {
		r, err := grammarFS.Open("grammar/" + f)
		if err != nil {
			return 0 // a broken build: the slow path reports it
		}
		h.Write([]byte(f))
		_, err = io.CopyBuffer(struct{ io.Writer }{h}, struct{ io.Reader }{r}, buf[:])
		r.Close()
		if err != nil {
			return 0
		}
	}
	h.Write([]byte("actors_default.json"))
	h.Write(defaultRegistryJSON)
	return h.Sum32()
}

// defaultGrammarFiles are the embedded grammar files, in the order they
// are loaded.
var defaultGrammarFiles = []string{"verbs.txt", "words.txt", "clutter.txt", "gazetteer.txt", "layout.txt"}

// tablesCompiled is what default_tables.go holds turned into the default
// Analyzer's compiled state, or false when the tables are not those of the
// embedded data files (then the caller compiles the files).
func tablesCompiled(t *defaultTables) (compiled, bool) {
	if t.digest == 0 || t.digest != dataDigest() {
		return compiled{}, false
	}
	return t.compiled(), true
}

// compiled turns the tables into an Analyzer's compiled state.
func (t *defaultTables) compiled() compiled {
	// The lexicon of a grammar of the tables' word sets, as Grammar.lexicon
	// makes it, with the tables' rules.
	g := &Grammar{speech: setOf(t.speech), object: setOf(t.object), clause: setOf(t.clause),
		lemma: make(map[string]string, len(t.selfLemmas)), sets: make(map[string]map[string]bool, len(t.sets))}
	for _, w := range t.selfLemmas {
		g.lemma[w] = w
	}
	for _, l := range t.sets {
		g.sets[l.name] = setOf(l.words)
	}
	lx := g.lexicon()
	lx.clutter, lx.layout = t.clutter, t.layout
	return compiled{m: &matcher{actors: t.actors, firsts: t.firsts}, lx: lx, info: t.info, vendors: setOf(t.vendors)}
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func listOf(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for w, ok := range set {
		if ok {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// tablesOf is the tables of grammar g and a registry compiled with it
// into c.
func tablesOf(g *Grammar, c compiled, digest uint32) *defaultTables {
	t := &defaultTables{digest: digest, speech: listOf(c.lx.speech), object: listOf(c.lx.object), clause: listOf(c.lx.clause),
		clutter: c.lx.clutter, layout: c.lx.layout, actors: c.m.actors, firsts: c.m.firsts, info: c.info, vendors: listOf(c.vendors)}
	for _, name := range append(slices.Clip(grammarSets), verbSets...) {
		t.sets = append(t.sets, wordList{name: name, words: listOf(g.set(name))})
	}
	for _, w := range t.clause {
		if len(w) >= 5 && w[len(w)-3:] == "ing" {
			t.selfLemmas = append(t.selfLemmas, w)
		}
	}
	return t
}

func init() { deftables.Source = tablesSource }

// tablesSource compiles the embedded grammar and registry the slow way and
// returns the Go source of their tables, unformatted.
func tablesSource() ([]byte, error) {
	a, err := slowDefault()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by go generate ./attribution (internal/gentables); DO NOT EDIT.\n\n")
	b.WriteString("//go:build !gentables\n\n")
	b.WriteString("// The built-in grammar (grammar/*.txt) and registry (actors_default.json)\n")
	b.WriteString("// compiled: see tables.go.\n\n")
	b.WriteString("package attribution\n\nvar defaultTablesData = ")
	if err := writeLiteral(&b, reflect.ValueOf(tablesOf(a.gram, a.compiled, dataDigest())).Elem(), false); err != nil {
		return nil, err
	}
	b.WriteString("\n")
	return b.Bytes(), nil
}

// Types the literal writer leaves out: a pattern compiles from its text
// when first matched (lazyRe), so neither its compiled form nor its Once
// goes into the tables.
var (
	onceType   = reflect.TypeFor[sync.Once]()
	regexpType = reflect.TypeFor[*regexp.Regexp]()
	bytesType  = reflect.TypeFor[[]byte]()
)

// writeLiteral writes v as a Go expression of package attribution: a
// composite literal of its type (the type left out when elided, as in a
// slice's elements) for structs, slices, arrays and pointers to structs,
// a constant for the rest. Zero fields are left out; a nil slice inside
// a slice is nil, an empty one is empty, as reflect.DeepEqual tells them.
// Maps, which Go would build at run time, are an error.
func writeLiteral(b *bytes.Buffer, v reflect.Value, elided bool) error {
	t := v.Type()
	switch t.Kind() {
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		if t.Elem().Kind() != reflect.Struct {
			return fmt.Errorf("attribution tables: pointer to %s", t.Elem())
		}
		b.WriteString("&")
		return writeLiteral(b, v.Elem(), false)
	case reflect.Struct:
		return writeStruct(b, v, elided)
	case reflect.Slice:
		return writeSlice(b, v, elided)
	case reflect.Array:
		return writeArray(b, v, elided)
	default:
		return fmt.Errorf("attribution tables: cannot write a %s", t)
	}
	return nil
}

// writeStruct writes a struct literal of v, leaving out zero fields and
// the fields that are built at run time (sync.Once, compiled patterns).
func writeStruct(b *bytes.Buffer, v reflect.Value, elided bool) error {
	t := v.Type()
	if !elided {
		b.WriteString(typeName(t))
	}
	b.WriteString("{\n")
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if f.Type == onceType || f.Type == regexpType || fv.IsZero() {
			continue
		}
		b.WriteString(f.Name + ": ")
		if err := writeLiteral(b, fv, false); err != nil {
			return err
		}
		b.WriteString(",\n")
	}
	b.WriteString("}")
	return nil
}

// writeSlice writes a slice literal of v: nil as nil, bytes as numbers,
// composite elements one a line.
func writeSlice(b *bytes.Buffer, v reflect.Value, elided bool) error {
	t := v.Type()
	if v.IsNil() {
		b.WriteString("nil")
		return nil
	}
	if t == bytesType {
		if !elided {
			b.WriteString("[]byte")
		}
		// bytes as numbers: a constant string converted would be
		// copied at run time
		b.WriteString("{")
		for i := 0; i < v.Len(); i++ {
			fmt.Fprintf(b, "%#x, ", v.Index(i).Uint())
		}
		b.WriteString("}")
		return nil
	}
	if !elided {
		b.WriteString(typeName(t))
	}
	// composite elements one a line, others on one line
	sep := ", "
	if k := t.Elem().Kind(); k == reflect.Struct || k == reflect.Slice || k == reflect.Pointer {
		sep = ",\n"
		b.WriteString("{\n")
	} else {
		b.WriteString("{")
	}
	for i := 0; i < v.Len(); i++ {
		if err := writeLiteral(b, v.Index(i), true); err != nil {
			return err
		}
		b.WriteString(sep)
	}
	b.WriteString("}")
	return nil
}

// writeArray writes an array literal of v with its non-zero elements
// keyed by index.
func writeArray(b *bytes.Buffer, v reflect.Value, elided bool) error {
	t := v.Type()
	if !elided {
		b.WriteString(typeName(t))
	}
	b.WriteString("{\n")
	for i := 0; i < v.Len(); i++ {
		if v.Index(i).IsZero() {
			continue
		}
		fmt.Fprintf(b, "%d: ", i)
		if err := writeLiteral(b, v.Index(i), true); err != nil {
			return err
		}
		b.WriteString(",\n")
	}
	b.WriteString("}")
	return nil
}

// typeName is t as package attribution spells it.
func typeName(t reflect.Type) string {
	if t.Name() != "" {
		return t.Name()
	}
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + typeName(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + typeName(t.Elem())
	case reflect.Pointer:
		return "*" + typeName(t.Elem())
	}
	return t.String()
}

// wordTable maps word forms to what the lexicon and the registry know of
// them (wordInfo), read-only: an open-addressed hash table laid out as
// plain slices, so that the generated tables hold one the linker places
// in the binary, where a map would be built when the program starts. A
// form's hash picks its first slot; slots[i] is 1 + the index of the key
// stored there, 0 an empty slot.
type wordTable struct {
	keys  []string // sorted
	vals  []wordInfo
	slots []uint32
	shift uint8 // 32 - log2(len(slots))
}

// newWordTable returns the table of m.
func newWordTable(m map[string]wordInfo) wordTable {
	t := wordTable{keys: make([]string, 0, len(m))}
	for w := range m {
		t.keys = append(t.keys, w)
	}
	slices.Sort(t.keys)
	t.vals = make([]wordInfo, len(t.keys))
	for i, w := range t.keys {
		t.vals[i] = m[w]
	}
	bits := uint8(4) // at least twice as many slots as keys
	for 1<<bits < 2*len(t.keys) {
		bits++
	}
	t.slots = make([]uint32, 1<<bits)
	t.shift = 32 - bits
	for i, w := range t.keys {
		for s := t.slot(w); ; s = (s + 1) & uint32(len(t.slots)-1) {
			if t.slots[s] == 0 {
				t.slots[s] = uint32(i + 1)
				break
			}
		}
	}
	return t
}

// slot is the first slot of w: FNV-1a, its high bits taken by a
// Fibonacci multiply.
func (t *wordTable) slot(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return (h * 0x9e3779b9) >> t.shift
}

// get returns what the table holds of w, the zero wordInfo when w is not
// in it.
func (t *wordTable) get(w string) wordInfo {
	if len(t.slots) == 0 {
		return wordInfo{}
	}
	mask := uint32(len(t.slots) - 1)
	for s := t.slot(w); ; s = (s + 1) & mask {
		k := t.slots[s]
		if k == 0 {
			return wordInfo{}
		}
		if t.keys[k-1] == w {
			return t.vals[k-1]
		}
	}
}

// len is the number of forms the table holds.
func (t *wordTable) len() int { return len(t.keys) }
