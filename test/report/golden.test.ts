/**
 * Golden files: what a user sees for the demo PR, in every format. Regenerate after an intended
 * change with `UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { readConfigFromTree } from '../../src/config/from-tree.js';
import { runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { renderWorkflowCommands } from '../../src/report/github.js';
import { readTree } from '../helpers/fixture-tree.js';
import { releaseRef } from '../../src/report/links.js';
import { demoReport } from '../helpers/demo-report.js';

const DEMO = new URL('../../fixtures/demo/', import.meta.url).pathname;
const GOLDEN = new URL('./golden/', import.meta.url).pathname;

let report: Report;
let head: Record<string, string>;

beforeAll(async () => {
  ({ report, head } = await demoReport());
});

/** Links carry the package version (links.ts); golden files say vX.Y.Z so a release bump keeps them. */
function versionless(text: string): string {
  return text.replaceAll(`/blob/${releaseRef()}/`, '/blob/vX.Y.Z/');
}

function golden(name: string, raw: string): void {
  const actual = versionless(raw);
  const path = `${GOLDEN}${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

test('demo PR fails with drop-column on the statement line and a down migration', () => {
  expect(report.verdict).toBe('fail');
  const where = report.findings.map((f) => `${f.rule}@${f.file}:${f.line}`);
  expect(where).toContain('drop-column@db/migrations/000003_drop_legacy_name.up.sql:3');
  expect(where).toContain('down-migration@db/migrations/000003_drop_legacy_name.down.sql:1');
  // the nullable column added and backfilled in the same PR is safe
  expect(report.findings.filter((f) => f.file.endsWith('000004_add_nickname.up.sql'))).toEqual([]);
});

test('text', () => golden('demo.txt', renderText(report, { source: (p) => head[p] ?? null, color: false })));
test('json', () => golden('demo.json', renderJson(report)));
test('markdown', () => golden('demo.md', renderMarkdown(report)));
test('workflow commands', () => golden('demo.github.txt', renderWorkflowCommands(report)));

test('the same input gives byte-identical output', async () => {
  const base = readTree(`${DEMO}base`);
  const again = runEngine(
    { changes: changeSetFromTrees(base, head, { base: 'a'.repeat(40), head: 'b'.repeat(40) }), config: readConfigFromTree(changeSetFromTrees(base, head).baseTree) },
    { today: '2026-11-24' },
  );
  expect(renderJson(again)).toBe(renderJson(report));
});
