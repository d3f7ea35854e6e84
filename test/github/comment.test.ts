import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import { STICKY_MARKER, publishStickyComment, stickyBody } from '../../src/github/comment.js';
import { TOKEN, fastClient, finding, report, useFakeGitHub } from './fixtures.js';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

const failing = report([finding()]);
const clean = report([]);
const PR = 7;

function publish(r = failing, markdown = '## ❌ rollback-guard: 1 error') {
  return publishStickyComment({ client: fastClient(github.url), owner: 'acme', repo: 'shop', prNumber: PR, report: r, markdown, runUrl: null });
}

describe('sticky comment', () => {
  it('is created once, updated in place, and not re-sent when unchanged', async () => {
    const first = await publish();
    expect(first.action).toBe('created');
    expect(github.log()).toEqual(['GET /user', 'GET /repos/acme/shop/issues/7/comments', 'POST /repos/acme/shop/issues/7/comments']);
    expect(github.commentsOf(PR)).toHaveLength(1);
    expect(github.commentsOf(PR)[0]!.body.startsWith(STICKY_MARKER)).toBe(true);

    github.requests.length = 0;
    const second = await publish(failing, '## ❌ rollback-guard: 2 errors');
    expect(second).toEqual({ action: 'updated', id: first.id });
    expect(github.log()).toEqual(['GET /user', 'GET /repos/acme/shop/issues/7/comments', `PATCH /repos/acme/shop/issues/comments/${first.id}`]);
    expect(github.commentsOf(PR)).toHaveLength(1);
    expect(github.commentsOf(PR)[0]!.body).toContain('2 errors');

    github.requests.length = 0;
    const third = await publish(failing, '## ❌ rollback-guard: 2 errors');
    expect(third).toEqual({ action: 'unchanged', id: first.id });
    expect(github.log()).toEqual(['GET /user', 'GET /repos/acme/shop/issues/7/comments']);
    expect(github.invalidRequests()).toEqual([]);
  });

  it('turns into a short all clear when a later run is clean', async () => {
    const first = await publish();
    const later = await publish(clean, '## ✅ rollback-guard: this PR is rollback-safe');
    expect(later).toEqual({ action: 'updated', id: first.id });
    const body = github.commentsOf(PR)[0]!.body;
    expect(body).toContain('all clear');
    expect(body).not.toContain('1 error');
    expect(body.length).toBeLessThan(300);
  });

  it('creates nothing for a PR that was always clean (notices only count as clean)', async () => {
    const result = await publish(report([finding({ severity: 'notice', rule: 'endpoint-added' })]), 'notices');
    expect(result).toEqual({ action: 'none', id: null });
    expect(github.log()).toEqual(['GET /user', 'GET /repos/acme/shop/issues/7/comments']);
    expect(github.commentsOf(PR)).toHaveLength(0);
  });

  it('finds its comment on a later page (Link header pagination) among other comments', async () => {
    github.maxPerPage = 10;
    for (let i = 0; i < 25; i++) github.addComment(PR, `human comment ${i}`, 'octocat');
    const old = github.addComment(PR, `${STICKY_MARKER}\nold body`);
    github.addComment(PR, 'after', 'octocat');
    const result = await publish();
    expect(result).toEqual({ action: 'updated', id: old.id });
    const gets = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(gets.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(github.commentsOf(PR).filter((c) => c.body.includes(STICKY_MARKER))).toHaveLength(1);
    expect(github.commentsOf(PR)).toHaveLength(27);
  });

  it('keeps the body within 65,536 characters with a pointer to the run', () => {
    const markdown = Array.from({ length: 5000 }, (_, i) => `| ${i} | ${'y'.repeat(20)} |`).join('\n');
    const body = stickyBody(failing, markdown, 'https://github.com/acme/shop/actions/runs/42');
    expect(markdown.length).toBeGreaterThan(65_536);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(body).toContain('full report is in the [job summary](https://github.com/acme/shop/actions/runs/42)');
  });

  it('never sends the token in a body', async () => {
    await publish();
    expect(JSON.stringify(github.requests)).not.toContain(TOKEN);
    expect(github.authorizations).toContain(`token ${TOKEN}`);
  });
});
