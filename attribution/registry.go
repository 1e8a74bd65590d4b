package attribution

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Actor types used by the default registry and the gold corpus. A registry
// file may use any other lower-case word.
const (
	TypeGovernment    = "government"
	TypeCompany       = "company"
	TypeEUInstitution = "eu_institution"
	TypeParliament    = "parliament"
	TypeRegulator     = "regulator"
	TypeOperator      = "operator"
	TypeAnalyst       = "analyst"
	TypeOther         = "other"
	// TypePerson is given to a speaker whom neither the text nor the
	// registry ties to an organisation: the speaker is its own actor.
	TypePerson = "person"
)

// ActorEntry is one actor of a Registry, as written in a registry file.
type ActorEntry struct {
	// Name is the canonical name reported for the actor ("European
	// Commission").
	Name string `json:"name"`
	// Type is the actor's kind: government, company, eu_institution,
	// parliament, regulator, operator, analyst, other, or any lower-case word.
	Type string `json:"type"`
	// Aliases are the phrases that name the actor in running text ("the
	// Commission", "MEPs", "White House"). Matching is on word sequences,
	// case-insensitive except that a capitalised alias word only matches a
	// capitalised word of the text.
	Aliases []string `json:"aliases,omitempty"`
	// Demonyms are adjectives that name the actor when they qualify a role
	// noun ("Chinese officials", "a senior US official").
	Demonyms []string `json:"demonyms,omitempty"`
	// People are the full names of persons who speak for the actor. Their
	// family names (everything after the first name) are recognised alone
	// too ("Ansip" for "Andrus Ansip").
	People []string `json:"people,omitempty"`
}

// registryFile is the JSON form of a Registry.
type registryFile struct {
	Comment   string       `json:"comment,omitempty"`
	Replace   bool         `json:"replace,omitempty"`
	Actors    []ActorEntry `json:"actors"`
	RoleNouns []string     `json:"role_nouns,omitempty"`
}

// Registry is the set of known actors: their canonical names, types, aliases,
// demonyms and spokespeople, plus the role nouns ("spokesperson", "official")
// that make a phrase a speaker. The zero value is an empty registry.
//
// A Registry is not safe for concurrent mutation; an Analyzer takes a copy
// when it is built, so changing a Registry afterwards does not affect it.
//
// # File format
//
// A registry file is one JSON object:
//
//	{
//	  "replace": false,
//	  "actors": [
//	    {"name": "Huawei", "type": "company",
//	     "aliases": ["Huawei", "Huawei Technologies"],
//	     "people": ["Ken Hu", "Vincent Pang"]},
//	    {"name": "US government", "type": "government",
//	     "aliases": ["United States", "White House"],
//	     "demonyms": ["US", "American"],
//	     "people": ["Richard Grenell"]}
//	  ],
//	  "role_nouns": ["spokesperson", "official"]
//	}
//
// Only "actors" is required and each actor needs "name" and "type". An
// actor whose name is already known is merged into the existing entry
// (aliases, demonyms and people are added; a non-empty type replaces the old
// one). "replace": true asks a caller that merges the file into the defaults
// (as the example CLI's -actors flag does) to use the file alone instead;
// see ReplacesDefaults.
type Registry struct {
	actors    []ActorEntry
	index     map[string]int // lower-case canonical name -> actors index
	roleNouns []string
	replace   bool
}

// ErrRegistry is wrapped by every error about registry content.
var ErrRegistry = errors.New("attribution: bad registry")

//go:embed actors_default.json
var defaultRegistryJSON []byte

var defaultRegistry = sync.OnceValues(func() (*Registry, error) {
	r, err := LoadRegistry(strings.NewReader(string(defaultRegistryJSON)))
	if err != nil {
		return nil, fmt.Errorf("attribution: embedded default registry: %w", err)
	}
	r.replace = false
	return r, nil
})

// DefaultRegistry returns a fresh copy of the built-in registry for the
// Huawei / 5G security debate (governments, EU institutions, vendors,
// operators and their spokespeople). The copy may be changed freely. The
// embedded file is read once per process; an error (a broken build: the
// package's tests read it) is returned to every caller.
func DefaultRegistry() (*Registry, error) {
	r, err := defaultRegistry()
	if err != nil {
		return nil, err
	}
	return r.Clone(), nil
}

