/**
 * `unreadable-file` (issue 11 item 1, 5, 9): what an analyser needed and could not read fails the
 * check, on that file, with why; what no analyser needs is only listed as not analysed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/changes/files.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { main } from '../../src/cli.js';
import { ConfigError } from '../../src/config/errors.js';
import { readConfigFromTree } from '../../src/config/from-tree.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { memorySnapshot } from '../../src/changes/types.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

let repo: TempRepo | null = null;
const dirs: string[] = [];
afterEach(() => {
  repo?.remove();
  repo = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const TOO_BIG = new Uint8Array(MAX_FILE_BYTES + 1);
const UTF32 = Buffer.from([0xff, 0xfe, 0, 0, 0x44, 0, 0, 0]);
const BASE = { 'db/migrations/0001.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, note text);\n' };
const OPENAPI = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /users:\n    get:\n      responses:\n        "200": {description: ok}\n';

function run(base: Record<string, string | Uint8Array>, head: Record<string, string | Uint8Array>, links: { base?: Record<string, string>; head?: Record<string, string> } = {}, config: Config = defaultConfig()) {
  return runEngine({ changes: changeSetFromTrees(base, head, {}, links), config }, { today: '2026-12-05' });
}

const unread = (report: ReturnType<typeof run>) => report.findings.filter((f) => f.rule === 'unreadable-file').map((f) => ({ file: f.file, line: f.line, severity: f.severity, message: f.message }));

describe('the reproductions of issue 11', () => {
  test("a NUL byte in a comment no longer switches the gate off: `printf 'DROP TABLE users;\\n-- \\0\\n'` fails on drop-table", async () => {
    repo = makeRepo(BASE, { 'db/migrations/0002.sql': Buffer.from('DROP TABLE users;\n-- \0\n') });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('drop-table');
  });

  test('a migration saved by SQL Server Management Studio (UTF-16 LE, BOM, CRLF) is analysed', async () => {
    const ssms = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ALTER TABLE users DROP COLUMN note;\r\n', 'utf16le')]);
    repo = makeRepo(BASE, { 'db/migrations/0002.sql': ssms });
    const r = await cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([expect.objectContaining({ rule: 'drop-column', file: 'db/migrations/0002.sql', line: 1 })]);
  });

  test('a migration over the hard limit is an error on the file, and the summary never says nothing breaks', () => {
    const report = run(BASE, { ...BASE, 'db/migrations/0002.sql': TOO_BIG });
    expect(report.verdict).toBe('fail');
    expect(unread(report)).toEqual([
      {
        file: 'db/migrations/0002.sql',
        line: 1,
        severity: 'error',
        message: expect.stringMatching(/^db\/migrations\/0002\.sql could not be read: larger than 128 MB, the most rollback-guard reads\. It was not analysed/),
      },
    ]);
    expect(report.skipped).toEqual([{ file: 'db/migrations/0002.sql', reason: 'larger than 128 MB, the most rollback-guard reads' }]);
    const md = renderMarkdown(report);
    expect(md).not.toContain('Nothing breaks');
    expect(md).toMatch(/\*\*What breaks\*\* until the errors above are fixed: files that could not be read are not judged at all \(finding 1\)/);
    expect(report.migrations).toEqual(['db/migrations/0002.sql']); // it still runs on deploy
  });

  test('the summary does not say "nothing breaks" when the unreadable file is allowed either', () => {
    const config = defaultConfig();
    config.allow = [{ rule: 'unreadable-file', file: 'db/migrations/*.sql', reason: 'checked elsewhere' }];
    const report = run(BASE, { ...BASE, 'db/migrations/0002.sql': UTF32 }, {}, config);
    expect(report.verdict).toBe('pass');
    expect(report.findings[0]).toMatchObject({ rule: 'unreadable-file', suppressed: true });
    const md = renderMarkdown(report);
    expect(md).not.toContain('Nothing breaks');
    expect(md).toContain('**Not known**: 1 changed file could not be read (see "Not analysed")');
  });
});

describe('which changed files fail closed', () => {
  test('migrations by path: a link out of the repository, dangling, UTF-32 (head), and the base version of an edit', () => {
    const report = run(
      { ...BASE, 'db/migrations/0003.sql': UTF32 },
      { ...BASE, 'db/migrations/0003.sql': 'SELECT 1;\n', 'db/migrations/0004.sql': UTF32 },
      { head: { 'db/migrations/0002.sql': '../../../etc/passwd', 'db/migrations/0005.sql': 'nope.sql' } },
    );
    expect(unread(report).map((f) => [f.file, f.message.replace(/\. It was not analysed.*/, '')])).toEqual([
      ['db/migrations/0002.sql', 'db/migrations/0002.sql could not be read: a symbolic link to a path outside the repository (not read)'],
      ['db/migrations/0003.sql', 'The base version of db/migrations/0003.sql could not be read: UTF-32 text, which rollback-guard does not read (save it as UTF-8)'],
      ['db/migrations/0004.sql', 'db/migrations/0004.sql could not be read: UTF-32 text, which rollback-guard does not read (save it as UTF-8)'],
      ['db/migrations/0005.sql', 'db/migrations/0005.sql could not be read: a symbolic link to a path that does not exist (a dangling link)'],
    ]);
  });

  test('a link to a migration inside the repository is analysed as its target', () => {
    const report = run({ ...BASE, 'shared/drop.sql': 'DROP TABLE users;\n' }, { ...BASE, 'shared/drop.sql': 'DROP TABLE users;\n' }, { head: { 'db/migrations/0002.sql': '../../shared/drop.sql' } });
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([['drop-table', 'db/migrations/0002.sql']]);
  });

  test('SQL no detector takes by path, and ignored paths: listed as not analysed, no finding', () => {
    const config = defaultConfig();
    config.ignorePaths = ['db/migrations/vendor/**'];
    const report = run(BASE, { ...BASE, 'scripts/report.sql': UTF32, 'db/migrations/vendor/x.sql': UTF32 }, {}, config);
    expect(unread(report)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.skipped.map((s) => s.file).sort()).toEqual(['db/migrations/vendor/x.sql', 'scripts/report.sql']);
  });

  test('contracts: named like one, a contract on the other side, configured; a plain data file is not a finding', () => {
    const report = run(
      { 'api/spec.yaml': OPENAPI, 'api/openapi.json': UTF32, 'data/fixture.json': '{}' },
      { 'api/spec.yaml': UTF32, 'api/openapi.json': `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}`, 'api/users.openapi.yaml': TOO_BIG, 'data/fixture.json': TOO_BIG, 'events/order.schema.json': UTF32 },
    );
    expect(unread(report).map((f) => [f.file, f.message.replace(/ could not be read.*/, '')])).toEqual([
      ['api/openapi.json', 'The base version of api/openapi.json'],
      ['api/spec.yaml', 'api/spec.yaml'],
      ['api/users.openapi.yaml', 'api/users.openapi.yaml'],
      ['events/order.schema.json', 'events/order.schema.json'],
    ]);
    expect(report.skipped.map((s) => s.file)).toContain('data/fixture.json');

    const config = defaultConfig();
    config.contracts = [{ path: 'data/*.json', role: 'event' }];
    expect(unread(run({ 'data/fixture.json': '{}' }, { 'data/fixture.json': TOO_BIG, 'api/openapi.yaml': UTF32 }, {}, config)).map((f) => f.file)).toEqual(['data/fixture.json']);
  });

  test('a deleted contract whose base cannot be read: the finding has no line', () => {
    const report = run({ 'api/openapi.yaml': UTF32 }, {});
    expect(unread(report)).toEqual([expect.objectContaining({ file: 'api/openapi.yaml', line: null })]);
  });
});

