// Runs the end-to-end and CLI tests on Node 24, the Action's runtime at GitHub. The Node 24 binary
// comes from the npm registry (package `node@24`) into .tmp/node24, outside the project's deps,
// so it never shadows the `node` that npm scripts use.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.tmp/node24');
const node24 = join(prefix, 'node_modules/.bin/node');
if (!existsSync(node24)) {
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', 'node@24'], {
    stdio: 'inherit',
  });
}
const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
if (!version.startsWith('v24.')) throw new Error(`expected Node 24 from the npm package, got ${version}`);
console.log(`Running test/e2e and test/cli on Node ${version}`);
const extra = process.argv.slice(2);
const r = spawnSync(node24, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/e2e', 'test/cli', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, RG_NODE: node24 },
});
process.exitCode = r.status ?? 1;
