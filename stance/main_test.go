package stance_test

import (
	"testing"

	"github.com/stancekit/stancekit/internal/datatest"
)

// TestMain says, in one line, which data tests skipped for want of the
// shared data.
func TestMain(m *testing.M) { datatest.Main(m) }
