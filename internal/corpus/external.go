package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// DataEnv names the environment variable that points at the shared
// benchmark data folder (the one holding semeval2016-task6a/,
// huawei-external-dev/, vader-*/ …).
const DataEnv = "STANCEKIT_DATA"

// DataDir returns the shared benchmark data folder: $STANCEKIT_DATA when
// set, otherwise ../shared/data beside the repository. The folder may not
// exist; callers skip cleanly when it does not.
func DataDir() string {
	if d := os.Getenv(DataEnv); d != "" {
		return d
	}
	return filepath.Join(Dir(), "..", "..", "shared", "data")
}

// Labelled is one row of a labelled JSONL benchmark file. Fields a file
// has beyond these are ignored.
type Labelled struct {
	ID     string `json:"id"`
	Target string `json:"target"`
	Text   string `json:"text"`
	Label  string `json:"label"`
}

// LoadLabelled reads a JSONL file of labelled rows. A malformed line is an
// error naming its number.
func LoadLabelled(path string) ([]Labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	var out []Labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var r Labelled
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("load %s line %d: %w", path, line, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return out, nil
}
