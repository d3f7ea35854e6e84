#!/usr/bin/env node
// Writes labels/json-schema-diff.jsonl from the peer's own answers (its test tables say exactly which
// values the head schema adds and removes). Rollback label, role event (FULL compatibility, SPEC 7.3):
// values added break old consumers reading new messages; values removed break new consumers reading
// the messages old producers write again after a rollback (and the backlog). Any change is breaking;
// no change is safe. Rows listed in OVERRIDES are judged by hand (one, by decision: the peer's set answer is
// otherwise the ground truth for an event schema). Run: node bench/peers/labels/make-json-schema-diff-labels.mjs (needs bench/.peers/jsd)
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsdCases } from '../jsd-cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OVERRIDES = {
  // The one case the peer calls breaking that rollback safety does not, by decision (bench/peers/README.md, "Relabelled by decision").
  ["diff-schemas-type-object › diff-schemas type object › properties › object with no constraints gets a property constrained to some types (a→b)"]: {
    rollback: 'safe',
    reason: "relabelled by decision (peer: removed values, breaking): a typed property added to a fully open event object narrows it only for a writer that sent that undeclared name with another type, which no writer is expected to have done; it is the usual way an event schema grows, so rollback safety calls it safe and the differ stays quiet (compareProperties in src/contracts/schema-diff.ts compares a new property only against `false` or a partially open additionalProperties)",
    differ: "quiet by decision (see reason)",
  },
};
// What the differ does where it parts from the label (the run prints it only there) (dist after issue 15's first commits, 7a4d6df),
// by class; the first matching pattern wins. Shown in the README's disagreement table.
const LOOSENED = 'missed: an event constraint loosened is not compared (only tightening is); under FULL compatibility old consumers reject what new producers may now write, as for a widened type';
const DIFFER = [
  [/contradict|equivalent false|"false" schema|no integer exists|non overlapping string length ranges|accept nothing \(a→b\)$/, 'extra', 'false alarm: both sides accept nothing (contradictory constraints) written differently; the differ compares keywords, not the empty sets'],
  [/equivalent|DeMorgan|all types schema|representing all arrays|redundant|maxLength infinity|Infinity and minLength 0|representing arrays with no items|not integers or integers|double negation of integer/, 'extra', 'false alarm: the same values written with other keywords (an equivalent rewrite)'],
  [/gets a property constrained|hard constraint on a property|more restrictive property constraint/, 'missed', 'missed: a property declared in an open object (or narrower than its additionalProperties, or `false`) narrows what the schema accepts; nothing fires'],
  [/additionalProperties (constrained to accept nothing|that accepts nothing)|fully restrictive additionalProperties/, 'missed', 'missed: an event schema opened (additionalProperties false removed) is silent; old consumers reject messages with extra properties'],
  [/./, 'missed', LOOSENED],
];
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
  // the class a disagreement would have: extra classes for safe rows, missed classes for breaking ones
  const differ = DIFFER.find(([re, kind]) => kind === (rollback === 'safe' ? 'extra' : 'missed') && re.test(r.case))?.[2];
  return JSON.stringify({ case: r.case, peer, rollback, reason, differ, ...OVERRIDES[r.case] });
});
writeFileSync(join(here, 'json-schema-diff.jsonl'), `${lines.join('\n')}\n`);
console.log(`${lines.length} labels`);
