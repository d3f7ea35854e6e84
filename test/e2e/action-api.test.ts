/**
 * The bundled Action (`node dist/index.js`) run the way the runner runs it: inputs as INPUT_*
 * variables, a real-shaped event payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a workspace
 * that is a git repository with real base and head commits, and GITHUB_API_URL pointing at the local
 * GitHub stand-in, which checks every request body against GitHub's REST description.
 *
 * Needs `npm run build` first (CI builds before testing).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github-api-server.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { nodeBinary, prepareRunner } from '../helpers/runner.js';
import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import { STICKY_MARKER } from '../../src/github/comment.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ACTION = join(ROOT, 'dist', 'index.js');
const TOKEN = 'ghs_e2eS3cr3tTokenThatMustNeverAppear0042';
const OWNER = 'acme';
const REPO = 'shop';

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Everything a user or a log could see, minus the runner's own `::add-mask::` command. */
  visible: string;
}

interface RunOptions {
  event: string;
  payload: Record<string, unknown>;
  /** The workspace: a git checkout, or (API change set) a directory without one. */
  repo: Pick<TempRepo, 'dir'>;
  sha: string;
  inputs?: Record<string, string>;
  token?: string;
}

// The official SARIF 2.1.0 schema (draft-04) from @microsoft/jest-sarif; see test/github/sarif.test.ts.
const Ajv04 = Ajv04Module as unknown as typeof import('ajv-draft-04').default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv04>) => void;
const sarifAjv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')),
);

let github: FakeGitHub;
const repos: TempRepo[] = [];

beforeAll(async () => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run \`npm run build\` before the e2e tests.`);
  github = await new FakeGitHub().start();
});
afterAll(async () => {
  await github.stop();
  for (const r of repos) r.remove();
});
beforeEach(() => {
  github.reset();
});

async function runAction(options: RunOptions): Promise<ActionRun> {
  const runner = prepareRunner({
    workspace: options.repo.dir,
    eventName: options.event,
    payload: options.payload,
    inputs: { 'github-token': options.token ?? TOKEN, ...options.inputs },
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_REPOSITORY_OWNER: OWNER, GITHUB_SHA: options.sha, GITHUB_API_URL: github.url, GITHUB_RUN_ID: '4242' },
  });
  // Asynchronous: the local GitHub stand-in answers from this same process.
  const child = spawn(nodeBinary(), [ACTION], { cwd: options.repo.dir, env: runner.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (process.env.RG_E2E_DEBUG) console.log(stdout, stderr);
  const { outputs, summary } = runner.collect();
  const visible = [stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), stderr, JSON.stringify(outputs), summary].join('\n');
  return { code, stdout, stderr, outputs, summary, visible };
}

function workflowCommands(stdout: string, command: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${command} `) || l.startsWith(`::${command}::`));
}

/** Workflow-command annotations on a file (not setFailed's closing `::error::` line). */
function fileAnnotations(stdout: string, level: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} file=`));
}

/** Sanity every run must pass: valid bodies, token only in the authorization header. */
function expectCleanTraffic(run: ActionRun): void {
  expect(github.invalidRequests()).toEqual([]);
  expect(run.visible).not.toContain(TOKEN);
  expect(JSON.stringify(github.requests)).not.toContain(TOKEN);
  expect(github.authorizations.every((a) => a === `token ${TOKEN}`)).toBe(true);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

// ---- repositories and payloads ----

const COLUMNS = 120;

function dropRepo(drops: number, extraHead: Record<string, string | null> = {}, extraBase: Record<string, string> = {}): TempRepo {
  const cols = Array.from({ length: COLUMNS }, (_, i) => `c${i} text`).join(', ');
  const head: Record<string, string | null> = { ...extraHead };
  if (drops > 0) {
    head['db/migrations/002_drop.sql'] = `${Array.from({ length: drops }, (_, i) => `ALTER TABLE t DROP COLUMN c${i};`).join('\n')}\n`;
  } else {
    head['db/migrations/002_add.sql'] = 'ALTER TABLE t ADD COLUMN extra text;\n';
  }
  const repo = makeRepo({ 'db/migrations/001_init.sql': `CREATE TABLE t (id bigint PRIMARY KEY, ${cols});\n`, ...extraBase }, head);
  repos.push(repo);
  return repo;
}

const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, default_branch: 'main', fork: false };

