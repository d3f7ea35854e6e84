// `npm run demo`: builds a small git repository from fixtures/demo/ (a base commit, then a PR
// commit with an unsafe migration, a down migration and a safe one) and runs the built CLI on it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = mkdtempSync(join(tmpdir(), 'rollback-guard-demo-'));
const git = (...args) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@example.com' },
  }).trim();

try {
  git('init', '-q', '-b', 'main');
  cpSync(join(root, 'fixtures/demo/base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'base: users and orders');
  const base = git('rev-parse', 'HEAD');
  cpSync(join(root, 'fixtures/demo/pr'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'PR: drop legacy_name, add currency and nickname');
  const head = git('rev-parse', 'HEAD');

  const cli = join(root, 'dist/cli.js');
  console.log(`Demo repository: ${repo}\n$ rollback-guard check --base ${base.slice(0, 7)} --head ${head.slice(0, 7)}\n`);
  const text = spawnSync(process.execPath, [cli, 'check', '--base', base, '--head', head], { cwd: repo, encoding: 'utf8' });
  process.stdout.write(text.stdout + text.stderr);
  console.log(`(exit code ${text.status})\n\n--- the job summary (--format markdown) ---\n`);
  const md = spawnSync(process.execPath, [cli, 'check', '--base', base, '--head', head, '--format', 'markdown'], { cwd: repo, encoding: 'utf8' });
  process.stdout.write(md.stdout + md.stderr);
  if (text.status !== 1) {
    console.error(`demo: expected exit code 1 (findings), got ${text.status}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(repo, { recursive: true, force: true });
}
