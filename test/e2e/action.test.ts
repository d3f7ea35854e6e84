/** dist/index.js exactly as the runner runs it, with no token: log annotations, outputs, summary. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { ensureBuilt, pullRequestPayload, runAction } from '../helpers/runner.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

beforeAll(() => ensureBuilt());

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

const BASE = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);\n',
  'app/models.py': 'class User(Model):\n    legacy_name = CharField()\n',
};
const UNSAFE = { 'db/migrations/002_drop.sql': '-- cleanup\n\nALTER TABLE users DROP COLUMN legacy_name;\n' };

test('pull_request without a token: annotations, outputs, summary, failed step', () => {
  repo = makeRepo(BASE, UNSAFE);
  const r = runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo) });
  expect(r.stdout).toContain(
    `::error file=db/migrations/002_drop.sql,line=3,endLine=3,col=1,title=drop-column::Dropping column users.legacy_name breaks the previous release, which still reads it. Still used in the previous release's code at ‘app/models.py:2’. See https://github.com/rollback-guard/rollback-guard/blob/v${pkg.version}/docs/rules/drop-column.md\n`,
  );
  expect(r.stdout).toContain('::error::rollback-guard: this PR is not rollback-safe (1 error, 0 warnings, 0 notices).');
  expect(r.status).toBe(1);
  expect(r.outputs).toMatchObject({ verdict: 'fail', errors: '1', warnings: '0', notices: '0' });
  const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  expect(report).toMatchObject({ verdict: 'fail', base: repo.base, head: repo.head });
  expect(r.summary).toContain('## ❌ rollback-guard: this PR is not rollback-safe');
  expect(r.summary).toContain(`[\`db/migrations/002_drop.sql:3\`](https://github.com/acme/shop/blob/${repo.head}/db/migrations/002_drop.sql#L3)`);
  expect(r.summary).toContain('### If this PR ships and has to be rolled back');
  expect(r.summary).toContain('`main` before this PR');
});

test('a safe pull_request passes with verdict pass', () => {
  repo = makeRepo(BASE, { 'db/migrations/002_add.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n' });
  const r = runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo) });
  expect(r.status).toBe(0);
  expect(r.stdout).not.toContain('::error');
  expect(r.outputs.verdict).toBe('pass');
  expect(r.summary).toContain('## ✅ rollback-guard: this PR is rollback-safe');
});

test('pull_request_target reads the config from base, not from the PR', () => {
  repo = makeRepo(
    { ...BASE, '.github/rollback-guard.yml': 'rules:\n  drop-column: error\n' },
    { ...UNSAFE, '.github/rollback-guard.yml': 'rules:\n  drop-column: off\n' },
  );
  const r = runAction({ workspace: repo.dir, eventName: 'pull_request_target', payload: pullRequestPayload(repo, { fork: true }) });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('title=drop-column::');
  expect(r.stdout).toContain('::notice file=.github/rollback-guard.yml,line=1,endLine=1,title=config-changed::');
});

test('merge_group compares base_sha and head_sha', () => {
  repo = makeRepo(BASE, UNSAFE);
  const r = runAction({ workspace: repo.dir, eventName: 'merge_group', payload: { merge_group: { base_sha: repo.base, head_sha: repo.head } } });
  expect(r.status).toBe(1);
  expect(JSON.parse(readFileSync(r.outputs.report, 'utf8'))).toMatchObject({ base: repo.base, head: repo.head });
});

test('push of a new branch (before = zeros) compares with the default branch', () => {
  repo = makeRepo(BASE);
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write(UNSAFE);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'drop');
  const head = repo.git('rev-parse', 'HEAD');
  const r = runAction({
    workspace: repo.dir,
    eventName: 'push',
    payload: { before: '0'.repeat(40), after: head, repository: { full_name: 'acme/shop', default_branch: 'main' } },
  });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('title=drop-column::');
});

test('invalid input is one sentence and a failed step', () => {
  repo = makeRepo(BASE, UNSAFE);
  const r = runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo), inputs: { 'fail-on': 'eror' } });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("::error::rollback-guard: Invalid 'fail-on' value 'eror'. Expected one of: error, warning, never.");
});

test('invalid config in base is one sentence and a failed step', () => {
  repo = makeRepo({ ...BASE, '.github/rollback-guard.yml': 'migrations:\n  dialekt: mysql\n' }, UNSAFE);
  const r = runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo) });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("::error::rollback-guard: .github/rollback-guard.yml: unknown key 'migrations.dialekt'");
});
