/**
 * The bundle reads migrations written as code with no node_modules: dist/ copied alone to a temp
 * folder, run on a git repository with a Django and a Rails migration (grammars from dist/).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_CLI, ensureBuilt, nodeBinary } from '../helpers/runner.js';

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'rg-code-e2e-'));
  cpSync(dirname(DIST_CLI), join(dir, 'dist'), { recursive: true });
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'shop/migrations'), { recursive: true });
  mkdirSync(join(repo, 'db/migrate'), { recursive: true });
  const git = (...a: string[]): void => {
    spawnSync('git', a, { cwd: repo, encoding: 'utf8' });
  };
  git('init', '-q');
  git('config', 'user.email', 'e2e@example.com');
  git('config', 'user.name', 'e2e');
  writeFileSync(join(repo, 'README.md'), 'x\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  writeFileSync(
    join(repo, 'shop/migrations/0002_drop.py'),
    ['from django.db import migrations', '', 'class Migration(migrations.Migration):', '    operations = [', '        migrations.RunSQL("ALTER TABLE shop_book DROP COLUMN title"),', '    ]', ''].join('\n'),
  );
  writeFileSync(join(repo, 'db/migrate/20260101000000_drop.rb'), ['class Drop < ActiveRecord::Migration[7.1]', '  def change', '    remove_column :users, :nick', '  end', 'end', ''].join('\n'));
  git('add', '-A');
  git('commit', '-qm', 'pr');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('dist/ alone reads Django and Rails migrations (grammars bundled beside it)', () => {
  const r = spawnSync(nodeBinary(), [join(dir, 'dist/cli.js'), 'check', '--base', 'HEAD^', '--head', 'HEAD', '--format', 'json'], { cwd: join(dir, 'repo'), encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number }[] };
  const hits = report.findings.filter((f) => f.rule === 'drop-column').map((f) => `${f.file}:${f.line}`).sort();
  expect(hits).toEqual(['db/migrate/20260101000000_drop.rb:3', 'shop/migrations/0002_drop.py:5']);
});
