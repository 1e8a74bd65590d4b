#!/usr/bin/env python3
"""Builds quotes.jsonl, actors.json and split.json of testdata/official from
the hand annotation in gold.py. Run from the repository root:

    python3 testdata/official/tools/annotate.py

Spans are given as verbatim substrings (asserted unique) or as regions
(start anchor .. end anchor) that are split into sentences; every sentence of
a region is a statement of the region's speaker with the region's default
label unless an override names it. Explicit statements win over region
sentences that overlap them.

The texts come in batches (gold.DOCS, gold.DOCS2, ...), each split by text with its
own seed when it was added: the sorted names of the batch shuffled with
random.Random(seed), the first SEALED(n) sealed. Adding a batch never moves a
text of an earlier batch."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gold import DOCS, DOCS2, DOCS3, DOCS4, DOCS5, DOCS6, DOCS7, DOCS8, DOCS9, DOCS10, DOCS11, DOCS12, TYPES  # noqa: E402

ABBR = re.compile(r'(?:\b(?:Mr|Mrs|Ms|Dr|St|hon|Co|Ltd|No|Sen|Rep|Gen|Jr|Inc|vs|p\.m|a\.m|U\.S|D\.C|i\.e|e\.g)\.)$')
END = re.compile(r'[.?!]["”’\']*(?=\s+["“‘(A-Z0-9])')


def sentences(text, start, end):
    """Yields (s, e) sentence spans of text[start:end], split at line ends and
    at sentence-final punctuation before a capital."""
    out = []
    pos = start
    for line in re.finditer(r'[^\n]+', text[start:end]):
        ls, le = start + line.start(), start + line.end()
        cur = ls
        for m in END.finditer(text, ls, le):
            cut = m.end()
            if ABBR.search(text[cur:m.start() + 1]):
                continue
            out.append((cur, cut))
            cur = cut
            while cur < le and text[cur] == ' ':
                cur += 1
        if cur < le:
            out.append((cur, le))
    res = []
    for s, e in out:
        while s < e and text[s] in ' \t':
            s += 1
        while e > s and text[e - 1] in ' \t':
            e -= 1
        if e - s >= 3:
            res.append((s, e))
    return res


def find(text, sub, doc, occ=0):
    idx = [m.start() for m in re.finditer(re.escape(sub), text)]
    if not idx:
        sys.exit(f"{doc}: span not found: {sub[:60]!r}")
    if occ == 0 and len(idx) > 1:
        sys.exit(f"{doc}: span not unique: {sub[:60]!r}")
    return idx[occ - 1 if occ else 0]


def lab(x):
    """'opposed' or 'opposed/cautious' (label/also_ok...) or with '!' for medium."""
    medium = x.endswith('!')
    x = x.rstrip('!')
    parts = x.split('/')
    conf = 'low' if len(parts) > 1 else ('medium' if medium else 'high')
    return parts[0], parts[1:], conf


RAT = {'supportive': 'defends the vendor or disputes the security case against it',
       'cautious': 'answers the risk with review, rules for all vendors or process short of exclusion',
       'opposed': 'wants the vendor excluded or alleges state control or espionage',
       'off_target': 'no bearing on vendors in networks'}


# BATCHES: (docs, seed, sealed count as a function of the batch size, method).
BATCHES = [
    (DOCS, 20261101, lambda n: 16, "sorted doc names shuffled with Python random.Random(seed); first 16 sealed"),
    (DOCS2, 20261201, lambda n: n // 3,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first third (rounded down) sealed"),
    (DOCS3, 20261202, lambda n: n // 3,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first third (rounded down) sealed"),
    (DOCS4, 20261203, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS5, 20261204, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS6, 20261205, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS7, 20261206, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS8, 20261208, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS9, 20261209, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS10, 20261210, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS11, 20261211, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
    (DOCS12, 20261212, lambda n: n // 2,
     "sorted doc names of the batch shuffled with Python random.Random(seed); first half (rounded down) sealed"),
]


def split(batches):
    """Returns the split of every batch, drawn from the names alone."""
    out = []
    for docs, seed, nsealed, method in batches:
        order = sorted(docs)
        random.Random(seed).shuffle(order)
        k = nsealed(len(order))
        out.append({"seed": seed, "method": method, "sealed": sorted(order[:k]), "dev": sorted(order[k:])})
    return out


def build():
    quotes, actors, names = [], [], []
    for doc, spec in [kv for docs, _, _, _ in BATCHES for kv in docs.items()]:
        path = os.path.join(DIR, doc + '.txt')
        text = open(path, encoding='utf-8').read()
        names.append(doc)
        stmts = []
        for e in spec['stmts']:
            if e[0] == 'S':
                _, sub, spk, actor, label, kind = e[:6]
                opt = e[6] if len(e) > 6 else {}
                s = find(text, sub, doc, opt.get('occ', 0))
                stmts.append(dict(start=s, end=s + len(sub), speaker=spk, actor=actor, label=label, kind=kind,
                                  reporter=opt.get('reporter', ''), explicit=True))
        for e in spec['stmts']:
            if e[0] == 'R':
                _, a, b, spk, actor, default = e[:6]
                over = e[6] if len(e) > 6 else {}
                kind = e[7] if len(e) > 7 else 'statement'
                s = find(text, a, doc)
                t = text.find(b, s)
                assert t >= 0, (doc, b)
                t += len(b)
                assert t > s, (doc, a)
                for ss, se in sentences(text, s, t):
                    if any(x['start'] < se and ss < x['end'] for x in stmts):
                        continue
                    l = default
                    for k, v in over.items():
                        if k in text[ss:se]:
                            l = v
                    if l == 'skip':
                        continue
                    stmts.append(dict(start=ss, end=se, speaker=spk, actor=actor, label=l, kind=kind,
                                      reporter='', explicit=False))
        stmts.sort(key=lambda x: x['start'])
        for i in range(1, len(stmts)):
            if stmts[i]['start'] < stmts[i - 1]['end']:
                sys.exit(f"{doc}: overlapping statements at {stmts[i]['start']}")
        pos = {}
        for i, st in enumerate(stmts):
            label, also, conf = lab(st['label'])
            q = {"id": f"{spec['prefix']}-{i + 1:02d}", "doc": doc, "start": len(text[:st['start']].encode()),
                 "end": len(text[:st['end']].encode()), "text": text[st['start']:st['end']], "speaker": st['speaker'],
                 "actor": st['actor'], "actor_type": TYPES[st['actor']], "label": label, "also_ok": also,
                 "confidence": conf, "rationale": RAT[label], "kind": st['kind']}
            if st['reporter']:
                q['reporter'] = st['reporter']
            quotes.append(q)
            if label != 'off_target':
                pos.setdefault(st['actor'], []).append(q)
        acts = []
        for actor, qs in pos.items():
            w = {}
            for q in qs:
                for l in [q['label']] + q['also_ok']:
                    if l == 'off_target':
                        continue
                    w[l] = w.get(l, 0) + (1.0 if l == q['label'] else 0.3) * (0.5 if q.get('reporter') else 1)
            best = spec.get('positions', {}).get(actor) or max(w, key=lambda k: (w[k], k))
            ev = [q['id'] for q in qs if q['label'] == best or best in q['also_ok']]
            acts.append({"actor": actor, "actor_type": TYPES[actor], "label": best, "evidence": ev})
        actors.append({"doc": doc, "actors": acts})
    batches = split(BATCHES)
    with open(os.path.join(DIR, 'quotes.jsonl'), 'w', encoding='utf-8') as f:
        for q in quotes:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    with open(os.path.join(DIR, 'actors.json'), 'w', encoding='utf-8') as f:
        json.dump(actors, f, ensure_ascii=False, indent=2)
        f.write('\n')
    with open(os.path.join(DIR, 'split.json'), 'w', encoding='utf-8') as f:
        json.dump({"seed": batches[0]["seed"], "method": batches[0]["method"],
                   "sealed": sorted(n for b in batches for n in b["sealed"]),
                   "dev": sorted(n for b in batches for n in b["dev"]),
                   "batches": batches}, f, indent=2)
        f.write('\n')
    return quotes, actors


if __name__ == '__main__':
    qs, acts = build()
    print(len(qs), 'statements', sum(q['label'] != 'off_target' for q in qs), 'on target')
    for d in acts:
        for a in d['actors']:
            print(f"{d['doc'][:44]:44} {a['actor']:28} {a['label']:10} {len(a['evidence'])}")
