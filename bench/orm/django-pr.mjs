#!/usr/bin/env node
/**
 * Whole-process time of `rollback-guard check` on a Django PR of 50 migrations (issue 16: ≤ 1.5 s),
 * over a base of 50 more migrations in the same app. Writes a throwaway git repository in a temp
 * folder, runs the CLI `--runs` times (default 5), prints each wall time and the median.
 *
 *   node bench/orm/django-pr.mjs [--cli dist/cli.js] [--runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const runs = Number(opt('--runs', '5'));

const dir = mkdtempSync(join(tmpdir(), 'rg-django-'));
const git = (...a) => spawnSync('git', a, { cwd: dir, encoding: 'utf8' });
git('init', '-q');
git('config', 'user.email', 'bench@example.com');
git('config', 'user.name', 'bench');
mkdirSync(join(dir, 'shop/migrations'), { recursive: true });
const name = (i) => `${String(i).padStart(4, '0')}_step${i}`;
/** Migration i: a model, fields added, altered, renamed, an index, RunSQL and RunPython, like a real app's. */
function migration(i) {
  const deps = i === 1 ? '[]' : `[("shop", "${name(i - 1)}")]`;
  const ops =
    i % 10 === 1
      ? [`migrations.CreateModel(name="M${i}", fields=[("id", models.BigAutoField(primary_key=True)), ("title", models.CharField(max_length=100)), ("note", models.TextField(null=True))], options={"db_table": "shop_m${i}"}),`]
      : [
          `migrations.AddField(model_name="m${i - (i % 10) + 1}", name="f${i}", field=models.IntegerField(null=True)),`,
          `migrations.AlterField(model_name="m${i - (i % 10) + 1}", name="title", field=models.CharField(max_length=${100 + i})),`,
          `migrations.AddIndex(model_name="m${i - (i % 10) + 1}", index=models.Index(fields=["f${i}"], name="i${i}")),`,
          `migrations.RunSQL("UPDATE shop_m${i - (i % 10) + 1} SET f${i} = 0 WHERE f${i} IS NULL", reverse_sql=migrations.RunSQL.noop),`,
          `migrations.RunPython(forwards, migrations.RunPython.noop),`,
        ];
  return ['from django.db import migrations, models', '', 'def forwards(apps, schema_editor):', '    pass', '', 'class Migration(migrations.Migration):', `    dependencies = ${deps}`, '    operations = [', ...ops.map((o) => `        ${o}`), '    ]', ''].join('\n');
}
for (let i = 1; i <= 50; i++) writeFileSync(join(dir, `shop/migrations/${name(i)}.py`), migration(i));
git('add', '-A');
git('commit', '-qm', 'base: 50 migrations');
for (let i = 51; i <= 100; i++) writeFileSync(join(dir, `shop/migrations/${name(i)}.py`), migration(i));
git('add', '-A');
git('commit', '-qm', 'PR: 50 migrations');

const times = [];
let findings = 0;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [cli, 'check', '--base', 'HEAD^', '--head', 'HEAD', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  if (out.status === 2) throw new Error(out.stderr);
  findings = JSON.parse(out.stdout).findings.length;
}
if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
else console.log(dir);
times.sort((a, b) => a - b);
console.log(`50-migration Django PR over 50 base migrations: ${findings} findings; wall ${times.map((t) => t.toFixed(2)).join(' ')} s; median ${times[times.length >> 1].toFixed(2)} s`);
