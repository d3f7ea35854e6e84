/**
 * Down methods in migrations written as code: the framework's generator writes one into every
 * migration, so a down section there is the framework's convention (a warning), not an error
 * that fails every migration PR of a Laravel or Alembic repository.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../../src/changes/types.js';
import { defaultConfig } from '../../../src/config/types.js';
import { runEngine } from '../../../src/engine.js';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, prepareCode } from './helpers.js';

beforeAll(async () => {
  await Promise.all([prepareCode(), prepareCodeLanguages(['php'])]);
});

const LARAVEL = 'database/migrations/2024_02_01_000000_add_bio.php';
const laravel = (up: string, down: string): string =>
  [
    '<?php',
    'use Illuminate\\Database\\Migrations\\Migration;',
    'use Illuminate\\Database\\Schema\\Blueprint;',
    'use Illuminate\\Support\\Facades\\Schema;',
    'return new class extends Migration {',
    '    public function up(): void {',
    `        ${up}`,
    '    }',
    '    public function down(): void {',
    `        ${down}`,
    '    }',
    '};',
    '',
  ].join('\n');

const ALEMBIC = 'app/alembic/versions/0002_bio.py';
const alembic = (upgrade: string, downgrade: string): string =>
  ['from alembic import op', 'import sqlalchemy as sa', '', 'revision = "bbb"', 'down_revision = "aaa"', '', '', 'def upgrade():', `    ${upgrade}`, '', '', 'def downgrade():', `    ${downgrade}`, ''].join('\n');

const downs = (findings: ReturnType<typeof analyseCode>): string[] => findings.filter((f) => f.rule === 'down-migration').map((f) => `${f.severity} ${f.file}:${f.line}`);

describe('down sections of code migrations are the framework convention', () => {
  test('Laravel: a new migration with down() is a warning naming the framework, even in a repository whose first migration it is', () => {
    const findings = analyseCode({ head: { [LARAVEL]: laravel("Schema::table('users', function (Blueprint $table) { $table->string('bio')->nullable(); });", "Schema::table('users', function (Blueprint $table) { $table->dropColumn('bio'); });") } });
    expect(downs(findings)).toEqual([`warning ${LARAVEL}:9`]);
    expect(findings.find((f) => f.rule === 'down-migration')?.message).toContain('as laravel writes into every migration');
  });

  test('Alembic: downgrade() is a warning too; an empty one (`pass`) is none', () => {
    expect(downs(analyseCode({ head: { [ALEMBIC]: alembic('op.add_column("users", sa.Column("bio", sa.Text(), nullable=True))', 'op.drop_column("users", "bio")') } }))).toEqual([`warning ${ALEMBIC}:12`]);
    expect(downs(analyseCode({ head: { [ALEMBIC]: alembic('op.add_column("users", sa.Column("bio", sa.Text(), nullable=True))', 'pass') } }))).toEqual([]);
  });

  test('`down-migrations: forbid` still makes it an error; `allow` silences it', () => {
    const head = { [LARAVEL]: laravel("Schema::table('users', function (Blueprint $table) { $table->string('bio')->nullable(); });", "Schema::table('users', function (Blueprint $table) { $table->dropColumn('bio'); });") };
    const run = (policy: 'forbid' | 'allow'): string[] => {
      const config = defaultConfig();
      config.downMigrations = policy;
      return downs(runEngine({ changes: changeSetFromTrees({}, head), config }, { today: '2026-12-05' }).findings);
    };
    expect(run('forbid')).toEqual([`error ${LARAVEL}:9`]);
    expect(run('allow')).toEqual([]);
  });
});
