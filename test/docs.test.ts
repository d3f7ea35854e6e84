/**
 * Docs are tests: every rule has a page, every page's `fires` example produces the rule (on its
 * `line=` when given: always for a migration in code) and its `safe` example does not (format:
 * docs/rule-page-format.md). Examples in code run as a PR does, through `runEngineAsync`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../src/engine.js';
import { allRules } from '../src/rules.js';
import { describeFindings } from './migrations/code/helpers.js';
import { docBlocks, isCodeBlock, runDocCase, runDocCaseAsync, type DocBlock } from './helpers/docs-cases.js';

const DOCS = new URL('../docs/rules/', import.meta.url);
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

/** Rules whose trigger is not a file change (exit 2 of the CLI, or the gate's own bookkeeping). */
const NOT_EXAMPLE_DRIVEN = new Set(['invalid-config']);

beforeAll(async () => {
  await prepareEngine();
});

/** Code blocks through the async entry (grammars load as a PR loads them); SQL and contracts as before. */
const run = (base: DocBlock[], block: DocBlock) => (isCodeBlock(block) ? runDocCaseAsync(base, block) : Promise.resolve(runDocCase(base, block)));

test('every registered rule has a page', () => {
  const missing = allRules.map((r) => r.id).filter((id) => !pages.includes(`${id}.md`));
  expect(missing).toEqual([]);
});

describe.each(pages)('docs/rules/%s', (page) => {
  const id = page.replace(/\.md$/, '');
  const markdown = readFileSync(new URL(page, DOCS), 'utf8');
  const blocks = docBlocks(markdown);
  const base = blocks.filter((b) => b.role === 'base');

  test('is a registered rule with the page skeleton', () => {
    expect(allRules.map((r) => r.id)).toContain(id);
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
  });

  if (NOT_EXAMPLE_DRIVEN.has(id)) return;

  test('has a failing and a safe example', () => {
    expect(blocks.some((b) => b.role === 'fires')).toBe(true);
    expect(blocks.some((b) => b.role === 'safe')).toBe(true);
  });

  for (const block of blocks.filter((b) => b.role === 'fires')) {
    test(`${block.lang} example at line ${block.line} fires ${id}${block.findingLine ? ` on line ${block.findingLine}` : ''}`, async () => {
      const findings = (await run(base, block)).findings;
      const hit = findings.some((f) => f.rule === id && (block.findingLine === undefined || (f.file === block.path && f.line === block.findingLine)));
      if (!hit) expect.fail(`expected ${id}${block.findingLine ? ` on ${block.path}:${block.findingLine}` : ''}, got:\n${describeFindings(findings)}`);
    });
  }
  for (const block of blocks.filter((b) => b.role === 'safe')) {
    test(`${block.lang} safe example at line ${block.line} does not fire ${id}`, async () => {
      const findings = (await run(base, block)).findings;
      const hits = findings.filter((f) => f.rule === id);
      if (hits.length > 0) expect.fail(`expected no ${id}, got:\n${describeFindings(hits)}`);
    });
  }
});
