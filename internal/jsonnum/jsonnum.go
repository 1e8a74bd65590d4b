// Package jsonnum is the one precision policy of stancekit's JSON output.
//
// Every fractional figure a result type writes as JSON (a probability, a
// confidence, a relevance, a weight, a sentiment score or valence) is
// rounded to Decimals decimal places, correctly (the decimal nearest to the
// float64's exact value, as strconv formats it), and written in the shortest form that reads
// back as the rounded value: 0.972, not 0.9720; 1, not 1.0000. A value read
// back from JSON is therefore exactly the value written, and writing it
// again gives the same bytes. NaN and ±Inf, which JSON cannot carry, are
// written as 0.
//
// The policy is for results (predictions, scores, article and corpus
// output), not for model or calibration files, which keep full precision.
// The README's "JSON contract" section states it for users.
package jsonnum

import (
	"math"
	"strconv"
)

// Decimals is the number of decimal places figures keep in JSON output.
const Decimals = 4

// Round returns f rounded to Decimals places: the float64 nearest to the
// decimal strconv writes for f with Decimals places. NaN and ±Inf become 0,
// and so does a negative value that rounds to zero. encoding/json writes a
// rounded value in its shortest form, as Append does, so a type may round
// its fields and leave the writing to encoding/json.
func Round(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	// Fast path, without formatting: y = f·10⁴ is within half an ulp of
	// the exact product, so unless it lies (nearly) halfway between two
	// integers math.Round(y) is the correctly rounded decimal, and
	// dividing that integer by 10⁴ gives the float64 nearest to it, as
	// ParseFloat of the decimal would.
	// Below 2³², y is within 5e-7 of the exact product.
	const scale = 1e4 // 10^Decimals
	if y := f * scale; math.Abs(y) < 1<<32 {
		r := math.Round(y)
		if d := math.Abs(y - r); d < 0.5-1e-6 {
			if r == 0 {
				return 0 // no negative zero: -0.00001 writes as 0
			}
			return r / scale
		}
	}
	var buf [32]byte
	v, _ := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], f, 'f', Decimals, 64)), 64)
	if v == 0 {
		return 0
	}
	return v
}

// Append appends f to b as JSON writes it under the policy: Round(f) in its
// shortest decimal form.
func Append(b []byte, f float64) []byte {
	v := Round(f)
	// Fast path: v is the float64 nearest to the decimal r/10⁴ (with r an
	// integer below 2³²), so that decimal is v's shortest form: any other
	// decimal with no more digits is a multiple of 10⁻⁴ too, at least
	// 10⁻⁴ away, far more than the half ulp (under 10⁻¹⁰ below 2³²/10⁴)
	// that would read back as v. Its digits are r's, the point put in by
	// hand, with no call to the shortest-float formatter.
	const scale = 1e4 // 10^Decimals
	if r := math.Round(v * scale); math.Abs(r) < 1<<32 && r/scale == v {
		return appendFixed(b, int64(r))
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// appendFixed appends r/10⁴ in decimal, as strconv's 'f' format writes
// it: no trailing zeros after the point, no point when none is left.
func appendFixed(b []byte, r int64) []byte {
	if r < 0 {
		b = append(b, '-')
		r = -r
	}
	b = strconv.AppendInt(b, r/1e4, 10)
	frac := r % 1e4
	if frac == 0 {
		return b
	}
	var d [Decimals]byte
	for i := Decimals - 1; i >= 0; i-- {
		d[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := Decimals
	for d[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, d[:n]...)
}