// LoadRegistry reads a registry file (see Registry for the format). The
// result holds only the file's content: given to New as it is, it replaces
// the defaults. ExtendDefaults turns it into the defaults extended by it
// (or the file alone, when it says "replace": true).
func LoadRegistry(r io.Reader) (*Registry, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var f registryFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrRegistry, err)
	}
	reg := &Registry{replace: f.Replace}
	for i, e := range f.Actors {
		if err := reg.Add(e); err != nil {
			return nil, fmt.Errorf("actor %d: %w", i, err)
		}
	}
	for _, n := range f.RoleNouns {
		reg.AddRoleNoun(n)
	}
	return reg, nil
}

// ExtendDefaults returns the registry a file's content r asks for: a copy of
// DefaultRegistry with r merged into it, or r itself when its file set
// "replace": true. The example CLI's -actors flag and debate.NewAnalyzer
// read their registry files this way.
func ExtendDefaults(r *Registry) (*Registry, error) {
	if r.ReplacesDefaults() {
		return r, nil
	}
	def, err := DefaultRegistry()
	if err != nil {
		return nil, err
	}
	if r != nil {
		def.Merge(r)
	}
	return def, nil
}

// ReplacesDefaults reports whether the registry was loaded from a file that
// set "replace": true, meaning it should be used instead of the defaults
// rather than merged into them.
func (r *Registry) ReplacesDefaults() bool { return r != nil && r.replace }

// Add adds an actor, or merges it into the actor of the same canonical name
// (compared case-insensitively). The name and type must be non-empty.
func (r *Registry) Add(e ActorEntry) error {
	e.Name = strings.TrimSpace(e.Name)
	e.Type = strings.TrimSpace(e.Type)
	if e.Name == "" {
		return fmt.Errorf("%w: actor without a name", ErrRegistry)
	}
	if r.index == nil {
		r.index = map[string]int{}
	}
	key := strings.ToLower(e.Name)
	if i, ok := r.index[key]; ok {
		old := &r.actors[i]
		if e.Type != "" {
			old.Type = e.Type
		}
		old.Aliases = appendNew(old.Aliases, e.Aliases...)
		old.Demonyms = appendNew(old.Demonyms, e.Demonyms...)
		old.People = appendNew(old.People, e.People...)
		return nil
	}
	if e.Type == "" {
		return fmt.Errorf("%w: actor %q without a type", ErrRegistry, e.Name)
	}
	r.index[key] = len(r.actors)
	r.actors = append(r.actors, ActorEntry{
		Name:     e.Name,
		Type:     e.Type,
		Aliases:  appendNew(nil, e.Aliases...),
		Demonyms: appendNew(nil, e.Demonyms...),
		People:   appendNew(nil, e.People...),
	})
	return nil
}

// AddRoleNoun adds a noun that makes a phrase a speaker ("spokesperson",
// "official"). Role nouns are matched case-insensitively.
func (r *Registry) AddRoleNoun(n string) {
	n = strings.ToLower(strings.TrimSpace(n))
	if n != "" {
		r.roleNouns = appendNew(r.roleNouns, n)
	}
}

// Merge adds every actor and role noun of o to r.
func (r *Registry) Merge(o *Registry) {
	if o == nil {
		return
	}
	for _, e := range o.actors {
		_ = r.Add(e) // entries of a Registry always have a name and type
	}
	for _, n := range o.roleNouns {
		r.AddRoleNoun(n)
	}
}

// Clone returns a deep copy of r.
func (r *Registry) Clone() *Registry {
	c := &Registry{replace: r.replace}
	c.Merge(r)
	return c
}

