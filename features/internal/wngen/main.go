// Command wngen derives features/synsets.tsv.gz, the synset table of the
// synset block (features.Config.Synsets), from Princeton WordNet 3.0.
//
// It is run by hand, never at build or test time:
//
//	apt-get install -y wordnet-base
//	go run ./features/internal/wngen -dir /usr/share/wordnet -o features/synsets.tsv.gz
//
// For each single-word lemma of the four parts of speech (letters, with
// inner hyphens or apostrophes; no multi-word lemma, no digits), and each
// inflected form that WordNet's exception lists (*.exc) or the inverse of
// its morphological detachment rules (morphy's suffix rules) give for it,
// the file lists the lemma's first sense in that part of speech and its
// second when SemCor tagged it (the index line's tagsense_cnt ≥ 2: the cut
// that keeps the file small, dropping senses no corpus attested), each with
// its first hypernym: the first '@' (or, for an instance, '@i') pointer of a
// noun or verb, the head synset ('&') of an adjective satellite, the
// adjective an adverb derives from ('\'). A synset is named as WordNet's
// tools name it, by its first word, part of speech and that word's sense
// number ("reckless.a.01"), which does not depend on the database's byte
// offsets.
//
// The output is deterministic: the same database gives the same bytes
// before compression, and the header carries the SHA-256 of the entries so
// that a test can tell the embedded file is whole and current.
package main

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

