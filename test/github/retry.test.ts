import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import { createGitHubClient, describeApiError } from '../../src/github/octokit.js';
import { publishCheckRun } from '../../src/github/check-run.js';
import { SHA, TOKEN, fastClient, manyFindings, report, useFakeGitHub } from './fixtures.js';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

function create(client = fastClient(github.url)) {
  return publishCheckRun({ client, owner: 'acme', repo: 'shop', headSha: SHA, report: report(manyFindings(3)), markdown: 's', runUrl: null });
}

describe('retries', () => {
  it('retries a 502 with backoff and succeeds, asking first whether the check run was created', async () => {
    github.fail({ status: 502, method: 'POST', times: 2 });
    const result = await create();
    expect(result.id).toBeGreaterThan(0);
    expect(github.requests.map((r) => `${r.status} ${r.method}`)).toEqual(['502 POST', '200 GET', '502 POST', '200 GET', '201 POST']);
    expect(github.checkRuns.size).toBe(1);
  });

  it('retries a 502 of a read with backoff (reads are safe to repeat)', async () => {
    github.fail({ status: 502, method: 'GET', times: 2 });
    const client = fastClient(github.url);
    await client.rest.checks.listForRef({ owner: 'acme', repo: 'shop', ref: SHA });
    expect(github.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('gives up after the configured number of retries on 5xx', async () => {
    github.fail({ status: 502, method: 'POST', times: 10 });
    await expect(create(createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 1, writeSpacingMs: 0, retries: 2 }))).rejects.toMatchObject({ status: 502 });
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(github.checkRuns.size).toBe(0);
  });

  it('waits for retry-after on a 429 secondary rate limit, then succeeds', async () => {
    github.fail({ status: 429, headers: { 'retry-after': '3' } });
    const lines: string[] = [];
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 20, writeSpacingMs: 0, debug: (m) => lines.push(m) });
    const started = Date.now();
    await create(client);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55); // 3 "seconds" of 20 ms
    expect(github.requests.map((r) => r.status)).toEqual([429, 201]);
    expect(lines.join('\n')).toMatch(/rate limit on POST \/repos\/acme\/shop\/check-runs: retrying in 3s/);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('retries a primary rate limit (x-ratelimit-remaining: 0) after the reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    github.fail({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } });
    await create();
    expect(github.requests.map((r) => r.status)).toEqual([403, 201]);
  });

  it('does not wait for a rate limit longer than maxRetryAfterSeconds', async () => {
    github.fail({ status: 429, headers: { 'retry-after': '3600' } });
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 1000, writeSpacingMs: 0, maxRetryAfterSeconds: 60 });
    const started = Date.now();
    await expect(create(client)).rejects.toMatchObject({ status: 429 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(github.requests).toHaveLength(1);
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    github.fail({ status: 403 });
    const error = await create().catch((e: unknown) => e);
    expect(describeApiError(error)).toBe('HTTP 403 on POST /repos/acme/shop/check-runs: Resource not accessible by integration');
    expect(github.requests).toHaveLength(1);
  });

  it('spaces writes apart by writeSpacingMs', async () => {
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, secondMs: 1, writeSpacingMs: 100 });
    const started = Date.now();
    await publishCheckRun({ client, owner: 'acme', repo: 'shop', headSha: SHA, report: report(manyFindings(101)), markdown: 's', runUrl: null });
    expect(github.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});
