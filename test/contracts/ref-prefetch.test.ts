/**
 * A contract split over many files is read a level of its `$ref` graph at a time (issue 18, "all
 * blob reads through one `git cat-file --batch`"; `Workspace.prefetchRefs`): hatchet's OpenAPI
 * spec, 65 files, took 195 git processes and ~3 s for a PR that changed two of them. The reads
 * must stay what they were: every finding equal to the in-memory run's (a snapshot that cannot
 * prefetch, so every file is read when asked).
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { analyseContracts } from '../../src/contracts/analyse.js';
import { refsInText } from '../../src/contracts/refs.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';
import { oas, type Files } from './helpers.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

type Brief = { rule: string; file: string; line: number | null; message: string };
const brief = (findings: Brief[]) => findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`).sort();

/**
 * An API split as hatchet's is: the spec names `n` path files, each path file a schema file, each
 * schema a shared one (three levels below the spec). `extra` adds files as they are.
 */
function splitApi(n: number, extra: Files = {}): Files {
  const paths: string[] = [];
  const files: Files = { 'api/common/id.yaml': 'Id:\n  type: string\n  format: uuid\n' };
  for (let i = 0; i < n; i++) {
    paths.push(`/r${i}:\n  $ref: './paths/r${i}.yaml'`);
    files[`api/paths/r${i}.yaml`] = `get:\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema:\n            $ref: "../schemas/s${i}.yaml"\n`;
    files[`api/schemas/s${i}.yaml`] = `type: object\nrequired: [id, name]\nproperties:\n  id: {$ref: '../common/id.yaml#/Id'}\n  name: {type: string}\n  size: {type: integer}\n`;
  }
  files['api/openapi.yaml'] = oas(paths.join('\n'));
  return { ...files, ...extra };
}

/** The PR's findings read from git (with the read-ahead) and from memory (without), and git's cat-file processes. */
function both(base: Files, head: Files) {
  const r = makeRepo(base, head);
  repos.push(r);
  const log = gitShim();
  try {
    const fromGit = analyseContracts({ changes: gitChangeSet(r.base, r.head, { cwd: r.dir }), config: defaultConfig() });
    const catFiles = log.calls().filter((c) => c.startsWith('cat-file')).length;
    const inMemory = analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() });
    return { fromGit: brief(fromGit.findings), inMemory: brief(inMemory.findings), catFiles };
  } finally {
    log.remove();
  }
}

describe('a contract split over many files', () => {
  test('the reproduction: a property removed three $refs below the spec; git is asked a level at a time, not a file at a time', () => {
    const base = splitApi(30);
    const head = { ...base, 'api/schemas/s7.yaml': base['api/schemas/s7.yaml'].replace('  size: {type: integer}\n', '') };
    const { fromGit, inMemory, catFiles } = both(base, head);
    expect(fromGit).toEqual(inMemory);
    expect(fromGit.some((f) => f.startsWith('response-property-removed api/schemas/s7.yaml'))).toBe(true);
    // 61 files below the spec on each side: read one at a time, that was two cat-file processes each.
    expect(catFiles).toBeLessThanOrEqual(20);
  });

  test('a variant: the spec itself changed (an operation removed), the rest of the graph read ahead from both sides', () => {
    const base = splitApi(25);
    const head = { ...base, 'api/openapi.yaml': base['api/openapi.yaml'].replace("  /r3:\n    $ref: './paths/r3.yaml'\n", '') };
    const { fromGit, inMemory, catFiles } = both(base, head);
    expect(fromGit).toEqual(inMemory);
    expect(fromGit.some((f) => f.startsWith('endpoint-removed api/openapi.yaml'))).toBe(true);
    expect(catFiles).toBeLessThanOrEqual(20);
  });

  test('references that lead nowhere readable stay findings: a missing file, a path outside the repository, a URL, a file that does not parse, one named only in a comment', () => {
    const extra: Files = {
      'api/schemas/broken.yaml': 'type: object\nproperties: {a: [\n',
      'api/schemas/s0.yaml':
        "type: object\n# see $ref: './never-read.yaml'\nproperties:\n  id: {$ref: '../common/id.yaml#/Id'}\n  gone: {$ref: './missing.yaml'}\n  out: {$ref: '../../../outside.yaml'}\n  web: {$ref: 'https://example.com/x.yaml'}\n  bad: {$ref: './broken.yaml#/properties/a'}\n",
    };
    const base = splitApi(4, extra);
    const head = { ...base, 'api/schemas/s1.yaml': base['api/schemas/s1.yaml'].replace('{type: integer}', '{type: string}') };
    const { fromGit, inMemory } = both(base, head);
    expect(fromGit).toEqual(inMemory);
    expect(fromGit.length).toBeGreaterThan(0);
  });

  test('a $ref to a file that is not YAML or JSON is not read ahead: a file the PR turns into a link out of the repository, named only in a comment, is no skipped file of the report', () => {
    const base = splitApi(3, { 'api/notes.txt': 'a\n' });
    const head = { ...base, 'api/schemas/s1.yaml': `# old format: $ref: '../notes.txt'\n${base['api/schemas/s1.yaml'].replace('{type: integer}', '{type: string}')}` };
    const r = makeRepo(base, head, { commitHead: false });
    repos.push(r);
    r.write({ 'api/notes.txt': null });
    symlinkSync('../../../etc/hostname', join(r.dir, 'api/notes.txt'));
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'head');
    const changes = gitChangeSet(r.base, r.git('rev-parse', 'HEAD'), { cwd: r.dir });
    // Read when asked, the link is unreadable and the PR changed it: that would be a skipped file.
    expect(changes.files.map((f) => f.path)).toContain('api/notes.txt');
    const out = analyseContracts({ changes, config: defaultConfig() });
    expect(brief(out.findings)).toEqual(brief(analyseContracts({ changes: changeSetFromTrees(base, head), config: defaultConfig() }).findings));
    expect(changes.skipped).toEqual([]);
  });

  test('a cycle of files ($ref back to the spec) is read once and ends', () => {
    const base: Files = {
      'api/openapi.yaml': oas("/a:\n  $ref: './paths/a.yaml'"),
      'api/paths/a.yaml': "get:\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema: {$ref: '../schemas/node.yaml'}\n",
      'api/schemas/node.yaml': "type: object\nproperties:\n  next: {$ref: './node.yaml'}\n  back: {$ref: '../openapi.yaml#/info'}\n  v: {type: integer}\n",
    };
    const head = { ...base, 'api/schemas/node.yaml': base['api/schemas/node.yaml'].replace('{type: integer}', '{type: string}') };
    const { fromGit, inMemory } = both(base, head);
    expect(fromGit).toEqual(inMemory);
  });
});

