package experiment

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// MLPConfig sets a one-hidden-layer network over the default model's
// sparse features, fastText-like: each feature has a learnt embedding of
// Hidden numbers, a statement's hidden layer is the ReLU of its features'
// embeddings summed with their TF-IDF values (plus a bias), and a softmax
// over Labels reads the hidden layer (and, with Skip, the sparse features
// directly, as the linear model does). It is trained by per-example
// AdaGrad over Epochs passes in an order shuffled by Seed, with balanced
// class weights: single-threaded, so the same seed gives the same network
// bit for bit.
type MLPConfig struct {
	Hidden  int
	Epochs  int
	Rate    float64 // AdaGrad's learning rate
	L2      float64 // weight decay on the parameters an example touches
	Dropout float64 // share of hidden units dropped in training
	Init    float64 // embeddings start uniform in ±Init
	Skip    bool
	Seed    uint64
	// Models, when above 1, averages the probabilities of that many
	// networks trained with seeds Seed, Seed+1, ...
	Models int
}

func (c MLPConfig) withDefaults() MLPConfig {
	if c.Hidden == 0 {
		c.Hidden = 64
	}
	if c.Epochs == 0 {
		c.Epochs = 10
	}
	if c.Rate == 0 {
		c.Rate = 0.1
	}
	if c.Init == 0 {
		c.Init = 0.2
	}
	if c.Models == 0 {
		c.Models = 1
	}
	return c
}

// mlp is a trained network.
type mlp struct {
	h, k int
	e    []float64 // feature × hidden
	b1   []float64
	w    []float64 // class × hidden
	b2   []float64
	s    []float64 // feature × class (Skip), or nil
	dim  int
}

// adagrad holds the squared-gradient sums of one parameter block.
type adagrad []float64

func (g adagrad) step(p []float64, i int, grad, rate, l2 float64) {
	grad += l2 * p[i]
	g[i] += grad * grad
	p[i] -= rate * grad / (math.Sqrt(g[i]) + 1e-8)
}

// forward writes the hidden layer (pre-activation in pre, after ReLU in
// hid) and returns the class probabilities.
func (m *mlp) forward(x features.Vector, pre, hid, out []float64) {
	copy(pre, m.b1)
	for n, i := range x.Idx {
		if int(i) >= m.dim {
			continue
		}
		v := x.Val[n]
		row := m.e[int(i)*m.h : int(i+1)*m.h]
		for j := range pre {
			pre[j] += v * row[j]
		}
	}
	for j, v := range pre {
		hid[j] = math.Max(v, 0)
	}
	m.logits(x, hid, out)
}

func (m *mlp) logits(x features.Vector, hid, out []float64) {
	copy(out, m.b2)
	for c := range out {
		row := m.w[c*m.h : (c+1)*m.h]
		var v float64
		for j, a := range hid {
			v += row[j] * a
		}
		out[c] += v
	}
	if m.s != nil {
		for n, i := range x.Idx {
			if int(i) >= m.dim {
				continue
			}
			v := x.Val[n]
			for c := range out {
				out[c] += v * m.s[int(i)*m.k+c]
			}
		}
	}
	softmaxInPlace(out)
}

