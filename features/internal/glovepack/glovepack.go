// Package glovepack packs the GloVe cluster table (features/
// gloveclusters.tsv.gz, uncompressed) into the binary form the features
// package embeds, features/gloveclusters.bin, so that the default table
// opens with no parse. The generator features/internal/glovebin writes the
// file with Pack; TestGloveBinIsCurrent in features checks that Pack of the
// committed .tsv.gz gives the committed bytes.
//
// The layout, every integer little-endian:
//
//	offset size        field
//	0      4           magic "SKGC"
//	4      4           version (1)
//	8      4           n, the number of words
//	12     4           slots, a power of two >= 2n
//	16     4           w, the length of the words section in bytes
//	20     32          SHA-256 of the tsv's entries (its header's sum)
//	52     4*slots     slot array: entry index + 1, 0 for an empty slot
//	...    4*(n+1)     word offsets into the words section, ascending
//	...    w           the words' bytes, in entry order, unseparated
//	...    4*n         per entry, its cluster of 256 and of 1024 (uint16 each)
//
// The slot array is internal/wordhash's index (Place: a word's home slot
// is its 32-bit FNV-1a hash masked by slots-1, a collision moves to the
// next slot, wrapping), as the generated tables of sentiment and tokenize
// use. No seed: the same tsv gives the same bytes.
package glovepack

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/internal/wordhash"
)

// Magic opens a packed table.
const Magic = "SKGC"

// Version is the layout's version.
const Version = 1

// HeaderSize is the fixed part before the slot array.
const HeaderSize = 52

// Counts are the cluster counts of the two columns, in order.
var Counts = [2]int{256, 1024}

// versionLine is the first line of the tsv (internal/tsv's Header for
// "gloveclusters" v1).
const versionLine = "# stancekit-data gloveclusters v1\n"

// Pack checks the uncompressed tsv text of a cluster table (its version
// line, the sum of its entries, each entry's shape and range, no repeated
// word) and returns its packed form.
func Pack(text []byte) ([]byte, error) {
	if !bytes.HasPrefix(text, []byte(versionLine)) {
		return nil, fmt.Errorf("glovepack: not a gloveclusters v1 table")
	}
	_, rest, ok := bytes.Cut(text, []byte("\n# sha256: "))
	if !ok {
		return nil, fmt.Errorf("glovepack: no sha256 line in the header")
	}
	sumHex, body, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return nil, fmt.Errorf("glovepack: no entries")
	}
	sum, err := hex.DecodeString(string(sumHex))
	if err != nil || len(sum) != sha256.Size {
		return nil, fmt.Errorf("glovepack: sha256 %q is not 64 hex digits", sumHex)
	}
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, fmt.Errorf("glovepack: entries hash to %x, the header says %s", got, sumHex)
	}
	var words []string
	var ids [][2]uint16
	seen := map[string]bool{}
	for i, line := range strings.Split(strings.TrimSuffix(string(body), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || strings.TrimSpace(f[0]) != f[0] {
			return nil, fmt.Errorf("glovepack: entry %d: want word<TAB>cluster<TAB>cluster, have %q", i+1, line)
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("glovepack: entry %d: word %q repeated", i+1, f[0])
		}
		seen[f[0]] = true
		var x [2]uint16
		for c, k := range Counts {
			id, err := strconv.Atoi(f[1+c])
			if err != nil || id < 0 || id >= k {
				return nil, fmt.Errorf("glovepack: entry %d: cluster %q is not in 0..%d", i+1, f[1+c], k-1)
			}
			x[c] = uint16(id)
		}
		words = append(words, f[0])
		ids = append(ids, x)
	}
	if len(words) == 0 || len(body) == 0 {
		return nil, fmt.Errorf("glovepack: no entries")
	}
	return encode(words, ids, sum)
}

// encode lays the table out (see the package comment).
func encode(words []string, ids [][2]uint16, sum []byte) ([]byte, error) {
	n := len(words)
	table := wordhash.Place(words)
	slots := len(table)
	w := 0
	for _, x := range words {
		w += len(x)
	}
	if uint64(HeaderSize)+4*uint64(slots)+4*uint64(n+1)+uint64(w)+4*uint64(n) > 1<<31 {
		return nil, fmt.Errorf("glovepack: %d words are too many", n)
	}
	le := binary.LittleEndian
	out := make([]byte, 0, HeaderSize+4*slots+4*(n+1)+w+4*n)
	out = append(out, Magic...)
	out = le.AppendUint32(out, Version)
	out = le.AppendUint32(out, uint32(n))
	out = le.AppendUint32(out, uint32(slots))
	out = le.AppendUint32(out, uint32(w))
	out = append(out, sum...)
	for _, v := range table {
		out = le.AppendUint32(out, v)
	}
	off := 0
	for _, x := range words {
		out = le.AppendUint32(out, uint32(off))
		off += len(x)
	}
	out = le.AppendUint32(out, uint32(off))
	for _, x := range words {
		out = append(out, x...)
	}
	for _, x := range ids {
		out = le.AppendUint16(out, x[0])
		out = le.AppendUint16(out, x[1])
	}
	return out, nil
}
