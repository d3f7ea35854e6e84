# Writes labels/oasdiff.jsonl: one row per distinct (base, head) fixture pair of oasdiff's checker tests, as
#   /work/shared/peer-suites' extract_oasdiff_cases.py + build_oas_pairs.py produce them from
#   oasdiff/oasdiff @ 4553c69d (see ../README.md). Usage, in this folder:
#   python3 make-oasdiff-labels.py PAIRS.json LEVELS.json
# tests: the peer's tests that diff this pair (306 test x pair rows give 207 pairs).
# peer: what those tests expect, the strongest level of the check ids they name (breaking: ERR;
#   warning: WARN; safe: INFO, or only empty results; unknown: no id named). peer_ids: those ids.
# rollback: ours, judged per pair (the differ sees the whole pair): the ids' judgements
#   (oasdiff_rules.py) unless PAIRS below holds a judgement read from the two fixture files.
import json, sys, collections
from oasdiff_rules import judge
from oasdiff_pairs_judged import PAIRS, DIFFER

pairs = json.load(open(sys.argv[1]))
lv = json.load(open(sys.argv[2]))
by_pair = collections.OrderedDict()
for x in pairs: by_pair.setdefault((x['base'], x['head']), []).append(x)
RANK = {'unknown': 0, 'safe': 1, 'warning': 2, 'breaking': 3}
out = []
for (base, head), tests in by_pair.items():
    key = f'{base} -> {head}'
    ids = sorted({i for t in tests for i in t['expected_ids']})
    levels = {lv.get(i) for i in ids}
    peer = 'breaking' if 'ERR' in levels else 'warning' if 'WARN' in levels else 'safe' if 'INFO' in levels or any(t['expects_empty'] for t in tests) else 'unknown'
    if key in PAIRS:
        rollback, reason = PAIRS[key]
    else:
        js = [(i, judge(i)) for i in ids if judge(i)]
        br = [(i, j) for i, j in js if j[0] == 'breaking']
        if br: rollback, reason = 'breaking', '; '.join(f'{i}: {j[1]}' for i, j in br[:2])
        elif js: rollback, reason = 'safe', '; '.join(f'{i}: {j[1]}' for i, j in js[:2])
        else: rollback, reason = 'n/a', 'no check id named and not judged yet'
    out.append(dict(case=key, base=base, head=head, tests=[f"{t['file']}:{t['test']}" for t in tests], peer=peer, peer_ids=ids, rollback=rollback, reason=reason, **({'differ': DIFFER[key]} if key in DIFFER else {})))
with open('oasdiff.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), collections.Counter((o['peer'], o['rollback']) for o in out))
