package attribution

import (
	"reflect"
	"testing"
)

// addCountriesByLookup is addCountries as it was written before it kept
// its own index: Registry.Lookup for each country.
func addCountriesByLookup(r *Registry, cs []Country) {
	for _, c := range cs {
		names := append(append(append([]string{c.Name}, c.Others...), c.Capitals...), c.Actor)
		for _, d := range c.demonyms() {
			names = append(names, d+" government")
		}
		e := ActorEntry{Name: c.Actor, Type: TypeGovernment}
		if old, ok := r.Lookup(c.Actor); ok {
			e.Type = old.Type
		}
		for _, n := range names {
			e.Aliases = appendNew(e.Aliases, n, fold(n))
		}
		for _, d := range c.demonyms() {
			e.Demonyms = appendNew(e.Demonyms, d, fold(d))
		}
		_ = r.Add(e)
	}
}

// addCountries gives the registry Registry.Lookup country by country gives:
// on the defaults, and where a country's actor is only an alias or a
// spokesperson of another actor, or is added twice.
func TestAddCountriesIsLookup(t *testing.T) {
	g, err := defaultGrammar()
	if err != nil {
		t.Fatal(err)
	}
	def, err := defaultRegistry()
	if err != nil {
		t.Fatal(err)
	}
	small := &Registry{}
	_ = small.Add(ActorEntry{Name: "Acme", Type: TypeCompany, Aliases: []string{"Ruritania"}, People: []string{"Freedonia"}})
	_ = small.Add(ActorEntry{Name: "Other", Type: TypeCompany, Aliases: []string{"ruritania"}})
	cs := []Country{
		{Name: "Ruritania", Actor: "Ruritania", Demonyms: []string{"Ruritanian"}},
		{Name: "Freedonia", Actor: "freedonia", Capitals: []string{"Fredville"}},
		{Name: "Fredville", Actor: "Fredville"},
		{Name: "Ruritania again", Actor: "RURITANIA", Others: []string{"Acme"}},
		{Name: "Acme land", Actor: "Acme"},
	}
	for name, tc := range map[string]struct {
		r  *Registry
		cs []Country
	}{"defaults": {def, g.countries}, "aliases": {small, cs}, "defaults+aliases": {def, append(append([]Country(nil), g.countries...), cs...)}} {
		a, b := tc.r.Clone(), tc.r.Clone()
		a.addCountries(tc.cs)
		addCountriesByLookup(b, tc.cs)
		if !reflect.DeepEqual(a.actors, b.actors) || !reflect.DeepEqual(a.index, b.index) {
			t.Errorf("%s: the registries differ", name)
		}
	}
}
