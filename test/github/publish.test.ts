import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import { publishToGitHub } from '../../src/github/publish.js';
import { FAST, TOKEN, finding, manyFindings, recordingLog, report, run, settings, useFakeGitHub } from './fixtures.js';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

const failing = report(manyFindings(60));

describe('publishToGitHub', () => {
  it('creates the check run with every annotation and the sticky comment', async () => {
    const { log, warnings, lines } = recordingLog();
    const result = await publishToGitHub({ report: failing, settings: settings(), run: run(github.url), markdown: '## md', log }, { clientOptions: FAST });
    expect(result).toEqual({ checkRunAnnotated: true, comment: 'created' });
    expect(github.log()).toEqual([
      'POST /repos/acme/shop/check-runs',
      expect.stringMatching(/^PATCH \/repos\/acme\/shop\/check-runs\/\d+$/),
      'GET /user',
      'GET /repos/acme/shop/issues/7/comments',
      'POST /repos/acme/shop/issues/7/comments',
    ]);
    expect(warnings()).toEqual([]);
    expect(github.invalidRequests()).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('degrades on 403 with exactly one warning line and never throws (auto)', async () => {
    github.fail({ status: 403, times: 10 });
    const { log, warnings, lines } = recordingLog();
    const result = await publishToGitHub({ report: failing, settings: settings(), run: run(github.url), markdown: 'md', log }, { clientOptions: FAST });
    expect(result).toEqual({ checkRunAnnotated: false, comment: 'skipped' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/could not publish the check run and PR comment: HTTP 403 on POST \/repos\/acme\/shop\/check-runs: Resource not accessible by integration; HTTP 403 on GET \/repos\/acme\/shop\/issues\/7\/comments: Resource not accessible by integration/);
    expect(warnings()[0]).toContain('checks: write');
    expect(warnings()[0]).not.toContain('\n');
    // 403 is not retried: one attempt each.
    expect(github.log()).toEqual(['POST /repos/acme/shop/check-runs', 'GET /user', 'GET /repos/acme/shop/issues/7/comments']);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('does not blame permissions for a rate limit that outlasted the retries', async () => {
    github.fail({ status: 403, times: 20, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub({ report: failing, settings: settings(), run: run(github.url), markdown: 'md', log }, { clientOptions: FAST });
    expect(result.checkRunAnnotated).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/secondary rate limit/);
    expect(warnings()[0]).not.toContain('checks: write');
  });

  it('keeps the comment when only the check run is forbidden', async () => {
    github.fail({ status: 403, path: '/check-runs' });
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub({ report: failing, settings: settings(), run: run(github.url), markdown: 'md', log }, { clientOptions: FAST });
    expect(result).toEqual({ checkRunAnnotated: false, comment: 'created' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/could not publish the check run:/);
  });

  it('reports checkRunAnnotated false when a later annotation batch fails', async () => {
    github.fail({ method: 'PATCH', status: 422, path: '/check-runs/' });
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub(
      { report: failing, settings: settings({ comment: false }), run: run(github.url), markdown: 'md', log },
      { clientOptions: FAST },
    );
    expect(result.checkRunAnnotated).toBe(false);
    expect(warnings()).toHaveLength(1);
  });

  it('makes no request and warns once without a token', async () => {
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub({ report: failing, settings: settings({ token: '' }), run: run(github.url), markdown: 'md', log });
    expect(result.checkRunAnnotated).toBe(false);
    expect(github.requests).toHaveLength(0);
    expect(warnings()).toEqual([expect.stringMatching(/no github-token, so no check run and PR comment/)]);
  });

  it('makes no request and warns once on a fork pull_request', async () => {
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub({ report: failing, settings: settings(), run: run(github.url, { isFork: true }), markdown: 'md', log });
    expect(result.checkRunAnnotated).toBe(false);
    expect(github.requests).toHaveLength(0);
    expect(warnings()).toEqual([expect.stringMatching(/fork pull request with a read-only token/)]);
  });

  it('publishes on pull_request_target from a fork (its token is writable)', async () => {
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub(
      { report: failing, settings: settings(), run: run(github.url, { isFork: true, eventName: 'pull_request_target' }), markdown: 'md', log },
      { clientOptions: FAST },
    );
    expect(result).toEqual({ checkRunAnnotated: true, comment: 'created' });
    expect(warnings()).toEqual([]);
  });

  it('does only what the settings ask', async () => {
    const { log } = recordingLog();
    await publishToGitHub({ report: failing, settings: settings({ annotations: 'workflow-commands', comment: false }), run: run(github.url), markdown: 'md', log });
    expect(github.requests).toHaveLength(0);
    await publishToGitHub({ report: failing, settings: settings({ annotations: 'off' }), run: run(github.url, { prNumber: null, eventName: 'push' }), markdown: 'md', log });
    expect(github.requests).toHaveLength(0);
    await publishToGitHub(
      { report: report([finding()]), settings: settings({ annotations: 'check-run' }), run: run(github.url, { prNumber: null, eventName: 'merge_group' }), markdown: 'md', log },
      { clientOptions: FAST },
    );
    expect(github.log()).toEqual(['POST /repos/acme/shop/check-runs']);
  });

  it('warns once and keeps going when the API is unreachable', async () => {
    const { log, warnings } = recordingLog();
    const result = await publishToGitHub(
      { report: failing, settings: settings(), run: run('http://127.0.0.1:1'), markdown: 'md', log },
      { clientOptions: { ...FAST, retries: 1 } },
    );
    expect(result.checkRunAnnotated).toBe(false);
    expect(warnings()).toHaveLength(1);
  });
});
