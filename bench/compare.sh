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
# one batch per target (stancekit's models compiled, stance.Model.Compile,
# once and untimed; the program prints how long that took); predicting them
# one call at a time (Model.Predict, with its explanation), both after one
# untimed pass in batches on each side (stancekit's models lay out their
# rows for prediction, and its tokenizer caches the test set's words, in
# their first few hundred statements, which a target's test tweets may not
# reach: without that pass the batch figure measured that set-up). stancekit's
# choice of L2 and auxiliary weight by cross-validation is timed separately
# (the scikit-learn pipelines use fixed C=1 and are not tuned).
#
# CPUs: by default both sides may use every CPU this process may. Set
# STANCEKIT_CPUS=N to give each side the same N CPUs: both run under
# taskset on the first N CPUs of this process's affinity, with
# GOMAXPROCS=N for stancekit and N threads for scikit-learn's BLAS and
# OpenMP pools. The summary says how many CPUs each side saw, and prints
# stancekit's ratios against every scikit-learn pipeline, beside its F_avg.
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

# The CPUs both sides run on: every CPU this process may use, or with
# STANCEKIT_CPUS=N the first N of them, pinned.
allowed=$("$py" -c 'import os; print(",".join(map(str, sorted(os.sched_getaffinity(0)))))')
navail=$(tr ',' '\n' <<<"$allowed" | wc -l)
pin=()
if [[ -n ${STANCEKIT_CPUS:-} ]]; then
	if [[ ! $STANCEKIT_CPUS =~ ^[1-9][0-9]*$ ]] || ((STANCEKIT_CPUS > navail)); then
		echo "compare.sh: STANCEKIT_CPUS must be a whole number from 1 to $navail (the CPUs this process may use), not '$STANCEKIT_CPUS'" >&2
		exit 2
	fi
	if ! command -v taskset >/dev/null; then
		echo "compare.sh: STANCEKIT_CPUS needs taskset (util-linux) to pin both sides to the same CPUs" >&2
		exit 1
	fi
	cpus=$STANCEKIT_CPUS
	pin=(taskset -c "$(tr ',' '\n' <<<"$allowed" | head -n "$cpus" | paste -sd,)")
	export GOMAXPROCS=$cpus OMP_NUM_THREADS=$cpus OPENBLAS_NUM_THREADS=$cpus MKL_NUM_THREADS=$cpus
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

# How many CPUs scikit-learn may use, asked from inside the pinning.
sk_cpus=$("${pin[@]}" "$py" -c 'import os; print(len(os.sched_getaffinity(0)))')
pinned=${pin[*]:+, pinned with ${pin[*]}}
echo "== scikit-learn $("$py" -c 'import sklearn; print(sklearn.__version__)') (Python $("$py" -c 'import platform; print(platform.python_version())'); $sk_cpus CPUs$pinned)"
"${pin[@]}" "$py" "$root/bench/sklearn_semeval.py" --repeat "$repeat" "$data" | tee "$tmp/sklearn.out"

echo
(cd "$root" && go build -o "$tmp/semeval" ./examples/semeval)
echo "== stancekit ($(cd "$root" && go version | cut -d' ' -f3), GOMAXPROCS=${GOMAXPROCS:-default}$pinned)"
"${pin[@]}" "$tmp/semeval" -data "$data" -repeat "$repeat" | tee "$tmp/stancekit.out"

echo
"$py" - "$tmp/sklearn.out" "$tmp/stancekit.out" "$sk_cpus" "$repeat" "$(nproc --all)" <<'EOF'
import re
import sys

sk_path, us_path, sk_cpus, repeat, machine = sys.argv[1:]
rows = {}
for path in (sk_path, us_path):
    for line in open(path, encoding="utf-8"):
        if line.startswith("BENCH "):
            kv = dict(f.split("=", 1) for f in line.split()[1:])
            name = kv.pop("engine")
            rows[name] = {k: float(v) for k, v in kv.items()}
us = rows.get("stancekit")
sks = [(n, r) for n, r in rows.items() if n.startswith("sklearn-")]
if not us or not sks:
    sys.exit("compare.sh: a BENCH line is missing")
# examples/semeval's header says how many CPUs it ran on (its GOMAXPROCS).
m = re.search(r"; (\d+) CPUs?$", open(us_path, encoding="utf-8").read(), re.M)
us_cpus = m.group(1) if m else "?"

print(f"== side by side: scikit-learn on {sk_cpus} CPUs, stancekit on {us_cpus} CPUs "
      f"(of the machine's {machine}); fastest of {repeat} runs each")
fmt = "{:<24} {:>9} {:>14} {:>12} {:>7}"
print(fmt.format("engine", "train s", "batch stmt/s", "single µs", "F_avg"))
for name, r in rows.items():
    print(fmt.format(name, f"{r['train_s']:.3f}", f"{r['batch_per_s']:,.0f}", f"{r['single_us']:.1f}", f"{r['f_avg']:.2f}"))
if "select_s" in us:
    print(f"(stancekit's cross-validated choice of L2 and aux took {us['select_s']:.2f} s more, once)")


def ratio(x):
    return f"{x:6.2f}x " + ("faster" if x >= 1 else "slower")


about = {"sklearn-svm-ngrams": "the organisers' baseline", "sklearn-tfidf-lr": "TF-IDF + logistic regression"}
for name, sk in sks:
    print()
    print(f"stancekit vs {name} ({about.get(name, 'scikit-learn')}, F_avg {sk['f_avg']:.2f}):")
    print(f"  training  {ratio(sk['train_s'] / us['train_s'])}")
    print(f"  batches   {ratio(us['batch_per_s'] / sk['batch_per_s'])}")
    print(f"  single    {ratio(sk['single_us'] / us['single_us'])}")
    print(f"  F_avg     {us['f_avg'] - sk['f_avg']:+6.2f} points ({us['f_avg']:.2f} against {sk['f_avg']:.2f})")
EOF
