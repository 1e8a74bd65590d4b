package main

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/stancekit/stancekit/debate"
	"github.com/stancekit/stancekit/stance"
)

// maxChartActors is how many actors the timeline shows, the most active.
const maxChartActors = 25

// labelColors are the positions' colours, chosen to be told apart with
// the common colour-vision deficiencies (Okabe–Ito's green and orange, and a dark red that differs from the orange in lightness too).
var labelColors = map[stance.Label]color.NRGBA{
	stance.Supportive: {0x00, 0x9e, 0x73, 0xff}, // bluish green
	stance.Cautious:   {0xe6, 0x9f, 0x00, 0xff}, // orange
	stance.Opposed:    {0xb2, 0x18, 0x2b, 0xff}, // dark red, darker than the orange
}

var otherColor = color.NRGBA{0x99, 0x99, 0x99, 0xff}

func colorOf(l stance.Label) color.NRGBA {
	if c, ok := labelColors[l]; ok {
		return c
	}
	return otherColor
}

// chartActors are the actors of the chart, the most active first (by
// statements, then name), at most maxChartActors.
func chartActors(ps []debate.Position) []string {
	n := map[string]int{}
	for _, p := range ps {
		n[p.Actor] += p.Statements
	}
	var out []string
	for a := range n {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > maxChartActors {
		out = out[:maxChartActors]
	}
	return out
}

// periodRange is every period from the first to the last, gaps included,
// so that the x axis is time.
func periodRange(ps []debate.Position, p debate.Period) []string {
	if len(ps) == 0 {
		return nil
	}
	lo, hi := ps[0].Period, ps[0].Period
	for _, x := range ps {
		lo, hi = min(lo, x.Period), max(hi, x.Period)
	}
	var out []string
	for cur := lo; cur <= hi && len(out) < 10000; cur = nextPeriod(cur, p) {
		out = append(out, cur)
	}
	return out
}

// nextPeriod is the period after s: "2019-12" → "2020-01", "2019-Q4" →
// "2020-Q1", "2019" → "2020".
func nextPeriod(s string, p debate.Period) string {
	y, _ := strconv.Atoi(s[:min(4, len(s))])
	switch {
	case p == debate.Year || len(s) < 7:
		return strconv.Itoa(y + 1)
	case p == debate.Quarter:
		q, _ := strconv.Atoi(s[6:])
		if q >= 4 {
			return fmt.Sprintf("%d-Q1", y+1)
		}
		return fmt.Sprintf("%d-Q%d", y, q+1)
	}
	m, _ := strconv.Atoi(s[5:7])
	if m >= 12 {
		return fmt.Sprintf("%d-01", y+1)
	}
	return fmt.Sprintf("%d-%02d", y, m+1)
}

// radius is a point's size for n statements: area proportional to n, from
// 3 points for one statement up to 11.
func radius(n, maxN int) vg.Length {
	if maxN < 1 {
		maxN = 1
	}
	return vg.Points(3 + 8*math.Sqrt(float64(n)/float64(maxN)))
}

// timeline is the chart of positions: one row per actor, the most active on
// top, one column per period; each point is coloured by the position and
// sized by the number of statements. It returns the plot and the legend
// drawn beside it, and the chart's size.
type timeline struct {
	plot          *plot.Plot
	legend        plot.Legend
	width, height vg.Length
	legendWidth   vg.Length
}

func newTimeline(ps []debate.Position, period debate.Period) (*timeline, error) {
	actors := chartActors(ps)
	periods := periodRange(ps, period)
	row := map[string]int{}
	for i, a := range actors {
		row[a] = len(actors) - 1 - i
	}
	col := map[string]int{}
	for i, p := range periods {
		col[p] = i
	}
	maxN := 1
	for _, p := range ps {
		if _, ok := row[p.Actor]; ok {
			maxN = max(maxN, p.Statements)
		}
	}

	pl := plot.New()
	pl.Title.Text = fmt.Sprintf("Positions on Huawei and 5G security, by actor and %s", period)
	pl.Title.TextStyle.Font.Size = vg.Points(14)
	pl.Title.Padding = vg.Points(8)
	pl.X.Label.Text = period.String()
	pl.X.Label.TextStyle.Font.Size = vg.Points(11)
	pl.X.Tick.Label.Font.Size = vg.Points(10)
	pl.Y.Tick.Label.Font.Size = vg.Points(10)
	pl.X.Padding, pl.Y.Padding = vg.Points(6), vg.Points(6)
	pl.BackgroundColor = color.White

	// faint guides for every actor row
	grid := plotter.NewGrid()
	grid.Vertical.Color = color.Gray{0xee}
	grid.Horizontal.Color = color.Gray{0xe4}
	pl.Add(grid)

	labels := []stance.Label{stance.Supportive, stance.Cautious, stance.Opposed}
	pts := map[stance.Label]plotter.XYs{}
	sizes := map[stance.Label][]int{}
	for _, p := range ps {
		r, ok := row[p.Actor]
		if !ok {
			continue
		}
		l := p.Label
		if _, known := labelColors[l]; !known {
			l = "other"
		}
		pts[l] = append(pts[l], plotter.XY{X: float64(col[p.Period]), Y: float64(r)})
		sizes[l] = append(sizes[l], p.Statements)
	}
	if len(pts["other"]) > 0 {
		labels = append(labels, "other")
	}
	var leg plot.Legend = plot.NewLegend()
	leg.TextStyle.Font.Size = vg.Points(11)
	leg.Left = true
	leg.Top = true
	for _, l := range labels {
		c := colorOf(l)
		fill := c
		fill.A = 0xcc
		if xy := pts[l]; len(xy) > 0 {
			s, err := plotter.NewScatter(xy)
			if err != nil {
				return nil, err
			}
			n := sizes[l]
			s.GlyphStyleFunc = func(i int) draw.GlyphStyle {
				return draw.GlyphStyle{Color: fill, Radius: radius(n[i], maxN), Shape: draw.CircleGlyph{}}
			}
			pl.Add(s)
		}
		thumb := &dot{color: fill, r: vg.Points(6)}
		leg.Add(string(l), thumb)
	}
	// the size key
	for _, n := range sizeKey(maxN) {
		word := "statements"
		if n == 1 {
			word = "statement"
		}
		leg.Add(fmt.Sprintf("%d %s", n, word), &dot{color: color.NRGBA{0x55, 0x55, 0x55, 0x99}, r: radius(n, maxN)})
	}

	var yt []plot.Tick
	for i, a := range actors {
		yt = append(yt, plot.Tick{Value: float64(len(actors) - 1 - i), Label: clip(a, 34)})
	}
	pl.Y.Tick.Marker = plot.ConstantTicks(yt)
	step := max(1, (len(periods)+11)/12)
	var xt []plot.Tick
	for i, p := range periods {
		t := plot.Tick{Value: float64(i)}
		if i%step == 0 {
			t.Label = p
		}
		xt = append(xt, t)
	}
	pl.X.Tick.Marker = plot.ConstantTicks(xt)
	pl.X.Min, pl.X.Max = -0.6, math.Max(float64(len(periods))-0.4, 0.6)
	pl.Y.Min, pl.Y.Max = -0.7, math.Max(float64(len(actors))-0.3, 0.7)

	w := vg.Points(math.Max(560, 140+float64(len(periods))*60)) + vg.Points(170)
	w = min(w, vg.Points(1600))
	h := vg.Points(math.Max(280, 110+float64(len(actors))*30))
	return &timeline{plot: pl, legend: leg, width: w, height: h, legendWidth: vg.Points(160)}, nil
}

// sizeKey is the statement counts the legend shows sizes for.
func sizeKey(maxN int) []int {
	switch {
	case maxN <= 1:
		return []int{1}
	case maxN <= 4:
		return []int{1, maxN}
	}
	return []int{1, (maxN + 1) / 2, maxN}
}

// dot is a legend thumbnail: a filled circle.
type dot struct {
	color color.Color
	r     vg.Length
}

func (d *dot) Thumbnail(c *draw.Canvas) {
	p := vg.Point{X: (c.Min.X + c.Max.X) / 2, Y: (c.Min.Y + c.Max.Y) / 2}
	c.DrawGlyph(draw.GlyphStyle{Color: d.color, Radius: d.r, Shape: draw.CircleGlyph{}}, p)
}

// draw renders the chart on a canvas: the plot, and the legend to its right.
func (t *timeline) draw(c vg.CanvasSizer) {
	dc := draw.New(c)
	t.plot.Draw(draw.Crop(dc, vg.Points(6), -t.legendWidth, vg.Points(4), -vg.Points(4)))
	lc := draw.Crop(dc, t.width-t.legendWidth+vg.Points(12), 0, 0, -vg.Points(40))
	t.legend.Padding = vg.Points(12)
	t.legend.ThumbnailWidth = vg.Points(26)
	t.legend.Draw(lc)
}

// writePNG writes the chart as a PNG at 144 dots per inch.
func (t *timeline) writePNG(w io.Writer) error {
	c := vgimg.NewWith(vgimg.UseWH(t.width, t.height), vgimg.UseDPI(144), vgimg.UseBackgroundColor(color.White))
	t.draw(c)
	_, err := vgimg.PngCanvas{Canvas: c}.WriteTo(w)
	return err
}

// writeSVG writes the chart as SVG.
func (t *timeline) writeSVG(w io.Writer) error {
	c := vgsvg.New(t.width, t.height)
	c.SetColor(color.White)
	c.Fill(rectPath(t.width, t.height))
	t.draw(c)
	_, err := c.WriteTo(w)
	return err
}

func rectPath(w, h vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{})
	p.Line(vg.Point{X: w})
	p.Line(vg.Point{X: w, Y: h})
	p.Line(vg.Point{Y: h})
	p.Close()
	return p
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
