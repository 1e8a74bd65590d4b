package experiment

import (
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/stancekit/stancekit/stance"
)

// CurvePoint is one training size of the learning curve.
type CurvePoint struct {
	// Size is the number of scored-split statements each fold trains on
	// (the train-only statements come on top); the last point is all.
	Size        int
	MacroF1     float64
	OffTargetF1 float64
}

// LearningCurve measures grouped cross-validation on the train split with
// each fold's training part cut to each size (whole source groups, drawn at
// random), and once with all of it. The sealed test is never touched.
func LearningCurve(d Data, cfg stance.TrainConfig, sizes []int, o Options) ([]CurvePoint, error) {
	k := o.Folds
	if k == 0 {
		k = 10
	}
	full := len(d.Scored) * (k - 1) / k
	var out []CurvePoint
	for _, n := range append(append([]int(nil), sizes...), 0) {
		if n >= full {
			continue
		}
		oo := o
		oo.TrainSize = n
		r, err := CrossValidate(d, cfg, oo)
		if err != nil {
			return nil, fmt.Errorf("learning curve at %d: %w", n, err)
		}
		size := n
		if n == 0 {
			size = full
		}
		out = append(out, CurvePoint{Size: size, MacroF1: r.MacroF1, OffTargetF1: r.OffTargetF1})
	}
	return out, nil
}

// PlotCurve draws the learning curve as a PNG (training size on a log
// axis, both F1 figures) into w.
func PlotCurve(w io.Writer, pts []CurvePoint) error {
	p := plot.New()
	p.Title.Text = "stancekit learning curve (grouped 10-fold CV on the train split)"
	p.X.Label.Text = "training statements per fold"
	p.Y.Label.Text = "F1"
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = plot.LogTicks{Prec: -1}
	p.Y.Min, p.Y.Max = 0.3, 0.9
	p.Add(plotter.NewGrid())
	for i, s := range []struct {
		name string
		get  func(CurvePoint) float64
		c    color.RGBA
	}{
		{"stance macro-F1", func(c CurvePoint) float64 { return c.MacroF1 }, color.RGBA{R: 31, G: 119, B: 180, A: 255}},
		{"off-target F1", func(c CurvePoint) float64 { return c.OffTargetF1 }, color.RGBA{R: 214, G: 39, B: 40, A: 255}},
	} {
		xy := make(plotter.XYs, len(pts))
		for j, c := range pts {
			xy[j].X, xy[j].Y = float64(c.Size), s.get(c)
		}
		l, sc, err := plotter.NewLinePoints(xy)
		if err != nil {
			return err
		}
		l.Color, sc.Color = s.c, s.c
		l.Width = vg.Points(2)
		if i == 1 {
			l.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
		}
		p.Add(l, sc)
		p.Legend.Add(s.name, l, sc)
	}
	target := plotter.NewFunction(func(float64) float64 { return 0.75 })
	target.Color = color.Gray{Y: 120}
	target.Dashes = []vg.Length{vg.Points(2), vg.Points(2)}
	p.Add(target)
	p.Legend.Add("target macro-F1 0.75", target)
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.YOffs = vg.Points(10)
	wt, err := p.WriterTo(7*vg.Inch, 4.5*vg.Inch, "png")
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}
