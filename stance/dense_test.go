package stance

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/features"
)

// vectorModel trains a small model with a word-vector block.
func vectorModel(t *testing.T) *Model {
	t.Helper()
	wv, err := features.NewWordVectors(3, []string{"ban", "huawei", "keep", "vendor", "weather"},
		[]float32{1, 0, 0, 0, 1, 0, 0, 0, 1, 0.6, 0.8, 0, 0, 0.6, 0.8})
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultTrainConfig()
	cfg.Features.Vectors, cfg.Features.WordVectors = 0.5, wv
	m, err := Train([]string{"ban Huawei now", "keep Huawei please", "assess every vendor", "the weather was fine"},
		[]Label{Opposed, Supportive, Cautious, OffTarget}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// A model with the word-vector block saves as format version 3 with its
// table, loads back to the same predictions, and saves to the same bytes;
// its reasons name the block once, as VectorsReason.
func TestVectorModelRoundTrip(t *testing.T) {
	m := vectorModel(t)
	var a bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.String(), magic+" 3 ") {
		t.Fatalf("header %.40q, want version 3", a.String())
	}
	got, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := got.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("a loaded model saves to other bytes")
	}
	for _, s := range []string{"ban Huawei now", "keep the vendor", "an unseen statement", "weather"} {
		p, _ := m.Predict(s)
		q, _ := got.Predict(s)
		if fmt.Sprint(p) != fmt.Sprint(q) {
			t.Errorf("%q: saved %v, loaded %v", s, p, q)
		}
		n := 0
		for _, r := range p.Reasons {
			if strings.HasPrefix(r.Feature, "v:") {
				t.Errorf("%q: a single dimension as a reason: %v", s, r)
			}
			if r.Feature == VectorsReason {
				n++
			}
		}
		if n > 1 {
			t.Errorf("%q: the block named %d times", s, n)
		}
	}
	// A model without the block is still written as version 2.
	plain, err := Train([]string{"ban it", "keep it"}, []Label{Opposed, Supportive}, DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := plain.Save(&c); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.String(), magic+" 2 ") {
		t.Errorf("header %.40q, want version 2", c.String())
	}
}

// Damaged or hostile word-vector sections, under a valid checksum, are
// refused with ErrBadModel.
func TestVectorModelDamaged(t *testing.T) {
	m := vectorModel(t)
	fm := m.toFile()
	good, err := encodeBinary(&fm)
	if err != nil {
		t.Fatal(err)
	}
	wrap := func(ver int, p []byte) *bytes.Buffer {
		sum := sha256.Sum256(p)
		var b bytes.Buffer
		fmt.Fprintf(&b, "%s %d sha256=%s bytes=%d\n", magic, ver, hex.EncodeToString(sum[:]), len(p))
		b.Write(p)
		return &b
	}
	if _, err := Load(wrap(3, good)); err != nil {
		t.Fatalf("good payload: %v", err)
	}
	nan := bytes.Clone(good)
	binary.LittleEndian.PutUint32(nan[len(nan)-4:], math.Float32bits(float32(math.NaN())))
	huge := bytes.Clone(good)
	binary.LittleEndian.PutUint32(huge[len(huge)-4:], math.Float32bits(1e30))
	plain := m.toFile()
	plain.Features.WordVectors = nil
	noTable, err := encodeBinary(&plain) // the block on, no table
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		ver int
		p   []byte
	}{
		"NaN value":              {3, nan},
		"huge value":             {3, huge},
		"truncated":              {3, good[:len(good)-3]},
		"trailing":               {3, append(bytes.Clone(good), 0, 0, 0, 0)},
		"version 2 with a table": {2, good},
		"block without a table":  {3, noTable},
		"block without, as v2":   {2, noTable},
	} {
		_, err := Load(wrap(c.ver, c.p))
		if !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: %v, want ErrBadModel", name, err)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}
