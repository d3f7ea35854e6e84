import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../e2e/github-api-server.js';
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_NAME,
  checkRunAnnotations,
  checkRunSummary,
  checkRunTitle,
  publishCheckRun,
} from '../../src/github/check-run.js';
import { ruleDocsUrl } from '../../src/report/links.js';
import { SHA, TOKEN, fastClient, finding, manyFindings, report, useFakeGitHub } from './fixtures.js';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

describe('check run', () => {
  it('sends all 120 annotations in 3 requests: create with 50, then 2 updates (50 + 20)', async () => {
    const r = report(manyFindings(120));
    const result = await publishCheckRun({
      client: fastClient(github.url),
      owner: 'acme',
      repo: 'shop',
      headSha: SHA,
      report: r,
      markdown: '## summary',
      runUrl: 'https://github.com/acme/shop/actions/runs/42',
    });
    expect(github.log()).toEqual([
      'POST /repos/acme/shop/check-runs',
      `PATCH /repos/acme/shop/check-runs/${result.id}`,
      `PATCH /repos/acme/shop/check-runs/${result.id}`,
    ]);
    const sizes = github.requests.map((q) => (q.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(result).toMatchObject({ annotations: 120, requests: 3 });
    const stored = github.checkRuns.get(result.id)!;
    expect(stored.annotations).toHaveLength(120);
    expect(new Set(stored.annotations.map((a) => a.start_line)).size).toBe(120);
    expect(stored).toMatchObject({ name: CHECK_RUN_NAME, head_sha: SHA, conclusion: 'failure', status: 'completed' });
    // Every body is what GitHub's REST description accepts, and each update repeats title + summary.
    expect(github.invalidRequests()).toEqual([]);
    for (const q of github.requests) {
      expect(q.body).toMatchObject({ output: { title: 'Not rollback-safe: 40 errors, 40 warnings, 40 notices', summary: '## summary' } });
    }
    expect(github.authorizations.every((a) => a === `token ${TOKEN}`)).toBe(true);
    expect(JSON.stringify(github.requests)).not.toContain(TOKEN);
  });

  it('creates one request for a clean report, concluding success with no annotations', async () => {
    const result = await publishCheckRun({
      client: fastClient(github.url),
      owner: 'acme',
      repo: 'shop',
      headSha: SHA,
      report: report([]),
      markdown: 'ok',
      runUrl: null,
    });
    expect(github.log()).toEqual(['POST /repos/acme/shop/check-runs']);
    expect(github.checkRuns.get(result.id)).toMatchObject({ conclusion: 'success', annotations: [] });
    expect(github.requests[0]!.body).toMatchObject({ output: { title: 'Rollback-safe: no findings' } });
    expect(github.requests[0]!.body).not.toHaveProperty('details_url');
    expect(github.invalidRequests()).toEqual([]);
  });

  it('sends exactly 50 in one request and 51 in two', async () => {
    for (const [n, requests] of [[50, 1], [51, 2]] as const) {
      github.requests.length = 0;
      await publishCheckRun({ client: fastClient(github.url), owner: 'o', repo: 'r', headSha: SHA, report: report(manyFindings(n)), markdown: 's', runUrl: null });
      expect(github.requests).toHaveLength(requests);
    }
    expect(ANNOTATIONS_PER_REQUEST).toBe(50);
  });
});

describe('checkRunAnnotations', () => {
  it('maps levels, titles with the rule id, raw details, and orders the most severe first', () => {
    const anns = checkRunAnnotations(
      report([
        finding({ rule: 'endpoint-added', severity: 'notice', file: 'api.yaml', line: 1, category: 'contract' }),
        finding({ rule: 'drop-index', severity: 'warning', line: 2 }),
        finding({ rule: 'drop-column', severity: 'error', line: 9, critical: true }),
      ]),
    );
    expect(anns.map((a) => [a.annotation_level, a.title])).toEqual([
      ['failure', 'drop-column'],
      ['warning', 'drop-index'],
      ['notice', 'endpoint-added'],
    ]);
    expect(anns[0]!.message).toMatch(/^Critical: Dropping column/);
    expect(anns[0]!.raw_details).toContain('rule: drop-column');
    expect(anns[0]!.raw_details).toContain(`docs: ${ruleDocsUrl('drop-column')}`);
    expect(anns[0]!.message).toMatch(/ See https:\/\/github\.com\/rollback-guard\/rollback-guard\/blob\/v[\d.]+\/docs\/rules\/drop-column\.md$/);
  });

  it('leaves suppressed findings out', () => {
    const anns = checkRunAnnotations(report([finding({ suppressed: true }), finding({ rule: 'drop-table', line: 5 })]));
    expect(anns.map((a) => a.title)).toEqual(['drop-table']);
  });

  it('anchors a finding without a line at line 1 and says so', () => {
    const [a] = checkRunAnnotations(report([finding({ rule: 'deleted-migration', line: null, endLine: null, column: null, endColumn: null })]));
    expect(a).toMatchObject({ start_line: 1, end_line: 1 });
    expect(a).not.toHaveProperty('start_column');
    expect(a!.raw_details).toContain('anchored at line 1');
  });

  it('sends columns only for single-line annotations', () => {
    const [multi, single] = checkRunAnnotations(
      report([finding({ line: 3, endLine: 5, column: 2, endColumn: 4 }), finding({ line: 8, endLine: 8, column: 2, endColumn: 9 })]),
    );
    expect(multi).toMatchObject({ start_line: 3, end_line: 5 });
    expect(multi).not.toHaveProperty('start_column');
    expect(single).toMatchObject({ start_column: 2, end_column: 9 });
  });
});

describe('summary and title', () => {
  it('trims a summary above 65,535 characters at a line end, with a pointer to the job summary', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(30)} |`).join('\n');
    expect(long.length).toBeGreaterThan(65_535);
    const summary = checkRunSummary(long, 'https://github.com/acme/shop/actions/runs/42');
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary).toMatch(/full report is in the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/42\)\.$/);
    const lines = summary.split('\n');
    expect(lines[lines.length - 3]).toMatch(/^\| row \d+ \| x+ \|$/);
    expect(checkRunSummary('short', null)).toBe('short');
  });

  it('says pass or fail with the counts', () => {
    expect(checkRunTitle(report([finding({ severity: 'warning' })]))).toBe('Rollback-safe: 0 errors, 1 warning, 0 notices');
    // A pass whose unread file was allowed is no proof of safety.
    expect(checkRunTitle(report([finding({ rule: 'unreadable-file', suppressed: true })]))).toBe('Passes, but 1 file could not be read (allowed): 0 errors, 0 warnings, 0 notices');
    expect(checkRunTitle(report([finding()]))).toBe('Not rollback-safe: 1 error, 0 warnings, 0 notices');
  });
});
