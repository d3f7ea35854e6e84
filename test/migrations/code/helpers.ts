/**
 * Helpers for migrations written as code: the PR's file (and base's history) through the whole
 * engine, with the grammars loaded; `fires` / `quiet` fail loudly, printing every finding.
 */
import { expect } from 'vitest';
import { changeSetFromTrees } from '../../../src/changes/types.js';
import { defaultConfig, type Config, type Dialect, type Framework } from '../../../src/config/types.js';
import { prepareEngine, runEngine } from '../../../src/engine.js';
import type { Finding } from '../../../src/findings.js';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';

export async function prepareCode(): Promise<void> {
  await Promise.all([prepareEngine(), prepareCodeLanguages(['python', 'ruby'])]);
}

export interface CodeCase {
  /** Base files (the history): path → text. */
  base?: Record<string, string>;
  /** The PR's files: path → text (null: deleted). */
  head: Record<string, string | null>;
  dialect?: Dialect;
  framework?: Framework;
  paths?: string[];
}

export function analyseCode(c: CodeCase): Finding[] {
  const base = c.base ?? {};
  const head: Record<string, string> = { ...base };
  for (const [path, text] of Object.entries(c.head)) {
    if (text === null) delete head[path];
    else head[path] = text;
  }
  const config: Config = defaultConfig();
  if (c.dialect) config.migrations[0].dialect = c.dialect;
  if (c.framework) config.migrations[0].framework = c.framework;
  if (c.paths) config.migrations[0].paths = c.paths;
  return runEngine({ changes: changeSetFromTrees(base, head), config }, { today: '2026-11-24' }).findings;
}

export function describeFindings(findings: Finding[]): string {
  return findings.length === 0 ? '(no findings)' : findings.map((f) => `  ${f.rule} ${f.file}:${f.line}: ${f.message}`).join('\n');
}

/** The rule fires on exactly this line. */
export function fires(c: CodeCase, rule: string, line: number): Finding {
  const findings = analyseCode(c);
  const hit = findings.find((f) => f.rule === rule && f.line === line);
  if (!hit) expect.fail(`expected ${rule} on line ${line}, got:\n${describeFindings(findings)}`);
  return hit;
}

/** The rule does not fire. */
export function quiet(c: CodeCase, rule: string): void {
  const hits = analyseCode(c).filter((f) => f.rule === rule);
  if (hits.length > 0) expect.fail(`expected no ${rule}, got:\n${describeFindings(hits)}`);
}

/** A Django migration file of `operations` lines (each at line 6 + its index). */
export function djangoMigration(operations: string[], dependencies = '[]'): string {
  return [
    'from django.db import migrations, models',
    '',
    'class Migration(migrations.Migration):',
    `    dependencies = ${dependencies}`,
    '    operations = [',
    ...operations.map((o) => `        ${o}`),
    '    ]',
    '',
  ].join('\n');
}
