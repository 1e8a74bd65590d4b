package main

import (
	"bufio"
	"bytes"
	"html/template"
	"io"
	"net/url"
	"sort"
	"strconv"

	"github.com/stancekit/stancekit/debate"
	"github.com/stancekit/stancekit/stance"
)

// writeResults writes positions.csv, network.graphml, the timeline and the
// report into their temporary files. The PNG, most of the work, is drawn on
// a goroutine of its own, from a timeline of its own, while the rest is
// written: the outputs are the same, and the run's last, serial step takes
// less time on more than one core.
func writeResults(out *outputs, ps []debate.Position, period debate.Period) error {
	fPos, err := out.create(positionsFile)
	if err != nil {
		return err
	}
	fNet, err := out.create(networkFile)
	if err != nil {
		return err
	}
	fPNG, err := out.create(timelinePNG)
	if err != nil {
		return err
	}
	fSVG, err := out.create(timelineSVG)
	if err != nil {
		return err
	}
	fReport, err := out.create(reportFile)
	if err != nil {
		return err
	}
	png := make(chan error, 1)
	go func() {
		tl, err := newTimeline(ps, period)
		if err == nil {
			err = tl.writePNG(fPNG)
		}
		png <- err
	}()
	err = writeRest(ps, period, fPos, fNet, fSVG, fReport)
	if perr := <-png; err == nil {
		err = perr
	}
	return err
}

// writeRest writes every result but the PNG.
func writeRest(ps []debate.Position, period debate.Period, fPos, fNet, fSVG, fReport io.Writer) error {
	if err := debate.WritePositionsCSV(fPos, ps); err != nil {
		return err
	}
	net := debate.BuildNetwork(ps)
	if err := net.WriteGraphML(fNet); err != nil {
		return err
	}
	tl, err := newTimeline(ps, period)
	if err != nil {
		return err
	}
	var svg bytes.Buffer
	if err := tl.writeSVG(&svg); err != nil {
		return err
	}
	if _, err := fSVG.Write(svg.Bytes()); err != nil {
		return err
	}
	// the template writes a piece at a time, tens of thousands of pieces
	// for a long run: one write call each would cost more than the
	// template itself
	bw := bufio.NewWriterSize(fReport, 64<<10)
	if err := writeReport(bw, ps, net, period, svg.Bytes()); err != nil {
		return err
	}
	return bw.Flush()
}

// reportActor is one actor's section of the report.
type reportActor struct {
	Name, Type string
	Statements int
	Label      stance.Label
	Positions  []debate.Position
	Evidence   []debate.Evidence
}

// writeReport writes one self-contained HTML page: the chart inline, the
// positions table, and per actor its strongest statements with links to
// their articles. It loads nothing from elsewhere.
func writeReport(w io.Writer, ps []debate.Position, net debate.Network, period debate.Period, svg []byte) error {
	byActor := map[string]*reportActor{}
	for _, p := range ps {
		a := byActor[p.Actor]
		if a == nil {
			a = &reportActor{Name: p.Actor, Type: p.ActorType}
			byActor[p.Actor] = a
		}
		a.Statements += p.Statements
		a.Positions = append(a.Positions, p)
		a.Evidence = append(a.Evidence, p.Evidence...)
	}
	var actors []*reportActor
	for _, n := range net.Nodes {
		if a := byActor[n.Actor]; a != nil {
			a.Label = n.Label
			actors = append(actors, a)
		}
	}
	for _, a := range actors {
		sort.SliceStable(a.Evidence, func(i, j int) bool { return a.Evidence[i].Date < a.Evidence[j].Date })
	}
	data := struct {
		Period    string
		Chart     template.HTML
		Positions []debate.Position
		Actors    []*reportActor
		Edges     []debate.Edge
	}{period.String(), template.HTML(svg), ps, actors, net.Edges}
	return reportTmpl.Execute(w, data)
}

// safeURL keeps http(s) and relative links and drops the rest (javascript:
// and the like), so a link in the input cannot run in the report.
func safeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return s
}

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"count": func(p debate.Position, l string) int { return p.Counts[stance.Label(l)] },
	"pct":   formatPct,
	"url":   safeURL,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Huawei/5G debate over time</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { text-align: left; padding: .3em .6em; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f6f6f6; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.label { display: inline-block; padding: 0 .45em; border-radius: .3em; color: #fff; font-size: .85em; }
.supportive { background: #009e73; } .cautious { background: #b07800; } .opposed { background: #b2182b; } .other { background: #888; }
.actor { margin-top: 1.5em; }
.actor h3 { margin-bottom: .3em; }
blockquote { margin: .4em 0 .8em 0; padding-left: .8em; border-left: 3px solid #ddd; }
.meta { color: #666; font-size: .88em; }
</style>
</head>
<body>
<h1>The Huawei/5G debate over time</h1>
<p class="meta">Positions per actor and {{.Period}}, from stancekit. Each statement counts once per actor and {{.Period}}, however many copies of it were published.</p>
<div class="chart" id="chart">{{.Chart}}</div>

<h2 id="positions">Positions</h2>
<table>
<thead><tr><th>actor</th><th>type</th><th>{{.Period}}</th><th>supportive</th><th>cautious</th><th>opposed</th><th>statements</th><th>position</th><th>confidence</th></tr></thead>
<tbody>
{{range .Positions}}<tr><td>{{.Actor}}</td><td>{{.ActorType}}</td><td>{{.Period}}</td><td class="n">{{count . "supportive"}}</td><td class="n">{{count . "cautious"}}</td><td class="n">{{count . "opposed"}}</td><td class="n">{{.Statements}}</td><td><span class="label {{.Label}}">{{.Label}}</span></td><td class="n">{{pct .Confidence}}</td></tr>
{{end}}</tbody>
</table>

<h2 id="actors">Actors and their statements</h2>
{{range .Actors}}<section class="actor">
<h3>{{.Name}} <span class="label {{.Label}}">{{.Label}}</span></h3>
<p class="meta">{{.Type}} · {{.Statements}} statements in {{len .Positions}} {{if eq (len .Positions) 1}}period{{else}}periods{{end}}</p>
{{range .Evidence}}<blockquote><span class="label {{.Label}}">{{.Label}}</span> {{.Text}}
<div class="meta">{{.Speaker}} · {{.Date}} · {{with url .URL}}<a href="{{.}}">{{end}}{{.ArticleID}}{{if url .URL}}</a>{{end}} [{{.Start}}:{{.End}}]</div></blockquote>
{{end}}</section>
{{end}}
{{if .Edges}}<h2 id="network">Agreement network</h2>
<table>
<thead><tr><th>actor</th><th>actor</th><th>{{.Period}}s agreeing</th><th>{{.Period}}s differing</th></tr></thead>
<tbody>
{{range .Edges}}<tr><td>{{.A}}</td><td>{{.B}}</td><td class="n">{{.Agree}}</td><td class="n">{{.Oppose}}</td></tr>
{{end}}</tbody>
</table>{{end}}
</body>
</html>
`))

func formatPct(f float64) string { return strconv.FormatFloat(f*100, 'f', 0, 64) + "%" }