describe('the configuration', () => {
  test('a link to a file inside the repository is followed; one out of it stops the run with one sentence', () => {
    const inside = memorySnapshot({ 'config/rg.yml': 'rules:\n  drop-table: warning\n' }, { '.github/rollback-guard.yml': '../config/rg.yml' });
    expect(readConfigFromTree(inside).rules).toEqual({ 'drop-table': 'warning' });
    const outside = memorySnapshot({}, { '.github/rollback-guard.yml': '/etc/rollback-guard.yml' });
    expect(() => readConfigFromTree(outside)).toThrow(ConfigError);
    expect(() => readConfigFromTree(outside)).toThrow(
      '.github/rollback-guard.yml in the base commit cannot be read (a symbolic link to a path outside the repository (not read)); the configuration must be a file inside the repository (a symbolic link to one is followed).',
    );
  });

  test('check exits 2 on a base config that links out of the repository', async () => {
    repo = makeRepo(BASE, {}, { commitHead: false });
    symlinkSync('/etc/hostname', join(repo.dir, '.rollback-guard.yml'));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'config link');
    const base = repo.git('rev-parse', 'HEAD');
    const r = await cli(['check', '--base', base, '--head', base], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rollback-guard: \.rollback-guard\.yml in the base commit cannot be read \(a symbolic link to a path outside the repository/);
  });
});

describe('files named on the command line', () => {
  test('`sql /dev/zero` is refused at once with one sentence, exit 2 (it used to grow without bound)', async () => {
    const r = await cli(['sql', '/dev/zero'], tmpdir());
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.split('\n')[0]).toBe('rollback-guard: cannot read /dev/zero: not a regular file (a character device).');
  });

  test('a FIFO, a folder: refused without waiting, for `sql` and `contract`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-cli-'));
    dirs.push(dir);
    execFileSync('mkfifo', [join(dir, 'pipe.sql')]);
    writeFileSync(join(dir, 'a.yaml'), OPENAPI);
    expect((await cli(['sql', 'pipe.sql'], dir)).stderr).toMatch(/^rollback-guard: cannot read pipe\.sql: not a regular file \(a named pipe\)\./);
    expect((await cli(['sql', '.'], dir)).stderr).toMatch(/^rollback-guard: cannot read \.: a directory, not a file\./);
    const c = await cli(['contract', 'pipe.sql', 'a.yaml'], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^rollback-guard: cannot read pipe\.sql: not a regular file \(a named pipe\)\./);
  });

  test('`sql` decodes UTF-16 files like `check` does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-cli-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'm.sql'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('DROP TABLE users;\r\n', 'utf16le')]));
    const r = await cli(['sql', '--format', 'json', 'm.sql'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['drop-table']);
  });
});
