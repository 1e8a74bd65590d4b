package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// outputs writes every result to a hidden temporary file beside its final
// name and renames them all into place in commit, so a file under its final
// name is always a complete result. The statements' temporary is
// partialFile, which a failed run leaves behind for -resume; the others are
// removed.
type outputs struct {
	dir       string
	files     []*output
	committed bool
}

type output struct {
	final, tmp string
	f          *os.File
}

// tmpName is the temporary file a result is written to.
func tmpName(name string) string {
	if name == statementsFile {
		return partialFile
	}
	return "." + name + ".tmp"
}

// create opens the temporary file of the result name.
func (o *outputs) create(name string) (*os.File, error) {
	tmp := filepath.Join(o.dir, tmpName(name))
	f, err := os.Create(tmp)
	if err != nil {
		return nil, fmt.Errorf("output folder %s cannot be written: %w", o.dir, err)
	}
	o.files = append(o.files, &output{final: filepath.Join(o.dir, name), tmp: tmp, f: f})
	return f, nil
}

// commit closes every temporary file and renames it into place.
func (o *outputs) commit() error {
	for _, f := range o.files {
		if err := f.f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", f.tmp, err)
		}
		f.f = nil
	}
	for _, f := range o.files {
		if err := os.Rename(f.tmp, f.final); err != nil {
			return fmt.Errorf("output: %w", err)
		}
	}
	o.committed = true
	os.Remove(filepath.Join(o.dir, resumeFile))
	return nil
}

// cleanup, after a failed run, removes the temporary files but the
// statements', which -resume reads.
func (o *outputs) cleanup() {
	if o.committed {
		return
	}
	for _, f := range o.files {
		if f.f != nil {
			f.f.Close()
		}
		if filepath.Base(f.tmp) != partialFile {
			os.Remove(f.tmp)
		}
	}
}

// preparePartial moves the statements an interrupted run left to
// resumeFile, where -resume reads them while the new run writes a new
// partialFile. When an interrupted resume left both, the larger is kept:
// the new file copies the old one first, so it is larger once it holds
// everything the old one did.
func preparePartial(dir string) error {
	partial, resume := filepath.Join(dir, partialFile), filepath.Join(dir, resumeFile)
	pi, err := os.Stat(partial)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("-resume: %w", err)
	}
	if ri, err := os.Stat(resume); err == nil && ri.Size() > pi.Size() {
		return os.Remove(partial)
	}
	if err := os.Rename(partial, resume); err != nil {
		return fmt.Errorf("-resume: %w", err)
	}
	return nil
}
