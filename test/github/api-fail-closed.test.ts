/**
 * Issue 11, items 12–14 and 17: the GitHub API reporting against the local stand-in. Each item has
 * its reproduction and at least one variant.
 */
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import { createGitHubClient, describeApiError, rateLimitWait } from '../../src/github/octokit.js';
import { publishCheckRun } from '../../src/github/check-run.js';
import { STICKY_MARKER, publishStickyComment } from '../../src/github/comment.js';
import { publishToGitHub } from '../../src/github/publish.js';
import { redact } from '../../src/github/redact.js';
import { FAST, SHA, TOKEN, fastClient, finding, manyFindings, recordingLog, report, run, settings, useFakeGitHub } from './fixtures.js';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

const failing = report([finding()]);

function checkRun(client = fastClient(github.url), findings = 3) {
  return publishCheckRun({ client, owner: 'acme', repo: 'shop', headSha: SHA, report: report(manyFindings(findings)), markdown: 's', runUrl: null });
}

function comment(client = fastClient(github.url), r = failing, markdown = '## findings') {
  return publishStickyComment({ client, owner: 'acme', repo: 'shop', prNumber: 7, report: r, markdown, runUrl: null });
}

describe('12: rate limits are honoured whatever the body says, within a total budget', () => {
  it('a 429 with retry-after and a plain body (no "secondary rate") is retried after the wait', async () => {
    github.fail({ status: 429, method: 'POST', headers: { 'retry-after': '3' }, body: { message: 'Too Many Requests' } });
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 20, writeSpacingMs: 0 });
    const started = Date.now();
    const result = await checkRun(client);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(result.id).toBeGreaterThan(0);
    expect(github.requests.map((r) => r.status)).toEqual([429, 201]);
    expect(github.checkRuns.size).toBe(1);
  });

  it('variant: a 429 with x-ratelimit-remaining 0 and a reset two seconds ahead waits for the reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    github.fail({ status: 429, method: 'GET', path: '/comments', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'nope' } });
    const lines: string[] = [];
    await comment(createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 5, writeSpacingMs: 0, debug: (m) => lines.push(m) }));
    expect(github.requests.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([
      '403 GET /user',
      '429 GET /repos/acme/shop/issues/7/comments',
      '200 GET /repos/acme/shop/issues/7/comments',
      '201 POST /repos/acme/shop/issues/7/comments',
    ]);
    // 2 s to the reset (1 or 2 after rounding), plus the second GitHub asks for.
    expect(lines.join('\n')).toMatch(/rate limit on GET \/repos\/acme\/shop\/issues\/7\/comments: retrying in [23]s/);
  });

  it('variant: retry-after as an HTTP date', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const error = Object.assign(new Error('x'), { status: 429, response: { headers: { 'retry-after': 'Tue, 01 Dec 2026 10:00:07 GMT' } } });
    expect(rateLimitWait(error, now)).toBe(7);
  });

  it('variant: a 403 without any rate-limit sign is a permission problem, not a wait', () => {
    expect(rateLimitWait(Object.assign(new Error('Resource not accessible by integration'), { status: 403, response: { headers: {} } }))).toBeNull();
    expect(rateLimitWait(Object.assign(new Error('You have exceeded a secondary rate limit'), { status: 403, response: { headers: {} } }))).toBe(60);
  });

  it('all waits together stay within the budget: the third 50 s wait of a 120 s budget is not taken', async () => {
    github.fail({ status: 429, headers: { 'retry-after': '50' }, times: 10 });
    const lines: string[] = [];
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 1, writeSpacingMs: 0, retries: 10, debug: (m) => lines.push(m) });
    await expect(checkRun(client)).rejects.toMatchObject({ status: 429 });
    // Two waits of 50 (100 of 120), then giving up instead of a third.
    expect(github.requests).toHaveLength(3);
    expect(lines.filter((l) => l.includes('retrying in 50s'))).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/giving up \(asked to wait 50s; 20s of the wait budget left\)/);
  });
});

