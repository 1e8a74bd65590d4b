package stance_test

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/internal/stancetest"
)

// TestTrainSameOnAnyGOMAXPROCS checks that the logistic solver's parallel
// objective leaves the model as a serial one would: trained on one
// goroutine and on four, the saved models are the same bytes. Three
// classes take the general path, four the unrolled one; NB scaling and
// example weights take theirs.
func TestTrainSameOnAnyGOMAXPROCS(t *testing.T) {
	texts, labels := stancetest.Synthetic(600, 3)
	four := append([]stance.Label(nil), labels...)
	for i := range four {
		if i%7 == 0 {
			four[i] = "neutral"
		}
	}
	base := stance.TrainConfig{Features: features.Config{WordNgrams: 2, Sublinear: true, MinDF: 1}, L2: 0.01, Balanced: true, MaxIter: 60}
	nb := base
	nb.NB = 1
	cases := []struct {
		name   string
		labels []stance.Label
		cfg    stance.TrainConfig
	}{
		{"three classes", labels, base},
		{"four classes", four, base},
		{"four classes, NB", four, nb},
	}
	save := func(t *testing.T, procs int, labels []stance.Label, cfg stance.TrainConfig) []byte {
		t.Helper()
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		m, err := stance.Train(texts, labels, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			one := save(t, 1, c.labels, c.cfg)
			if four := save(t, 4, c.labels, c.cfg); !bytes.Equal(one, four) {
				t.Errorf("GOMAXPROCS 1 and 4 saved different models (%d and %d bytes)", len(one), len(four))
			}
		})
	}
	t.Run("example weights", func(t *testing.T) {
		w := make([]float64, len(texts))
		for i := range w {
			w[i] = 0.5 + float64(i%5)/4
		}
		var saved [][]byte
		for _, procs := range []int{1, 4} {
			m, err := func() (*stance.Model, error) {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
				return trainWeighted(t, texts, four, w, base)
			}()
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := m.Save(&b); err != nil {
				t.Fatal(err)
			}
			saved = append(saved, b.Bytes())
		}
		if !bytes.Equal(saved[0], saved[1]) {
			t.Errorf("GOMAXPROCS 1 and 4 saved different weighted models (%d and %d bytes)", len(saved[0]), len(saved[1]))
		}
	})
}
