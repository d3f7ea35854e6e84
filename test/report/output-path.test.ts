/** Issue 11 item 16 (CLI side): an output path that cannot be written is one sentence, exit 2. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { main } from '../../src/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rg-output-'));
  writeFileSync(join(dir, 'm.sql'), 'ALTER TABLE users DROP COLUMN legacy_name;\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, isTTY: false, env: {} });
  return { code, stdout, stderr };
}

test('--output in a missing folder: one sentence naming the option and the folder, exit 2, no "internal error"', async () => {
  const r = await cli(['sql', 'm.sql', '--format', 'sarif', '--output', 'reports/rg.sarif']);
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe(`rollback-guard: cannot write --output 'reports/rg.sarif': the folder ${join(dir, 'reports')} does not exist; create it first or choose another path.`);
  expect(r.stderr).not.toMatch(/internal error|ENOENT/);
});

test('variant: --output that is a folder', async () => {
  mkdirSync(join(dir, 'out'));
  const r = await cli(['sql', 'm.sql', '--output', 'out']);
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe("rollback-guard: cannot write --output 'out': it is a folder.");
});

test('a writable --output gets the report and the exit code of the verdict', async () => {
  const r = await cli(['sql', 'm.sql', '--format', 'json', '--output', 'r.json']);
  expect(r.code).toBe(1);
  expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).verdict).toBe('fail');
});
