/**
 * Issue 17 §3 against the local GitHub stand-in: a suppression the PR adds takes effect only when
 * a second person approves it (docs/approvals.md). The engine runs on an in-memory change set; the
 * approvals come from the stand-in's reviews, permissions and issue events through the real client.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { parseConfig } from '../../src/config/load.js';
import { prepareEngine, runEngineAsync } from '../../src/engine.js';
import { readApprovals } from '../../src/github/approvals.js';
import { CODEOWNERS_PATHS } from '../../src/policy/approvals.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { allRules } from '../../src/rules.js';
import type { Report } from '../../src/findings.js';
import { SHA, TOKEN, fastClient, useFakeGitHub } from './fixtures.js';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));
beforeAll(async () => {
  await prepareEngine();
});

const CONFIG = '.github/rollback-guard.yml';
/** No search of base code: nothing would use `legacy`, and the drop would be downgraded to a warning. */
const QUIET = 'code-references:\n  mode: off\n';
const INIT = { 'db/migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n' };
const SUPPRESSED_DROP = { 'db/migrations/002_drop.sql': '-- rollback-guard-ignore drop-column: unused since 2.3\nALTER TABLE users DROP COLUMN legacy;\n' };

interface Check {
  base?: Record<string, string>;
  head?: Record<string, string>;
  /** Extra lines of the base config. */
  config?: string;
  labels?: string[];
  author?: string | null;
}

/** The engine on base → head, with approvals read from the stand-in for PR 7 by `alice`. */
async function check(options: Check = {}): Promise<Report> {
  const base = { ...INIT, [CONFIG]: QUIET + (options.config ?? ''), ...options.base };
  const head = { ...base, ...SUPPRESSED_DROP, ...options.head };
  const changes = changeSetFromTrees(base, head, { base: 'b'.repeat(40), head: SHA });
  const config = parseConfig(base[CONFIG]!, CONFIG);
  return runEngineAsync(
    { changes, config },
    {
      approvals: () =>
        readApprovals({
          client: fastClient(github.url),
          owner: 'acme',
          repo: 'shop',
          prNumber: 7,
          author: options.author === undefined ? 'alice' : options.author,
          labels: options.labels ?? [],
          label: config.approvals.label,
          codeowners: CODEOWNERS_PATHS.map((p) => changes.baseTree.read(p)).find((t) => t !== null) ?? null,
          secrets: [TOKEN],
        }),
    },
  );
}

