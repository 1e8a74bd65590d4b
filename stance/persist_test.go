package stance_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// loadFile reads a model from path, as a program loading a -model flag
// does.
func loadFile(path string) (*stance.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return stance.Load(f)
}

func saved(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := defaultModel(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSaveLoadRoundTrip(t *testing.T) {
	orig := defaultModel(t)
	path := filepath.Join(t.TempDir(), "m.model")
	if err := os.WriteFile(path, saved(t), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := loadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Operators oppose a Huawei ban.", "Shut Huawei out.", "A common approach is needed."} {
		a, _ := orig.Predict(s)
		b, _ := m.Predict(s)
		if a.Label != b.Label || a.Confidence != b.Confidence {
			t.Errorf("%q: %v/%v after round trip, %v/%v before", s, b.Label, b.Confidence, a.Label, a.Confidence)
		}
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	good := saved(t)
	nl := bytes.IndexByte(good, '\n')
	flip := append([]byte(nil), good...)
	flip[len(flip)/2] ^= 0x20
	future := append([]byte(fmt.Sprintf("stancekit-model %d", stance.FormatVersion+1)), good[len(fmt.Sprintf("stancekit-model %d", stance.FormatVersion)):]...)
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"empty":       {nil, "empty"},
		"foreign":     {[]byte("PK\x03\x04 this is a zip file\n"), "header"},
		"json only":   {good[nl+1:], "header"},
		"truncated":   {good[:len(good)-100], "truncated"},
		"header only": {good[:nl+1], "truncated"},
		"corrupt":     {flip, "checksum"},
		"future":      {future, "newer"},
		"bad version": {append([]byte("stancekit-model x"), good[len(fmt.Sprintf("stancekit-model %d", stance.FormatVersion)):]...), "version"},
	} {
		_, err := stance.Load(bytes.NewReader(c.data))
		if !errors.Is(err, stance.ErrBadModel) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want ErrBadModel mentioning %q", name, err, c.want)
		}
	}
}

func TestSaveIsDeterministic(t *testing.T) {
	if !bytes.Equal(saved(t), saved(t)) {
		t.Error("saving the same model twice differs")
	}
}
