/**
 * Issue 17 §3 outside the API: `rollback-guard check` (no pull request to ask) and the events the
 * README's workflow listens to.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { readRun } from '../../src/context/event.js';
import { publishBlocker } from '../../src/github/gate.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { run, settings } from './fixtures.js';

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

async function check(config: string): Promise<{ code: number; report: { findings: { rule: string; suppressed: boolean; message: string; pendingApproval?: unknown }[] } }> {
  repo = makeRepo(
    { '.github/rollback-guard.yml': `code-references:\n  mode: off\n${config}`, 'db/migrations/001.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' },
    { 'db/migrations/002.sql': '-- rollback-guard-ignore drop-column: unused since 2.3\nALTER TABLE users DROP COLUMN legacy;\n' },
  );
  let stdout = '';
  const code = await main(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: repo.dir, isTTY: false, env: {} });
  return { code, report: JSON.parse(stdout) };
}

describe('rollback-guard check', () => {
  it('a suppression the change adds is pending: approvals are checked on the pull request', async () => {
    const { code, report } = await check('');
    expect(code).toBe(1);
    const drop = report.findings.find((f) => f.rule === 'drop-column')!;
    expect(drop.suppressed).toBe(false);
    expect(drop.message).toContain('cannot be approved in this run: approvals cannot be verified (`rollback-guard check` runs outside a GitHub pull request; the Action checks approvals there)');
  });

  it('variant: `approvals.required: false` in the base config applies it as written', async () => {
    const { code, report } = await check('approvals:\n  required: false\n');
    expect(code).toBe(0);
    expect(report.findings.find((f) => f.rule === 'drop-column')).toMatchObject({ suppressed: true });
  });
});

describe('events', () => {
  const env = (eventName: string, payload: unknown) => ({ eventName, payload, repository: 'acme/shop', sha: 'e'.repeat(40), apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', runId: '1' });
  const pr = {
    number: 7,
    user: { login: 'alice' },
    labels: [{ name: 'rollback-ok' }, { name: 'db' }],
    base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
    head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/shop' } },
  };

  it('pull_request_review: the same PR, commits, author and labels as pull_request', () => {
    const review = readRun(env('pull_request_review', { action: 'dismissed', review: { state: 'dismissed' }, pull_request: pr }));
    expect(review).toMatchObject({ prNumber: 7, baseSha: 'b'.repeat(40), headSha: 'a'.repeat(40), checkSha: 'a'.repeat(40), prAuthor: 'alice', prLabels: ['rollback-ok', 'db'], isFork: false });
    const { eventName: _a, ...rest } = review;
    const { eventName: _b, ...labeled } = readRun(env('pull_request', { action: 'labeled', label: { name: 'rollback-ok' }, pull_request: pr }));
    expect(rest).toEqual(labeled);
  });

  it('variant: a review on a fork PR is a fork run (read-only token: nothing published)', () => {
    const fork = readRun(env('pull_request_review', { pull_request: { ...pr, head: { ...pr.head, repo: { full_name: 'eve/shop' } } } }));
    expect(fork.isFork).toBe(true);
    expect(publishBlocker(settings(), { ...run('https://api.github.com'), ...fork })).toHaveProperty('warning');
  });

  it('merge_group: the queued PR is read from the queue branch, and it is no PR to comment on', () => {
    const group = readRun(env('merge_group', { merge_group: { base_sha: 'b'.repeat(40), head_sha: 'c'.repeat(40), head_ref: 'refs/heads/gh-readonly-queue/main/pr-123-0123abcd' } }));
    expect(group).toMatchObject({ prNumber: null, queuedPr: 123 });
    expect(readRun(env('merge_group', { merge_group: { head_ref: 'refs/heads/feature' } })).queuedPr).toBeNull();
  });
});
