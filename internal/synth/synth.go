// Package synth generates streams of news articles for scale tests of the
// debate package and the beam module: JSON Lines articles of about 5 KB,
// made from the paragraphs of real articles, dated across four years, with
// a share of syndicated copies (the same text under another id and source).
//
// The stream is deterministic for a seed, and written as it is generated,
// so its size does not bound the generator's memory.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/internal/corpus"
)

// Config describes a stream.
type Config struct {
	// N is the number of articles.
	N int
	// Seed makes the stream; equal seeds give equal streams.
	Seed uint64
	// Sources are the texts whose paragraphs make the articles.
	Sources []string
	// Bytes is an article's size, at least (default 5,000).
	Bytes int
	// Syndicated is the share of articles that copy an earlier one's text
	// (default 0.2).
	Syndicated float64
}

var outlets = []string{"Reuters", "EURACTIV", "Sky News", "Politico Europe", "Financial Times", "Le Monde", "Der Spiegel"}

// Write writes cfg.N articles as JSON Lines to w:
// {"id","date","url","source","title","text"}.
func Write(w io.Writer, cfg Config) error {
	if len(cfg.Sources) == 0 {
		return fmt.Errorf("synth: no source texts")
	}
	size := cfg.Bytes
	if size <= 0 {
		size = 5000
	}
	synd := cfg.Syndicated
	if synd == 0 {
		synd = 0.2
	}
	var paras []string
	for _, s := range cfg.Sources {
		for _, p := range strings.Split(s, "\n\n") {
			if p = strings.TrimSpace(p); len(p) > 40 {
				paras = append(paras, p)
			}
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	bw := bufio.NewWriterSize(w, 256<<10)
	type recent struct{ title, text, date string }
	var last []recent // a window of recent stories, for syndicated copies
	for i := range cfg.N {
		var r recent
		if len(last) > 0 && rng.Float64() < synd {
			r = last[rng.IntN(len(last))]
		} else {
			var b strings.Builder
			start := rng.IntN(len(paras))
			for k := 0; b.Len() < size; k++ {
				if k > 0 {
					b.WriteString("\n\n")
				}
				b.WriteString(paras[(start+k)%len(paras)])
			}
			r.text = b.String()
			r.title = strings.SplitN(r.text, "\n", 2)[0]
			if len(r.title) > 120 {
				r.title = r.title[:120]
			}
			r.date = fmt.Sprintf("%d-%02d-%02d", 2018+rng.IntN(4), 1+rng.IntN(12), 1+rng.IntN(28))
			if len(last) < 64 {
				last = append(last, r)
			} else {
				last[rng.IntN(len(last))] = r
			}
		}
		id := fmt.Sprintf("gen-%07d", i)
		src := outlets[rng.IntN(len(outlets))]
		line, err := json.Marshal(map[string]string{"id": id, "date": r.date, "source": src, "title": r.title,
			"url": "https://news.example/" + id, "text": r.text})
		if err != nil {
			return err
		}
		bw.Write(line)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// CorpusSources returns the texts of the five corpus articles
// (testdata/articles), in file-name order: the sources the scale tests of
// the debate package, the debate program and the beam module build their
// streams from.
func CorpusSources() ([]string, error) {
	docs, err := corpus.LoadArticles(filepath.Join(corpus.Dir(), "articles"))
	if err != nil {
		return nil, err
	}
	if len(docs) != 5 {
		return nil, fmt.Errorf("synth: %d corpus articles, want 5", len(docs))
	}
	names := slices.Sorted(maps.Keys(docs))
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = docs[n]
	}
	return out, nil
}
