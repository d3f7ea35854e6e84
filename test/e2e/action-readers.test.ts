/**
 * dist/index.js on a PR whose only YAML/JSON change is a package.json: the contract readers
 * (js-yaml, the `yaml` package, ajv) are not loaded (issue 19: ~50 ms of start-up on every such
 * PR); on a PR that changes a fragment a YAML spec `$ref`s, they load and the finding is there.
 * Which modules load is read through a module hook (`--import`), as the runner starts the step.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { DIST_ACTION, ensureBuilt, pullRequestPayload, runAction } from '../helpers/runner.js';
import { chunksOf as chunksIn, loadedFrom, writeLoadHook } from '../helpers/load-log.js';

let repo: TempRepo | null = null;
let tmp = '';
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'rg-readers-'));
  writeLoadHook(tmp);
  return () => rmSync(tmp, { recursive: true, force: true });
});
afterEach(() => {
  repo?.remove();
  repo = null;
});

const dist = new URL('.', `file://${DIST_ACTION}`);
/** The dist/ files that hold each reader (esbuild names chunks by hash). */
const chunksOf = (pkg: RegExp): Set<string> => chunksIn(dist, pkg);

function loadedBy(base: Record<string, string>, head: Record<string, string>) {
  repo = makeRepo(base, head);
  const log = join(tmp, `loaded-${Date.now()}.log`);
  writeFileSync(log, '');
  const r = runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    payload: pullRequestPayload(repo),
    env: { NODE_OPTIONS: `--import ${join(tmp, 'hook.mjs')}`, RG_LOADED_LOG: log },
  });
  return { r, loaded: loadedFrom(log, dist) };
}

const SPEC = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /users:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'user.json'}\n";
const USER = '{"type": "object", "properties": {"id": {"type": "string"}, "email": {"type": "string"}}}';

test('a package.json-only PR loads no YAML reader and no ajv', () => {
  const base = { 'package.json': '{"name": "app", "version": "1.0.0"}\n', 'api/openapi.yaml': SPEC, 'api/user.json': USER };
  const { r, loaded } = loadedBy(base, { 'package.json': '{"name": "app", "version": "1.1.0"}\n' });
  expect(r.status).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(loaded.has('index.js')).toBe(true); // the hook saw the Action load
  const readers = chunksOf(/node_modules\/(ajv|js-yaml|yaml)\//);
  expect(readers.size).toBeGreaterThan(0);
  expect([...loaded].filter((f) => readers.has(f))).toEqual([]);
});

test('a JSON fragment an unchanged YAML spec $refs: the readers load, the finding is reported', () => {
  const base = { 'package.json': '{"name": "app"}\n', 'api/openapi.yaml': SPEC, 'api/user.json': USER };
  const { r, loaded } = loadedBy(base, { 'api/user.json': '{"type": "object", "properties": {"id": {"type": "string"}}}' });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('title=response-property-removed::');
  expect([...loaded].filter((f) => chunksOf(/node_modules\/js-yaml\//).has(f)).length).toBeGreaterThan(0);
});
