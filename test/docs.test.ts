/**
 * Docs are tests: every rule has a page, every page's `fires` example produces the rule and its
 * `safe` example does not (format: docs/rule-page-format.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../src/changes/types.js';
import { defaultConfig } from '../src/config/types.js';
import { prepareEngine, runEngine } from '../src/engine.js';
import { allRules } from '../src/rules.js';
import { docBlocks, type DocBlock } from './helpers/docs-cases.js';

const DOCS = new URL('../docs/rules/', import.meta.url);
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

/** Rules whose trigger is not a file change (exit 2 of the CLI, or the gate's own bookkeeping). */
const NOT_EXAMPLE_DRIVEN = new Set(['invalid-config']);

beforeAll(async () => {
  await prepareEngine();
});

function run(base: DocBlock[], pr: DocBlock) {
  const baseFiles = Object.fromEntries(base.filter((b) => !b.link).map((b) => [b.path, b.body]));
  const baseLinks = Object.fromEntries(base.filter((b) => b.link).map((b) => [b.path, b.link as string]));
  const headFiles: Record<string, string> = { ...baseFiles };
  const headLinks: Record<string, string> = { ...baseLinks };
  delete headFiles[pr.path];
  delete headLinks[pr.path];
  if (pr.link) headLinks[pr.path] = pr.link;
  else if (!pr.deleted) headFiles[pr.path] = pr.body;
  const config = defaultConfig();
  const dialect = pr.dialect ?? base.find((b) => b.dialect)?.dialect;
  if (dialect) config.migrations.dialect = dialect;
  const role = pr.contractRole ?? base.find((b) => b.contractRole)?.contractRole;
  if (role) config.contracts = [{ path: pr.path, role }];
  const changes = changeSetFromTrees(baseFiles, headFiles, {}, { base: baseLinks, head: headLinks });
  return runEngine({ changes, config }, { today: '2026-11-24' });
}

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
