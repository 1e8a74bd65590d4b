package stance

import "encoding/json"

// JSONPayload returns m's payload in the version 1 (JSON) layout, for tests
// that edit a payload field by field.
func JSONPayload(m *Model) ([]byte, error) {
	fm := m.toFile()
	return json.Marshal(fm)
}

// BinaryPayload returns m's payload in the current (binary) layout.
func BinaryPayload(m *Model) ([]byte, error) {
	fm := m.toFile()
	return encodeBinary(&fm)
}
