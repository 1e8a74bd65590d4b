package main

import (
	"strings"

	"github.com/stancekit/stancekit/internal/benchutil"
)

// load reads the benchmark's train.jsonl and test.jsonl from dir (see
// benchutil.LoadSplits) and strips the organisers' tag from every tweet.
func load(dir string) (train, test []benchutil.Row, err error) {
	train, test, err = benchutil.LoadSplits(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, rows := range [][]benchutil.Row{train, test} {
		for i := range rows {
			rows[i].Text = stripSemST(rows[i].Text)
		}
	}
	return train, test, nil
}

// semstTag is the hashtag the organisers appended to every tweet.
const semstTag = "#SemST"

// stripSemST removes the organisers' tag wherever it stands (it ends every
// tweet, sometimes followed by white space), matching it as a whole
// hashtag, in any letter case, in one pass over s.
func stripSemST(s string) string {
	var b strings.Builder
	from := 0 // s[from:] is not copied yet
	for i := 0; i+len(semstTag) <= len(s); i++ {
		end := i + len(semstTag)
		if s[i] != '#' || !strings.EqualFold(s[i:end], semstTag) || end < len(s) && isTagByte(s[end]) {
			continue
		}
		b.WriteString(s[from:i])
		from, i = end, end-1
	}
	b.WriteString(s[from:])
	return strings.TrimSpace(b.String())
}

func isTagByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// group splits tweets by target, targets in order of first appearance.
func group(ts []benchutil.Row) (targets []string, by map[string][]int) {
	by = map[string][]int{}
	for i, t := range ts {
		if _, ok := by[t.Target]; !ok {
			targets = append(targets, t.Target)
		}
		by[t.Target] = append(by[t.Target], i)
	}
	return targets, by
}
