/** The seam every code adapter goes through: grammars, unread code, SQL strings mapped into the code file. */
import { beforeAll, describe, expect, test } from 'vitest';
import { CodeHistory, parseCodeFile } from '../../../src/migrations/code/registry.js';
import { isLanguageLoaded } from '../../../src/migrations/code/tree-sitter.js';
import { analyseCode, djangoMigration, fires, prepareCode } from './helpers.js';

beforeAll(prepareCode);

const file = { path: 'shop/migrations/0002_x.py', framework: 'django' as const, version: '0002', part: 'up' as const };

describe('the code parser layer', () => {
  test('grammars load on demand', () => {
    expect(isLanguageLoaded('python')).toBe(true);
    expect(isLanguageLoaded('php')).toBe(false);
  });

  test('a file with a syntax error is unparsed at the error line, and what parses is still read', () => {
    const text = djangoMigration(['migrations.RemoveField(model_name="book", name="title"),', 'migrations.RemoveField(model_name="book", name=)),']);
    const parsed = parseCodeFile(file, text, 'postgres', new CodeHistory());
    const unread = parsed.forward.filter((s) => s.status === 'unparsed');
    expect(unread.map((s) => s.line)).toEqual([7]);
    expect(unread[0].error).toMatch(/does not parse as python|not literals/);
    expect(parsed.forward.some((s) => s.ops.some((o) => o.kind === 'drop-column'))).toBe(true);
  });

  test('a framework with no adapter is one unread statement, never a silent pass', () => {
    const parsed = parseCodeFile({ ...file, framework: 'plain' }, '<?php', 'postgres', new CodeHistory());
    expect(parsed.forward).toHaveLength(1);
    expect(parsed.forward[0]).toMatchObject({ status: 'unparsed', line: 1 });
    expect(parsed.forward[0].error).toMatch(/no reader for plain/);
  });
});

describe('SQL strings inside code', () => {
  const head = (ops: string[]) => ({ head: { 'shop/migrations/0002_x.py': djangoMigration(ops) } });

  test('a triple-quoted multi-statement string: each statement at its own line and column', () => {
    const text = ['migrations.RunSQL("""', '    CREATE TABLE t (id int);', '    ALTER TABLE users DROP COLUMN email;', '"""),'];
    const hit = fires(head(text), 'drop-column', 8);
    expect(hit.column).toBe(13); // the helper indents operations by 8
  });

  test('a one-line string: the column is where the statement starts in the code file', () => {
    const hit = fires(head(['migrations.RunSQL("ALTER TABLE users DROP COLUMN email"),']), 'drop-column', 6);
    expect(hit.column).toBe(28);
  });

  test('an escape sequence shifts offsets: statements map to the literal\'s first line', () => {
    fires(head(['migrations.RunSQL("SELECT 1;\\nALTER TABLE users DROP COLUMN email"),']), 'drop-column', 6);
  });

  test('an f-string with interpolation is unread code at its line', () => {
    const hit = fires(head(['migrations.RunSQL(f"ALTER TABLE {table} DROP COLUMN email"),']), 'unparsed-statement', 6);
    expect(hit.message).toMatch(/interpolated/);
    expect(hit.severity).toBe('error');
  });

  test('an f-string without interpolation and implicit concatenation are read', () => {
    fires(head(['migrations.RunSQL(f"ALTER TABLE users " "DROP COLUMN email"),']), 'drop-column', 6);
  });

  test('SQL held in a variable is unread code', () => {
    const findings = analyseCode(head(['migrations.RunSQL(SQL),']));
    expect(findings.filter((f) => f.rule === 'unparsed-statement').map((f) => f.line)).toEqual([6]);
  });

  test('a `#` suppression comment before a call suppresses it', () => {
    const findings = analyseCode(head(['# rollback-guard-ignore drop-column: column unused since v3', 'migrations.RemoveField(model_name="book", name="title"),']));
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => f.suppressed)).toEqual([true]);
  });
});

describe('the runbook names the framework of a code migration', () => {
  test('detectMigration (by path, as the runbook asks) knows Django, Alembic and Rails', async () => {
    const { detectMigration } = await import('../../../src/migrations/detect.js');
    expect(detectMigration('shop/migrations/0002_x.py', null, undefined)?.framework).toBe('django');
    expect(detectMigration('app/alembic/versions/abc_x.py', null, undefined)?.framework).toBe('alembic');
    expect(detectMigration('db/migrate/20260101000000_x.rb', null, undefined)?.framework).toBe('rails');
    expect(detectMigration('app/models.py', null, undefined)).toBeNull();
  });
});
