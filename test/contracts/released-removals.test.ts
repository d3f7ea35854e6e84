/**
 * Issue 12, "shipped means released" for contracts: a property or operation added after the last
 * release tag and removed before the next (harbor 3f25cd5ef3 `proxy_referrer_api`, kratos
 * 7add07d4ff `external_id`) is a notice; one a release has stays an error.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { removedElement } from '../../src/contracts/released.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { GIT_TEST_ENV } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine();
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Commits `trees` in order; `tags[i]` tags commit i. Returns the directory. */
function repo(trees: Record<string, string>[], tags: (string | null)[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-released-contracts-'));
  dirs.push(dir);
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_TEST_ENV } }).trim();
  git('init', '-q', '-b', 'main');
  trees.forEach((files, i) => {
    git('rm', '-rq', '--ignore-unmatch', '.');
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', `c${i}`);
    if (tags[i]) git('tag', tags[i]!);
  });
  return dir;
}

/** A Swagger 2.0 spec: GET /projects returns ProjectMetadata with `props`; `ops` adds operations. */
function spec(props: string[], ops: string[] = []): string {
  const properties = Object.fromEntries(['name', ...props].map((p) => [p, { type: 'string' }]));
  const paths: Record<string, unknown> = {
    '/projects': { get: { responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/ProjectMetadata' } } } }, post: { parameters: [{ in: 'body', name: 'project', schema: { $ref: '#/definitions/ProjectMetadata' } }], responses: { '201': { description: 'created' } } } },
  };
  for (const op of ops) paths[op] = { get: { responses: { '200': { description: 'ok' } } } };
  return `${JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths, definitions: { ProjectMetadata: { type: 'object', properties } } }, null, 2)}\n`;
}

const F = 'api/v2.0/swagger.json';
const run = (dir: string): Finding[] => runEngine({ changes: gitChangeSet('HEAD~1', 'HEAD', { cwd: dir }), config: defaultConfig() }, { today: '2026-12-05' }).findings;
const brief = (findings: Finding[]): string[] => findings.filter((f) => /removed/.test(f.rule)).map((f) => `${f.severity} ${f.rule} ${f.object}`).sort();

describe('removals of what no release had', () => {
  test('repro (harbor 3f25cd5ef3): a property added after v2.14.0 and reverted before the next release is a notice', () => {
    const dir = repro();
    const findings = brief(run(dir));
    expect(findings).toEqual([
      'notice request-property-removed POST /projects request application/json #/definitions/ProjectMetadata/properties/proxy_referrer_api',
      'notice response-property-removed GET /projects 200 application/json #/definitions/ProjectMetadata/properties/proxy_referrer_api',
    ]);
    expect(run(dir).find((f) => f.rule === 'response-property-removed')!.message).toContain('No release has it');
  });

  test('variant (kratos 7add07d4ff): an operation of the cycle removed again is a notice; a released property removed with it stays an error', () => {
    const dir = repo([{ [F]: spec(['owner']) }, { [F]: spec(['owner', 'external_id'], ['/admin/identities_external/{external_id}']) }, { [F]: spec([]) }], ['v1.3.1', null, null]);
    expect(brief(run(dir))).toEqual([
      'error response-property-removed GET /projects 200 application/json #/definitions/ProjectMetadata/properties/owner',
      'notice endpoint-removed GET /admin/identities_external/{external_id}',
      'notice request-property-removed POST /projects request application/json #/definitions/ProjectMetadata/properties/external_id',
      'notice response-property-removed GET /projects 200 application/json #/definitions/ProjectMetadata/properties/external_id',
      'warning request-property-removed POST /projects request application/json #/definitions/ProjectMetadata/properties/owner',
    ]);
  });

  test('fail closed: released (an older release has it), no tags, or a change set without git keep the finding', () => {
    const released = repo([{ [F]: spec(['x']) }, { [F]: spec([]) }, { [F]: spec(['x']) }, { [F]: spec([]) }], ['v1.0.0', 'v1.1.0', null, null]);
    expect(brief(run(released))).toContain('error response-property-removed GET /projects 200 application/json #/definitions/ProjectMetadata/properties/x');
    const untagged = repo([{ [F]: spec([]) }, { [F]: spec(['x']) }, { [F]: spec([]) }], [null, null, null]);
    expect(brief(run(untagged))).toContain('error response-property-removed GET /projects 200 application/json #/definitions/ProjectMetadata/properties/x');
    const memory = runEngine({ changes: changeSetFromTrees({ [F]: spec(['x']) }, { [F]: spec([]) }), config: defaultConfig() }, { today: '2026-12-05' }).findings;
    expect(brief(memory)).toContain('error response-property-removed GET /projects 200 application/json #/definitions/ProjectMetadata/properties/x');
  });

  test('fail closed (plan --from v1.3.0 --to v1.2.0 in the suite): a released property of an inline schema (pointer relative to the operation) and one whose schema was renamed since the release keep the finding', () => {
    const inline = (props: string[]): string =>
      `${JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: { '/u': { get: { responses: { '200': { description: 'ok', schema: { type: 'object', properties: Object.fromEntries(['id', ...props].map((p) => [p, { type: 'string' }])) } } } } } } }, null, 2)}\n`;
    const inlined = repo([{ [F]: inline(['legacy']) }, { [F]: inline(['legacy']) }, { [F]: inline([]) }], ['v1.2.0', null, null]);
    expect(brief(run(inlined))).toEqual(['error response-property-removed GET /u 200 application/json #/properties/legacy']);
    // released as ProjectMetadata.x; renamed to Project after the release; the PR removes x from Project
    const renamed = (name: string, props: string[]): string => spec(props).replaceAll('ProjectMetadata', name);
    const moved = repo([{ [F]: renamed('ProjectMetadata', ['x']) }, { [F]: renamed('Project', ['x']) }, { [F]: renamed('Project', []) }], ['v1.0.0', null, null]);
    expect(brief(run(moved))).toContain('error response-property-removed GET /projects 200 application/json #/definitions/Project/properties/x');
    // a name the release text never holds, under any schema, is still a notice
    const never = repo([{ [F]: inline([]) }, { [F]: inline(['fresh']) }, { [F]: inline([]) }], ['v1.2.0', null, null]);
    expect(brief(run(never))).toEqual(['notice response-property-removed GET /u 200 application/json #/properties/fresh']);
  });

  test('fail closed (hatchet 06c1fe4354): a released operation whose path item is a $ref to another file keeps endpoint-removed', () => {
    const root = (path: string): string => `openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  ${path}:\n    $ref: "./paths/runs.yaml#/log"\n`;
    const ops = "log:\n  get:\n    responses:\n      '200': {description: ok}\n";
    const dir = repo(
      [
        { 'api/openapi.yaml': root('/api/v1/durable-tasks/{task}'), 'api/paths/runs.yaml': ops },
        { 'api/openapi.yaml': root('/api/v1/durable-tasks/{task}'), 'api/paths/runs.yaml': ops },
        { 'api/openapi.yaml': root('/api/v1/tenants/{tenant}/durable-tasks/{task}'), 'api/paths/runs.yaml': ops },
      ],
      ['v0.88.4', null, null],
    );
    expect(brief(run(dir))).toEqual(['error endpoint-removed GET /api/v1/durable-tasks/{task}']);
  });

  test('what a removal names: an operation (parameters of any name), or a pointer into the same file', () => {
    expect(removedElement('endpoint-removed', 'GET /a/{id}/b')).toMatchObject({ kind: 'operation', method: 'get', needle: '/a/' });
    expect(removedElement('response-property-removed', 'GET /a 200 application/json #/definitions/A/properties/x')).toMatchObject({ kind: 'pointer', pointer: ['definitions', 'A', 'properties', 'x'], needle: 'x' });
    expect(removedElement('response-property-removed', 'GET /a 200 application/json other.yaml#/A/properties/x')).toBeNull();
    expect(removedElement('endpoint-removed', 'GET /{id}')).toBeNull();
  });
});

function repro(): string {
  return repo([{ [F]: spec([]) }, { [F]: spec(['proxy_referrer_api']) }, { [F]: spec([]) }], ['v2.14.0', null, null]);
}
