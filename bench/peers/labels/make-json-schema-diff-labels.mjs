#!/usr/bin/env node
// Writes labels/json-schema-diff.jsonl from the peer's own answers (its test tables say exactly which
// values the head schema adds and removes). Rollback label, role event (FULL compatibility, SPEC 7.3):
// values added break old consumers reading new messages; values removed break new consumers reading
// the messages old producers write again after a rollback (and the backlog). Any change is breaking;
// no change is safe. Rows listed in OVERRIDES are judged by hand (none so far: the peer's set answer
// is the ground truth for an event schema). Run: node bench/peers/labels/make-json-schema-diff-labels.mjs (needs bench/.peers/jsd)
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsdCases } from '../jsd-cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OVERRIDES = {};
const lines = jsdCases(resolve(here, '../../.peers')).map((r) => {
  const peer = r.answer;
  const rollback = peer === 'none' ? 'safe' : 'breaking';
  const reason =
    peer === 'none'
      ? 'the two schemas accept the same values'
      : peer === 'added'
        ? 'head accepts values base rejects: old consumers meet messages they reject'
        : peer === 'removed'
          ? 'head rejects values base accepts: messages old producers write (again, after a rollback) are rejected by new consumers'
          : 'values both added and removed: breaks old consumers and new consumers alike';
  return JSON.stringify({ case: r.case, peer, rollback, reason, ...OVERRIDES[r.case] });
});
writeFileSync(join(here, 'json-schema-diff.jsonl'), `${lines.join('\n')}\n`);
console.log(`${lines.length} labels`);
