import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const BASE = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);\n',
};

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

describe('check', () => {
  test('a dropped column fails with exit 1 and the SPEC 4 report on the statement line', async () => {
    repo = makeRepo(BASE, { 'db/migrations/002_drop.sql': '-- cleanup\n\nALTER TABLE users DROP COLUMN legacy_name;\n' });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, verdict: 'fail', base: repo.base, head: repo.head });
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'drop-column', severity: 'error', file: 'db/migrations/002_drop.sql', line: 3, object: 'users.legacy_name' }),
    ]);
  });

  test('a safe PR exits 0', async () => {
    repo = makeRepo(BASE, { 'db/migrations/002_add.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n' });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS  0 errors');
  });

  test('--head defaults to the working tree and --base to the merge-base with main', async () => {
    repo = makeRepo(BASE);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'db/migrations/002_drop.sql': 'DROP TABLE users;\n' });
    const r = await cli(['check', '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ base: repo.head, head: 'worktree', findings: [expect.objectContaining({ rule: 'drop-table', line: 1 })] });
  });

  test('without a default branch it asks for --base (exit 2)', async () => {
    repo = makeRepo(BASE);
    repo.git('branch', '-m', 'main', 'trunk');
    const r = await cli(['check'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pass --base REV');
  });

  test('the config is read from base: a PR cannot turn a rule off for itself', async () => {
    repo = makeRepo(BASE, {
      '.github/rollback-guard.yml': 'rules:\n  drop-column: off\n',
      'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n',
    });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(['config-changed', 'drop-column']);
  });

  test('bad config is exit 2 and one sentence naming the key', async () => {
    repo = makeRepo({ ...BASE, '.github/rollback-guard.yml': 'rules:\n  drop-default: eror\n' }, { 'db/migrations/002.sql': 'SELECT 1;\n' });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "rollback-guard: .github/rollback-guard.yml: invalid value \"eror\" for 'rules.drop-default'; expected one of: error, warning, notice, off.\n",
    );
  });

  test('a PR that repairs a broken base config runs with the defaults, not with its own config', async () => {
    repo = makeRepo(
      { ...BASE, '.github/rollback-guard.yml': 'rules:\n  drop-default: eror\n' },
      {
        '.github/rollback-guard.yml': 'rules:\n  drop-column: off\n',
        'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n',
      },
    );
    const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
    expect(r.stderr).toContain("invalid value \"eror\" for 'rules.drop-default'");
    expect(r.stderr).toContain('This PR repairs .github/rollback-guard.yml, so it is checked with the default configuration');
    expect(r.code).toBe(1);
    // the PR's own `drop-column: off` does not apply
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['config-changed', 'drop-column']);
  });

  test('a PR whose config is as broken as base still stops with exit 2', async () => {
    repo = makeRepo({ ...BASE, '.github/rollback-guard.yml': 'rules:\n  drop-default: eror\n' }, { '.github/rollback-guard.yml': 'rules:\n  drop-default: errr\n' });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rollback-guard: .github/rollback-guard.yml: invalid value \"eror\" for 'rules.drop-default'; expected one of: error, warning, notice, off.\n");
  });

  test('--fail-on warning and never change the exit code; --output writes a file', async () => {
    repo = makeRepo(BASE, { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n' });
    const out = join(mkdtempSync(join(tmpdir(), 'rg-out-')), 'report.json');
    const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--fail-on', 'never', '--format', 'json', '--output', out], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('pass');
  });

  test('not a git repository: exit 2, one sentence', async () => {
    const r = await cli(['check'], mkdtempSync(join(tmpdir(), 'rg-nogit-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not inside a git repository/);
  });
});

describe('sql', () => {
  test('treats files as new forward migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sql-'));
    writeFileSync(join(dir, 'x.sql'), 'CREATE TABLE t (a int);\nALTER TABLE t DROP COLUMN a;\nDROP TABLE users;\n');
    const r = await cli(['sql', '--format', 'json', 'x.sql'], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings.map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`);
    expect(findings).toEqual(['drop-table:3']);
  });


  test('the text footer has no base..head range: loose files have no revisions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sql-'));
    writeFileSync(join(dir, 'x.sql'), 'DROP TABLE users;\n');
    const r = await cli(['sql', '--format', 'text', 'x.sql'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('FAIL  1 error, 0 warnings, 0 notices in 1 file');
  });
  test('a missing file is a usage error', async () => {
    const r = await cli(['sql', 'nope.sql'], tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read nope.sql: no such file.');
  });
});

describe('contract', () => {
  const spec = (paths: object, pad = '') => JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1', description: pad }, paths }, null, 1);
  const ok = { get: { responses: { '200': { description: 'ok' } } } };

  test('the two named files are read whatever their size (a 21 MB spec is diffed, not skipped)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-contract-'));
    const pad = 'x'.repeat(21 * 1024 * 1024);
    writeFileSync(join(dir, 'base.json'), spec({ '/a': ok, '/b': ok }, pad));
    writeFileSync(join(dir, 'head.json'), spec({ '/a': ok }, pad));
    const r = await cli(['contract', '--format', 'json', 'base.json', 'head.json'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { rule: string; object: string }) => [f.rule, f.object])).toEqual([['endpoint-removed', 'GET /b']]);
    expect(report.skipped).toEqual([]);
    expect(r.code).toBe(1);
  });

  test('a folder named ..x under the working directory is inside it: the report keeps its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-contract-'));
    mkdirSync(join(dir, '..specs'));
    writeFileSync(join(dir, '..specs/base.json'), spec({ '/a': ok, '/b': ok }));
    writeFileSync(join(dir, '..specs/head.json'), spec({ '/a': ok }));
    const r = await cli(['contract', '--format', 'json', '..specs/base.json', '..specs/head.json'], dir);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['..specs/head.json']);
  });

  test('a $ref to a file over the size limit is listed as skipped, with why, and is no crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-contract-'));
    const body = { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'huge.json#/User' } } } } } } };
    // 128 MB and one byte, sparse: the size is checked before anything is read.
    writeFileSync(join(dir, 'huge.json'), JSON.stringify({ User: { type: 'object' } }));
    truncateSync(join(dir, 'huge.json'), 128 * 1024 * 1024 + 1);
    writeFileSync(join(dir, 'base.json'), spec({ '/u': body }));
    writeFileSync(join(dir, 'head.json'), spec({ '/u': body }));
    const r = await cli(['contract', '--format', 'json', 'base.json', 'head.json'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.skipped).toEqual([{ file: 'huge.json', reason: 'larger than 128 MB, the most rollback-guard reads' }]);
    expect(report.findings.filter((f: { message: string }) => /could not be analysed/.test(f.message))).toEqual([]);
  });
});

test('check: a $ref to an unchanged file that cannot be read (UTF-32) is listed under skipped, not passed over in silence', async () => {
  const body = (desc: string) =>
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1', description: desc },
      paths: { '/u': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'big.json#/User' } } } } } } } },
    });
  const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{"User": {"type": "object"}}', 'utf16le')]);
  repo = makeRepo({ 'api/openapi.json': body('v1'), 'api/big.json': utf32 }, { 'api/openapi.json': body('v2') });
  const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
  const report = JSON.parse(r.stdout);
  expect(report.skipped).toEqual([{ file: 'api/big.json', reason: expect.stringContaining('UTF-32 text, which rollback-guard does not read') }]);
  expect(r.code).toBe(0);
});

describe('usage', () => {
  test('rules --format json lists every rule with id, category, severity, summary', async () => {
    const r = await cli(['rules', '--format', 'json'], tmpdir());
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout);
    expect(rules.length).toBeGreaterThanOrEqual(10);
    expect(rules).toContainEqual(expect.objectContaining({ id: 'drop-column', category: 'migration', severity: 'error' }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'config-changed', category: 'config', severity: 'notice' }));
  });

  test('rules --format md is a table', async () => {
    const r = await cli(['rules'], tmpdir());
    expect(r.stdout.split('\n')[0]).toBe('| Rule | Category | Default | Catches |');
  });

  test.each([
    [['check', '--fail-on', 'eror'], "invalid '--fail-on' value 'eror'; expected one of: error, warning, never."],
    [['check', '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['contract', 'only-one.yaml'], 'contract needs exactly two files: BASE HEAD.'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await cli(args, tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--help for each command', async () => {
    for (const command of ['check', 'sql', 'contract', 'rules']) {
      const r = await cli([command, '--help'], tmpdir());
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`rollback-guard ${command}`);
    }
  });
});
