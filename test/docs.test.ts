/**
 * Docs are tests: every rule has a page, every page's `fires` example produces the rule and its
 * `safe` example does not (format: docs/rule-page-format.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../src/engine.js';
import { allRules } from '../src/rules.js';
import { docBlocks, runDocCase } from './helpers/docs-cases.js';

const DOCS = new URL('../docs/rules/', import.meta.url);
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

/** Rules whose trigger is not a file change (exit 2 of the CLI, or the gate's own bookkeeping). */
const NOT_EXAMPLE_DRIVEN = new Set(['invalid-config']);

beforeAll(async () => {
  await prepareEngine();
});

const run = runDocCase;

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
    test(`example at line ${block.line} fires ${id}`, () => {
      const rules = run(base, block).findings.map((f) => f.rule);
      expect(rules).toContain(id);
    });
  }
  for (const block of blocks.filter((b) => b.role === 'safe')) {
    test(`safe example at line ${block.line} does not fire ${id}`, () => {
      const rules = run(base, block).findings.map((f) => f.rule);
      expect(rules).not.toContain(id);
    });
  }
});
