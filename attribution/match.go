package attribution

import (
	"sort"
	"strings"

	"github.com/stancekit/stancekit/tokenize"
)

// matchKind tells what a registry phrase names.
type matchKind uint8

const (
	mAlias   matchKind = iota // the actor itself ("the Commission")
	mDemonym                  // an adjective for it ("Chinese")
	mPerson                   // a spokesperson's full name
	mSurname                  // a spokesperson's family name
)

type pattern struct {
	norms []string
	ids   []int32 // the word ids of norms (see wordInfo)
	caps  []bool  // the registry word is capitalised: the text word must be too
	actor int
	kind  matchKind
	name  string // the phrase as written in the registry
}

// matcher is a compiled, read-only Registry. Matching reads actors and
// firsts; the maps are what compile builds them and the word table with,
// and are nil in the matcher of the generated tables (tables.go).
type matcher struct {
	actors   []ActorEntry
	firsts   [][]pattern // the values of byFirst, for words to point into
	byFirst  map[string][]pattern
	firstIdx map[string]int32 // index into firsts by first word
	ids      map[string]int32 // the number of each word of a phrase (from 1)
	roles    map[string]bool
}

type match struct {
	i, j  int // words [i, j)
	actor int
	kind  matchKind
	name  string
}

func compile(tk *tokenize.Tokenizer, r *Registry, lx *lexicon) *matcher {
	if r == nil {
		return &matcher{byFirst: map[string][]pattern{}, firstIdx: map[string]int32{}, ids: map[string]int32{}, roles: map[string]bool{}}
	}
	actors := r.Actors()
	// The maps are sized for every phrase at once, and the phrases are
	// tokenized into buffers reused from one to the next: growing the maps
	// and allocating each phrase's tokens was a third of compiling the
	// default registry, which a cold classify -article waits for.
	phrases := 0
	for _, e := range actors {
		phrases += 1 + len(e.Aliases) + len(e.Demonyms) + 2*len(e.People)
	}
	m := &matcher{actors: actors, byFirst: make(map[string][]pattern, phrases), firstIdx: make(map[string]int32, phrases),
		ids: make(map[string]int32, phrases), roles: make(map[string]bool, len(r.roleNouns))}
	var toks []tokenize.Token
	var ws []word
	add := func(phrase string, actor int, kind matchKind) {
		// Tokens without negation marks, which splitWords does not read.
		toks = tk.AppendTokens(toks[:0], phrase)
		ws = splitWords(toks, ws[:0])
		if len(ws) == 0 {
			return
		}
		p := pattern{actor: actor, kind: kind, name: phrase}
		for _, w := range ws {
			id, ok := m.ids[w.norm]
			if !ok {
				id = int32(len(m.ids) + 1)
				m.ids[w.norm] = id
			}
			p.norms = append(p.norms, w.norm)
			p.ids = append(p.ids, id)
			p.caps = append(p.caps, w.cap)
		}
		m.byFirst[p.norms[0]] = append(m.byFirst[p.norms[0]], p)
	}
	for ai, e := range m.actors {
		add(e.Name, ai, mAlias)
		for _, a := range e.Aliases {
			add(a, ai, mAlias)
		}
		for _, d := range e.Demonyms {
			add(d, ai, mDemonym)
		}
		for _, p := range e.People {
			add(p, ai, mPerson)
			if f := strings.Fields(p); len(f) > 1 {
				add(strings.Join(f[1:], " "), ai, mSurname)
			}
		}
	}
	for _, ps := range m.byFirst {
		sort.SliceStable(ps, func(i, j int) bool {
			if len(ps[i].norms) != len(ps[j].norms) {
				return len(ps[i].norms) > len(ps[j].norms)
			}
			return ps[i].kind < ps[j].kind
		})
	}
	for _, n := range r.roleNouns {
		m.roles[n] = true
	}
	firsts := make([]string, 0, len(m.byFirst))
	for w := range m.byFirst {
		firsts = append(firsts, w)
	}
	sort.Strings(firsts)
	for _, w := range firsts {
		m.firstIdx[w] = int32(len(m.firsts))
		m.firsts = append(m.firsts, m.byFirst[w])
	}
	return m
}

// at returns the longest registry phrase starting at word i of ws, not
// running past limit.
func (m *matcher) at(ws []word, i, limit int) (match, bool) {
	if i >= limit || !ws[i].alpha || ws[i].pat == 0 {
		return match{}, false
	}
	for _, p := range m.firsts[ws[i].pat-1] {
		if i+len(p.norms) > limit {
			continue
		}
		ok := true
		for k, id := range p.ids {
			w := &ws[i+k]
			if w.id != id || (p.caps[k] && !w.cap) || (k > 0 && w.quote != ws[i].quote) {
				ok = false
				break
			}
		}
		if e := i + len(p.norms); ok && p.kind == mAlias && e < len(ws) && ws[e].cap && ws[e].is(cInstitution) {
			ok = false // the start of a longer name: "Lisbon Council"
		}
		if ok {
			// a surname must be capitalised and not be the first word of a
			// longer capitalised name we do not know ("Hu Jintao")
			return match{i: i, j: i + len(p.norms), actor: p.actor, kind: p.kind, name: p.name}, true
		}
	}
	return match{}, false
}

// all returns the non-overlapping registry phrases of ws[i:j], leftmost
// longest first.
func (m *matcher) all(ws []word, i, j int, dst []match) []match {
	for k := i; k < j; {
		if mt, ok := m.at(ws, k, j); ok {
			dst = append(dst, mt)
			k = mt.j
			continue
		}
		k++
	}
	return dst
}
