/** Reading one file: decoding, the size bound, non-regular files, symbolic links (issue 11 items 1, 5, 9). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { decodeBytes, MAX_FILE_BYTES, readRegularFile, resolveLinks, type EntryKind } from '../../src/changes/files.js';
import { directorySnapshot } from '../../src/changes/fs.js';
import { changeSetFromTrees, memorySnapshot } from '../../src/changes/types.js';

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

describe('decodeBytes', () => {
  test('UTF-16 LE with a BOM and CRLF, as SQL Server Management Studio and Windows PowerShell save a script', () => {
    const text = 'ALTER TABLE dbo.Users DROP COLUMN LegacyName;\r\nGO\r\n-- Größe ✓\r\n';
    expect(decodeBytes(utf16le(text))).toEqual({ text });
  });

  test('UTF-16 BE with a BOM, UTF-8 with a BOM (dropped), plain UTF-8', () => {
    expect(decodeBytes(utf16be('DROP TABLE t;\r\n'))).toEqual({ text: 'DROP TABLE t;\r\n' });
    expect(decodeBytes(Buffer.from('\ufeffDROP TABLE t;\n', 'utf8'))).toEqual({ text: 'DROP TABLE t;\n' });
    expect(decodeBytes(Buffer.from('DROP TABLE "Größe";\n', 'utf8'))).toEqual({ text: 'DROP TABLE "Größe";\n' });
  });

  test('UTF-16 without a BOM is recognised by its zero bytes (iconv -t UTF-16LE)', () => {
    expect(decodeBytes(Buffer.from('DROP TABLE users;\n', 'utf16le'))).toEqual({ text: 'DROP TABLE users;\n' });
  });

  test('NUL bytes pass through as text (the splitter and the parsers report them), not as "binary"', () => {
    expect(decodeBytes(Buffer.from('DROP TABLE users;\n-- \0\n'))).toEqual({ text: 'DROP TABLE users;\n-- \u0000\n' });
    expect(decodeBytes(Buffer.from([0x44, 0x00, 0x01, 0x02]))).toEqual({ text: 'D\u0000\u0001\u0002' });
  });

  test('bytes that are not UTF-8 read as Latin-1, one character per byte', () => {
    expect(decodeBytes(Buffer.from([0x2d, 0x2d, 0x20, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x80]))).toEqual({ text: '-- Größe\u0080' });
  });

  test('UTF-32, broken UTF-16 and anything over the hard limit are unreadable, with why', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('D\0\0\0')]))).toEqual({ unreadable: expect.stringMatching(/^UTF-32 text/) });
    expect(decodeBytes(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x44]))).toEqual({ unreadable: expect.stringMatching(/^UTF-32 text/) });
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x44, 0x00, 0x00, 0xd8, 0x41]))).toEqual({ unreadable: expect.stringMatching(/^not valid UTF-16 LE text/) });
    expect(decodeBytes(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ unreadable: 'larger than 128 MB, the most rollback-guard reads' });
  });
});

describe('resolveLinks', () => {
  const tree = (entries: Record<string, EntryKind>) => (path: string): EntryKind => entries[path] ?? null;
  const repo = tree({
    db: 'dir',
    'db/migrations': 'dir',
    'db/migrations/0001.sql': 'file',
    'db/migrations/0002.sql': { link: '0001.sql' },
    'db/migrations/0003.sql': { link: '../../shared/drop.sql' },
    'db/migrations/0004.sql': { link: '../../../outside.sql' },
    'db/migrations/0005.sql': { link: '/etc/passwd' },
    'db/migrations/0006.sql': { link: 'nope.sql' },
    'db/migrations/0007.sql': { link: '0008.sql' },
    'db/migrations/0008.sql': { link: '0007.sql' },
    'db/migrations/0009.sql': { link: '..' },
    'db/shared': { link: '../shared' },
    shared: 'dir',
    'shared/drop.sql': 'file',
    fifo: { other: 'not a regular file (a named pipe)' },
  });

  test('a link to a file inside the repository leads to it, through linked folders too', () => {
    expect(resolveLinks('db/migrations/0002.sql', repo)).toEqual({ path: 'db/migrations/0001.sql' });
    expect(resolveLinks('db/migrations/0003.sql', repo)).toEqual({ path: 'shared/drop.sql' });
    expect(resolveLinks('db/shared/drop.sql', repo)).toEqual({ path: 'shared/drop.sql' });
    expect(resolveLinks('db/migrations/0001.sql', repo)).toEqual({ path: 'db/migrations/0001.sql' });
  });

  test('out of the repository, dangling, looping, to a folder, not a regular file: why; absent: null', () => {
    expect(resolveLinks('db/migrations/0004.sql', repo)).toEqual({ unreadable: 'a symbolic link to a path outside the repository (not read)' });
    expect(resolveLinks('db/migrations/0005.sql', repo)).toEqual({ unreadable: 'a symbolic link to a path outside the repository (not read)' });
    expect(resolveLinks('db/migrations/0006.sql', repo)).toEqual({ unreadable: 'a symbolic link to a path that does not exist (a dangling link)' });
    expect(resolveLinks('db/migrations/0007.sql', repo)).toEqual({ unreadable: 'a symbolic link loop (more than 40 links in a row)' });
    expect(resolveLinks('db/migrations/0009.sql', repo)).toEqual({ unreadable: 'a symbolic link to a folder, not a file' });
    expect(resolveLinks('fifo', repo)).toEqual({ unreadable: 'not a regular file (a named pipe)' });
    expect(resolveLinks('db/migrations/nothing.sql', repo)).toBeNull();
    expect(resolveLinks('db/migrations/0001.sql/x', repo)).toBeNull();
  });

  test('a chain of 40 links is followed, 41 is a loop', () => {
    const chain = (n: number) => {
      const entries: Record<string, EntryKind> = { end: 'file' };
      for (let i = 0; i < n; i++) entries[`l${i}`] = { link: i + 1 < n ? `l${i + 1}` : 'end' };
      return tree(entries);
    };
    expect(resolveLinks('l0', chain(40))).toEqual({ path: 'end' });
    expect(resolveLinks('l0', chain(41))).toEqual({ unreadable: expect.stringMatching(/loop/) });
  });
});

describe('snapshots in memory', () => {
  test('links are followed inside the tree; bytes decode as from git; unreadable() says why', () => {
    const snap = memorySnapshot(
      { 'db/m/0001.sql': 'SELECT 1;\n', 'db/m/utf16.sql': utf16le('DROP TABLE t;\r\n'), 'db/m/utf32.sql': Buffer.from([0xff, 0xfe, 0, 0]) },
      { 'db/m/0002.sql': '0001.sql', 'db/m/0003.sql': '../../../x.sql' },
    );
    expect(snap.read('db/m/0002.sql')).toBe('SELECT 1;\n');
    expect(snap.unreadable?.('db/m/0002.sql')).toBeUndefined();
    expect(snap.read('db/m/utf16.sql')).toBe('DROP TABLE t;\r\n');
    expect(snap.read('db/m/0003.sql')).toBeNull();
    expect(snap.unreadable?.('db/m/0003.sql')).toMatch(/outside the repository/);
    expect(snap.read('db/m/utf32.sql')).toBeNull();
    expect(snap.unreadable?.('db/m/utf32.sql')).toMatch(/UTF-32/);
    expect(snap.unreadable?.('db/m/absent.sql')).toBeUndefined();
    expect(snap.list()).toContain('db/m/0002.sql');
  });

  test('filesContaining finds YAML/JSON files by their text only', () => {
    const snap = memorySnapshot({ 'a.yaml': '$id: https://x/a', 'b.json': '{"$ref": "https://x/a"}', 'c.sql': 'https://x/a', 'd.yml': 'no' });
    expect(snap.filesContaining?.('https://x/a')).toEqual(['a.yaml', 'b.json']);
  });

  test('changeSetFromTrees lists a link that changed target, and an unreadable file as skipped', () => {
    const cs = changeSetFromTrees(
      { 'db/m/a.sql': 'SELECT 1;\n' },
      { 'db/m/a.sql': 'SELECT 1;\n', 'db/m/b.sql': Buffer.from([0xff, 0xfe, 0, 0]) },
      {},
      { base: { 'db/m/l.sql': 'a.sql' }, head: { 'db/m/l.sql': 'b.sql' } },
    );
    expect(cs.files).toEqual([
      { path: 'db/m/b.sql', status: 'added' },
      { path: 'db/m/l.sql', status: 'modified' },
    ]);
    expect(cs.skipped).toEqual([
      { file: 'db/m/b.sql', reason: expect.stringMatching(/UTF-32/) },
      { file: 'db/m/l.sql', reason: expect.stringMatching(/UTF-32/) },
    ]);
  });
});

describe('the file system', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  const fifo = (path: string): void => {
    execFileSync('mkfifo', [path]);
  };

  test('readRegularFile refuses a FIFO, a device and a folder without waiting or reading', () => {
    dir = mkdtempSync(join(tmpdir(), 'rg-files-'));
    fifo(join(dir, 'pipe.sql'));
    expect(readRegularFile(join(dir, 'pipe.sql'))).toEqual({ unreadable: 'not a regular file (a named pipe)' });
    expect(readRegularFile('/dev/zero')).toEqual({ unreadable: 'not a regular file (a character device)' });
    expect(readRegularFile(dir)).toEqual({ unreadable: 'a directory, not a file' });
    writeFileSync(join(dir, 'a.sql'), 'SELECT 1;\n');
    expect(readRegularFile(join(dir, 'a.sql'))).toEqual({ bytes: Buffer.from('SELECT 1;\n') });
  });

  test('directorySnapshot follows links inside, never out; lists links; a FIFO is unreadable', () => {
    dir = mkdtempSync(join(tmpdir(), 'rg-files-'));
    const root = join(dir, 'repo');
    mkdirSync(join(root, 'db/m'), { recursive: true });
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(dir, 'secret.sql'), 'DROP TABLE secret;\n');
    writeFileSync(join(root, 'shared/a.sql'), 'DROP TABLE a;\n');
    symlinkSync('../../shared/a.sql', join(root, 'db/m/in.sql'));
    symlinkSync('../../../secret.sql', join(root, 'db/m/out.sql'));
    symlinkSync(join(dir, 'secret.sql'), join(root, 'db/m/abs.sql'));
    symlinkSync('../shared', join(root, 'db/s'));
    symlinkSync('loop.sql', join(root, 'db/m/loop.sql'));
    fifo(join(root, 'db/m/pipe.sql'));
    const skipped: string[] = [];
    const snap = directorySnapshot(root, (f, r) => skipped.push(`${f}: ${r}`));
    expect(snap.read('db/m/in.sql')).toBe('DROP TABLE a;\n');
    expect(snap.read('db/s/a.sql')).toBe('DROP TABLE a;\n');
    for (const p of ['db/m/out.sql', 'db/m/abs.sql']) {
      expect(snap.read(p)).toBeNull();
      expect(snap.unreadable?.(p)).toBe('a symbolic link to a path outside the repository (not read)');
    }
    expect(snap.unreadable?.('db/m/loop.sql')).toMatch(/loop/);
    expect(snap.read('db/m/pipe.sql')).toBeNull();
    expect(snap.unreadable?.('db/m/pipe.sql')).toBe('not a regular file (a named pipe)');
    expect(snap.list()).toEqual(expect.arrayContaining(['db/m/in.sql', 'db/m/out.sql', 'db/s', 'shared/a.sql']));
    expect(skipped).toContain('db/m/out.sql: a symbolic link to a path outside the repository (not read)');
  });
});
