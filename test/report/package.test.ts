/**
 * Issue 13, "a real release": the npm package is what `npx rollback-guard@<version>` installs. Its
 * tarball holds the bundles, their WASM, the rule pages (SARIF reads them beside dist/) and the
 * config schema, not the sources, tests or screenshots; unpacked into a folder with no
 * node_modules, its `bin` runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/runner.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  engines: { node: string };
  repository: { url: string };
  files: string[];
};
const work = mkdtempSync(join(tmpdir(), 'rg-pack-'));
let files: string[] = [];

beforeAll(() => {
  ensureBuilt();
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  execFileSync('tar', ['-xzf', join(work, `${pkg.name}-${pkg.version}.tgz`), '-C', work]);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', { timeout: 60_000 }, () => {
  it('declares a bin, an engine and its repository', () => {
    expect(pkg.bin).toEqual({ 'rollback-guard': 'dist/cli.js' });
    expect(pkg.engines.node).toMatch(/^>=\d+/);
    expect(pkg.repository.url).toBe('git+https://github.com/rollback-guard/rollback-guard.git');
  });

  it('holds the bundles, their WASM, the rule pages and the schema; no sources, tests or screenshots', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'docs/rules/drop-column.md', 'schema/config.schema.json', 'action.yml', 'LICENSE', 'README.md', 'CHANGELOG.md']));
    expect(files.some((f) => f.startsWith('dist/') && f.endsWith('.wasm'))).toBe(true);
    expect(files.filter((f) => /^(src|test|bench|fixtures|scripts|docs\/screenshots)\//.test(f))).toEqual([]);
  });

  it('runs from the unpacked tarball with no node_modules, as npx runs it', () => {
    const cli = join(work, 'package', pkg.bin['rollback-guard']!);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', cwd: work });
    expect(version.stdout.trim()).toBe(pkg.version);
    writeFileSync(join(work, 'm.sql'), 'ALTER TABLE users DROP COLUMN legacy_name;\n');
    const sql = spawnSync(process.execPath, [cli, 'sql', 'm.sql', '--format', 'sarif'], { encoding: 'utf8', cwd: work });
    expect(sql.status).toBe(1);
    // SARIF found the rule pages beside dist/ in the package.
    expect(sql.stdout).toContain('"markdown": "# drop-column');
    expect(readdirSync(join(work, 'package'))).not.toContain('node_modules');
  });
});
