#!/usr/bin/env bash
# coldstart.sh: cold-start time of the classify command, a fresh process per
# run, as the median of RUNS runs (default 20) of a built binary.
#
#   bench/coldstart.sh [BASELINE_BIN]
#
# Builds examples/classify from this tree and times, run by run, one
# statement ("classify 'Operators oppose a Huawei ban.'") and one 5 KB
# article ("classify -article testdata/articles/euractiv-2019-03-04-
# huawei-brussels-centre.txt"), as a table and with -json. It prints the median and fastest wall time
# and the median CPU time (user + system) of each. Given a second classify
# binary (say one built from an older commit), it alternates the two run by
# run, so that both see the same machine, and prints both.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/classify" ./examples/classify)
bins=("$tmp/classify")
if [[ $# -gt 0 ]]; then
	bins+=("$1")
fi
article=$root/testdata/articles/euractiv-2019-03-04-huawei-brussels-centre.txt

# one BIN ARGS...: prints "wall_ms cpu_ms" of one run.
one() {
	local TIMEFORMAT='%R %U %S' t
	t=$({ time "$@" >/dev/null 2>&1; } 2>&1)
	awk '{printf "%.1f %.1f\n", $1*1000, ($2+$3)*1000}' <<<"$t"
}

# report NAME FILE: median and fastest wall, median CPU of the runs in FILE.
report() {
	sort -n -k1,1 "$2" | awk -v name="$1" '{w[NR]=$1} END{printf "%-34s wall median %6.1f ms  fastest %6.1f ms", name, w[int((NR+1)/2)], w[1]}'
	sort -n -k2,2 "$2" | awk '{c[NR]=$2} END{printf "  cpu median %6.1f ms\n", c[int((NR+1)/2)]}'
}

echo "classify cold start, $runs runs each, $(nproc) CPUs, $(date -u +%Y-%m-%d)"
for mode in statement article article-json; do
	for ((i = 0; i < runs; i++)); do
		for b in "${!bins[@]}"; do
			if [[ $mode == statement ]]; then
				one "${bins[$b]}" "Operators oppose a Huawei ban." >>"$tmp/$mode.$b"
			elif [[ $mode == article ]]; then
				one "${bins[$b]}" -article "$article" >>"$tmp/$mode.$b"
			else
				one "${bins[$b]}" -json -article "$article" >>"$tmp/$mode.$b"
			fi
		done
	done
	for b in "${!bins[@]}"; do
		name="$mode (this tree)"
		[[ $b -gt 0 ]] && name="$mode ($(basename "${bins[$b]}"))"
		report "$name" "$tmp/$mode.$b"
	done
done
