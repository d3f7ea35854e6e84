/**
 * `mode: plan` of the bundled Action (dist/index.js, run as the runner runs it) and `plan` of the
 * bundled CLI (dist/cli.js copied alone, no node_modules), on the five-tag repository of
 * test/plan/fixture.ts. Plan mode calls no API: the token points at a port nothing listens on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shopRepo, type ShopRepo } from '../plan/fixture.js';
import { DIST_CLI, ensureBuilt, nodeBinary, runAction } from '../helpers/runner.js';

let repo: ShopRepo;
const cleanup: string[] = [];
beforeAll(() => {
  ensureBuilt();
  repo = shopRepo();
});
afterAll(() => {
  repo.remove();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

const TOKEN = 'ghs_planModeTokenThatMustNeverAppear0042';

function planAction(eventName: string, payload: unknown, inputs: Record<string, string> = {}, env: Record<string, string> = {}, workspace = repo.dir) {
  return runAction({ workspace, eventName, payload, inputs: { mode: 'plan', 'github-token': TOKEN, ...inputs }, env });
}

describe('Action mode: plan', () => {
  test('push of tag v1.4.0: plans the rollback to v1.3.0 (safe); runbook in the summary and in the plan file', () => {
    const r = planAction('push', { ref: 'refs/tags/v1.4.0', before: '0'.repeat(40), after: repo.tags['v1.4.0'] }, {}, { GITHUB_REF: 'refs/tags/v1.4.0', GITHUB_SHA: repo.tags['v1.4.0']! });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rollback-guard: planning the rollback from v1.4.0 to v1.3.0.');
    expect(r.stdout).toContain('rollback-guard: safe to roll back from v1.4.0 to v1.3.0 (0 blocking).');
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs['plan-file']).toMatch(/rollback-guard\/rollback-plan-v1\.4\.0\.md$/);
    const file = readFileSync(r.outputs['plan-file']!, 'utf8');
    expect(file.split('\n')[0]).toBe('## ✅ rollback-guard: rollback from `v1.4.0` to `v1.3.0`');
    expect(r.summary).toContain(file);
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8'))).toMatchObject({ version: 1, from: 'v1.4.0', to: 'v1.3.0', safe: true });
    // Only the runner's own `::add-mask::` command carries it.
    expect(r.stdout.replace(/^::add-mask::.*$/m, '') + r.summary).not.toContain(TOKEN);
  });

  test('release event of v1.3.0: the rollback to v1.2.0 is not safe, so the step fails (fail-on never keeps it green)', () => {
    const payload = { action: 'published', release: { tag_name: 'v1.3.0' } };
    const r = planAction('release', payload);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::rollback-guard: not safe to roll back from v1.3.0 to v1.2.0 (1 blocking).');
    expect(r.outputs).toMatchObject({ verdict: 'fail', errors: '1' });
    expect(r.summary).toContain('**Verdict:** Not safe to roll back to `v1.2.0`');
    expect(readFileSync(r.outputs['plan-file']!, 'utf8')).toContain('`drop-column`');
    const green = planAction('release', payload, { 'fail-on': 'never' });
    expect(green.status).toBe(0);
    expect(green.outputs.verdict).toBe('fail');
  });

  test('the base input names the target, the head input the deployed version', () => {
    const r = planAction('workflow_dispatch', {}, { head: 'v1.2.0', base: 'v1.0.0', name: 'shop db' });
    expect(r.status).toBe(0);
    expect(r.summary.split('\n')[0]).toBe('## ✅ shop db: rollback from `v1.2.0` to `v1.0.0`');
  });

  test('the first release has nothing to roll back to: verdict none, a warning, no plan file', () => {
    const r = planAction('release', { release: { tag_name: 'v1.0.0' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('::warning::rollback-guard: no release tag comes before v1.0.0: there is no earlier release to roll back to, so no plan was written.');
    expect(r.outputs.verdict).toBe('none');
    expect(r.outputs['plan-file']).toBeUndefined();
  });

  test('a shallow checkout without the earlier tags fails the step, never "safe"', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'rg-plan-shallow-'));
    cleanup.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'v1.4.0', `file://${repo.dir}`, shallow], { stdio: 'ignore' });
    const r = planAction('release', { release: { tag_name: 'v1.4.0' } }, {}, {}, shallow);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::rollback-guard: no release tag before v1.4.0 in this checkout, which is shallow: check out with fetch-depth: 0');
    expect(r.outputs.verdict).toBeUndefined();
  });

  test('a tag that does not exist, and an unknown mode, are one error line each', () => {
    const r = planAction('release', { release: { tag_name: 'v9.9.9' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::rollback-guard: cannot find the deployed version ('head' input, or the event's tag) 'v9.9.9'");
    const mode = planAction('push', {}, { mode: 'release' });
    expect(mode.status).toBe(1);
    expect(mode.stdout).toContain("::error::rollback-guard: Invalid 'mode' value 'release'. Expected one of: check, plan.");
  });
});

describe('dist/cli.js plan, alone', () => {
  test('plan --format json and --oldest-safe run from the bundle with no node_modules', () => {
    const alone = mkdtempSync(join(tmpdir(), 'rg-plan-dist-'));
    cleanup.push(alone);
    for (const f of readdirSync(dirname(DIST_CLI))) copyFileSync(join(dirname(DIST_CLI), f), join(alone, f));
    expect(existsSync(join(alone, 'node_modules'))).toBe(false);
    const cli = (...args: string[]) => spawnSync(nodeBinary(), [join(alone, 'cli.js'), 'plan', ...args], { cwd: repo.dir, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } });
    const unsafe = cli('--from', 'v1.4.0', '--to', 'v1.2.0', '--format', 'json');
    expect(unsafe.stderr).toBe('');
    expect(unsafe.status).toBe(1);
    expect(JSON.parse(unsafe.stdout).blocking.map((f: { rule: string }) => f.rule)).toEqual(['drop-column']);
    const oldest = cli('--from', 'v1.4.0', '--oldest-safe');
    expect(oldest.status).toBe(0);
    expect(oldest.stdout).toContain('Oldest safe target: v1.3.0.');
    const bad = cli('--from', 'v1.4.0', '--to', 'nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`rollback-guard: cannot find --to 'nope' in ${repo.dir}: no tag, branch or commit has that name.\n`);
  });
});
