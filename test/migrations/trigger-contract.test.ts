/**
 * Issue 12, class expand-contract-step2 (crates.io aac10ea0e2): the contract step drops
 * `versions.semver_ord` with the trigger and trigger function that only kept it filled
 * (`NEW.semver_ord := semver_ord(NEW.num); RETURN NEW`). To the previous release their loss is the
 * column's loss, so they get the column's verdict: a warning when no code of it uses the column.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { rowAssignmentsOnly } from '../../src/migrations/triggers.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

const SETTER = `create or replace function set_semver_ord() returns trigger as $$
begin
    new.semver_ord := semver_ord(new.num);
    return new;
end
$$ language plpgsql;
`;
const BASE = {
  'migrations/2020-01-01-000000_versions/up.sql': 'CREATE TABLE versions (id int PRIMARY KEY, num text NOT NULL);\n',
  'migrations/2025-03-06-060640_semver_ord/up.sql': `create or replace function semver_ord(num varchar) returns jsonb as $$
begin
    return to_jsonb(string_to_array(num, '.'));
end
$$ language plpgsql immutable;

alter table versions
    add semver_ord jsonb;

${SETTER}
create or replace trigger trigger_set_semver_ord
    before insert on versions
    for each row
    execute procedure set_semver_ord();
`,
  'src/models/version.rs': '#[derive(Queryable, Selectable)]\n#[diesel(table_name = versions)]\npub struct Version {\n    pub id: i32,\n    pub num: String,\n}\n',
};
const CONTRACT = `drop trigger if exists trigger_set_semver_ord on versions;
drop function if exists set_semver_ord();
alter table versions drop column if exists semver_ord;
`;

function run(head: string, code: Record<string, string> = {}, base: Record<string, string> = BASE): Finding[] {
  const before = { ...base, ...code };
  const changes = changeSetFromTrees(before, { ...before, 'migrations/2026-05-27-130000-0000_drop_semver_ord/up.sql': head });
  changes.baseTree = memoryRepository(before);
  return runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'drop-object' || f.rule === 'drop-column');
}

describe('a trigger that only sets a column the same PR drops (crates.io aac10ea0e2)', () => {
  test('reproduction: trigger, trigger function and column are warnings when no code uses the column', () => {
    const found = run(CONTRACT);
    expect(found.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['drop-object', 1, 'warning'],
      ['drop-object', 2, 'warning'],
      ['drop-column', 3, 'warning'],
    ]);
    expect(found[0]!.message).toMatch(/^Dropping versions\.trigger_set_semver_ord \(it only sets column versions\.semver_ord\): nothing in the previous release's code uses it/);
  });

  test('variant: the column read by the previous release keeps all three errors, naming where', () => {
    const found = run(CONTRACT, { 'src/views/versions.rs': 'pub fn sorted() { versions::table.order(versions::semver_ord.desc()); }\n' });
    expect(found.map((f) => f.severity)).toEqual(['error', 'error', 'error']);
    expect(found[0]!.references?.[0]).toMatchObject({ file: 'src/views/versions.rs', line: 1 });
  });

  test('must still fire: the column kept, or a trigger function that does more than set the row, stays an error', () => {
    const kept = run('drop trigger if exists trigger_set_semver_ord on versions;\ndrop function if exists set_semver_ord();\n');
    expect(kept.map((f) => f.severity)).toEqual(['error', 'error']);
    const audit = BASE['migrations/2025-03-06-060640_semver_ord/up.sql'].replace('    return new;', '    insert into version_audit (id) values (new.id);\n    return new;');
    const more = run(CONTRACT, {}, { ...BASE, 'migrations/2025-03-06-060640_semver_ord/up.sql': audit });
    expect(more.filter((f) => f.rule === 'drop-object').map((f) => f.severity)).toEqual(['error', 'error']);
  });
});

describe('rowAssignmentsOnly (variant)', () => {
  test.each([
    [SETTER, ['semver_ord']],
    ['CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN NEW."updatedAt" = now(); NEW.a := 1; RETURN NEW; END; $body$;', ['updatedAt', 'a']],
    ['CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN IF NEW.a IS NULL THEN NEW.a := 1; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;', null],
    ["CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.a := 'x;y'; RETURN NEW; END $$ LANGUAGE plpgsql;", null],
    ['CREATE FUNCTION f() RETURNS jsonb AS $$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql;', null],
  ])('%s', (text, expected) => {
    expect(rowAssignmentsOnly(text)).toEqual(expected);
  });
});

describe('a function whose only caller in the history is a routine the PR drops (crates.io aac10ea0e2 line 7)', () => {
  const head = `${CONTRACT}drop function if exists semver_ord(varchar);\n`;

  test('reproduction: no code calls it, a warning', () => {
    const f = run(head).find((x) => x.object === 'semver_ord')!;
    expect(f).toMatchObject({ severity: 'warning', line: 4 });
    expect(f.message).toMatch(/^Dropping function semver_ord: nothing in the previous release's code uses it/);
  });

  test("reproduction: crates.io's dump list names the column semver_ord, not the function: still a warning", () => {
    const dump = { 'crates/crates_io_database_dump/src/dump-db.toml': '[versions.columns]\nid = "public"\nsemver_ord = "private"\n\n[versions.column_defaults]\nsemver_ord = "null"\n' };
    expect(run(head, dump).find((x) => x.object === 'semver_ord')!.severity).toBe('warning');
    // A TOML line elsewhere that names it stays a use.
    const other = { 'config/jobs.toml': '[sort]\nfunction = "semver_ord"\nsemver_ord = true\n' };
    expect(run(head, other).find((x) => x.object === 'semver_ord')!.severity).toBe('error');
  });

  test('variant: code that calls it keeps the error', () => {
    const f = run(head, { 'src/sql.rs': 'define_sql_function!(fn semver_ord(num: Text) -> Nullable<Jsonb>);\npub fn q() { versions::table.order(semver_ord(versions::num)); }\n' }).find((x) => x.object === 'semver_ord')!;
    expect(f.severity).toBe('error');
  });

  test('must still fire: a caller the PR keeps (the trigger function not dropped), or a view that calls it, keeps the error with no code at all', () => {
    const keeps = run('drop function if exists semver_ord(varchar);\n').find((x) => x.object === 'semver_ord')!;
    expect(keeps.severity).toBe('error');
    const view = { ...BASE, 'migrations/2025-04-01-000000_view/up.sql': 'CREATE VIEW sorted_versions AS SELECT id FROM versions ORDER BY semver_ord(num);\n' };
    expect(run(head, {}, view).find((x) => x.object === 'semver_ord')!.severity).toBe('error');
  });
});

test('must still fire: a function no routine of the history calls stays an error without code (a helper of nothing the PR drops)', () => {
  const base = { ...BASE, 'migrations/2025-05-01-000000_count/up.sql': 'CREATE FUNCTION version_count() RETURNS int AS $$ SELECT count(*)::int FROM versions $$ LANGUAGE sql;\n' };
  expect(run('drop function version_count();\n', {}, base).map((f) => f.severity)).toEqual(['error']);
});
