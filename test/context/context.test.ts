import { describe, expect, test } from 'vitest';
import { readRun, type RunEnv } from '../../src/context/event.js';
import { InputError, envInput, readSettings } from '../../src/context/inputs.js';

const env = (eventName: string, payload: unknown): RunEnv => ({
  eventName,
  payload,
  repository: 'acme/shop',
  sha: 'f'.repeat(40),
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  runId: '9',
});

describe('readRun', () => {
  const pr = (headRepo: string | null) => ({
    pull_request: {
      number: 12,
      base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
      head: { sha: 'h'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } },
    },
  });

  test('pull_request: base and head shas of the PR, check on the head commit (not the merge commit)', () => {
    expect(readRun(env('pull_request', pr('acme/shop')))).toMatchObject({
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      checkSha: 'h'.repeat(40),
      prNumber: 12,
      isFork: false,
      owner: 'acme',
      repo: 'shop',
      runUrl: 'https://github.com/acme/shop/actions/runs/9',
    });
  });

  test('a PR from a fork, or from a deleted fork, is a fork', () => {
    expect(readRun(env('pull_request', pr('someone/shop'))).isFork).toBe(true);
    expect(readRun(env('pull_request_target', pr(null))).isFork).toBe(true);
  });

  test('merge_group uses base_sha and head_sha', () => {
    expect(readRun(env('merge_group', { merge_group: { base_sha: '1'.repeat(40), head_sha: '2'.repeat(40) } }))).toMatchObject({
      baseSha: '1'.repeat(40),
      headSha: '2'.repeat(40),
      prNumber: null,
    });
  });

  test('push uses before..after; a new branch (before all zeros) has no base', () => {
    expect(readRun(env('push', { before: '3'.repeat(40), after: '4'.repeat(40) }))).toMatchObject({ baseSha: '3'.repeat(40), headSha: '4'.repeat(40) });
    expect(readRun(env('push', { before: '0'.repeat(40), after: '4'.repeat(40), repository: { default_branch: 'trunk' } }))).toMatchObject({
      baseSha: null,
      defaultBranch: 'trunk',
    });
  });
});

describe('readSettings', () => {
  const get = (inputs: Record<string, string>) => envInput(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])));

  test('defaults', () => {
    expect(readSettings(get({}))).toEqual({
      token: '',
      config: null,
      base: null,
      head: null,
      failOn: 'error',
      annotations: 'auto',
      comment: true,
      sarif: null,
      workingDirectory: '.',
      name: 'rollback-guard',
    });
  });

  test('reads every input', () => {
    const s = readSettings(
      get({ 'github-token': 't', config: 'ci/gate.yml', base: 'main', head: 'HEAD', 'fail-on': 'warning', annotations: 'off', comment: 'false', sarif: 'out.sarif', 'working-directory': 'svc' }),
    );
    expect(s).toMatchObject({ token: 't', config: 'ci/gate.yml', failOn: 'warning', annotations: 'off', comment: false, sarif: 'out.sarif', workingDirectory: 'svc' });
  });

  test.each([
    [{ 'fail-on': 'eror' }, "Invalid 'fail-on' value 'eror'. Expected one of: error, warning, never."],
    [{ annotations: 'all' }, "Invalid 'annotations' value 'all'. Expected one of: auto, check-run, workflow-commands, off."],
    [{ comment: 'maybe' }, "Invalid 'comment' value 'maybe'. Expected one of: true, false."],
  ])('%j is one sentence', (inputs, message) => {
    expect(() => readSettings(get(inputs))).toThrow(InputError);
    expect(() => readSettings(get(inputs))).toThrow(message);
  });
});