describe('13: a write whose answer was lost is looked up, never duplicated', () => {
  it('a 502 after the check run was created: found again by its external_id, not created twice', async () => {
    github.fail({ status: 502, method: 'POST', path: '/check-runs', afterHandling: true });
    const result = await checkRun();
    expect(github.checkRuns.size).toBe(1);
    const [stored] = [...github.checkRuns.values()];
    expect(result.id).toBe(stored!.id);
    expect(stored!.external_id).toMatch(/^rollback-guard:/);
    expect(github.requests.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([
      '502 POST /repos/acme/shop/check-runs',
      `200 GET /repos/acme/shop/commits/${SHA}/check-runs`,
    ]);
    expect(github.requests[1]!.query).toMatchObject({ check_name: 'rollback-guard / findings' });
    expect(github.invalidRequests()).toEqual([]);
  });

  it('variant: an annotation batch whose answer was lost is not appended twice', async () => {
    github.fail({ status: 502, method: 'PATCH', path: '/check-runs/', afterHandling: true });
    const result = await checkRun(fastClient(github.url), 120);
    expect(github.checkRuns.get(result.id)!.annotations).toHaveLength(120);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    expect(github.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([`/repos/acme/shop/check-runs/${result.id}`]);
  });

  it('variant: a 502 that did not create anything is sent again', async () => {
    github.fail({ status: 502, method: 'PATCH', path: '/check-runs/' });
    const result = await checkRun(fastClient(github.url), 60);
    expect(github.checkRuns.get(result.id)!.annotations).toHaveLength(60);
    expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([502, 200]);
  });

  it('a 502 after the comment was created: found again by its marker, not posted twice', async () => {
    github.fail({ status: 502, method: 'POST', path: '/comments', afterHandling: true });
    const result = await comment();
    expect(github.commentsOf(7)).toHaveLength(1);
    expect(result).toEqual({ action: 'created', id: github.commentsOf(7)[0]!.id });
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('variant: the connection drops after the comment was created (no status at all)', async () => {
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 5, writeSpacingMs: 0, requestTimeoutMs: 300 });
    github.fail({ status: 0, method: 'POST', path: '/comments', afterHandling: true });
    const result = await comment(client);
    expect(result.action).toBe('created');
    expect(github.commentsOf(7)).toHaveLength(1);
  });
});

describe('14: only our own comments are sticky', () => {
  it("a PR author's comment with the marker is left alone; ours is created beside it", async () => {
    const planted = github.addComment(7, `${STICKY_MARKER}\n## ✅ all clear, trust me`, 'mallory');
    const result = await comment();
    expect(result.action).toBe('created');
    expect(github.commentsOf(7).find((c) => c.id === planted.id)!.body).toBe(`${STICKY_MARKER}\n## ✅ all clear, trust me`);
    expect(github.requests.some((r) => r.method === 'PATCH')).toBe(false);
    expect(github.commentsOf(7)).toHaveLength(2);
  });

  it('with an installation token (GET /user is 403) our earlier bot comment is still found and edited', async () => {
    github.addComment(7, `${STICKY_MARKER}\nold`, 'mallory');
    const ours = github.addComment(7, `${STICKY_MARKER}\nold`);
    const result = await comment();
    expect(result).toEqual({ action: 'updated', id: ours.id });
  });

  it('variant: with a personal token only that user’s comments qualify, not another bot’s or person’s', async () => {
    github.userLogin = 'release-bot';
    github.addComment(7, `${STICKY_MARKER}\nold`, 'github-actions[bot]');
    github.addComment(7, `${STICKY_MARKER}\nold`, 'mallory');
    const mine = github.addComment(7, `${STICKY_MARKER}\nold`, 'release-bot');
    expect(await comment()).toEqual({ action: 'updated', id: mine.id });
  });

  it('variant: a bot comment that only quotes the marker further down is not ours', async () => {
    github.addComment(7, `Quoting the report:\n> ${STICKY_MARKER}\n> all clear`);
    expect((await comment()).action).toBe('created');
  });
});

describe('17: API errors are redacted and name the status and the endpoint', () => {
  it('a proxy echoing the token: the warning names status and endpoint, never the token', async () => {
    github.fail({ status: 502, times: 50, body: { message: `Bad gateway; upstream said: Authorization: token ${TOKEN}` } });
    const { log, warnings, lines } = recordingLog();
    await publishToGitHub({ report: failing, settings: settings(), run: run(github.url), markdown: 'md', log }, { clientOptions: { ...FAST, retries: 0 } });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('HTTP 502 on POST /repos/acme/shop/check-runs: Bad gateway; upstream said: Authorization: token ***');
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
    expect(JSON.stringify(lines)).not.toContain(TOKEN.slice(4));
  });

  it('variant: other shapes of credentials are redacted, commit SHAs and paths are kept', () => {
    const text = [
      'https://user:hunter2secret@proxy.example/x?access_token=abc123&ref=main',
      'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEF',
      'key AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMIK7MDENGbPxRfiCY',
      `commit ${'a1b2c3d4'.repeat(5)} db/migrations/20261101_drop_legacy_name_column_and_more.sql`,
    ].join('\n');
    const out = redact(text);
    expect(out).not.toMatch(/hunter2|abc123|eyJhbG|github_pat_11|AKIAIOSFODNN7EXAMPLEwJalr/);
    expect(out).toContain('access_token=***&ref=main');
    expect(out).toContain('a1b2c3d4'.repeat(5));
    expect(out).toContain('db/migrations/20261101_drop_legacy_name_column_and_more.sql');
    expect(redact(`echo ${TOKEN}x`, [TOKEN])).toBe('echo ***x');
  });

  it('variant: an error without a JSON body ("fault") still names status and endpoint', async () => {
    github.fail({ status: 503, method: 'GET', body: 'fault', times: 10 });
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 1, writeSpacingMs: 0, retries: 0 });
    const error = await client.rest.pulls.listFiles({ owner: 'acme', repo: 'shop', pull_number: 3 }).catch((e: unknown) => e);
    expect(describeApiError(error)).toMatch(/^HTTP 503 on GET \/repos\/acme\/shop\/pulls\/3\/files: /);
  });
});