describe('the files that reach a changed file', () => {
  test('the reproduction (chef-server a58c7704, a PR renaming 84 data files): each side is asked for the changed files in one batch, not one process per file', () => {
    const base: Files = { 'api/openapi.yaml': oas("/a:\n  $ref: './paths/a.yaml'"), 'api/paths/a.yaml': "get:\n  responses:\n    '200': {description: ok}\n" };
    for (let i = 0; i < 40; i++) base[`fixtures/f${i}.json`] = JSON.stringify({ name: `f${i}`, run_list: ['recipe[x]'] });
    const r = makeRepo(base, {}, { renames: Array.from({ length: 40 }, (_, i): [string, string] => [`fixtures/f${i}.json`, `test/fixtures/f${i}.json`]) });
    repos.push(r);
    const changes = gitChangeSet(r.base, r.head, { cwd: r.dir });
    expect(changes.files.filter((f) => f.status === 'renamed')).toHaveLength(40);
    const log = gitShim();
    try {
      const out = analyseContracts({ changes, config: defaultConfig() });
      expect(out.findings).toEqual([]);
      // The listing of base is not at hand (nothing asked for it): a file base lacks is a lookup.
      expect(log.calls().filter((c) => c.startsWith('cat-file')).length).toBeLessThanOrEqual(6);
    } finally {
      log.remove();
    }
  });
});

describe('refsInText: the $ref values a JSON or YAML text names', () => {
  test('quoted, plain, in flow mappings and JSON; fragments of the same file left out', () => {
    const yaml = "a:\n  $ref: './x.yaml'\nb: {$ref: \"y.yaml#/Y\"}\nc:\n  $ref: z/plain.yaml#/Z\nd:\n  $ref: '#/components/schemas/Local'\ne: {\"$ref\": \"w.json\", other: 1}\n";
    expect([...refsInText(yaml)]).toEqual(['./x.yaml', 'y.yaml#/Y', 'z/plain.yaml#/Z', 'w.json']);
    const json = JSON.stringify({ properties: { a: { $ref: 'common.json#/a' }, b: { $ref: '#/definitions/b' }, c: { $ref: 'https://example.com/c.json' } } });
    expect([...refsInText(json)]).toEqual(['common.json#/a', 'https://example.com/c.json']);
  });

  test('a text without $ref yields nothing; an empty value is left out', () => {
    expect([...refsInText('openapi: 3.0.0\npaths: {}\n')]).toEqual([]);
    expect([...refsInText("a: {$ref: ''}\n")]).toEqual([]);
  });
});
