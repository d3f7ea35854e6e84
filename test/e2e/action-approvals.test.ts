/**
 * Issue 17 §3 end to end: the bundled Action (`node dist/index.js`) on a real git workspace, the
 * events the README's workflow listens to (`pull_request`, `pull_request_review`), and approvals
 * read from the local GitHub stand-in. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from './github-api-server.js';
import { useFakeGitHub } from '../github/fixtures.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { nodeBinary, prepareRunner } from '../helpers/runner.js';

const ACTION = join(resolve(import.meta.dirname, '..', '..'), 'dist', 'index.js');
const TOKEN = 'ghs_e2eApprovalsTokenThatMustNeverAppear07';
const OWNER = 'acme';
const REPO = 'shop';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));
const repos: TempRepo[] = [];
beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run \`npm run build\` before the e2e tests.`);
});
afterAll(() => {
  for (const r of repos) r.remove();
});

const BASE = {
  '.github/rollback-guard.yml': 'code-references:\n  mode: off\napprovals:\n  label: rollback-ok\n',
  'db/migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
};

function repoWith(drop: string): TempRepo {
  const repo = makeRepo(BASE, { 'db/migrations/002_drop.sql': drop });
  repos.push(repo);
  return repo;
}

const SUPPRESSED = '-- rollback-guard-ignore drop-column: unused since 2.3\nALTER TABLE users DROP COLUMN legacy;\n';

function payload(repo: TempRepo, event: 'pull_request' | 'pull_request_review', labels: string[] = []) {
  const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, default_branch: 'main', fork: false };
  return {
    action: event === 'pull_request' ? 'synchronize' : 'submitted',
    ...(event === 'pull_request_review' ? { review: { state: 'approved', user: { login: 'bob' } } } : {}),
    pull_request: {
      number: 7,
      state: 'open',
      user: { login: 'alice' },
      labels: labels.map((name) => ({ name })),
      head: { sha: repo.head, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: repo.base, ref: 'main', repo: repository },
    },
    repository,
  };
}

async function runAction(repo: TempRepo, event: 'pull_request' | 'pull_request_review', labels: string[] = []) {
  const runner = prepareRunner({
    workspace: repo.dir,
    eventName: event,
    payload: payload(repo, event, labels),
    inputs: { 'github-token': TOKEN, comment: 'false', annotations: 'workflow-commands' },
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_REPOSITORY_OWNER: OWNER, GITHUB_SHA: 'e'.repeat(40), GITHUB_API_URL: github.url, GITHUB_RUN_ID: '4242' },
  });
  const child = spawn(nodeBinary(), [ACTION], { cwd: repo.dir, env: runner.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const { outputs, summary } = runner.collect();
  const report = JSON.parse(readFileSync(outputs.report!, 'utf8')) as { findings: { rule: string; suppressed: boolean; approval?: unknown; message: string }[] };
  const drop = report.findings.find((f) => f.rule === 'drop-column')!;
  expect(github.invalidRequests()).toEqual([]);
  expect(`${stdout}${stderr}${summary}`.replace(/::add-mask::.*/g, '')).not.toContain(TOKEN);
  return { code, stdout, outputs, summary, drop };
}

describe('the Action: a suppression the PR adds needs a second person', { timeout: 120_000 }, () => {
  it('pull_request, the author alone: fails, the summary lists it as pending with who may approve', async () => {
    const repo = repoWith(SUPPRESSED);
    const run = await runAction(repo, 'pull_request');
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.drop).toMatchObject({ suppressed: false });
    expect(run.summary).toContain('**Suppressions pending approval: 1**');
    expect(run.summary).toContain('or the label `rollback-ok` applied by such a person');
    expect(github.log()).toContain(`GET /repos/${OWNER}/${REPO}/pulls/7/reviews`);
  });

  it('pull_request_review (submitted) by a writer: the re-run passes and the report names the approver', async () => {
    const repo = repoWith(SUPPRESSED);
    github.reviews.set(7, [{ login: 'bob', state: 'APPROVED', submittedAt: '2026-12-01T10:00:00Z' }]);
    github.permissions.set('bob', 'write');
    const run = await runAction(repo, 'pull_request_review');
    expect(run.code).toBe(0);
    expect(run.drop).toMatchObject({ suppressed: true, approval: { by: 'bob', via: 'review' } });
  });

  it('pull_request labeled by a writer passes; a 403 on the reviews fails closed with one warning', async () => {
    const repo = repoWith(SUPPRESSED);
    github.permissions.set('carol', 'admin');
    github.issueEvents.set(7, [{ event: 'labeled', actor: 'carol', label: 'rollback-ok' }]);
    const labelled = await runAction(repo, 'pull_request', ['rollback-ok']);
    expect(labelled.code).toBe(0);
    expect(labelled.drop.approval).toEqual({ by: 'carol', via: 'label' });

    github.fail({ status: 403, path: '/reviews' });
    const denied = await runAction(repo, 'pull_request', ['rollback-ok']);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/::warning::rollback-guard: cannot verify who approved the suppressions this PR adds \(the GitHub API failed: HTTP 403 on GET \/repos\/acme\/shop\/pulls\/7\/reviews: .*grant the job `pull-requests: read`/);
  });

  it('a PR that adds no suppression asks the API nothing about approvals', async () => {
    const repo = repoWith('ALTER TABLE users ADD COLUMN extra text;\n');
    const run = await runAction(repo, 'pull_request');
    expect(run.code).toBe(0);
    expect(github.log().filter((l) => /reviews|permission|events/.test(l))).toEqual([]);
  });
});
