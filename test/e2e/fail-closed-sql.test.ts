/**
 * Session 13 audit of the SQL path through `check` (git transport), end to end: a PR whose
 * migration drops a table or column that base's migrations created is either reported with the
 * drop on its line, or with a fail-closed finding naming the file; exit 1 either way, never exit 0
 * with nothing about that file. Each case is a real temporary repository read by the CLI's `main`
 * (src, not dist), through git, with every fast path the real runs take.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/changes/files.js';
import { main } from '../../src/cli.js';
import { GIT_TEST_ENV, type TempRepo } from '../helpers/git-repo.js';

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  severity: string;
}

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

async function check(repo: TempRepo, env: Record<string, string> = { ROLLBACK_GUARD_CACHE: 'off' }): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const saved = process.env.ROLLBACK_GUARD_CACHE;
  // The replay store reads process.env (src/changes/replay-store.ts).
  if (env.ROLLBACK_GUARD_CACHE === undefined) delete process.env.ROLLBACK_GUARD_CACHE;
  else process.env.ROLLBACK_GUARD_CACHE = env.ROLLBACK_GUARD_CACHE;
  try {
    const code = await main(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      cwd: repo.dir,
      isTTY: false,
      env,
    });
    const findings = stdout ? ((JSON.parse(stdout) as { findings: JsonFinding[] }).findings ?? []) : [];
    return { code, findings, stderr };
  } finally {
    if (saved === undefined) delete process.env.ROLLBACK_GUARD_CACHE;
    else process.env.ROLLBACK_GUARD_CACHE = saved;
  }
}

/** A file with a mode other than a regular one: an executable, a symbolic link (content: its target), a gitlink (content: a commit id). */
interface Entry {
  mode: '100755' | '120000' | '160000';
  content: string;
}

/**
 * A repository with a base and a head commit written by one `git fast-import` (three git processes
 * instead of makeRepo's seven, and any mode or name git can hold without a working tree): the CLI
 * reads both commits from git, never the working tree, on `check --base --head`.
 */
function quickRepo(base: BaseFiles, head: Record<string, string | Buffer | Entry | null>, renames: [string, string][] = []): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'rg-audit-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_TEST_ENV } }).trim();
  const quote = (path: string): string => `"${path.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!)}"`;
  const chunks: Buffer[] = [];
  const put = (text: string | Buffer): void => {
    chunks.push(typeof text === 'string' ? Buffer.from(text) : text);
  };
  const file = (path: string, value: string | Buffer | Entry | null): void => {
    if (value === null) return put(`D ${quote(path)}\n`);
    if (typeof value === 'object' && !Buffer.isBuffer(value) && value.mode === '160000') return put(`M 160000 ${value.content} ${quote(path)}\n`);
    const [mode, bytes] = typeof value === 'object' && !Buffer.isBuffer(value) ? [value.mode, Buffer.from(value.content)] : ['100644', Buffer.from(value)];
    put(`M ${mode} inline ${quote(path)}\ndata ${bytes.length}\n`);
    put(bytes);
    put('\n');
  };
  const commit = (mark: number, message: string): void => {
    put(`commit refs/heads/main\nmark :${mark}\ncommitter Test <test@example.com> ${1_700_000_000 + mark} +0000\ndata ${message.length}\n${message}\n`);
    if (mark > 1) put(`from :${mark - 1}\n`);
  };
  commit(1, 'base');
  for (const [path, value] of Object.entries(base)) file(path, value);
  commit(2, 'head');
  for (const [from, to] of renames) {
    file(from, null);
    if (!(to in head)) file(to, base[from]);
  }
  for (const [path, value] of Object.entries(head)) file(path, value);
  git('init', '-q', '-b', 'main');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks), env: { ...process.env, ...GIT_TEST_ENV } });
  const [baseSha, headSha] = git('rev-parse', 'main~1', 'main').split('\n');
  return { dir, base: baseSha, head: headSha, git, write: () => { throw new Error('quickRepo has no working tree'); }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const DROPS = new Set(['drop-table', 'drop-column']);
const FAIL_CLOSED = new Set(['unparsed-statement', 'unreadable-file']);
/** A migration base already has, edited: an error on the edited line (SPEC: applied migrations do not run again). */
const EDITED = 'edited-migration';

/** The invariant: the drop on its line, or a fail-closed error on the file; exit 1. */
function verdict(r: { code: number; findings: JsonFinding[] }, file: string, line: number | null): string {
  const onFile = r.findings.filter((f) => f.file === file);
  const drop = onFile.some((f) => (DROPS.has(f.rule) || f.rule === EDITED) && (line === null || f.line === line));
  const closed = onFile.some((f) => FAIL_CLOSED.has(f.rule) && f.severity === 'error');
  if (r.code === 1 && (drop || closed)) return 'held';
  return `HOLE: exit ${r.code}, findings ${JSON.stringify(r.findings.map((f) => [f.rule, f.file, f.line, f.severity]))}`;
}

type Files = Record<string, string | Buffer | null>;
type BaseFiles = Record<string, string | Buffer>;

interface Case {
  name: string;
  base?: BaseFiles;
  head: Files;
  file: string;
  /** The drop's line; null when any line of the file will do (e.g. the whole file is one unparsed statement). */
  line: number | null;
  /** The database runs nothing of the file (its lexer reads the drop as a comment): exit 0, no finding on it. */
  runsNothing?: true;
  renames?: [string, string][];
}

const PG_BASE = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, note text);\nCREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n';
const MYSQL_CONFIG = { '.github/rollback-guard.yml': 'migrations:\n  dialect: mysql\n' };
const SQLITE_CONFIG = { '.github/rollback-guard.yml': 'migrations:\n  dialect: sqlite\n' };
const BASE: BaseFiles = { 'db/migrations/0001_init.sql': PG_BASE };
const F = 'db/migrations/0002_drop.sql';
const DROP_COL = 'ALTER TABLE users DROP COLUMN note;';
const DROP_TAB = 'DROP TABLE orders;';

