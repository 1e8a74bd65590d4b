package features

import (
	"reflect"
	"slices"
	"testing"
)

// TestUseWordTables checks that the word tables as data (WordTables), given
// to a restored Vectorizer (UseWordTables), are the tables it would build
// itself, field by field, and that it then takes the fast path from its
// first statement with the fitted vectors.
func TestUseWordTables(t *testing.T) {
	texts := corpusTexts(t)
	for _, cfg := range []Config{
		DefaultConfig(),
		{WordNgrams: 2, Sublinear: true, DropStopWords: true, MinDF: 2, Cues: true, CueWeight: 0.2, CueEach: true, GloveClusters: 0.35, GloveK: 256},
		{WordNgrams: 3, MinDF: 1, NegationBack: true, Cues: true, CueWeight: 1},
	} {
		v := newVec(t, cfg)
		if err := v.Fit(texts[:len(texts)/2]); err != nil {
			t.Fatal(err)
		}
		data, err := v.WordTables()
		if err != nil {
			t.Fatal(err)
		}
		again, err := v.WordTables()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(data, again) {
			t.Fatalf("%+v: WordTables differs from one call to the next", cfg)
		}
		r, err := Restore(v.cfg, v.tok, v.lex, v.names, v.idf)
		if err != nil {
			t.Fatal(err)
		}
		built := r.buildWords()
		if err := r.UseWordTables(data); err != nil {
			t.Fatal(err)
		}
		got := r.words.Load()
		if !slices.Equal(got.stems.slots, built.stems.slots) || got.stems.shift != built.stems.shift || got.stems.n != built.stems.n ||
			!slices.Equal(got.grams.slots, built.grams.slots) || got.grams.shift != built.grams.shift || got.grams.n != built.grams.n ||
			!reflect.DeepEqual(got.firstCues, built.firstCues) || !slices.Equal(got.cueOf, built.cueOf) ||
			!slices.Equal(got.glove, built.glove) || got.chars != nil {
			t.Fatalf("%+v: the tables given differ from those built", cfg)
		}
		if err := r.UseWordTables(data); err == nil {
			t.Fatalf("%+v: tables given twice", cfg)
		}
		var want, have Doc
		for _, s := range append(texts[:50:50], nastyDocs...) {
			v.TransformInto(&want, s, nil)
			r.TransformInto(&have, s, nil)
			if !sameDoc(have, want) {
				t.Fatalf("%+v: %q: given tables %+v, fitted %+v", cfg, s, have, want)
			}
		}
	}
}

// UseWordTables refuses tables of the wrong shape, or for another lexicon.
func TestUseWordTablesChecksShape(t *testing.T) {
	cfg := Config{WordNgrams: 2, MinDF: 2, Cues: true, CueWeight: 0.2, GloveClusters: 0.35, GloveK: 256}
	v := newVec(t, cfg)
	if err := v.Fit(corpusTexts(t)[:500]); err != nil {
		t.Fatal(err)
	}
	data, err := v.WordTables()
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]func(*WordTables){
		"stems not a power of two": func(w *WordTables) { w.Stems = w.Stems[:len(w.Stems)-1] },
		"stems over half full":     func(w *WordTables) { w.StemCount = len(w.Stems) },
		"n-grams too few slots":    func(w *WordTables) { w.Grams = w.Grams[:4] },
		"a cue stem missing":       func(w *WordTables) { w.CueStems = w.CueStems[1:] },
		"cue stems out of order":   func(w *WordTables) { w.CueStems = slices.Clone(w.CueStems); slices.Reverse(w.CueStems) },
		"a foreign cue stem":       func(w *WordTables) { w.CueStems = append(slices.Clone(w.CueStems[1:]), "zzzz") },
		"no GloVe indices":         func(w *WordTables) { w.Glove = nil },
	} {
		r, err := Restore(v.cfg, v.tok, v.lex, v.names, v.idf)
		if err != nil {
			t.Fatal(err)
		}
		w := data
		bad(&w)
		if err := r.UseWordTables(w); err == nil {
			t.Errorf("%s: accepted", name)
		}
		if r.words.Load() != nil {
			t.Errorf("%s: tables set", name)
		}
	}
	if _, err := newVec(t, cfg).WordTables(); err == nil {
		t.Error("WordTables before Fit")
	}
}