// Actors returns a copy of the registry's actors, sorted by name.
func (r *Registry) Actors() []ActorEntry {
	out := make([]ActorEntry, len(r.actors))
	for i, e := range r.actors {
		out[i] = ActorEntry{Name: e.Name, Type: e.Type,
			Aliases:  append([]string(nil), e.Aliases...),
			Demonyms: append([]string(nil), e.Demonyms...),
			People:   append([]string(nil), e.People...)}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup returns the actor whose canonical name, alias or spokesperson is
// name (case-insensitive).
func (r *Registry) Lookup(name string) (ActorEntry, bool) {
	key := strings.ToLower(strings.TrimSpace(name))
	if i, ok := r.index[key]; ok {
		return r.actors[i], true
	}
	for _, e := range r.actors {
		for _, list := range [][]string{e.Aliases, e.People} {
			for _, a := range list {
				if strings.ToLower(a) == key {
					return e, true
				}
			}
		}
	}
	return ActorEntry{}, false
}

// MarshalJSON writes the registry in the file format LoadRegistry reads.
func (r *Registry) MarshalJSON() ([]byte, error) {
	return json.Marshal(registryFile{Replace: r.replace, Actors: r.Actors(), RoleNouns: r.roleNouns})
}

// appendNew appends the trimmed, non-empty values of add that dst does not
// already hold (case-sensitively: aliases differ in case on purpose).
func appendNew(dst []string, add ...string) []string {
	for _, a := range add {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		dup := false
		for _, d := range dst {
			if d == a {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, a)
		}
	}
	return dst
}

// demonyms returns c's demonyms and, after them, the possessive of each of
// its names with the apostrophe dropped, as some sources print it
// ("Frances government", "Britains government"): read as a demonym, it
// names the country only before a government or role noun, so "Frances
// Haugen" names none. A name ending in "s" or holding an apostrophe has
// none.
func (c Country) demonyms() []string {
	out := slices.Clip(c.Demonyms)
	for _, n := range append([]string{c.Name}, c.Others...) {
		if !strings.HasSuffix(n, "s") && !strings.ContainsAny(n, "'’") {
			out = append(out, n+"s")
		}
	}
	return out
}

// addCountries adds the gazetteer's governments: each country's names,
// capitals and "<demonym> government" become aliases of its actor (created
// as a government when the registry does not know it), its demonyms
// demonyms, each with its accent- and apostrophe-folded variant.
func (r *Registry) addCountries(cs []Country) {
	// lookup answers r.Lookup from an index of every alias and
	// spokesperson, kept up to date as countries are added: Lookup scans
	// every actor's names for a name that is not canonical, which made
	// this loop quadratic, a tenth of a cold start of classify -article.
	byName := map[string]int{} // lower-cased alias or person -> first actor naming it
	note := func(i int) {
		e := &r.actors[i]
		for _, list := range [][]string{e.Aliases, e.People} {
			for _, a := range list {
				k := strings.ToLower(a)
				if j, ok := byName[k]; !ok || j > i {
					byName[k] = i
				}
			}
		}
	}
	for i := range r.actors {
		note(i)
	}
	lookup := func(name string) (ActorEntry, bool) {
		key := strings.ToLower(strings.TrimSpace(name))
		if i, ok := r.index[key]; ok {
			return r.actors[i], true
		}
		if i, ok := byName[key]; ok {
			return r.actors[i], true
		}
		return ActorEntry{}, false
	}
	for _, c := range cs {
		names := append(append(append([]string{c.Name}, c.Others...), c.Capitals...), c.Actor)
		demonyms := c.demonyms()
		for _, d := range demonyms {
			names = append(names, d+" government")
		}
		e := ActorEntry{Name: c.Actor, Type: TypeGovernment}
		if old, ok := lookup(c.Actor); ok {
			e.Type = old.Type
		}
		for _, n := range names {
			e.Aliases = appendNew(e.Aliases, n, fold(n))
		}
		for _, d := range demonyms {
			e.Demonyms = appendNew(e.Demonyms, d, fold(d))
		}
		_ = r.Add(e) // names and type are never empty here
		if i, ok := r.index[strings.ToLower(strings.TrimSpace(e.Name))]; ok {
			note(i)
		}
	}
}

// addRoleNouns adds the grammar's role nouns.
func (r *Registry) addRoleNouns(ns map[string]bool) {
	for n := range ns {
		r.AddRoleNoun(n)
	}
	sort.Strings(r.roleNouns)
}
