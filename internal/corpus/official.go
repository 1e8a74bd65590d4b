package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// OfficialSplitPath is testdata/official/split.json: the official gold's
// split by text into development and sealed texts.
func OfficialSplitPath() string { return filepath.Join(Dir(), "official", "split.json") }

// OfficialDevNames returns the development texts of the official gold (the
// "dev" list of split.json, every batch), in the file's order. Only the
// names of the split are read.
func OfficialDevNames() ([]string, error) {
	b, err := os.ReadFile(OfficialSplitPath())
	if err != nil {
		return nil, fmt.Errorf("official split: %w", err)
	}
	var sp struct {
		Dev []string `json:"dev"`
	}
	if err := json.Unmarshal(b, &sp); err != nil {
		return nil, fmt.Errorf("official split: %s: %w", OfficialSplitPath(), err)
	}
	if len(sp.Dev) == 0 {
		return nil, fmt.Errorf("official split: %s lists no development texts", OfficialSplitPath())
	}
	return sp.Dev, nil
}
