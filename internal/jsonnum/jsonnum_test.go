package jsonnum

import (
	"encoding/json"
	"math"
	"strconv"
	"testing"
)

func TestRound(t *testing.T) {
	cases := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {1, "1"}, {-1, "-1"}, {0.97204, "0.972"}, {0.97206, "0.9721"}, {0.125, "0.125"}, {0.00015, "0.0001"}, {0.05, "0.05"},
		{0.123456789, "0.1235"}, {-0.56789, "-0.5679"}, {-0.00001, "0"}, {0.00005, "0.0001"},
		{2.0365123, "2.0365"}, {-0.00006, "-0.0001"}, {-0.00004, "0"}, {0.56785, "0.5678"}, {123456.78916, "123456.7892"}, {1e-7, "0"},
		{math.NaN(), "0"}, {math.Inf(1), "0"}, {math.Inf(-1), "0"},
	}
	for _, c := range cases {
		if got := string(Append(nil, c.in)); got != c.want {
			t.Errorf("Append(%v) = %s, want %s", c.in, got, c.want)
		}
		if got := Round(c.in); strconv.FormatFloat(got, 'f', -1, 64) != c.want {
			t.Errorf("Round(%v) = %v, want %s", c.in, got, c.want)
		}
		if math.Signbit(Round(c.in)) && Round(c.in) == 0 {
			t.Errorf("Round(%v) is a negative zero", c.in)
		}
	}
}

// TestRoundTrip: what Append writes reads back as Round's value, encoding/json
// writes that value the same way, and rounding again changes nothing.
func TestRoundTrip(t *testing.T) {
	for i := range 200000 {
		f := math.Sin(float64(i)) * math.Pow(10, float64(i%7-3))
		if i%4 == 1 { // at and next to the halfway points of the fourth decimal
			f = (math.Trunc(f*1e4) + 0.5) / 1e4
			switch i % 3 {
			case 1:
				f = math.Nextafter(f, math.Inf(1))
			case 2:
				f = math.Nextafter(f, math.Inf(-1))
			}
		}
		b := Append(nil, f)
		back, err := strconv.ParseFloat(string(b), 64)
		if err != nil || back != Round(f) {
			t.Fatalf("%v: wrote %s, read %v (%v), Round %v", f, b, back, err, Round(f))
		}
		if Round(back) != back {
			t.Fatalf("%v: Round is not idempotent: %v then %v", f, back, Round(back))
		}
		std, _ := json.Marshal(back)
		if string(std) != string(b) {
			t.Fatalf("%v: encoding/json writes %s, Append %s", f, std, b)
		}
		var slow [32]byte
		want, _ := strconv.ParseFloat(string(strconv.AppendFloat(slow[:0], f, 'f', Decimals, 64)), 64)
		if Round(f) != want && !(want == 0 && Round(f) == 0) {
			t.Fatalf("%v: Round %v, the decimal reads as %v", f, Round(f), want)
		}
	}
}

// TestRoundTies: values that lie on or next to a halfway point of the
// fourth decimal,
// where the fast path must give way to the decimal.
func TestRoundTies(t *testing.T) {
	for _, f := range []float64{0.03125, -0.03125, 0.00005, 0.00015, 0.12345, 0.56785, 1.00005, 0.99995, 2.5e-5, 7.5e-5,
		math.Nextafter(0.03125, 1), math.Nextafter(0.03125, 0), 123456789.00005, 1e12 + 0.00005, 1e17, -1e17} {
		var buf [32]byte
		want, _ := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], f, 'f', Decimals, 64)), 64)
		if got := Round(f); got != want && !(got == 0 && want == 0) {
			t.Errorf("Round(%v) = %v, the decimal reads as %v", f, got, want)
		}
	}
}

func BenchmarkRound(b *testing.B) {
	x := 0.0
	for i := 0; b.Loop(); i++ {
		x += Round(float64(i) * 0.000123457)
	}
	_ = x
}

// shortest is Append as strconv writes it, the reference the fast path
// must equal byte for byte.
func shortest(f float64) string { return strconv.FormatFloat(Round(f), 'f', -1, 64) }

// TestAppendIsShortest: Append writes what strconv's shortest 'f' form of
// Round(f) writes, over magnitudes from 10⁻⁶ to 10¹², the halfway points of
// the fourth decimal and their neighbours, every multiple of 10⁻⁴ in
// [-2, 2], and arbitrary bit patterns.
func TestAppendIsShortest(t *testing.T) {
	check := func(f float64) {
		t.Helper()
		if got, want := string(Append(nil, f)), shortest(f); got != want {
			t.Fatalf("Append(%v) = %s, want %s", f, got, want)
		}
	}
	for i := range 300000 {
		f := math.Sin(float64(i)) * math.Pow(10, float64(i%19-6))
		check(f)
		h := (math.Trunc(f*1e4) + 0.5) / 1e4
		check(h)
		check(math.Nextafter(h, math.Inf(1)))
		check(math.Nextafter(h, math.Inf(-1)))
	}
	for r := -20000; r <= 20000; r++ {
		check(float64(r) / 1e4)
		check(float64(r) * 1e-4)
	}
	x := uint64(0x9e3779b97f4a7c15)
	for range 300000 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		check(math.Float64frombits(x))
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 429496.7295, -429496.7295, 429496.7296, 1 << 32, -(1 << 40), 0.00005, -0.00005, 1e-300, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		check(f)
	}
}

// FuzzAppendIsShortest: the same on any float64.
func FuzzAppendIsShortest(f *testing.F) {
	f.Add(0.97205)
	f.Add(-0.00005)
	f.Add(429496.72955)
	f.Fuzz(func(t *testing.T, x float64) {
		if got, want := string(Append(nil, x)), shortest(x); got != want {
			t.Fatalf("Append(%v) = %s, want %s", x, got, want)
		}
	})
}

// BenchmarkAppend is the cost of writing one figure.
func BenchmarkAppend(b *testing.B) {
	buf := make([]byte, 0, 32)
	for i := 0; b.Loop(); i++ {
		buf = Append(buf[:0], float64(i%20000)/1e4-1)
	}
}
