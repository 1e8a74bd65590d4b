#!/usr/bin/env bash
# compare.sh: stancekit against scikit-learn on SemEval-2016 Task 6A, side by
# side in one run, on the same data and machine.
#
#   bench/compare.sh [DATA_DIR]      (default: $STANCEKIT_DATA/semeval2016-task6a,
#                                     else ../shared/data/semeval2016-task6a)
#
# Runs scikit-learn's version of the organisers' baseline (word 1-3 + char
# 2-5 TF-IDF n-grams, LinearSVC, one model per target) and a TF-IDF +
# logistic regression pipeline with bench/sklearn_semeval.py under Debian's
# /usr/bin/python3 (installing python3-sklearn with apt-get when it is
# missing), then examples/semeval, and prints training seconds, batch
# statements/s, single-statement latency, F_avg and the ratios.
#
# Every figure is the fastest of REPEAT runs (default 3) of the same work on
# both sides: training the five final models; predicting the test tweets in
# one batch per target; predicting them one call at a time. stancekit's
# choice of L2 and auxiliary weight by cross-validation is timed separately
# (the scikit-learn pipelines use fixed C=1 and are not tuned). Set
# STANCEKIT_CPUS=1 to run stancekit on one CPU, as scikit-learn runs here.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-${STANCEKIT_DATA:-$root/../shared/data}/semeval2016-task6a}
repeat=${REPEAT:-3}
py=/usr/bin/python3

if [[ ! -f $data/train.jsonl || ! -f $data/test.jsonl ]]; then
	echo "compare.sh: $data/train.jsonl or test.jsonl not found; the SemEval-2016 data is not redistributed with stancekit." >&2
	echo "Pass the folder holding them as the first argument, or set STANCEKIT_DATA." >&2
	exit 0
fi

if ! "$py" -c 'import sklearn' 2>/dev/null; then
	echo "compare.sh: installing python3-sklearn with apt-get" >&2
	if [[ $(id -u) -ne 0 ]]; then
		echo "compare.sh: python3-sklearn is missing and this is not root: run apt-get install -y python3-sklearn" >&2
		exit 1
	fi
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sklearn >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== scikit-learn $("$py" -c 'import sklearn; print(sklearn.__version__)') (Python $("$py" -c 'import platform; print(platform.python_version())'))"
"$py" "$root/bench/sklearn_semeval.py" --repeat "$repeat" "$data" | tee "$tmp/sklearn.out"

echo
echo "== stancekit ($(cd "$root" && go version | cut -d' ' -f3), GOMAXPROCS=${STANCEKIT_CPUS:-all})"
(cd "$root" && go build -o "$tmp/semeval" ./examples/semeval)
if [[ -n ${STANCEKIT_CPUS:-} ]]; then
	GOMAXPROCS=$STANCEKIT_CPUS "$tmp/semeval" -data "$data" -repeat "$repeat" | tee "$tmp/stancekit.out"
else
	"$tmp/semeval" -data "$data" -repeat "$repeat" | tee "$tmp/stancekit.out"
fi

echo
echo "== side by side ($(nproc) CPUs; fastest of $repeat runs each)"
"$py" - "$tmp/sklearn.out" "$tmp/stancekit.out" <<'EOF'
import sys

rows = {}
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.startswith("BENCH "):
            kv = dict(f.split("=", 1) for f in line.split()[1:])
            name = kv.pop("engine")
            rows[name] = {k: float(v) for k, v in kv.items()}
sk = rows.get("sklearn-svm-ngrams")
us = rows.get("stancekit")
if not sk or not us:
    sys.exit("compare.sh: a BENCH line is missing")
fmt = "{:<32} {:>9} {:>14} {:>12} {:>7}"
print(fmt.format("engine", "train s", "batch stmt/s", "single µs", "F_avg"))
for name, r in rows.items():
    print(fmt.format(name, f"{r['train_s']:.3f}", f"{r['batch_per_s']:,.0f}", f"{r['single_us']:.1f}", f"{r['f_avg']:.2f}"))
if "select_s" in us:
    print(f"(stancekit's cross-validated choice of L2 and aux took {us['select_s']:.2f} s more, once)")
print()
print("stancekit vs scikit-learn svm-ngrams (the organisers' baseline):")
print(f"  training  {sk['train_s'] / us['train_s']:6.1f}x faster")
print(f"  batches   {us['batch_per_s'] / sk['batch_per_s']:6.1f}x faster")
print(f"  single    {sk['single_us'] / us['single_us']:6.1f}x faster")
print(f"  F_avg     {us['f_avg'] - sk['f_avg']:+6.2f} points")
EOF
