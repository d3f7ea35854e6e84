/** The REST fallback of the change set, against a local stand-in for GitHub on 127.0.0.1. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiChangeSet, mergeBaseFromApi } from '../../src/changes/api.js';
import { createGitHubClient } from '../../src/github/octokit.js';

const FILES = [
  ...Array.from({ length: 120 }, (_, i) => ({ filename: `docs/page-${String(i).padStart(3, '0')}.md`, status: 'added' })),
  { filename: 'db/migrations/002_drop.sql', status: 'added' },
  { filename: 'db/migrations/001_init.sql', status: 'modified' },
  { filename: 'db/new/003.sql', status: 'renamed', previous_filename: 'db/old/003.sql' },
  { filename: 'db/migrations/000_gone.sql', status: 'removed' },
  { filename: 'db/migrations/004_ssms.sql', status: 'added' },
];
const CONTENT: Record<string, string | Buffer> = {
  'head:db/migrations/004_ssms.sql': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('DROP TABLE users;\r\n', 'utf16le')]),
  'base:db/migrations/001_init.sql': 'CREATE TABLE users (id int);\n',
  'head:db/migrations/001_init.sql': 'CREATE TABLE users (id bigint);\n',
  'head:db/migrations/002_drop.sql': 'DROP TABLE users;\n',
  'base:db/old/003.sql': 'SELECT 3;\n',
  'head:db/new/003.sql': 'SELECT 3;\n',
  'base:db/migrations/000_gone.sql': 'SELECT 0;\n',
  'base:.github/rollback-guard.yml': 'rules:\n  drop-table: warning\n',
};

let server: Server;
let url = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    requests.push(`${req.method} ${u.pathname}${u.search}`);
    if (req.headers.authorization !== 'token secret-token') {
      res.writeHead(401).end();
      return;
    }
    if (u.pathname === '/repos/acme/shop/pulls/7/files') {
      const page = Number(u.searchParams.get('page') ?? '1');
      const perPage = Number(u.searchParams.get('per_page') ?? '30');
      const slice = FILES.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page * perPage < FILES.length) headers.link = `<${url}/repos/acme/shop/pulls/7/files?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      res.writeHead(200, headers).end(JSON.stringify(slice));
      return;
    }
    if (u.pathname === '/repos/acme/shop/compare/BASE...HEAD') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ merge_base_commit: { sha: 'c'.repeat(40) }, files: [] }));
      return;
    }
    const m = /^\/repos\/acme\/shop\/contents\/(.+)$/.exec(u.pathname);
    if (m) {
      const side = u.searchParams.get('ref') === 'BASE' ? 'base' : 'head';
      const text = CONTENT[`${side}:${decodeURIComponent(m[1])}`];
      if (text === undefined) res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      else res.writeHead(200, { 'content-type': 'application/vnd.github.raw' }).end(text);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('pages through pulls.listFiles and reads base and head text at their refs', async () => {
  const client = createGitHubClient({ token: 'secret-token', baseUrl: url, secondMs: 1, writeSpacingMs: 0 });
  const cs = await apiChangeSet({ client, owner: 'acme', repo: 'shop', base: 'BASE', head: 'HEAD', prNumber: 7 });
  expect(cs.files).toHaveLength(FILES.length);
  expect(requests.filter((r) => r.startsWith('GET /repos/acme/shop/pulls/7/files'))).toHaveLength(2);
  expect(cs.files.filter((f) => f.path.startsWith('db/'))).toEqual([
    { path: 'db/migrations/000_gone.sql', status: 'deleted' },
    { path: 'db/migrations/001_init.sql', status: 'modified' },
    { path: 'db/migrations/002_drop.sql', status: 'added' },
    { path: 'db/migrations/004_ssms.sql', status: 'added' },
    { path: 'db/new/003.sql', oldPath: 'db/old/003.sql', status: 'renamed' },
  ]);
  expect(cs.baseTree.read('db/migrations/001_init.sql')).toBe('CREATE TABLE users (id int);\n');
  expect(cs.headTree.read('db/migrations/001_init.sql')).toBe('CREATE TABLE users (id bigint);\n');
  expect(cs.baseTree.read('db/old/003.sql')).toBe('SELECT 3;\n');
  expect(cs.headTree.read('db/migrations/000_gone.sql')).toBeNull();
  expect(cs.baseTree.read('.github/rollback-guard.yml')).toBe('rules:\n  drop-table: warning\n');
  // Decoded as from git: a UTF-16 file as SSMS saves it.
  expect(cs.headTree.read('db/migrations/004_ssms.sql')).toBe('DROP TABLE users;\r\n');
  // Only what an analyser reads is fetched: not the 120 Markdown pages.
  expect(requests.filter((r) => r.includes('/contents/docs'))).toEqual([]);
});

test('API mode asks no one about release tags: every base migration counts as released, and the reason says so (issue 12)', async () => {
  const client = createGitHubClient({ token: 'secret-token', baseUrl: url, secondMs: 1, writeSpacingMs: 0 });
  const cs = await apiChangeSet({ client, owner: 'acme', repo: 'shop', base: 'BASE', head: 'HEAD', prNumber: 7 });
  const status = cs.released?.(['db/migrations/001_init.sql'], ['v*']).get('db/migrations/001_init.sql');
  expect(status?.released).toBe(true);
  expect(status?.reason).toContain('GitHub API');
});

test('the merge base from the compare endpoint (the fallback of a shallow checkout)', async () => {
  const client = createGitHubClient({ token: 'secret-token', baseUrl: url, secondMs: 1, writeSpacingMs: 0 });
  expect(await mergeBaseFromApi(client, 'acme', 'shop', 'BASE', 'HEAD')).toBe('c'.repeat(40));
});
