/**
 * The plan's mission-critical scenarios (the `critical:` key today; named `scenarios:` and the
 * findings' `scenarios` field once they land, read through plan-facts.ts's adapter) and a range
 * with a file that cannot be read (never "safe").
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultConfig, type Config } from '../../src/config/types.js';
import type { Finding } from '../../src/findings.js';
import { planFacts, scenarioStatus } from '../../src/plan/plan-facts.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { runPlan } from './fixture.js';

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo({
    '.github/rollback-guard.yml': 'critical:\n  tables: [payments]\n',
    'db/migrations/001_init.sql': 'CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric NOT NULL, note text);\nCREATE TABLE users (id bigint PRIMARY KEY, bio text);\n',
    'app/pay.py': 'def pay(p):\n    return p.note\n',
  });
  repo.git('tag', 'v1');
  repo.write({ 'db/migrations/002_drop_note.sql': 'ALTER TABLE payments DROP COLUMN note;\n' });
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'v2');
  repo.git('tag', 'v2');
  // A migration that is a symbolic link out of the repository: not read, so it cannot be judged.
  symlinkSync('/etc/hostname', join(repo.dir, 'db/migrations/003_outside.sql'));
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'v3');
  repo.git('tag', 'v3');
});
afterAll(() => repo.remove());

const plan = (...args: string[]): ReturnType<typeof runPlan> => runPlan(repo.dir, ...args);

describe('mission-critical scenarios', () => {
  test('a dropped column of a critical table: the unnamed scenario is affected, and the runbook opens with it', async () => {
    const r = await plan('--from', 'v2', '--to', 'v1', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.scenarios).toEqual([{ name: 'critical', affected: true }]);
    expect(json.blocking.map((f: Finding) => [f.rule, f.object, f.critical])).toEqual([['drop-column', 'payments.note', true]]);
    const md = await plan('--from', 'v2', '--to', 'v1', '--format', 'markdown');
    expect(md.out).toContain('**Mission-critical:** the unnamed `critical:` scenario is affected.');
    expect(md.out).toContain('- critical: 1 finding (`drop-column`), blocking: #1');
  });

  test('named scenarios (config `scenarios:`, finding `scenarios`): affected or not, each one listed', () => {
    const config = { ...defaultConfig(), scenarios: [{ name: 'Place an order' }, { name: 'Sign up' }] } as Config;
    const finding = { rule: 'drop-column', severity: 'error', category: 'migration', suppressed: false, critical: true, direction: null, scenarios: ['Place an order'] } as unknown as Finding;
    const deployOnly = { rule: 'response-property-removed', severity: 'error', category: 'contract', suppressed: false, critical: true, direction: 'deploy', scenarios: ['Sign up'] } as unknown as Finding;
    expect(scenarioStatus([finding, deployOnly], config).map(({ name, affected }) => ({ name, affected }))).toEqual([
      { name: 'Place an order', affected: true },
      { name: 'Sign up', affected: false }, // a deploy-direction contract finding: the rollback undoes it
    ]);
    const facts = planFacts({ version: 1, verdict: 'fail', base: 'a', head: 'b', summary: { errors: 2, warnings: 0, notices: 0, suppressed: 0, filesAnalyzed: 1 }, findings: [finding, deployOnly], skipped: [], migrations: [] }, config);
    expect(facts.blocking).toEqual([finding]);
    expect(facts.undoneByRollback).toEqual([deployOnly]);
  });
});

describe('a file of the range that cannot be read', () => {
  test('is a blocking unreadable-file finding and the plan is not safe', async () => {
    const r = await plan('--from', 'v3', '--to', 'v2', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.safe).toBe(false);
    expect(json.blocking.map((f: Finding) => [f.rule, f.file])).toEqual([['unreadable-file', 'db/migrations/003_outside.sql']]);
    expect(json.skipped.map((s: { file: string }) => s.file)).toEqual(['db/migrations/003_outside.sql']);
    expect(json.reason).toBe('Not safe to roll back to v2: files of the range could not be read, so nothing in them is judged (unreadable-file on db/migrations/003_outside.sql).');
  });
});