function prPayload(repo: TempRepo, number: number, headRepo: string = `${OWNER}/${REPO}`) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      head: { sha: repo.head, ref: 'feature', label: `${headRepo.split('/')[0]}:feature`, repo: { full_name: headRepo, fork: headRepo !== `${OWNER}/${REPO}` } },
      base: { sha: repo.base, ref: 'main', label: `${OWNER}:main`, repo: repository },
    },
    repository,
  };
}
const MERGE_SHA = 'e'.repeat(40);

// Each test spawns the bundle one to four times; on a loaded 2-core runner one spawn can take 10 s.
describe('the Action against the GitHub API stand-in', { timeout: 120_000 }, () => {
  it('same-repo pull_request with 120 findings: every annotation on the check run in 3 requests, sticky comment, outputs, summary', async () => {
    const repo = dropRepo(120);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 7), repo, sha: MERGE_SHA });

    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '120', warnings: '0', notices: '0' });
    expect(existsSync(run.outputs.report!)).toBe(true);
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).findings).toHaveLength(120);
    expect(run.summary).toContain('rollback-guard: this PR is not rollback-safe');

    const checkCalls = github.requests.filter((r) => r.path.includes('/check-runs'));
    expect(checkCalls.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect(checkCalls.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual([50, 50, 20]);
    const [checkRun] = [...github.checkRuns.values()];
    expect(checkRun).toMatchObject({ name: 'rollback-guard / findings', head_sha: repo.head, conclusion: 'failure' });
    expect(checkRun!.annotations).toHaveLength(120);
    expect(checkRun!.output.summary).toContain('not rollback-safe');

    expect(github.log().filter((l) => l.includes('/comments'))).toEqual([
      `GET /repos/${OWNER}/${REPO}/issues/7/comments`,
      `POST /repos/${OWNER}/${REPO}/issues/7/comments`,
    ]);
    expect(github.commentsOf(7)[0]!.body.startsWith(STICKY_MARKER)).toBe(true);
    // The check run carries the annotations: no workflow-command annotations in the log.
    expect(fileAnnotations(run.stdout, 'error')).toEqual([]);
    expect(workflowCommands(run.stdout, 'warning')).toEqual([]);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))).toHaveLength(1);
    expectCleanTraffic(run);
  });

  it('keeps one comment: created once, updated when findings change, untouched when unchanged, all clear when clean', async () => {
    const two = dropRepo(2);
    const first = await runAction({ event: 'pull_request', payload: prPayload(two, 8), repo: two, sha: MERGE_SHA });
    expect(first.code).toBe(1);
    expect(github.commentsOf(8)).toHaveLength(1);
    const id = github.commentsOf(8)[0]!.id;

    github.requests.length = 0;
    const three = dropRepo(3);
    await runAction({ event: 'pull_request', payload: prPayload(three, 8), repo: three, sha: MERGE_SHA });
    expect(github.log().filter((l) => l.includes('comments'))).toEqual([
      `GET /repos/${OWNER}/${REPO}/issues/8/comments`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${id}`,
    ]);
    expect(github.commentsOf(8)).toHaveLength(1);
    expect(github.commentsOf(8)[0]!.body).toContain('3 errors');

    github.requests.length = 0;
    await runAction({ event: 'pull_request', payload: prPayload(three, 8), repo: three, sha: MERGE_SHA });
    expect(github.log().filter((l) => l.includes('comments'))).toEqual([`GET /repos/${OWNER}/${REPO}/issues/8/comments`]);

    github.requests.length = 0;
    const clean = dropRepo(0);
    const fixed = await runAction({ event: 'pull_request', payload: prPayload(clean, 8), repo: clean, sha: MERGE_SHA });
    expect(fixed.code).toBe(0);
    expect(fixed.outputs.verdict).toBe('pass');
    expect(github.log().filter((l) => l.includes('comments'))).toEqual([
      `GET /repos/${OWNER}/${REPO}/issues/8/comments`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${id}`,
    ]);
    expect(github.commentsOf(8)[0]!.body).toContain('all clear');
    expect([...github.checkRuns.values()].at(-1)).toMatchObject({ conclusion: 'success', head_sha: clean.head });
    expectCleanTraffic(fixed);
  });

  it('a clean PR that never had findings gets no comment', async () => {
    const clean = dropRepo(0);
    const run = await runAction({ event: 'pull_request', payload: prPayload(clean, 9), repo: clean, sha: MERGE_SHA });
    expect(run.code).toBe(0);
    expect(github.log().filter((l) => l.startsWith('POST') && l.includes('comments'))).toEqual([]);
    expect(github.commentsOf(9)).toHaveLength(0);
  });

  it('403 (read-only token): one warning line, log annotations instead, same verdict and exit code', async () => {
    github.fail({ status: 403, times: 100 });
    const repo = dropRepo(12);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 10), repo, sha: MERGE_SHA });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '12' });
    const warnings = workflowCommands(run.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not publish the check run and PR comment: HTTP 403/);
    // Workflow commands take over, capped at 10 errors per step (the failed step's own error line
    // included) plus a pointer to the summary.
    expect(fileAnnotations(run.stdout, 'error')).toHaveLength(9);
    expect(workflowCommands(run.stdout, 'error')).toHaveLength(10);
    expect(workflowCommands(run.stdout, 'notice').join('\n')).toMatch(/3 more findings/);
    expect(run.summary).toContain('not rollback-safe');
    // No retry of a plain 403.
    expect(github.requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(1);
    expectCleanTraffic(run);
  });

  it('fork pull_request: no API call at all, one warning, annotations in the log', async () => {
    const repo = dropRepo(1);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 11, 'mallory/shop'), repo, sha: MERGE_SHA });
    expect(run.code).toBe(1);
    expect(github.requests).toEqual([]);
    const warnings = workflowCommands(run.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/fork pull request/);
    expect(fileAnnotations(run.stdout, 'error')).toHaveLength(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.visible).not.toContain(TOKEN);
  });

  it('no token: no API call, one warning, the gate still fails the PR', async () => {
    const repo = dropRepo(1);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 18), repo, sha: MERGE_SHA, token: '' });
    expect(run.code).toBe(1);
    expect(github.requests).toEqual([]);
    expect(workflowCommands(run.stdout, 'warning')).toEqual([expect.stringMatching(/no github-token/)]);
    expect(fileAnnotations(run.stdout, 'error')).toHaveLength(1);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('pull_request_target from a fork: config read from base (the PR cannot switch the rule off), check run on the PR head', async () => {
    const repo = dropRepo(
      1,
      { '.github/rollback-guard.yml': 'rules:\n  drop-column: "off"\n' },
      { '.github/rollback-guard.yml': 'rules:\n  drop-column: error\n' },
    );
    // pull_request_target runs on the base branch tip: that is what actions/checkout checks out.
    repo.git('checkout', '-q', repo.base);
    const run = await runAction({ event: 'pull_request_target', payload: prPayload(repo, 12, 'mallory/shop'), repo, sha: repo.base });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '1' });
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { findings: { rule: string }[] };
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['config-changed', 'drop-column']);
    const [checkRun] = [...github.checkRuns.values()];
    expect(checkRun).toMatchObject({ head_sha: repo.head, conclusion: 'failure' });
    expect(github.commentsOf(12)).toHaveLength(1);
    expectCleanTraffic(run);
  });

  it('merge_group: compares base_sha..head_sha, check run on the group head, no comment', async () => {
    const repo = dropRepo(2);
    const payload = {
      action: 'checks_requested',
      merge_group: {
        head_sha: repo.head,
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-' + repo.base.slice(0, 40),
        base_sha: repo.base,
        base_ref: 'refs/heads/main',
        head_commit: { id: repo.head, message: 'Merge pull request #7', tree_id: 'f'.repeat(40) },
      },
      repository,
    };
    const run = await runAction({ event: 'merge_group', payload, repo, sha: repo.head });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '2' });
    expect(github.log()).toEqual([`POST /repos/${OWNER}/${REPO}/check-runs`]);
    expect([...github.checkRuns.values()][0]).toMatchObject({ head_sha: repo.head });
    expectCleanTraffic(run);
  });

  it('push of a new branch (before = zeros): compares with the default branch', async () => {
    const repo = dropRepo(1);
    repo.git('branch', '-q', 'feature', repo.head);
    repo.git('checkout', '-q', 'feature');
    repo.git('branch', '-q', '-f', 'main', repo.base);
    const payload = { ref: 'refs/heads/feature', before: '0'.repeat(40), after: repo.head, created: true, deleted: false, forced: false, repository };
    const run = await runAction({ event: 'push', payload, repo, sha: repo.head });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '1' });
    expect(github.log()).toEqual([`POST /repos/${OWNER}/${REPO}/check-runs`]);
    expectCleanTraffic(run);
  });

  it('retries a 502 and a 429 with retry-after, then publishes everything', async () => {
    github.fail({ status: 502, method: 'POST', path: '/check-runs' });
    github.fail({ status: 429, method: 'GET', path: '/comments', headers: { 'retry-after': '1' } });
    const repo = dropRepo(1);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 13), repo, sha: MERGE_SHA });
    expect(run.code).toBe(1);
    expect(github.requests.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([
      `502 POST /repos/${OWNER}/${REPO}/check-runs`,
      `200 GET /repos/${OWNER}/${REPO}/commits/${repo.head}/check-runs`,
      `201 POST /repos/${OWNER}/${REPO}/check-runs`,
      `403 GET /user`,
      `429 GET /repos/${OWNER}/${REPO}/issues/13/comments`,
      `200 GET /repos/${OWNER}/${REPO}/issues/13/comments`,
      `201 POST /repos/${OWNER}/${REPO}/issues/13/comments`,
    ]);
    expect(workflowCommands(run.stdout, 'warning')).toEqual([]);
    expectCleanTraffic(run);
  });

  it('base, head and working-directory inputs check another repository (the self-test fixture job)', async () => {
    const fixture = dropRepo(1);
    const workspace = dropRepo(0);
    const run = await runAction({
      event: 'pull_request',
      payload: prPayload(workspace, 15),
      repo: workspace,
      sha: MERGE_SHA,
      inputs: { 'working-directory': fixture.dir, base: fixture.base, head: fixture.head, annotations: 'workflow-commands', comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '1' });
    expect(fileAnnotations(run.stdout, 'error').join()).toContain('db/migrations/002_drop.sql');
    expect(github.requests).toEqual([]);
  });

  it('without a checkout, reads the change set from the API (PR files, raw contents) and still gates', async () => {
    const base = '1'.repeat(40);
    const head = '2'.repeat(40);
    const cols = Array.from({ length: 5 }, (_, i) => `c${i} text`).join(', ');
    const init = { 'db/migrations/001_init.sql': `CREATE TABLE t (id bigint PRIMARY KEY, ${cols});\n` };
    github.addCommit(base, { ...init, '.github/rollback-guard.yml': 'rules:\n  drop-column: warning\n', 'README.md': 'x\n' });
    github.addCommit(head, {
      ...init,
      '.github/rollback-guard.yml': 'rules:\n  drop-column: warning\n',
      'README.md': 'y\n',
      'db/migrations/002_drop.sql': 'ALTER TABLE t DROP COLUMN c0;\nALTER TABLE t DROP COLUMN c1;\nTRUNCATE t;\n',
    });
    github.addPull(16, base, head);
    github.maxPerPage = 1; // the PR's 2 files come on 2 pages
    const empty = mkdtempSync(join(tmpdir(), 'rg-no-checkout-'));
    try {
      const payload = {
        action: 'opened',
        number: 16,
        pull_request: { number: 16, head: { sha: head, ref: 'f', repo: repository }, base: { sha: base, ref: 'main', repo: repository } },
        repository,
      };
      const run = await runAction({ event: 'pull_request', payload, repo: { dir: empty }, sha: MERGE_SHA });
      expect(run.code).toBe(1);
      // drop-column is a warning by the base config; TRUNCATE stays an error.
      expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '1', warnings: '2' });
      const files = github.requests.filter((r) => r.path.endsWith('/pulls/16/files'));
      expect(files.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
      expect(github.requests.some((r) => decodeURIComponent(r.path).endsWith('/contents/db/migrations/002_drop.sql') && r.query.ref === head)).toBe(true);
      expect(github.requests.some((r) => decodeURIComponent(r.path).endsWith('/contents/.github/rollback-guard.yml') && r.query.ref === base)).toBe(true);
      expect([...github.checkRuns.values()][0]).toMatchObject({ head_sha: head, conclusion: 'failure' });
      expect([...github.checkRuns.values()][0]!.annotations).toHaveLength(3);
      expectCleanTraffic(run);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the sarif input writes a SARIF 2.1.0 file and sets the sarif output', async () => {
    const repo = dropRepo(3);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 17), repo, sha: MERGE_SHA, inputs: { sarif: 'rollback-guard.sarif' } });
    expect(run.code).toBe(1);
    expect(run.outputs.sarif).toBe(join(repo.dir, 'rollback-guard.sarif'));
    const log = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')) as Log;
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.level, r.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([
      ['drop-column', 'error', 'db/migrations/002_drop.sql'],
      ['drop-column', 'error', 'db/migrations/002_drop.sql'],
      ['drop-column', 'error', 'db/migrations/002_drop.sql'],
    ]);
    expect(new Set(results.map((r) => JSON.stringify(r.partialFingerprints))).size).toBe(3);
    expect(log.runs[0]!.tool.driver.rules!.some((r) => r.id === 'drop-column')).toBe(true);
  });

  it('annotations: workflow-commands and comment: false make no API call', async () => {
    const repo = dropRepo(1);
    const run = await runAction({
      event: 'pull_request',
      payload: prPayload(repo, 14),
      repo,
      sha: MERGE_SHA,
      inputs: { annotations: 'workflow-commands', comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(github.requests).toEqual([]);
    expect(fileAnnotations(run.stdout, 'error')).toHaveLength(1);
    expect(workflowCommands(run.stdout, 'warning')).toEqual([]);
  });
});

// Issue 11, items 16 and 17: a bad output path or a failing API read is one sentence, after
// everything else was published; API text never carries the token.
describe('fail closed: outputs and API errors', { timeout: 120_000 }, () => {
  it('a sarif path in a missing folder: summary, check run, comment and outputs first, then one sentence naming the input', async () => {
    const repo = dropRepo(2);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 19), repo, sha: MERGE_SHA, inputs: { sarif: 'missing/rg.sarif' } });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('not rollback-safe');
    expect(github.checkRuns.size).toBe(1);
    expect(github.commentsOf(19)).toHaveLength(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '2' });
    expect(run.outputs.sarif).toBeUndefined();
    const errors = workflowCommands(run.stdout, 'error');
    expect(errors.at(-1)).toBe(
      `::error::rollback-guard: cannot write the SARIF file of the 'sarif' input 'missing/rg.sarif': the folder ${join(repo.dir, 'missing')} does not exist; create the folder in an earlier step or choose another path.`,
    );
    expect(run.visible).not.toContain('internal error');
    expect(run.visible).not.toContain('ENOENT');
    expectCleanTraffic(run);
  });

  it('variant: a sarif path that is a folder, with log annotations: the two closing errors fit in the 10 per step', async () => {
    const repo = dropRepo(12);
    const run = await runAction({
      event: 'pull_request',
      payload: prPayload(repo, 20),
      repo,
      sha: MERGE_SHA,
      inputs: { sarif: 'db', annotations: 'workflow-commands', comment: 'false' },
    });
    expect(run.code).toBe(1);
    expect(workflowCommands(run.stdout, 'error').join('\n')).toContain(`'sarif' input 'db': ${join(repo.dir, 'db')} is a folder;`);
    expect(workflowCommands(run.stdout, 'error')).toHaveLength(10);
    expect(run.summary).toContain('not rollback-safe');
  });

  it('a working-directory that does not exist is one sentence naming the input', async () => {
    const repo = dropRepo(1);
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 21), repo, sha: MERGE_SHA, inputs: { 'working-directory': 'services/nope' } });
    expect(run.code).toBe(1);
    expect(workflowCommands(run.stdout, 'error')).toEqual([
      `::error::rollback-guard: the 'working-directory' input 'services/nope' is not a directory of the workspace (${join(repo.dir, 'services/nope')}); check it out there first or fix the path.`,
    ]);
  });

  it('the API fallback failing ("fault" from a proxy) names the status and the endpoint, not "internal error: fault"', async () => {
    github.fail({ status: 503, method: 'GET', path: '/pulls/22/files', body: 'fault', times: 20 });
    const empty = mkdtempSync(join(tmpdir(), 'rg-no-checkout-'));
    try {
      const payload = {
        action: 'opened',
        number: 22,
        pull_request: { number: 22, head: { sha: '2'.repeat(40), ref: 'f', repo: repository }, base: { sha: '1'.repeat(40), ref: 'main', repo: repository } },
        repository,
      };
      const run = await runAction({ event: 'pull_request', payload, repo: { dir: empty }, sha: MERGE_SHA });
      expect(run.code).toBe(1);
      const [error] = workflowCommands(run.stdout, 'error');
      expect(error).toMatch(/^::error::rollback-guard: git cannot read the change set \(.*\) and the GitHub API failed too \(HTTP 503 on GET \/repos\/acme\/shop\/pulls\/22\/files: fault\); check out the repository/);
      expect(run.visible).not.toContain('internal error');
      expectCleanTraffic(run);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('variant: a proxy that echoes the token in its error page', async () => {
    // A 401 is not retried: the variant stays quick.
    github.fail({ status: 401, method: 'GET', path: '/pulls/23/files', body: `<html>proxy refused Authorization: token ${TOKEN}</html>`, times: 20 });
    const empty = mkdtempSync(join(tmpdir(), 'rg-no-checkout-'));
    try {
      const payload = { number: 23, pull_request: { number: 23, head: { sha: '2'.repeat(40), repo: repository }, base: { sha: '1'.repeat(40), repo: repository } }, repository };
      const run = await runAction({ event: 'pull_request', payload, repo: { dir: empty }, sha: MERGE_SHA });
      expect(run.code).toBe(1);
      expect(workflowCommands(run.stdout, 'error')[0]).toContain('HTTP 401 on GET /repos/acme/shop/pulls/23/files: <html>proxy refused Authorization: token ***</html>');
      expectCleanTraffic(run);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

// Issue 13: several runs in one workflow (the `name` input), and GitHub's size limits.
describe('named runs and size limits', { timeout: 180_000 }, () => {
  it('two named runs (two services) keep two check runs and two comments; a re-run overwrites only its own', async () => {
    const repo = dropRepo(2);
    const billing = await runAction({ event: 'pull_request', payload: prPayload(repo, 30), repo, sha: MERGE_SHA, inputs: { name: 'billing-db' } });
    const orders = await runAction({ event: 'pull_request', payload: prPayload(repo, 30), repo, sha: MERGE_SHA, inputs: { name: 'orders (api)' } });
    expect([billing.code, orders.code]).toEqual([1, 1]);
    expect([...github.checkRuns.values()].map((r) => r.name).sort()).toEqual(['billing-db / findings', 'orders (api) / findings']);
    const comments = github.commentsOf(30);
    expect(comments).toHaveLength(2);
    expect(comments.map((c) => c.body.split('\n')[0]).sort()).toEqual(['<!-- rollback-guard:sticky:billing-db -->', '<!-- rollback-guard:sticky:orders (api) -->']);
    expect(comments.find((c) => c.body.includes('billing-db'))!.body).toContain('## ❌ billing-db: this PR is not rollback-safe');
    expect(billing.summary).toContain('## ❌ billing-db: this PR is not rollback-safe');
    expect(orders.summary).toContain('## ❌ orders (api): this PR is not rollback-safe');

    // billing runs again on a clean PR: its comment becomes "all clear", the orders comment stays.
    const ordersBody = comments.find((c) => c.body.includes('orders (api)'))!.body;
    const clean = dropRepo(0);
    await runAction({ event: 'pull_request', payload: prPayload(clean, 30), repo: clean, sha: MERGE_SHA, inputs: { name: 'billing-db' } });
    const after = github.commentsOf(30);
    expect(after).toHaveLength(2);
    expect(after.find((c) => c.body.includes('sticky:billing-db'))!.body).toContain('billing-db: all clear');
    expect(after.find((c) => c.body.includes('sticky:orders (api)'))!.body).toBe(ordersBody);
    expect(github.checkRuns.size).toBe(3);
    expectCleanTraffic(orders);
  });

  it('variant: the default name keeps the marker of earlier versions, and a bad name is one sentence', async () => {
    const repo = dropRepo(1);
    const old = github.addComment(31, '<!-- rollback-guard:sticky -->\nold body');
    await runAction({ event: 'pull_request', payload: prPayload(repo, 31), repo, sha: MERGE_SHA });
    expect(github.commentsOf(31)).toHaveLength(1);
    expect(github.commentsOf(31)[0]!.id).toBe(old.id);
    const bad = await runAction({ event: 'pull_request', payload: prPayload(repo, 31), repo, sha: MERGE_SHA, inputs: { name: 'x -->\n<img>' } });
    expect(bad.code).toBe(1);
    expect(workflowCommands(bad.stdout, 'error')[0]).toMatch(/^::error::rollback-guard: Invalid 'name' value/);
  });

  it('400 findings: comment and check run keep the verdict, the runbook and the suppressed findings within GitHub’s limits', async () => {
    const cols = Array.from({ length: 410 }, (_, i) => `c${i} text`).join(', ');
    const drops = Array.from({ length: 400 }, (_, i) => `ALTER TABLE t DROP COLUMN c${i};`);
    const suppressed = ['-- rollback-guard-ignore drop-column: reviewed with the data team', 'ALTER TABLE t DROP COLUMN c400;'];
    const repo = makeRepo(
      { 'db/migrations/001_init.sql': `CREATE TABLE t (id bigint PRIMARY KEY, ${cols});\n` },
      { 'db/migrations/002_drop.sql': `${[...drops, ...suppressed].join('\n')}\n` },
    );
    repos.push(repo);
    // The suppression is new in this PR: another person with write access approved it (docs/approvals.md).
    github.pullInfo.set(32, { author: 'alice', labels: [] });
    github.reviews.set(32, [{ login: 'bob', state: 'APPROVED', submittedAt: '2026-12-01T10:00:00Z' }]);
    github.permissions.set('bob', 'write');
    const run = await runAction({ event: 'pull_request', payload: prPayload(repo, 32), repo, sha: MERGE_SHA });
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '400' });
    const [comment] = github.commentsOf(32);
    const [checkRun] = [...github.checkRuns.values()];
    for (const body of [comment!.body, checkRun!.output.summary!]) {
      expect(body.length).toBeLessThanOrEqual(65_535);
      expect(body).toContain('## ❌ rollback-guard: this PR is not rollback-safe');
      expect(body).toContain('### If this PR ships and has to be rolled back');
      expect(body).toContain('Suppressed: 1 reviewed finding');
      expect(body).toContain('reviewed with the data team');
      expect(body).toMatch(/\*… \d+ more errors not listed here to stay within GitHub's size limit: the full list is in the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\)\*/);
      expect(body).not.toContain('trimmed to GitHub');
    }
    // The job summary has room for all of them.
    expect(run.summary).toContain('400. [`db/migrations/002_drop.sql:400`]');
    expect(checkRun!.annotations).toHaveLength(400);
    expectCleanTraffic(run);
  });
});
