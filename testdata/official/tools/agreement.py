#!/usr/bin/env python3
"""Actor-label agreement between the gold of testdata/official and a second,
independent annotation (see testdata/official/agreement/README.md).

    python3 testdata/official/tools/agreement.py

Reads agreement/tasks.jsonl (the sampled development texts and their
candidate actors), agreement/second.jsonl (the second annotator's labels) and
actors.json (the gold), and prints Cohen's kappa over the four answers
(supportive, cautious, opposed, none), the confusion table, the
disagreements, and the actors the second annotator added."""
import json, os, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
agree = os.path.join(root, 'agreement')
CLASSES = ['supportive', 'cautious', 'opposed', 'none']


def load_jsonl(p):
    with open(p) as f:
        return [json.loads(l) for l in f if l.strip()]


def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[c] * cb[c] for c in CLASSES) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main():
    tasks = load_jsonl(os.path.join(agree, 'tasks.jsonl'))
    second = {r['doc']: r for r in load_jsonl(os.path.join(agree, 'second.jsonl'))}
    alias = {}
    ap = os.path.join(agree, 'aliases.json')
    if os.path.exists(ap):
        alias = json.load(open(ap))
    gold = {d['doc']: {a['actor']: a['label'] for a in d['actors']}
            for d in json.load(open(os.path.join(root, 'actors.json')))}
    pairs, rows, added = [], [], []
    for t in tasks:
        doc = t['doc']
        if doc not in second:
            print(f'{doc}: no second annotation', file=sys.stderr)
            continue
        s = second[doc]
        g = gold.get(doc, {})
        for c in t['candidates']:
            gl = g.get(alias.get(doc, {}).get(c, c), 'none')
            sl = s['labels'].get(c)
            if sl not in CLASSES:
                print(f'{doc}: {c!r}: second label {sl!r} is not one of {CLASSES}', file=sys.stderr)
                continue
            pairs.append((gl, sl))
            if gl != sl:
                rows.append((doc, c, gl, sl, s.get('notes', {}).get(c, '')))
        for m in s.get('missing', []):
            added.append((doc, m.get('actor'), m.get('label'), m.get('reason', '')))
    po, k = kappa(pairs)
    print(f'{len(tasks)} texts, {len(pairs)} candidate actors; observed agreement {po:.3f}, Cohen\'s kappa {k:.3f}')
    print('confusion (rows gold, columns second annotator):')
    print('%-11s' % '' + ''.join('%11s' % c for c in CLASSES))
    cm = Counter(pairs)
    for a in CLASSES:
        print('%-11s' % a + ''.join('%11d' % cm[(a, b)] for b in CLASSES))
    on = [(a, b) for a, b in pairs if a != 'none' and b != 'none']
    if on:
        po2, k2 = kappa(on)
        print(f'on the {len(on)} actors both give a position: agreement {po2:.3f}, kappa {k2:.3f}')
    if '-v' in sys.argv:
        print('\ndisagreements (doc, candidate, gold, second, second\'s note):')
        for r in rows:
            print('  %s | %s | %s | %s | %s' % r)
        print(f'\nactors the second annotator added ({len(added)}):')
        for r in added:
            print('  %s | %s | %s | %s' % r)


if __name__ == '__main__':
    main()