var posFiles = []struct {
	letter byte
	name   string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

// synset is one synset as the data file has it.
type synset struct {
	first string // first word, lower case
	hyper string // "offset pos" of the hypernym, or ""
}

// db is what the generator reads of WordNet.
type db struct {
	// index[pos][lemma] is the lemma's synset offsets in sense order and
	// its tagsense_cnt.
	index map[byte]map[string]indexEntry
	data  map[string]synset // "offset pos" -> synset (pos 'a' for satellites)
	exc   map[byte]map[string][]string
}

type indexEntry struct {
	offsets []string
	tagged  int
}

func main() {
	dir := flag.String("dir", "/usr/share/wordnet", "WordNet 3.0 database folder")
	out := flag.String("o", "features/synsets.tsv.gz", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wngen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	d, err := load(dir)
	if err != nil {
		return err
	}
	body, n := entries(d)
	sum := sha256.Sum256([]byte(body))
	var sb strings.Builder
	sb.WriteString(header(n, hex.EncodeToString(sum[:])))
	sb.WriteString(body)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write([]byte(sb.String())); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func header(n int, sum string) string {
	return `# stancekit-data synsets v1
# The synset table of the synset block (features.Config.Synsets, synsets.go),
# derived from Princeton WordNet 3.0 by features/internal/wngen (run by hand:
#   go run ./features/internal/wngen -dir /usr/share/wordnet -o features/synsets.tsv.gz).
#
# Format: after this header, one entry a line, tab-separated:
#   form <TAB> group [<TAB> group ...]
# form   a word as written, lower case: a single-word lemma, or an inflected
#        form that WordNet's exception lists or the inverse of its
#        morphological rules give for one;
# group  [lemma:]senses: the senses of one lemma in one part of speech,
#        space-separated, first sense first: the first sense, and the
#        second when SemCor tagged it (tagsense_cnt >= 2); the form's own
#        lemma groups come first and have no "lemma:", those of the lemmas
#        it inflects follow, each after its lemma and a colon;
# sense  a synset name, word.pos.NN (pos n, v, a, r), then ">" and its
#        first hypernym's name when it has one ('@' or '@i' for nouns and
#        verbs, the head '&' of an adjective satellite, the adjective '\' an
#        adverb derives from).
# Cut: multi-word lemmas, lemmas with digits or other signs, senses after
# the second, second senses no corpus tagged, and comparatives by rule of
# adjectives over six letters or ending in -y, -ed, -ing (the exception
# list still gives "riskier").
#
# Citation: George A. Miller (1995). WordNet: A Lexical Database for English.
# Communications of the ACM 38(11): 39-41. Christiane Fellbaum (1998, ed.)
# WordNet: An Electronic Lexical Database. Cambridge, MA: MIT Press.
#
# Licence (WordNet 3.0):
# This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license.  By obtaining, using
# and/or copying this software and database, you agree that you have
# read, understood, and will comply with these terms and conditions.:
#
# Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or
# royalty is hereby granted, provided that you agree to comply with
# the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal
# use or for distribution.
#
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
# OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software
# and/or database.  Title to copyright in this software, database and
# any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
#
# entries: ` + strconv.Itoa(n) + `
# sha256: ` + sum + `
`
}

func load(dir string) (*db, error) {
	d := &db{index: map[byte]map[string]indexEntry{}, data: map[string]synset{}, exc: map[byte]map[string][]string{}}
	for _, p := range posFiles {
		idx := map[string]indexEntry{}
		if err := eachLine(filepath.Join(dir, "index."+p.name), func(f []string) error {
			// lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
			if len(f) < 4 {
				return fmt.Errorf("short index line")
			}
			pc, err := strconv.Atoi(f[3])
			if err != nil || len(f) < 6+pc {
				return fmt.Errorf("bad pointer count")
			}
			tagged, err := strconv.Atoi(f[5+pc])
			if err != nil {
				return err
			}
			idx[f[0]] = indexEntry{offsets: f[6+pc:], tagged: tagged}
			return nil
		}); err != nil {
			return nil, err
		}
		d.index[p.letter] = idx
		if err := eachLine(filepath.Join(dir, "data."+p.name), func(f []string) error {
			// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr...
			if len(f) < 6 {
				return fmt.Errorf("short data line")
			}
			wc, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil || len(f) < 5+2*int(wc) {
				return fmt.Errorf("bad word count")
			}
			first := cleanWord(f[4])
			at := 4 + 2*int(wc)
			pc, err := strconv.Atoi(f[at])
			if err != nil || len(f) < at+1+4*pc {
				return fmt.Errorf("bad pointer count")
			}
			s := synset{first: first}
			want := []string{"@", "@i"}
			switch {
			case f[2] == "s":
				want = []string{"&"}
			case p.letter == 'r':
				want = []string{"\\"}
			case p.letter == 'a':
				want = nil
			}
		find:
			for _, sym := range want {
				for k := 0; k < pc; k++ {
					ptr := f[at+1+4*k : at+5+4*k]
					if ptr[0] == sym {
						s.hyper = ptr[1] + " " + posLetter(ptr[2])
						break find
					}
				}
			}
			d.data[f[0]+" "+string(p.letter)] = s
			return nil
		}); err != nil {
			return nil, err
		}
		exc := map[string][]string{}
		if err := eachLine(filepath.Join(dir, p.name+".exc"), func(f []string) error {
			if len(f) >= 2 {
				exc[f[0]] = append(exc[f[0]], f[1:]...)
			}
			return nil
		}); err != nil {
			return nil, err
		}
		d.exc[p.letter] = exc
	}
	return d, nil
}

// posLetter maps a pointer's part of speech to the file it lives in.
func posLetter(p string) string {
	if p == "s" {
		return "a"
	}
	return p
}

// cleanWord lower-cases a data-file word and drops an adjective's syntactic
// marker ("(p)", "(a)", "(ip)").
func cleanWord(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 {
		w = w[:i]
	}
	return strings.ToLower(w)
}

// eachLine calls fn with the fields of every line of a WordNet file that
// is not part of its licence header (those start with two spaces).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// name returns the stable name of the synset "offset pos".
func (d *db) name(key string) string {
	s, ok := d.data[key]
	if !ok {
		return ""
	}
	off, pos, _ := strings.Cut(key, " ")
	e := d.index[pos[0]][s.first]
	n := slices.Index(e.offsets, off) + 1
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%s.%s.%02d", s.first, pos, n)
}

// simple reports whether a lemma is kept: letters, with inner hyphens or
// apostrophes.
func simple(w string) bool {
	if w == "" {
		return false
	}
	for i, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
		case (r == '-' || r == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return true
}

// inflect returns the forms the inverse of morphy's detachment rules give
// for lemma in part of speech pos, as English spells them: one plural or
// third person ("-es" after a sibilant, "-ies" after a consonant and "y"),
// the past and the "-ing" form ("-d" and "-ing" for the final "e"), and
// comparatives of short adjectives. Doubled consonants ("banned") come from
// the exception lists.
func inflect(lemma string, pos byte) []string {
	ends := func(s ...string) bool {
		for _, x := range s {
			if strings.HasSuffix(lemma, x) {
				return true
			}
		}
		return false
	}
	var out []string
	n := len(lemma)
	sibilant := ends("s", "x", "z", "ch", "sh")
	consY := n >= 2 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2]))
	switch pos {
	case 'n': // morphy's s, ses, xes, zes, ches, shes, men, ies
		switch {
		case sibilant:
			out = append(out, lemma+"es")
		case consY:
			out = append(out, lemma[:n-1]+"ies")
		default:
			out = append(out, lemma+"s")
		}
		if ends("man") {
			out = append(out, lemma[:n-3]+"men")
		}
	case 'v': // s, ies, es, es, ed, ed, ing, ing
		switch {
		case sibilant:
			out = append(out, lemma+"es")
		case consY:
			out = append(out, lemma[:n-1]+"ies")
		default:
			out = append(out, lemma+"s")
		}
		switch {
		case ends("e"):
			out = append(out, lemma+"d", lemma[:n-1]+"ing")
		case consY: // "tried" is in the exception list
			out = append(out, lemma+"ing")
		default:
			out = append(out, lemma+"ed", lemma+"ing")
		}
	case 'a': // er, est, er (e), est (e): only short adjectives compare so
		if n > 6 || consY || ends("ed", "ing") {
			break
		}
		if ends("e") {
			out = append(out, lemma+"r", lemma+"st")
		} else {
			out = append(out, lemma+"er", lemma+"est")
		}
	}
	return out
}

type group struct {
	lemma string
	pos   byte
}

// entries returns the body of the file and its number of entries.
func entries(d *db) (string, int) {
	own := map[string][]group{}  // form -> its own lemma groups
	infl := map[string][]group{} // form -> groups of lemmas it inflects
	seen := map[string]map[group]bool{}
	add := func(m map[string][]group, form string, g group) {
		if !simple(form) {
			return
		}
		if seen[form] == nil {
			seen[form] = map[group]bool{}
		}
		if seen[form][g] {
			return
		}
		seen[form][g] = true
		m[form] = append(m[form], g)
	}
	for _, p := range posFiles {
		lemmas := make([]string, 0, len(d.index[p.letter]))
		for l := range d.index[p.letter] {
			if simple(l) {
				lemmas = append(lemmas, l)
			}
		}
		slices.Sort(lemmas)
		for _, l := range lemmas {
			add(own, l, group{l, p.letter})
		}
	}
	for _, p := range posFiles {
		forms := make([]string, 0, len(d.exc[p.letter]))
		for f := range d.exc[p.letter] {
			forms = append(forms, f)
		}
		slices.Sort(forms)
		for _, f := range forms {
			for _, base := range d.exc[p.letter][f] {
				if _, ok := d.index[p.letter][base]; ok && simple(base) {
					add(infl, f, group{base, p.letter})
				}
			}
		}
		lemmas := make([]string, 0, len(d.index[p.letter]))
		for l := range d.index[p.letter] {
			if simple(l) {
				lemmas = append(lemmas, l)
			}
		}
		slices.Sort(lemmas)
		for _, l := range lemmas {
			for _, f := range inflect(l, p.letter) {
				add(infl, f, group{l, p.letter})
			}
		}
	}
	forms := make([]string, 0, len(seen))
	for f := range seen {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	var sb strings.Builder
	n := 0
	for _, f := range forms {
		var fields []string
		for _, g := range append(slices.Clone(own[f]), infl[f]...) {
			e := d.index[g.pos][g.lemma]
			keep := 1
			if e.tagged >= 2 && len(e.offsets) >= 2 {
				keep = 2
			}
			var senses []string
			for _, off := range e.offsets[:min(keep, len(e.offsets))] {
				key := off + " " + string(g.pos)
				nm := d.name(key)
				if nm == "" {
					continue
				}
				if h := d.data[key].hyper; h != "" {
					if hn := d.name(h); hn != "" {
						nm += ">" + hn
					}
				}
				senses = append(senses, nm)
			}
			if len(senses) > 0 {
				field := strings.Join(senses, " ")
				if g.lemma != f {
					field = g.lemma + ":" + field
				}
				fields = append(fields, field)
			}
		}
		if len(fields) == 0 {
			continue
		}
		sb.WriteString(f)
		for _, x := range fields {
			sb.WriteByte('\t')
			sb.WriteString(x)
		}
		sb.WriteByte('\n')
		n++
	}
	return sb.String(), n
}
