package debate

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestAppendRecordsFieldsOnce: records sharing their article's fields, and
// records with fields of their own, equal or not, empty or none, write
// what each record's MarshalJSON writes, line by line.
func TestAppendRecordsFieldsOnce(t *testing.T) {
	shared := map[string]json.RawMessage{"title": json.RawMessage(`"Huawei \u2028 5G"`), "lang": json.RawMessage(`"en"`)}
	equal := map[string]json.RawMessage{"title": json.RawMessage(`"Huawei \u2028 5G"`), "lang": json.RawMessage(`"en"`)}
	other := map[string]json.RawMessage{"n": json.RawMessage(`3`)}
	rec := func(id string, f map[string]json.RawMessage) Record {
		return Record{ArticleID: id, Date: "2019-03-12", Actor: "Huawei", Text: "We never did.", Start: 1, End: 14, Fields: f}
	}
	recs := []Record{rec("a", shared), rec("a", shared), rec("b", other), rec("b", other), rec("c", nil),
		rec("d", equal), rec("d", shared), rec("e", map[string]json.RawMessage{}), rec("f", other)}
	got, err := AppendRecords(nil, recs)
	if err != nil {
		t.Fatal(err)
	}
	var want []byte
	for _, r := range recs {
		b, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want = append(append(want, b...), '\n')
	}
	if !bytes.Equal(got, want) {
		t.Errorf("AppendRecords:\n%s\nwant\n%s", got, want)
	}
	if !bytes.Contains(got, []byte(`"fields":{"n":3}`)) {
		t.Errorf("no fields written:\n%s", got)
	}
}

// BenchmarkAppendRecordsFields is an article's 22 records with two
// pass-through fields: "once" is AppendRecords, "each" encodes the fields
// for every record, as AppendRecords did before.
func BenchmarkAppendRecordsFields(b *testing.B) {
	f := map[string]json.RawMessage{"lang": json.RawMessage(`"en"`), "tags": json.RawMessage(`["huawei","5g"]`)}
	recs := make([]Record, 22)
	for i := range recs {
		recs[i] = Record{ArticleID: "a", Date: "2019-03-12", Actor: "Huawei", Text: "We have never been asked to hand over data.", Fields: f}
	}
	var buf []byte
	b.Run("once", func(b *testing.B) {
		for b.Loop() {
			buf, _ = AppendRecords(buf[:0], recs)
		}
	})
	b.Run("each", func(b *testing.B) {
		for b.Loop() {
			buf = buf[:0]
			for _, r := range recs {
				buf, _ = r.appendJSON(buf, nil)
				buf = append(buf, '\n')
			}
		}
	})
}
