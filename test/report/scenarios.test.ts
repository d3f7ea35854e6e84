/**
 * Mission-critical scenarios in every report a user reads: the demo PR with `scenarios:` in place
 * of its `critical:` key. Golden files (scenarios.md, scenarios.txt) show exactly what a user sees;
 * regenerate with `UPDATE_GOLDEN=1 npx vitest run test/report/scenarios.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { parseConfig } from '../../src/config/load.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderWorkflowCommands } from '../../src/report/github.js';
import { releaseRef } from '../../src/report/links.js';
import { scenarioHeadline } from '../../src/report/scenarios.js';
import { checkRunAnnotations, checkRunTitle } from '../../src/github/check-run.js';
import { stickyBody } from '../../src/github/comment.js';
import { allRules } from '../../src/rules.js';
import { readTree } from '../helpers/fixture-tree.js';

const DEMO = new URL('../../fixtures/demo/', import.meta.url).pathname;
const GOLDEN = new URL('./golden/', import.meta.url).pathname;

const SCENARIOS = [
  'scenarios:',
  '  - name: Place an order',
  '    tables: [orders, payments]',
  '    endpoints: ["POST /orders"]',
  '  - name: View a profile',
  '    endpoints: ["GET /users/{userId}"]',
  '  - name: Refund',
  '    tables: [refunds]',
  '',
].join('\n');

let head: Record<string, string>;

function demo(configText: string): Report {
  const base = readTree(`${DEMO}base`);
  head = { ...base, ...readTree(`${DEMO}pr`) };
  const changes = changeSetFromTrees(base, head, { base: 'a'.repeat(40), head: 'b'.repeat(40) });
  return runEngine({ changes, config: parseConfig(configText, '.github/rollback-guard.yml') }, { today: '2026-11-24' });
}

let affected: Report;
let quiet: Report;
let none: Report;

beforeAll(async () => {
  await prepareEngine();
  affected = demo(SCENARIOS);
  quiet = demo('scenarios:\n  - name: Refund\n    tables: [refunds]\n');
  none = demo('migrations:\n  dialect: postgres\n');
});

function golden(name: string, raw: string): void {
  const actual = raw.replaceAll(`/blob/${releaseRef()}/`, '/blob/vX.Y.Z/');
  const path = `${GOLDEN}${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const HEADLINE = 'Mission-critical: *Place an order* and *View a profile* are affected';
const QUIET = 'No mission-critical scenario is affected';
const text = (r: Report): string => renderText(r, { source: (p) => head[p] ?? null, color: false });

test('the demo PR touches two of the three scenarios; each finding names its own', () => {
  const named = affected.findings.map((f) => [f.rule, f.scenarios ?? []]);
  expect(named).toEqual([
    ['response-property-removed', ['View a profile']],
    ['down-migration', ['Place an order']],
    ['drop-column', []],
    ['add-required-column', ['Place an order']],
  ]);
  expect(affected.scenarios).toEqual([
    { name: 'Place an order', affected: true },
    { name: 'View a profile', affected: true },
    { name: 'Refund', affected: false },
  ]);
});

describe('every format', () => {
  test('JSON: scenarios on the findings that touch one, and every scenario with affected', () => {
    const json = JSON.parse(renderJson(affected)) as { findings: { rule: string; critical: boolean; scenarios?: string[] }[]; scenarios: unknown };
    expect(json.findings.find((f) => f.rule === 'add-required-column')).toMatchObject({ critical: true, scenarios: ['Place an order'] });
    expect(json.findings.find((f) => f.rule === 'drop-column')).not.toHaveProperty('scenarios');
    expect(json.scenarios).toEqual(affected.scenarios);
    expect(JSON.parse(renderJson(none))).not.toHaveProperty('scenarios');
  });

  test('SARIF: the result properties name the scenarios', () => {
    const sarif = JSON.parse(renderSarif(affected, allRules)) as { runs: { results: { ruleId: string; properties: Record<string, unknown> }[] }[] };
    const results = sarif.runs[0]!.results;
    expect(results.find((r) => r.ruleId === 'response-property-removed')!.properties).toMatchObject({ critical: true, scenarios: ['View a profile'] });
    expect(results.find((r) => r.ruleId === 'drop-column')!.properties).not.toHaveProperty('scenarios');
  });

  test('text: opens with the headline; the finding says which scenario', () => {
    const out = text(affected);
    expect(out.split('\n')[0]).toBe(HEADLINE);
    expect(out).toContain('error [critical: Place an order]  add-required-column');
    expect(text(quiet).split('\n')[0]).toBe(QUIET);
    expect(text(none)).not.toContain('ission-critical');
    golden('scenarios.txt', out);
  });

  test('markdown summary and comment: the headline under the verdict, the scenario on the finding', () => {
    const md = renderMarkdown(affected);
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ rollback-guard: this PR is not rollback-safe');
    expect(lines[2]).toBe(`🚨 **${HEADLINE}**`);
    expect(md).toContain('· **critical: Place an order**');
    expect(renderMarkdown(quiet).split('\n')[2]).toBe(`🛡️ **${QUIET}**`);
    expect(renderMarkdown(none)).not.toContain('ission-critical');
    const comment = stickyBody(affected, (max) => renderMarkdown(affected, { maxLength: max }), null);
    expect(comment.split('\n')[3]).toBe(`🚨 **${HEADLINE}**`);
    golden('scenarios.md', md);
  });

  test('check run: the title opens with the headline; annotations and details name the scenario', () => {
    expect(checkRunTitle(affected)).toBe(`${HEADLINE} — Not rollback-safe: 4 errors, 0 warnings, 0 notices`);
    expect(checkRunTitle(quiet)).toMatch(new RegExp(`^${QUIET} — Not rollback-safe: `));
    expect(checkRunTitle(none)).toMatch(/^Not rollback-safe: /);
    const annotation = checkRunAnnotations(affected).find((a) => a.title === 'add-required-column')!;
    expect(annotation.message).toMatch(/^Critical \(Place an order\): Adding orders\.currency/);
    expect(annotation.raw_details).toContain('scenarios: Place an order');
  });

  test('workflow-command annotations: the title names the scenario', () => {
    const lines = renderWorkflowCommands(affected).split('\n');
    expect(lines.find((l) => l.includes('add-required-column'))).toContain('title=add-required-column (critical%3A Place an order)');
    expect(lines.find((l) => l.includes('title=drop-column'))).toContain('title=drop-column::');
  });
});

describe('the headline', () => {
  const status = (...flags: boolean[]) => ({ scenarios: flags.map((affected, i) => ({ name: `S${i + 1}`, affected })) });
  test('one, two, several, more than five; none affected; none configured', () => {
    expect(scenarioHeadline(status(true))?.text).toBe('Mission-critical: *S1* is affected');
    expect(scenarioHeadline(status(true, false, true))?.text).toBe('Mission-critical: *S1* and *S3* are affected');
    expect(scenarioHeadline(status(true, true, true))?.text).toBe('Mission-critical: *S1*, *S2* and *S3* are affected');
    expect(scenarioHeadline(status(...Array<boolean>(7).fill(true)))?.text).toBe('Mission-critical: *S1*, *S2*, *S3*, *S4*, *S5* and 2 more are affected');
    expect(scenarioHeadline(status(false, false))?.text).toBe(QUIET);
    expect(scenarioHeadline({})).toBeNull();
    expect(scenarioHeadline({ scenarios: [] })).toBeNull();
  });

  test('a name from the configuration is escaped in markdown', () => {
    const r = demo('scenarios:\n  - name: "Pay *now* @team [x](https://evil.example)"\n    tables: [orders]\n');
    const line = renderMarkdown(r).split('\n')[2]!;
    expect(line).toContain('\\*now\\*');
    expect(line).toContain('@&#8203;team');
    expect(line).not.toContain('[x](https://');
  });
});
