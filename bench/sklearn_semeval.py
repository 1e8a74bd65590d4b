#!/usr/bin/python3
"""scikit-learn baselines on SemEval-2016 Task 6A, timed like examples/semeval.

Pipelines, one per target, fitted on train.jsonl and scored on test.jsonl:

  svm-ngrams  the organisers' baseline: word 1-3-gram and character
              2-5-gram TF-IDF (sublinear) features, LinearSVC(C=1)
  tfidf-lr    word 1-2-gram TF-IDF (sublinear), LogisticRegression(C=1)

The organisers' "#SemST" tag is stripped from every tweet first, as
examples/semeval does. Each figure is the fastest of --repeat runs: training
time of the five pipelines, batch prediction throughput (each target's test
tweets in one predict call), and single-statement latency (predict on a
one-element list, once per test tweet), both timed after one untimed pass
in batches, as examples/semeval's are. The last line of each pipeline is
machine-readable:

  BENCH engine=sklearn-svm-ngrams train_s=… batch_per_s=… single_us=… f_avg=…

With --cv K it reads train.jsonl only and prints each pipeline's pooled
out-of-fold F_avg over K stratified folds within each target (seed 1), the
figure examples/semeval's -cv-only prints for a feature family, so that a
family can be compared with these pipelines on the training data without
scoring the test set:

  CV engine=sklearn-tfidf-lr folds=5 f_avg=…

Run with Debian's interpreter: /usr/bin/python3 bench/sklearn_semeval.py DIR
"""

import argparse
import gc
import json
import os
import re
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

SEMST = re.compile(r"#semst(?![A-Za-z0-9_])", re.IGNORECASE)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                raise SystemExit(f"sklearn_semeval: {path} line {n}: {e}")
            rows.append((r["id"], r["target"], SEMST.sub("", r["text"]).strip(), r["label"]))
    return rows


def svm_ngrams():
    return Pipeline([
        ("features", FeatureUnion([
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True, lowercase=True)),
            ("chars", TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True, lowercase=True)),
        ])),
        ("svm", LinearSVC(C=1.0)),
    ])


def tfidf_lr():
    return Pipeline([
        ("features", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ("lr", LogisticRegression(C=1.0, max_iter=1000)),
    ])


PIPELINES = {"svm-ngrams": svm_ngrams, "tfidf-lr": tfidf_lr}


def fastest(n, f):
    best = float("inf")
    out = None
    for _ in range(n):
        gc.collect()
        t0 = time.perf_counter()
        out = f()
        best = min(best, time.perf_counter() - t0)
    return best, out


def f_avg(gold, pred):
    # Official metric: mean F1 of FAVOR (supportive) and AGAINST (opposed),
    # every other prediction counting as NONE.
    pred = [p if p in ("supportive", "opposed") else "neutral" for p in pred]
    f = f1_score(gold, pred, labels=["supportive", "opposed"], average=None, zero_division=0)
    return 100 * (f[0] + f[1]) / 2, 100 * f[0], 100 * f[1]


def run(name, train, test, repeat):
    targets = sorted({r[1] for r in train})
    by_train = {t: [r for r in train if r[1] == t] for t in targets}
    by_test = {t: [i for i, r in enumerate(test) if r[1] == t] for t in targets}

    def fit_all():
        models = {}
        for t in targets:
            m = PIPELINES[name]()
            m.fit([r[2] for r in by_train[t]], [r[3] for r in by_train[t]])
            models[t] = m
        return models

    train_s, models = fastest(repeat, fit_all)

    def predict_batch():
        pred = [None] * len(test)
        for t in targets:
            idx = by_test[t]
            for i, p in zip(idx, models[t].predict([test[i][2] for i in idx])):
                pred[i] = p
        return pred

    predict_batch()  # untimed, as examples/semeval warms up before timing
    batch_s, pred = fastest(repeat, predict_batch)

    def predict_single():
        for t in targets:
            m = models[t]
            for i in by_test[t]:
                m.predict([test[i][2]])

    single_s, _ = fastest(repeat, predict_single)
    fa, ff, fg = f_avg([r[3] for r in test], pred)
    n = len(test)
    print(f"{name}: F_avg={fa:.2f} (F_favor {ff:.2f}, F_against {fg:.2f}); "
          f"train {train_s:.3f} s, {n / batch_s:.0f} statements/s in batches, "
          f"{1e6 * single_s / n:.1f} µs per single statement")
    print(f"BENCH engine=sklearn-{name} train_s={train_s:.4f} batch_per_s={n / batch_s:.0f} "
          f"single_us={1e6 * single_s / n:.1f} f_avg={fa:.2f}")
    sys.stdout.flush()


def cross_validate(name, train, k):
    from sklearn.model_selection import StratifiedKFold

    targets = sorted({r[1] for r in train})
    gold, pred = [], []
    for t in targets:
        rows = [r for r in train if r[1] == t]
        texts, labels = [r[2] for r in rows], [r[3] for r in rows]
        for fit_idx, held_idx in StratifiedKFold(k, shuffle=True, random_state=1).split(texts, labels):
            m = PIPELINES[name]()
            m.fit([texts[i] for i in fit_idx], [labels[i] for i in fit_idx])
            gold += [labels[i] for i in held_idx]
            pred += list(m.predict([texts[i] for i in held_idx]))
    fa, ff, fg = f_avg(gold, pred)
    print(f"{name}: {k}-fold CV on train, pooled F_avg={fa:.2f} (F_favor {ff:.2f}, F_against {fg:.2f})")
    print(f"CV engine=sklearn-{name} folds={k} f_avg={fa:.2f}")
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", help="folder holding train.jsonl and test.jsonl")
    ap.add_argument("--repeat", type=int, default=3, help="time each figure this many times, keep the fastest")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="only cross-validate on train.jsonl with K folds per target (test.jsonl is not read)")
    ap.add_argument("--pipelines", default="svm-ngrams,tfidf-lr", help="comma-separated: " + ", ".join(PIPELINES))
    a = ap.parse_args()
    if a.repeat < 1:
        ap.error("--repeat must be at least 1")
    names = [p for p in a.pipelines.split(",") if p]
    for p in names:
        if p not in PIPELINES:
            ap.error(f"unknown pipeline {p!r}")
    train = load(os.path.join(a.data, "train.jsonl"))
    if a.cv:
        if a.cv < 2:
            ap.error("--cv must be at least 2")
        for p in names:
            cross_validate(p, train, a.cv)
        return
    test = load(os.path.join(a.data, "test.jsonl"))
    for p in names:
        run(p, train, test, a.repeat)


if __name__ == "__main__":
    main()
