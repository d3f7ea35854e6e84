import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAgainstRestDescription } from '../e2e/github-api-server.js';

// The stand-in is only as good as its checks: prove they reject what GitHub would.
describe('GitHub REST description validation', () => {
  it('accepts a valid check run and rejects a wrong annotation level, >50 annotations and a missing summary', () => {
    const ann = { path: 'a.sql', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };
    expect(validateAgainstRestDescription('POST', '/repos/o/r/check-runs', { name: 'n', head_sha: 'abc', output: { title: 't', summary: 's', annotations: [ann] } })).toEqual({
      operation: 'POST /repos/{owner}/{repo}/check-runs',
      errors: [],
    });
    const bad = validateAgainstRestDescription('POST', '/repos/o/r/check-runs', {
      name: 'n',
      head_sha: 'abc',
      output: { title: 't', summary: 's', annotations: [{ ...ann, annotation_level: 'error' }] },
    });
    expect(bad.errors.join()).toMatch(/annotation_level/);
    const tooMany = validateAgainstRestDescription('PATCH', '/repos/o/r/check-runs/5', { output: { title: 't', summary: 's', annotations: Array(51).fill(ann) } });
    expect(tooMany.operation).toBe('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}');
    expect(tooMany.errors.join()).toMatch(/more than 50/);
    expect(validateAgainstRestDescription('PATCH', '/repos/o/r/check-runs/5', { output: { title: 't' } }).errors.join()).toMatch(/summary/);
  });

  it('matches literal paths before templates and flags unknown endpoints', () => {
    expect(validateAgainstRestDescription('PATCH', '/repos/o/r/issues/comments/9', { body: 'x' }).operation).toBe(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    );
    expect(validateAgainstRestDescription('PATCH', '/repos/o/r/issues/comments/9', {}).errors.join()).toMatch(/body/);
    expect(validateAgainstRestDescription('POST', '/repos/o/r/nonsense', {}).operation).toBeNull();
  });

  it('knows every GitHub operation from the vendored subset, and says so when a body schema was left out', () => {
    expect(validateAgainstRestDescription('GET', '/repos/o/r/commits/abc/check-runs', undefined)).toEqual({ operation: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', errors: [] });
    expect(validateAgainstRestDescription('GET', '/user', undefined).errors).toEqual([]);
    expect(validateAgainstRestDescription('POST', '/repos/o/r/issues', { title: 'x' }).errors.join()).toMatch(/does not keep the request schema/);
    const subset = JSON.parse(readFileSync(new URL('../e2e/github-rest-subset.json', import.meta.url), 'utf8')) as { source: { package: string; version: string }; operations: string[] };
    expect(subset.source).toMatchObject({ package: '@octokit/openapi', version: '23.0.2' });
    expect(subset.operations.length).toBeGreaterThan(1000);
  });
});
