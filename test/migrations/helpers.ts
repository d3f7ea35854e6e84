/**
 * Table-test helpers for migration rules (squawk's lint_ok / lint_errors): each fails loudly when
 * the opposite happens, printing every finding, so no test passes by accident.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig, type Dialect } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';

export interface CaseOptions {
  /** Base migrations (the schema history); default: none. */
  base?: string | Record<string, string>;
  dialect?: Dialect;
  /** Path of the PR's migration; default `db/migrations/0002_pr.sql`. */
  path?: string;
}

const BASE_PATH = 'db/migrations/0001_base.sql';
const PR_PATH = 'db/migrations/0002_pr.sql';

export function analyse(sql: string, options: CaseOptions = {}): Finding[] {
  const base = typeof options.base === 'string' ? { [BASE_PATH]: options.base } : (options.base ?? {});
  const head = { ...base, [options.path ?? PR_PATH]: sql };
  const config = defaultConfig();
  if (options.dialect) config.migrations[0].dialect = options.dialect;
  return runEngine({ changes: changeSetFromTrees(base, head), config }, { today: '2026-11-24' }).findings;
}

function describeFindings(findings: Finding[]): string {
  return findings.length === 0 ? '(no findings)' : findings.map((f) => `  ${f.rule} line ${f.line}: ${f.message}`).join('\n');
}

/** The rule fires on exactly this line (and the finding names an object). */
export function expectFires(sql: string, rule: string, line: number, options: CaseOptions = {}): Finding {
  const findings = analyse(sql, options);
  const hit = findings.find((f) => f.rule === rule && f.line === line);
  if (!hit) {
    expect.fail(`expected ${rule} on line ${line} of:\n${sql}\nbut got:\n${describeFindings(findings)}`);
  }
  expect(hit.message.length).toBeGreaterThan(20);
  return hit;
}

/** The rule does not fire anywhere in this SQL. */
export function expectQuiet(sql: string, rule: string, options: CaseOptions = {}): void {
  const findings = analyse(sql, options);
  const hits = findings.filter((f) => f.rule === rule);
  if (hits.length > 0) {
    expect.fail(`expected no ${rule} in:\n${sql}\nbut got:\n${describeFindings(hits)}`);
  }
}

export interface FireCase extends CaseOptions {
  name: string;
  sql: string;
  line: number;
}

export interface QuietCase extends CaseOptions {
  name: string;
  sql: string;
}

/** A rule's table test: every `fires` case must produce it on its line, every `quiet` case must not. */
export function ruleTable(rule: string, cases: { fires: FireCase[]; quiet: QuietCase[] }): void {
  describe(rule, () => {
    beforeAll(async () => {
      await prepareEngine();
    });
    test.each(cases.fires)('fires: $name', (c) => {
      expectFires(c.sql, rule, c.line, c);
    });
    test.each(cases.quiet)('quiet: $name', (c) => {
      expectQuiet(c.sql, rule, c);
    });
  });
}

/** Run the engine on two whole trees (file-level rules: edited, deleted, down, out-of-order). */
export function analyseTrees(
  base: Record<string, string>,
  head: Record<string, string>,
  options: { dialect?: Dialect } = {},
): Finding[] {
  const config = defaultConfig();
  if (options.dialect) config.migrations[0].dialect = options.dialect;
  return runEngine({ changes: changeSetFromTrees(base, head), config }, { today: '2026-11-24' }).findings;
}

export function rulesAt(findings: Finding[], rule: string): (number | null)[] {
  return findings.filter((f) => f.rule === rule).map((f) => f.line);
}

const REPROS = join(import.meta.dirname, '../../bench/history/repros');

/** A directory as path → text (a reproduction's base/ or head/ tree). */
function treeOf(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, treeOf(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

/** The base and head trees of bench/history/repros/<name>/, read from disk as they are. */
export function reproTrees(name: string): { base: Record<string, string>; head: Record<string, string> } {
  return { base: treeOf(join(REPROS, name, 'base')), head: treeOf(join(REPROS, name, 'head')) };
}
