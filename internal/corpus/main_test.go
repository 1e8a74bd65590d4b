package corpus

import (
	"testing"

	"github.com/stancekit/stancekit/internal/datatest"
)

// TestMain says, in one line, which data tests skipped for want of the
// shared data (here the data owners' reserved-source list).
func TestMain(m *testing.M) { datatest.Main(m) }