func trainMLP(X []features.Vector, y []int, wt []float64, dim, k int, c MLPConfig, seed uint64) *mlp {
	h := c.Hidden
	rng := rand.New(rand.NewPCG(seed, 0x6d6c70))
	m := &mlp{h: h, k: k, dim: dim,
		e: make([]float64, dim*h), b1: make([]float64, h),
		w: make([]float64, k*h), b2: make([]float64, k)}
	for i := range m.e {
		m.e[i] = c.Init * (2*rng.Float64() - 1)
	}
	r := math.Sqrt(6 / float64(h+k))
	for i := range m.w {
		m.w[i] = r * (2*rng.Float64() - 1)
	}
	ge, gb1, gw, gb2 := make(adagrad, len(m.e)), make(adagrad, h), make(adagrad, len(m.w)), make(adagrad, k)
	var gs adagrad
	if c.Skip {
		m.s = make([]float64, dim*k)
		gs = make(adagrad, len(m.s))
	}
	pre, hid, out := make([]float64, h), make([]float64, h), make([]float64, k)
	mask := make([]float64, h)
	dh := make([]float64, h)
	order := make([]int, len(X))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < c.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			x := X[i]
			m.forward(x, pre, hid, out)
			if c.Dropout > 0 {
				keep := 1 - c.Dropout
				for j := range hid {
					mask[j] = 0
					if rng.Float64() < keep {
						mask[j] = 1 / keep
					}
					hid[j] *= mask[j]
				}
				m.logits(x, hid, out)
			}
			// out becomes the gradient of the weighted log-loss at the logits.
			out[y[i]]--
			for cc := range out {
				out[cc] *= wt[i]
			}
			clear(dh)
			for cc, g := range out {
				row := m.w[cc*h : (cc+1)*h]
				for j := range dh {
					dh[j] += g * row[j]
				}
			}
			for cc, g := range out {
				for j := 0; j < h; j++ {
					gw.step(m.w, cc*h+j, g*hid[j], c.Rate, c.L2)
				}
				gb2.step(m.b2, cc, g, c.Rate, 0)
			}
			for j := range dh {
				if pre[j] <= 0 {
					dh[j] = 0
				} else if c.Dropout > 0 {
					dh[j] *= mask[j]
				}
			}
			for n, f := range x.Idx {
				if int(f) >= dim {
					continue
				}
				v := x.Val[n]
				base := int(f) * h
				for j, g := range dh {
					if g != 0 {
						ge.step(m.e, base+j, v*g, c.Rate, c.L2)
					}
				}
				if m.s != nil {
					for cc, g := range out {
						gs.step(m.s, int(f)*k+cc, v*g, c.Rate, c.L2)
					}
				}
			}
			for j, g := range dh {
				gb1.step(m.b1, j, g, c.Rate, 0)
			}
		}
	}
	return m
}

// MLPProbs is the network of c as a ProbLearner, over the vectoriser
// cfg.Features makes, fitted on the fold's training texts.
func MLPProbs(c MLPConfig) ProbLearner {
	c = c.withDefaults()
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Prober, error) {
		texts, labels, _ := defaultmodel.Columns(tr)
		for i := range texts {
			texts[i] = apply(o.Transform, texts[i])
		}
		vec, err := vectoriserFor(cfg)
		if err != nil {
			return nil, err
		}
		X, err := vec.FitTransform(texts)
		if err != nil {
			return nil, err
		}
		k := len(Labels)
		y := make([]int, len(labels))
		count := make([]float64, k)
		for i, l := range labels {
			y[i] = -1
			for cc, ll := range Labels {
				if l == ll {
					y[i] = cc
				}
			}
			if y[i] < 0 {
				return nil, fmt.Errorf("mlp: label %q is not one of %v", l, Labels)
			}
			count[y[i]]++
		}
		wt := make([]float64, len(y))
		for i, cc := range y {
			wt[i] = 1
			if cfg.Balanced {
				wt[i] = float64(len(y)) / (float64(k) * count[cc])
			}
		}
		nets := make([]*mlp, c.Models)
		for n := range nets {
			nets[n] = trainMLP(X, y, wt, vec.Dim(), k, c, c.Seed+uint64(n))
		}
		return func(texts []string) [][]float64 {
			out := make([][]float64, len(texts))
			pre, hid := make([]float64, c.Hidden), make([]float64, c.Hidden)
			p := make([]float64, k)
			for i, s := range texts {
				s = apply(o.Transform, s)
				if !features.HasWord(s) {
					continue
				}
				x, err := vec.Transform(s)
				if err != nil {
					continue
				}
				avg := make([]float64, k)
				for _, m := range nets {
					m.forward(x, pre, hid, p)
					for cc := range avg {
						avg[cc] += p[cc] / float64(len(nets))
					}
				}
				out[i] = avg
			}
			return out
		}, nil
	}
}