const drop = (r: Report) => r.findings.find((f) => f.rule === 'drop-column')!;
const review = (login: string, state: string, minute = 1) => ({ login, state, submittedAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00Z` });

describe('a suppression the PR adds', () => {
  it('by its author alone: the finding keeps its severity, says it is pending and who may approve', async () => {
    const report = await check();
    expect(report.verdict).toBe('fail');
    const f = drop(report);
    expect(f).toMatchObject({ severity: 'error', suppressed: false });
    expect(f.message).toContain('Suppression pending approval: this PR adds the suppression, which needs an approving review by someone other than @alice with write access.');
    expect(f.pendingApproval).toEqual({ source: 'inline', reason: 'unused since 2.3', approvers: expect.stringContaining('@alice') });
    expect(github.log()).toEqual(['GET /repos/acme/shop/pulls/7/reviews']);
    // The summary lists it with who may approve.
    const md = renderMarkdown(report);
    expect(md).toContain('**Suppressions pending approval: 1**');
    expect(md).toMatch(/`db\/migrations\/002_drop\.sql:2` · `drop-column` \(inline comment\): unused since 2\.3\\\n {2}Needs an approving review by someone other than @&#8203;alice/);
  });

  it('approved by another person with write access: suppressed, and the report records who', async () => {
    github.reviews.set(7, [review('bob', 'APPROVED')]);
    github.permissions.set('bob', 'write');
    const report = await check();
    expect(report.verdict).toBe('pass');
    expect(drop(report)).toMatchObject({ suppressed: true, approval: { by: 'bob', via: 'review' } });
    const json = JSON.parse(renderJson(report)) as { findings: { rule: string; approval?: unknown }[] };
    expect(json.findings.find((f) => f.rule === 'drop-column')?.approval).toEqual({ by: 'bob', via: 'review' });
    const sarif = JSON.parse(renderSarif(report, allRules)) as { runs: { results: { ruleId: string; properties: Record<string, unknown> }[] }[] };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'drop-column')?.properties.approval).toEqual({ by: 'bob', via: 'review' });
    expect(github.log()).toEqual(['GET /repos/acme/shop/pulls/7/reviews', 'GET /repos/acme/shop/collaborators/bob/permission']);
  });

  it('variant: maintain and admin count as write', async () => {
    github.reviews.set(7, [review('mo', 'APPROVED')]);
    github.permissions.set('mo', 'maintain');
    expect(drop(await check()).approval).toEqual({ by: 'mo', via: 'review' });
  });

  it('approved by a person with read access only (or no access): does not count', async () => {
    github.reviews.set(7, [review('reader', 'APPROVED'), review('stranger', 'APPROVED')]);
    github.permissions.set('reader', 'read');
    const report = await check();
    expect(report.verdict).toBe('fail');
    expect(drop(report).pendingApproval).toBeDefined();
  });

  it("the author's own approval does not count, whatever their permission", async () => {
    github.reviews.set(7, [review('alice', 'APPROVED')]);
    github.permissions.set('alice', 'admin');
    expect((await check()).verdict).toBe('fail');
  });

  it('an approval that was dismissed no longer counts (fails again)', async () => {
    github.permissions.set('bob', 'write');
    github.reviews.set(7, [review('bob', 'APPROVED')]);
    expect((await check()).verdict).toBe('pass');
    github.reviews.set(7, [review('bob', 'DISMISSED')]);
    expect((await check()).verdict).toBe('fail');
  });

  it('CHANGES_REQUESTED after APPROVED by the same person: fails; a later comment-only review keeps an approval', async () => {
    github.permissions.set('bob', 'write');
    github.reviews.set(7, [review('bob', 'APPROVED', 1), review('bob', 'CHANGES_REQUESTED', 2)]);
    expect((await check()).verdict).toBe('fail');
    github.reviews.set(7, [review('bob', 'APPROVED', 1), review('bob', 'COMMENTED', 2)]);
    expect((await check()).verdict).toBe('pass');
  });

  it('a code owner of the file (base CODEOWNERS) approves without write access; an owner of another path does not', async () => {
    github.reviews.set(7, [review('dba', 'APPROVED')]);
    github.permissions.set('dba', 'read');
    const owned = await check({ base: { '.github/CODEOWNERS': '* @lead\n/db/migrations/ @dba\n' } });
    expect(drop(owned)).toMatchObject({ suppressed: true, approval: { by: 'dba', via: 'review' } });
    const elsewhere = await check({ base: { '.github/CODEOWNERS': '/api/ @dba\n' } });
    expect(elsewhere.verdict).toBe('fail');
    expect(drop(elsewhere).pendingApproval?.approvers).not.toContain('code owner');
  });

  it('variant: a CODEOWNERS team counts when the token may read its membership, not when it gets 403', async () => {
    github.reviews.set(7, [review('tm', 'APPROVED')]);
    github.permissions.set('tm', 'read');
    github.teams.set('acme/db', ['tm']);
    const base = { 'CODEOWNERS': '/db/ @acme/db\n' };
    expect(drop(await check({ base })).approval).toEqual({ by: 'tm', via: 'review' });
    github.teamsForbidden = true;
    const report = await check({ base });
    expect(report.verdict).toBe('fail');
    expect(drop(report).pendingApproval?.approvers).toContain('by a code owner of db/migrations/002_drop.sql (@acme/db)');
  });

  it('the approval label applied by the author does not count', async () => {
    github.issueEvents.set(7, [{ event: 'labeled', actor: 'alice', label: 'rollback-ok' }]);
    github.permissions.set('alice', 'admin');
    const report = await check({ config: 'approvals:\n  label: rollback-ok\n', labels: ['rollback-ok'] });
    expect(report.verdict).toBe('fail');
    expect(drop(report).pendingApproval?.approvers).toContain('the label `rollback-ok` was applied by the author, which does not count');
  });

  it('the approval label applied by a writer passes; the latest `labeled` event decides', async () => {
    github.permissions.set('carol', 'write');
    github.issueEvents.set(7, [
      { event: 'labeled', actor: 'alice', label: 'rollback-ok' },
      { event: 'unlabeled', actor: 'alice', label: 'rollback-ok' },
      { event: 'labeled', actor: 'carol', label: 'Rollback-OK' },
      { event: 'labeled', actor: 'alice', label: 'other' },
    ]);
    const report = await check({ config: 'approvals:\n  label: rollback-ok\n', labels: ['rollback-ok'] });
    expect(report.verdict).toBe('pass');
    expect(drop(report).approval).toEqual({ by: 'carol', via: 'label' });
    // Then the author removes it and applies it again: their own label does not count.
    github.issueEvents.get(7)!.push({ event: 'unlabeled', actor: 'alice', label: 'rollback-ok' }, { event: 'labeled', actor: 'alice', label: 'rollback-ok' });
    expect((await check({ config: 'approvals:\n  label: rollback-ok\n', labels: ['rollback-ok'] })).verdict).toBe('fail');
  });

  it('a label that is no longer on the PR does not count (its events are not even read)', async () => {
    github.permissions.set('carol', 'write');
    github.issueEvents.set(7, [{ event: 'labeled', actor: 'carol', label: 'rollback-ok' }]);
    expect((await check({ config: 'approvals:\n  label: rollback-ok\n', labels: [] })).verdict).toBe('fail');
    expect(github.log()).not.toContain('GET /repos/acme/shop/issues/7/events');
  });

  it('the author and labels are read from the API when the event did not say', async () => {
    github.pullInfo.set(7, { author: 'alice', labels: [] });
    github.permissions.set('alice', 'admin');
    github.reviews.set(7, [review('alice', 'APPROVED')]);
    expect((await check({ author: null })).verdict).toBe('fail');
    expect(github.log()[0]).toBe('GET /repos/acme/shop/pulls/7');
  });

  it('reviews over several pages are all read (the latest state is on the last page)', async () => {
    github.maxPerPage = 2;
    github.permissions.set('bob', 'write');
    github.reviews.set(7, [review('x1', 'COMMENTED', 1), review('x2', 'COMMENTED', 2), review('bob', 'APPROVED', 3), review('x3', 'COMMENTED', 4), review('bob', 'DISMISSED', 5)]);
    expect((await check()).verdict).toBe('fail');
    expect(github.log().filter((l) => l.endsWith('/reviews'))).toHaveLength(3);
  });
});

describe('fail closed', () => {
  it('an API error: the suppression stays pending with a clear message (no token in it)', async () => {
    github.fail({ status: 500, path: '/reviews', times: 10 });
    const report = await check();
    expect(report.verdict).toBe('fail');
    expect(drop(report).message).toMatch(
      /Suppression pending approval: this PR adds the suppression, which cannot be approved in this run: approvals cannot be verified \(the GitHub API failed: HTTP 500 on GET \/repos\/acme\/shop\/pulls\/7\/reviews: Server Error\)/,
    );
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it('variant: 403 (a token without pull-requests: read) says which permission to grant', async () => {
    github.fail({ status: 403, path: '/reviews' });
    expect(drop(await check()).message).toContain('grant the job `pull-requests: read`');
  });

  it('variant: a permission lookup that fails is no approval', async () => {
    github.reviews.set(7, [review('bob', 'APPROVED')]);
    github.permissions.set('bob', 'write');
    github.fail({ status: 502, path: '/permission', times: 10 });
    const report = await check();
    expect(report.verdict).toBe('fail');
    expect(drop(report).message).toContain('HTTP 502 on GET /repos/acme/shop/collaborators/bob/permission');
  });
});

describe('what approvals leave alone', () => {
  const spec = (ignore: string, nickname: boolean) =>
    [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /users:',
      '    get:',
      '      responses:',
      '        "200":',
      '          description: ok',
      '          content:',
      '            application/json:',
      '              schema:',
      '                type: object',
      ignore,
      '                properties:',
      '                  id: {type: string}',
      ...(nickname ? ['                  nickname: {type: string}'] : []),
      '',
    ].join('\n');
  const IGNORE = '                x-rollback-guard-ignore: ["response-property-removed: nickname unused since 2.3"]';

  it('a suppression base already has (a contract entry on the same object) applies as before, without asking the API', async () => {
    const report = await check({ base: { 'api/openapi.yaml': spec(IGNORE, true) }, head: { ...INIT, 'api/openapi.yaml': spec(IGNORE, false), 'db/migrations/002_drop.sql': '' } });
    const removed = report.findings.find((f) => f.rule === 'response-property-removed');
    expect(removed).toMatchObject({ suppressed: true });
    expect(removed?.approval).toBeUndefined();
    expect(github.requests).toHaveLength(0);
  });

  it('variant: the same entry added by the PR is pending', async () => {
    const report = await check({ base: { 'api/openapi.yaml': spec('', true) }, head: { ...INIT, 'api/openapi.yaml': spec(IGNORE, false), 'db/migrations/002_drop.sql': '' } });
    const removed = report.findings.find((f) => f.rule === 'response-property-removed');
    expect(removed).toMatchObject({ suppressed: false, pendingApproval: { source: 'inline', reason: 'nickname unused since 2.3' } });
  });

  it('`approvals.required: false` restores the old behaviour: the author’s suppression applies, no API call', async () => {
    const report = await check({ config: 'approvals:\n  required: false\n' });
    expect(report.verdict).toBe('pass');
    expect(drop(report)).toMatchObject({ suppressed: true });
    expect(drop(report).approval).toBeUndefined();
    expect(github.requests).toHaveLength(0);
  });
});

describe('allow entries the PR adds to the configuration', () => {
  const ALLOW = 'allow:\n  - rule: drop-column\n    object: users.legacy\n    reason: "unused since 2.3"\n';
  const withAllow = (extraBase = '') => ({
    base: { [CONFIG]: QUIET + extraBase },
    head: { [CONFIG]: QUIET + extraBase + ALLOW, 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' },
  });

  it('unapproved: the finding stays and the entry itself is an error on the config file', async () => {
    const report = await check(withAllow());
    expect(report.verdict).toBe('fail');
    expect(drop(report)).toMatchObject({ suppressed: false, pendingApproval: { source: 'config', reason: 'unused since 2.3' } });
    const entry = report.findings.find((f) => f.rule === 'config-changed' && f.object === 'allow[0]');
    expect(entry).toMatchObject({ severity: 'error', file: CONFIG, line: 6 });
    expect(entry?.message).toContain('This PR adds the `allow` entry allow[0] (drop-column users.legacy), which would suppress findings of later PRs; suppression pending approval');
  });

  it('approved by a writer: it applies in this PR already, with its approver', async () => {
    github.reviews.set(7, [review('bob', 'APPROVED')]);
    github.permissions.set('bob', 'write');
    const report = await check(withAllow());
    expect(report.verdict).toBe('pass');
    expect(drop(report)).toMatchObject({ suppressed: true, suppression: { source: 'config' }, approval: { by: 'bob', via: 'review' } });
    expect(report.findings.filter((f) => f.rule === 'config-changed').map((f) => f.severity)).toEqual(['notice']);
  });

  it('`approvals.required: false`: as before, the PR’s own config applies after merge only', async () => {
    const report = await check(withAllow('approvals:\n  required: false\n'));
    expect(report.verdict).toBe('fail');
    expect(drop(report)).toMatchObject({ suppressed: false });
    expect(drop(report).pendingApproval).toBeUndefined();
    expect(github.requests).toHaveLength(0);
  });
});