const utf16 = (s: string, be: boolean, bom: boolean): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  const body = be ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
  return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
};

function bytesCases(): Case[] {
  const c = (name: string, head: string | Buffer, line: number | null): Case => ({ name, head: { [F]: head }, file: F, line });
  return [
    c('plain', `${DROP_COL}\n`, 1),
    c('UTF-8 BOM', `\uFEFF${DROP_COL}\n`, 1),
    c('UTF-16 LE with BOM', utf16(`-- x\n${DROP_COL}\n`, false, true), 2),
    c('UTF-16 BE with BOM', utf16(`-- x\n${DROP_COL}\n`, true, true), 2),
    c('UTF-16 LE without BOM', utf16(`-- x\n${DROP_COL}\n`, false, false), null),
    c('UTF-16 BE without BOM', utf16(`-- x\n${DROP_COL}\n`, true, false), null),
    c('invalid UTF-8 in a comment before', Buffer.concat([Buffer.from('-- caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`\n${DROP_COL}\n`)]), null),
    c('invalid UTF-8 inside the statement', Buffer.concat([Buffer.from('ALTER TABLE users DROP COLUMN note; -- '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), null),
    c('NUL before the statement', Buffer.from(`\0${DROP_COL}\n`), null),
    c('NUL inside the statement', Buffer.from(`ALTER TABLE users\0 DROP COLUMN note;\n`), null),
    c('NUL after the statement', Buffer.from(`${DROP_COL}\n\0\n`), null),
    c('NUL in a comment line before', Buffer.from(`-- a\0b\n${DROP_COL}\n`), 2),
    // Lines are counted at LF, as git and GitHub count them (docs/dialects.md): a lone CR is no line break.
    c('lone CR line ends', `-- one\r-- two\r${DROP_COL}\r`, 1),
    c('CRLF line ends', `-- one\r\n-- two\r\n${DROP_COL}\r\n`, 3),
    c('mixed line ends', `-- one\r\n-- two\r-- three\n${DROP_COL}\n`, 3),
    c('form feed as whitespace', `ALTER\fTABLE users DROP\fCOLUMN note;\n`, 1),
    c('vertical tab as whitespace', `ALTER\vTABLE users DROP\vCOLUMN note;\n`, null),
    c('U+2028 as whitespace', `ALTER\u2028TABLE users DROP COLUMN note;\n`, null),
    c('NBSP as whitespace', `ALTER\u00A0TABLE users DROP\u00A0COLUMN note;\n`, null),
    c('U+2028 in a comment line before', `-- a\u2028b\n${DROP_COL}\n`, 2),
    c('very long line before', `-- ${'x'.repeat(200_000)}\n${DROP_COL}\n`, 2),
    c('very long line holding the drop', `${'SELECT 1; '.repeat(20_000)}${DROP_COL}\n`, 1),
    c('5 MB file with the DROP at the end', `${'-- filler line of a long migration file\n'.repeat(128_000)}${DROP_COL}\n`, 128_001),
    c('zero-width space in DROP', `ALTER TABLE users DR\u200BOP COLUMN note;\n`, null),
    c('zero-width joiner in TABLE', `DROP TA\u200DBLE orders;\n`, null),
    c('word joiner before DROP', `ALTER TABLE users \u2060DROP COLUMN note;\n`, null),
    c('word joiner glued between a word and DROP', `ALTER TABLE users\u2060DROP COLUMN note;\n`, null),
    c('soft hyphen in DROP', `DRO\u00ADP TABLE orders;\n`, null),
  ];
}

function sqlCases(): Case[] {
  const c = (name: string, head: string, line: number | null): Case => ({ name, head: { [F]: head }, file: F, line });
  return [
    c('nested block comment before', `/* a /* b */ still comment */\n${DROP_COL}\n`, 2),
    c('-- comment at EOF without newline', `${DROP_COL}\n-- bye`, 1),
    c('drop then comment without newline on its line', `${DROP_COL} -- bye`, 1),
    c('dollar quote before', `SELECT $q$ ; DROP $q$;\n${DROP_COL}\n`, 2),
    c('E string with escaped quote before', `SELECT E'it\\'s ; ';\n${DROP_COL}\n`, 2),
    c('standard string with backslash before', `SELECT 'C:\\';\n${DROP_COL}\n`, 2),
    c('DO block with EXECUTE', `DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE users DROP COLUMN note';\nEND $$;\n`, null),
    c('DO block with EXECUTE format', `DO $$\nBEGIN\n  EXECUTE format('DROP TABLE %I', 'orders');\nEND $$;\n`, null),
    c('unterminated quote before', `SELECT 'oops;\n${DROP_COL}\n`, null),
    c('unterminated block comment before', `/* oops\n${DROP_COL}\n`, null),
    c('unterminated dollar quote before', `SELECT $a$ oops;\n${DROP_COL}\n`, null),
    c('unterminated quoted name before', `SELECT "oops;\n${DROP_COL}\n`, null),
    c('unterminated E string before', `SELECT E'oops\\';\n${DROP_COL}\n`, null),
    c('goose markers', `-- +goose Up\n${DROP_COL}\n-- +goose Down\nALTER TABLE users ADD COLUMN note text;\n`, 2),
    c('goose StatementBegin', `-- +goose Up\n-- +goose StatementBegin\n${DROP_COL}\n-- +goose StatementEnd\n`, 3),
    c('dbmate markers', `-- migrate:up\n${DROP_COL}\n-- migrate:down\nALTER TABLE users ADD COLUMN note text;\n`, 2),
    c('flyway placeholder before', `-- \${flyway:user}\n${DROP_COL}\n`, 2),
    c('psql \\i before', `\\i other.sql\n${DROP_COL}\n`, null),
    c('psql \\gexec', `SELECT 'DROP TABLE orders' \\gexec\n`, null),
    c('psql \\gexec with format()', `SELECT format('DROP TABLE %I', t) FROM (VALUES ('orders')) v(t)\n\\gexec\n`, null),
    c('psql \\gexec after the query\'s semicolon', `SELECT 'DROP TABLE orders';\n\\gexec\n`, 2),
    c('psql \\gexec after a comment, after the semicolon', `SELECT 'ALTER TABLE users DROP COLUMN note';\n/* run it */ \\gexec\n`, 2),
    c('psql \\gexec in a comment, drop after', `-- SELECT 1 \\gexec\n${DROP_COL}\n`, 2),
    c('psql \\set then drop', `\\set ON_ERROR_STOP on\n${DROP_COL}\n`, null),
    c('DELIMITER in a postgres file', `DELIMITER //\n${DROP_COL}//\nDELIMITER ;\n`, null),
    c('drop in the second statement of a line', `SELECT 1; ${DROP_TAB}\n`, 1),
    c('semicolon-less last statement', `SELECT 1;\n${DROP_COL.slice(0, -1)}`, 2),
    c('BEGIN/COMMIT around', `BEGIN;\n${DROP_COL}\nCOMMIT;\n`, 2),
    c('quoted identifiers', `ALTER TABLE "users" DROP COLUMN "note";\n`, 1),
    c('schema-qualified', `ALTER TABLE public.users DROP COLUMN note;\n`, 1),
    c('upper/lower mix', `alter table USERS drop column NOTE;\n`, 1),
    c('DROP TABLE several', `DROP TABLE IF EXISTS nothing_here, orders CASCADE;\n`, 1),
  ];
}

/** Files A and B in one PR: A's unterminated construct must not swallow B's drop. */
function crossFileCases(): Case[] {
  const A = 'db/migrations/0002_a.sql';
  const B = 'db/migrations/0003_b.sql';
  const c = (name: string, a: string): Case => ({ name, head: { [A]: a, [B]: `${DROP_COL}\n` }, file: B, line: 1 });
  return [
    c('unterminated quote in another file', "SELECT 'oops;\n"),
    c('unterminated block comment in another file', '/* oops\n'),
    c('unterminated dollar quote in another file', 'SELECT $x$ oops;\n'),
    c('unterminated quoted name in another file', 'SELECT "oops;\n'),
    c('unterminated E string in another file', "SELECT E'oops\\';\n"),
    c('-- comment without newline in another file', 'SELECT 1; -- bye'),
    c('statement without semicolon in another file', 'CREATE TABLE t (id int)'),
    c('NUL in another file', 'SELECT 1;\n\0\n'),
    c('DO block without end in another file', 'DO $$ BEGIN PERFORM 1;\n'),
    c('BEGIN without COMMIT in another file', 'BEGIN;\nCREATE TABLE t (id int);\n'),
    c('CREATE FUNCTION unterminated body in another file', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1\n'),
  ];
}

function mysqlCases(): Case[] {
  const base = { ...MYSQL_CONFIG, 'db/migrations/0001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, note text);\nCREATE TABLE orders (id bigint PRIMARY KEY);\n' };
  const c = (name: string, head: string | Buffer, line: number | null): Case => ({ name, base, head: { [F]: head }, file: F, line });
  return [
    c('mysql plain', `${DROP_COL}\n`, 1),
    c('mysql DELIMITER', `DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\n${DROP_COL}\n`, 4),
    c('mysql DELIMITER never reset', `DELIMITER $$\n${DROP_COL}$$\n`, null),
    c('mysql backtick names', 'ALTER TABLE `users` DROP COLUMN `note`;\n', 1),
    c('mysql # comment before', `# c ; '\n${DROP_COL}\n`, 2),
    c('mysql versioned comment', `/*!40101 ALTER TABLE users DROP COLUMN note */;\n`, null),
    c('mysql backslash string before', `SELECT 'a\\';b';\n${DROP_COL}\n`, 2),
    c('mysql unterminated string before', `SELECT 'a\\';\n${DROP_COL}\n`, null),
    c('mysql --no-blank comment', `--x\n${DROP_COL}\n`, null),
    c('mysql CRLF', `-- c\r\n${DROP_COL}\r\n`, 2),
    // MySQL's `--` and `#` comments end at LF only: a lone CR does not end them.
    { ...c('mysql CR only: one comment, runs nothing', `# c\r${DROP_COL}\r`, null), runsNothing: true },
    c('mysql UTF-16 LE BOM', utf16(`${DROP_COL}\n`, false, true), 1),
    c('mysql NUL inside', Buffer.from(`ALTER TABLE users DROP\0 COLUMN note;\n`), null),
    c('mysql drop table', `DROP TABLE orders;\n`, 1),
  ];
}

function sqliteCases(): Case[] {
  const base = { ...SQLITE_CONFIG, 'db/migrations/0001_init.sql': 'CREATE TABLE users (id integer PRIMARY KEY, email text, note text);\nCREATE TABLE orders (id integer PRIMARY KEY);\n' };
  const c = (name: string, head: string | Buffer, line: number | null): Case => ({ name, base, head: { [F]: head }, file: F, line });
  return [
    c('sqlite plain', `${DROP_COL}\n`, 1),
    c('sqlite drop table', `DROP TABLE orders;\n`, 1),
    c('sqlite bracket names', `ALTER TABLE [users] DROP COLUMN [note];\n`, 1),
    c('sqlite unterminated bracket before', `SELECT [x;\n${DROP_COL}\n`, null),
    c('sqlite trigger before', `CREATE TRIGGER t AFTER INSERT ON users BEGIN SELECT 1; END;\n${DROP_COL}\n`, 2),
    // SQLite's `--` comment ends at LF only (tokenize.c): the whole file is one comment and runs nothing.
    { ...c('sqlite CR only: one comment, runs nothing', `-- c\r${DROP_COL}\r`, null), runsNothing: true },
    c('sqlite CR only, drop first', `${DROP_COL}\r-- c\r`, 1),
    c('sqlite BOM', `\uFEFF${DROP_TAB}\n`, 1),
  ];
}

/** Cases that need git commands between the base and head commits. */
interface GitCase extends Case {
  /** Head entries with a mode (written after `head`). */
  entries?: Record<string, Entry>;
}

function gitCases(): GitCase[] {
  const c = (name: string, k: Omit<GitCase, 'name'>): GitCase => ({ name, ...k });
  const lfs = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 35\n';
  return [
    c('modified file', { base: { ...BASE, [F]: 'SELECT 1;\n' }, head: { [F]: `SELECT 1;\n${DROP_COL}\n` }, file: F, line: 2 }),
    c('renamed with an edit', { base: { ...BASE, 'db/migrations/0002_x.sql': 'SELECT 1;\nSELECT 2;\nSELECT 3;\n' }, renames: [['db/migrations/0002_x.sql', F]], head: { [F]: `SELECT 1;\nSELECT 2;\nSELECT 3;\n${DROP_COL}\n` }, file: F, line: 4 }),
    c('renamed from outside the migrations folder', { base: { ...BASE, 'scratch/drop.sql': `${DROP_COL}\n` }, renames: [['scratch/drop.sql', F]], head: {}, file: F, line: 1 }),
    c('case-only rename with an edit', { base: { ...BASE, 'db/migrations/0002_Drop.sql': 'SELECT 1;\nSELECT 2;\n' }, renames: [['db/migrations/0002_Drop.sql', F]], head: { [F]: `SELECT 1;\nSELECT 2;\n${DROP_COL}\n` }, file: F, line: 3 }),
    c('exec bit and an edit', { base: { ...BASE, [F]: 'SELECT 1;\n' }, head: { [F]: `${DROP_COL}\n` }, entries: { [F]: { mode: '100755', content: `${DROP_COL}\n` } }, file: F, line: 1 }),
    c('symlink to a SQL file in the repo', { head: { 'sql/drop.sql': `${DROP_COL}\n` }, entries: { [F]: { mode: '120000', content: '../../sql/drop.sql' } }, file: F, line: null }),
    c('symlink pointing outside the repo', { head: {}, entries: { [F]: { mode: '120000', content: '/etc/hostname' } }, file: F, line: null }),
    c('symlink climbing out of the repo', { head: {}, entries: { [F]: { mode: '120000', content: '../../../outside.sql' } }, file: F, line: null }),
    c('gitlink (submodule) at a migration path', { head: {}, entries: { [F]: { mode: '160000', content: '1'.repeat(40) } }, file: F, line: null }),
    c('.gitattributes *.sql binary', { head: { '.gitattributes': '*.sql binary\n', [F]: `${DROP_COL}\n` }, file: F, line: 1 }),
    c('.gitattributes *.sql -diff', { head: { '.gitattributes': '*.sql -diff\n', [F]: `${DROP_COL}\n` }, file: F, line: 1 }),
    c('.gitattributes *.sql eol=crlf', { head: { '.gitattributes': '*.sql text eol=crlf\n', [F]: `-- a\n${DROP_COL}\n` }, file: F, line: 2 }),
    c('.gitattributes *.sql filter=lfs', { head: { '.gitattributes': '*.sql filter=lfs diff=lfs merge=lfs -text\n', [F]: `${DROP_COL}\n` }, file: F, line: 1 }),
    c('.gitattributes linguist-generated', { head: { '.gitattributes': 'db/** linguist-generated=true linguist-vendored\n', [F]: `${DROP_COL}\n` }, file: F, line: 1 }),
    c('LFS pointer committed as a migration', { head: { [F]: lfs }, file: F, line: null }),
    c('LFS pointer replacing a migration base has', { base: { ...BASE, [F]: 'SELECT 1;\n' }, head: { [F]: lfs }, file: F, line: null }),
    c('LFS pointer with an ext line, no final newline', { head: { [F]: lfs.replace('oid', 'ext-0-foo sha256:0000000000000000000000000000000000000000000000000000000000000000\noid').trimEnd() }, file: F, line: null }),
    c('LFS pointer text quoted in a comment still fires', { head: { [F]: `-- ${lfs.replaceAll('\n', '\n-- ')}\n${DROP_COL}\n` }, file: F, line: 5 }),
    c('a migration over the size limit, the drop first', { head: { [F]: Buffer.concat([Buffer.from(`${DROP_COL}\n`), Buffer.alloc(MAX_FILE_BYTES, 0x20)]) }, file: F, line: null }),
    c('name with spaces', { head: { 'db/migrations/0002 drop note.sql': `${DROP_COL}\n` }, file: 'db/migrations/0002 drop note.sql', line: 1 }),
    c('name with unicode', { head: { 'db/migrations/0002_löschen_ß_東京.sql': `${DROP_COL}\n` }, file: 'db/migrations/0002_löschen_ß_東京.sql', line: 1 }),
    c('name with a newline', { head: { 'db/migrations/0002_a\nb.sql': `${DROP_COL}\n` }, file: 'db/migrations/0002_a\nb.sql', line: 1 }),
    c('folder with a leading dash', { base: { '-db/migrations/0001_init.sql': PG_BASE }, head: { '-db/migrations/0002.sql': `${DROP_COL}\n` }, file: '-db/migrations/0002.sql', line: 1 }),
    c('name with a colon', { head: { 'db/migrations/0002:drop.sql': `${DROP_COL}\n` }, file: 'db/migrations/0002:drop.sql', line: 1 }),
    c('name with a quote and a backslash', { head: { 'db/migrations/0002_"a\\b.sql': `${DROP_COL}\n` }, file: 'db/migrations/0002_"a\\b.sql', line: 1 }),
    c('very deep folders', { base: { [`${'d/'.repeat(60)}migrations/0001_init.sql`]: PG_BASE }, head: { [`${'d/'.repeat(60)}migrations/0002.sql`]: `${DROP_COL}\n` }, file: `${'d/'.repeat(60)}migrations/0002.sql`, line: 1 }),
    c('same name in two migration folders', { base: { ...BASE, 'other/migrations/0001_init.sql': 'CREATE TABLE things (id int);\n' }, head: { 'other/migrations/0002_drop.sql': 'SELECT 1;\n', [F]: `${DROP_COL}\n` }, file: F, line: 1 }),
    c('a second migration deleted in the same PR', { base: { ...BASE, 'db/migrations/0003_z.sql': 'SELECT 1;\n' }, head: { 'db/migrations/0003_z.sql': null, [F]: `${DROP_COL}\n` }, file: F, line: 1 }),
  ];
}

function dialectCases(): Case[] {
  const mysqlBase = { 'db/migrations/0001_init.sql': 'CREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT, `email` text, `note` text, PRIMARY KEY (`id`)) ENGINE=InnoDB;\nCREATE TABLE `orders` (`id` bigint) ENGINE=InnoDB;\n' };
  return [
    // Postgres reads 'a\\' as a whole string and runs the DROP; MySQL would read a string up to the last quote.
    { name: 'postgres repo, new file with backticks in a comment and a backslash string', head: { [F]: "-- `mysql` looking\nSELECT 'a\\';\nALTER TABLE users DROP COLUMN note;\n-- ';\n" }, file: F, line: 3 },
    { name: 'postgres repo, new file with ENGINE=InnoDB in a comment', head: { [F]: "-- ENGINE=InnoDB AUTO_INCREMENT\nSELECT 'a\\';\nALTER TABLE users DROP COLUMN note;\n-- ';\n" }, file: F, line: 3 },
    { name: 'postgres repo, new file with # before the drop', head: { [F]: "-- `x`\nSELECT 1 # 2;\nDROP TABLE orders;\n" }, file: F, line: 3 },
    // MySQL reads `#` as a comment and runs the DROP; Postgres would read a string from the quote on.
    { name: 'mysql repo, new file with postgres marks and a # comment', base: mysqlBase, head: { [F]: "-- id SERIAL, data JSONB, x::text, $$\nSELECT 1 # it's\n;\nALTER TABLE users DROP COLUMN note;\n# '\n" }, file: F, line: 4 },
    { name: 'mysql repo, new file with a dollar quote in a comment', base: mysqlBase, head: { [F]: "# $$ ::jsonb\nSELECT 1 # '\n;\nDROP TABLE orders;\n" }, file: F, line: 4 },
    { name: 'mysql repo, plain drop', base: mysqlBase, head: { [F]: 'ALTER TABLE `users` DROP COLUMN `note`;\n' }, file: F, line: 1 },
    {
      name: 'a repo with two dialects, drop on the mysql side',
      base: { ...BASE, 'mysql/migrations/0001_init.sql': mysqlBase['db/migrations/0001_init.sql'] },
      head: { 'mysql/migrations/0002.sql': "# a 'comment\nALTER TABLE `users` DROP COLUMN `note`;\n" },
      file: 'mysql/migrations/0002.sql',
      line: 2,
    },
    {
      name: 'a repo with two dialects, drop on the postgres side',
      base: { ...BASE, 'mysql/migrations/0001_init.sql': mysqlBase['db/migrations/0001_init.sql'] },
      head: { [F]: "SELECT 'a\\';\nALTER TABLE users DROP COLUMN note;\n-- ';\n" },
      file: F,
      line: 2,
    },
  ];
}

const ALL: Array<[string, Case[]]> = [
  ['bytes (postgres)', bytesCases()],
  ['SQL carriers (postgres)', sqlCases()],
  ['one PR, two files (shared parse batches)', crossFileCases()],
  ['mysql', mysqlCases()],
  ['sqlite', sqliteCases()],
  ['git', gitCases()],
  ['dialect inference', dialectCases()],
];

for (const [group, cases] of ALL) {
  // Concurrent: each case is its own repository, and git's processes overlap the analysis (the file
  // stays under a minute on two cores). The cache cases below run alone (they set the environment).
  describe(group, () => {
    test.concurrent.each(cases.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
      const repo = quickRepo(k.base ?? BASE, { ...k.head, ...(k as GitCase).entries }, k.renames);
      repos.push(repo);
      const r = await check(repo);
      if (k.runsNothing) expect([r.code, r.findings.filter((f) => f.file === k.file)]).toEqual([0, []]);
      else expect(verdict(r, k.file, k.line), r.stderr).toBe('held');
    });
  });
}

/**
 * The replay cache: a warm run gives the cold run's report, and a base that differs from a cached
 * one only by a carrier trick (which changes what its migrations create) is not answered from the
 * other base's entries.
 */
describe('replay cache', () => {
  const tricks: Array<[string, string]> = [
    ['column hidden in a block comment', 'CREATE TABLE users (id bigint PRIMARY KEY, email text /* , note text */);\nCREATE TABLE orders (id bigint);\n'],
    ['column after a CR-only comment', 'CREATE TABLE users (id bigint PRIMARY KEY, email text, -- c\rnote text);\nCREATE TABLE orders (id bigint);\n'],
    ['UTF-16 base', ''],
    ['BOM base', `\uFEFF${PG_BASE}`],
  ];
  test.each(tricks)('%s: warm equals cold, and the other base is not reused', async (_name, trick) => {
    const cache = mkdtempSync(join(tmpdir(), 'rg-cache-'));
    try {
      const head = { [F]: `${DROP_COL}\n${DROP_TAB}\n` };
      const plain = quickRepo(BASE, head);
      const tricked = quickRepo({ 'db/migrations/0001_init.sql': trick === '' ? utf16(PG_BASE, false, true) : trick }, head);
      repos.push(plain, tricked);
      const env = { ROLLBACK_GUARD_CACHE: cache };
      const off = { ROLLBACK_GUARD_CACHE: 'off' };
      const coldPlain = await check(plain, off);
      const coldTricked = await check(tricked, off);
      const warmPlain1 = await check(plain, env);
      const warmPlain2 = await check(plain, env);
      const warmTricked1 = await check(tricked, env);
      const warmTricked2 = await check(tricked, env);
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      expect(warmPlain1.findings).toEqual(coldPlain.findings);
      expect(warmPlain2.findings).toEqual(coldPlain.findings);
      expect(warmTricked1.findings).toEqual(coldTricked.findings);
      expect(warmTricked2.findings).toEqual(coldTricked.findings);
      expect(verdict(coldPlain, F, 1)).toBe('held');
      expect(warmTricked2.code).toBe(coldTricked.code);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

/**
 * The base history's files go to libpg-query in shared batches (`parseFiles`): a construct left
 * open in one base file must not swallow the next files' CREATEs. The PR's findings, which read
 * the base catalog (the old type, the column, the table), are the same as with a clean first file.
 */
describe('base history batches', () => {
  const PR = `${DROP_COL}\n${DROP_TAB}\nALTER TABLE users ALTER COLUMN email TYPE varchar(10);\nALTER TABLE extra ALTER COLUMN id SET NOT NULL;\n`;
  const baseWith = (a: string): BaseFiles => ({
    'db/migrations/0001_a.sql': a,
    'db/migrations/0002_b.sql': PG_BASE,
    'db/migrations/0003_c.sql': 'CREATE TABLE extra (id int);\n',
  });
  const carriers: Array<[string, string]> = [
    ['unterminated quote', "SELECT 'oops;\n"],
    ['unterminated block comment', '/* oops\n'],
    ['unterminated dollar quote', 'SELECT $x$ oops;\n'],
    ['unterminated E string', "SELECT E'oops\\';\n"],
    ['comment without newline at the end', 'SELECT 1; -- bye'],
    ['statement without semicolon at the end', 'CREATE TABLE t0 (id int)'],
    ['nested comment left open one level', '/* a /* b */\n'],
    ['NUL', 'SELECT 1;\n\0\n'],
    ['rows only, a dollar quote without semicolon', "INSERT INTO x VALUES ('a;b');\nINSERT INTO x VALUES ($$;$$)\n"],
  ];
  const file = 'db/migrations/0004_drop.sql';
  let clean: JsonFinding[] = [];
  test('a clean first file: every finding on its line', async () => {
    const repo = quickRepo(baseWith('SELECT 1;\n'), { [file]: PR });
    repos.push(repo);
    const r = await check(repo);
    clean = r.findings.filter((f) => f.file === file);
    expect(clean.map((f) => [f.rule, f.line])).toEqual([['drop-column', 1], ['drop-table', 2], ['change-column-type', 3], ['set-not-null', 4]]);
  });
  test.concurrent.each(carriers)('%s in an earlier base file', async (_name, a) => {
    const repo = quickRepo(baseWith(a), { [file]: PR });
    repos.push(repo);
    const r = await check(repo);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.file === file).map((f) => [f.rule, f.line, f.severity])).toEqual(clean.map((f) => [f.rule, f.line, f.severity]));
  });
});

/**
 * A PR file whose content marks pick another dialect than the base migrations beside it (session 13
 * audit): it is analysed in its content's dialect, and also read in the folder's one; a DROP that
 * the folder's database runs and the content's reading keeps in a string or a comment is an
 * `unparsed-statement` error on its line (src/migrations/rules/unparsed-statement.ts `hiddenByDialect`).
 */
describe('content dialect against the folder', () => {
  const MYSQL_BASE: BaseFiles = { 'db/migrations/0001_init.sql': 'CREATE TABLE users (id int AUTO_INCREMENT PRIMARY KEY, email varchar(255), note text) ENGINE=InnoDB;\nCREATE TABLE orders (id int PRIMARY KEY) ENGINE=InnoDB;\n' };
  const PG_JSONB: BaseFiles = { 'db/migrations/0001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, note text, data JSONB);\nCREATE TABLE orders (id bigint PRIMARY KEY);\n' };
  const SQLITE_BASE: BaseFiles = { 'db/migrations/0001_init.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email text, note text);\nCREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT);\n' };
  const fires: Array<[string, BaseFiles, string, number]> = [
    // The audit's reproductions, verbatim.
    ['MySQL folder, read as Postgres by `plpgsql`: the DROP inside what Postgres lexes as a string', MYSQL_BASE, "CREATE TABLE plpgsql (id int);\nSELECT 1 # it's\n;\nALTER TABLE users DROP COLUMN note;\n# '\n", 4],
    ['Postgres folder, read as MySQL by `auto_increment`: the DROP inside what MySQL lexes as a string', PG_JSONB, "CREATE TABLE auto_increment (id int);\nSELECT 'a\\';\nALTER TABLE users DROP COLUMN note;\n-- ';\n", 3],
    // Variants: a comment instead of a string (`#` is XOR to Postgres, a comment to MySQL), and a SQLite folder.
    ['Postgres folder, read as MySQL: the DROP after a `#` MySQL reads as a comment', PG_JSONB, 'CREATE TABLE auto_increment (id int);\nSELECT 1 # 2; DROP TABLE orders;\n;\n', 2],
    ['SQLite folder, read as MySQL by `auto_increment`: the DROP inside what MySQL lexes as a string', SQLITE_BASE, "CREATE TABLE auto_increment (id int);\nSELECT 'a\\';\nDROP TABLE orders;\n-- ';\n", 3],
  ];
  test.concurrent.each(fires)('%s', async (_name, base, text, line) => {
    const repo = quickRepo(base, { [F]: text });
    repos.push(repo);
    const r = await check(repo);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.file === F && f.rule === 'unparsed-statement').map((f) => [f.line, f.severity])).toEqual([[line, 'error']]);
  });

  const quiet: Array<[string, BaseFiles, Files, string[]]> = [
    // Content and folder agree: MySQL's `# it's` is a comment to both, no second reading.
    ['MySQL folder, MySQL content', MYSQL_BASE, { [F]: "ALTER TABLE users ADD COLUMN age int AFTER email;\n# it's fine\n" }, []],
    // Another dialect by content, but both readings see the same code: the drop is reported once, by its own rule.
    ['MySQL folder, Postgres content, same code both ways', MYSQL_BASE, { [F]: 'CREATE TABLE events (id int, data JSONB);\nALTER TABLE users DROP COLUMN note;\n' }, ['drop-column']],
    // kratos-like: the file's name declares its dialect (no content reading, no neighbours' one).
    ['Postgres folder, a *.mysql.up.sql file beside it', PG_JSONB, { 'db/migrations/0002_x.mysql.up.sql': "ALTER TABLE users ADD COLUMN age int;\nSELECT 'a\\\\';\n" }, []],
  ];
  test.concurrent.each(quiet)('%s: no second reading finding', async (_name, base, head, rules) => {
    const repo = quickRepo(base, head);
    repos.push(repo);
    const r = await check(repo);
    expect(r.findings.map((f) => f.rule)).toEqual(rules);
  });

  test('a warm run (stored plan, cached base) gives the cold run\'s report', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'rg-cache-'));
    try {
      const repo = quickRepo(MYSQL_BASE, { [F]: fires[0][2] });
      repos.push(repo);
      const cold = await check(repo, { ROLLBACK_GUARD_CACHE: 'off' });
      const warm1 = await check(repo, { ROLLBACK_GUARD_CACHE: cache });
      const warm2 = await check(repo, { ROLLBACK_GUARD_CACHE: cache });
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      expect(cold.findings.some((f) => f.rule === 'unparsed-statement' && f.line === 4)).toBe(true);
      expect(warm1.findings).toEqual(cold.findings);
      expect(warm2.findings).toEqual(cold.findings);
      expect([warm1.code, warm2.code]).toEqual([cold.code, cold.code]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
