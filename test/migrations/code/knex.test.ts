/** Knex migrations read statically: `exports.up` / `export async function up(knex)`, each table builder call at its line. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(async () => {
  await prepareCode();
  await prepareCodeLanguages(['typescript', 'javascript']);
});

/** CommonJS: the body of `up` starts at line 2. */
function migration(up: string[], down: string[] = []): string {
  return ['exports.up = async function (knex) {', ...up.map((l) => `  ${l}`), '};', 'exports.down = async function (knex) {', ...down.map((l) => `  ${l}`), '};', ''].join('\n');
}
/** `knex.schema.alterTable('users', (t) => { … })`: the first line inside is line 3. */
const alter = (lines: string[]): string[] => ["await knex.schema.alterTable('users', (t) => {", ...lines.map((l) => `  ${l}`), '});'];

const BASE = 'db/migrations/20240101000000_init.js';
const PR = 'db/migrations/20240201000000_change.js';
const base = {
  [BASE]: migration([
    "await knex.schema.createTable('users', (t) => {",
    '  t.increments();',
    "  t.string('email', 100).notNullable().unique();",
    "  t.string('nick', 50);",
    "  t.integer('age');",
    '  t.timestamps(true, true);',
    '});',
  ]),
};
const pr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: migration(up, down) } });

describe('Knex: schema builder calls, at their lines', () => {
  test('drop-column and rename-column', () => {
    expect(fires(pr(alter(["t.dropColumn('nick');"])), 'drop-column', 3).object).toBe('users.nick');
    fires(pr(alter(["t.dropColumns('nick', 'age');"])), 'drop-column', 3);
    fires(pr(alter(["t.renameColumn('nick', 'nickname');"])), 'rename-column', 3);
    quiet(pr(alter(["t.string('tmp');", "t.dropColumn('tmp');"])), 'drop-column');
  });
  test('change-column-type and set-not-null through .alter(); quiet for a wider string', () => {
    fires(pr(alter(["t.integer('nick').alter();"])), 'change-column-type', 3);
    quiet(pr(alter(["t.string('nick', 80).alter();"])), 'change-column-type');
    fires(pr(alter(["t.string('nick', 50).notNullable().alter();"])), 'set-not-null', 3);
    fires(pr(alter(["t.dropNullable('nick');"])), 'set-not-null', 3);
  });
  test('add-required-column: notNullable() without defaultTo(); quiet with one, and nullable by default', () => {
    fires(pr(alter(["t.string('role').notNullable();"])), 'add-required-column', 3);
    quiet(pr(alter(["t.string('role').notNullable().defaultTo('member');"])), 'add-required-column');
    quiet(pr(alter(["t.string('role');"])), 'add-required-column');
  });
  test('drop-table, rename-table; quiet for a table created in the PR', () => {
    fires(pr(["await knex.schema.dropTable('users');"]), 'drop-table', 2);
    fires(pr(["return knex.schema.renameTable('users', 'accounts');"]), 'rename-table', 2);
    quiet(pr(["await knex.schema.createTable('tmp', (t) => { t.increments(); });", "await knex.schema.dropTableIfExists('tmp');"]), 'drop-table');
  });
  test('add-unique-constraint and drop-index by Knex\'s default names', () => {
    fires(pr(alter(["t.unique(['nick']);"])), 'add-unique-constraint', 3);
    quiet(pr(alter(["t.index(['nick']);"])), 'add-unique-constraint');
    expect(fires(pr(alter(["t.dropUnique(['email']);"])), 'drop-index', 3).message).toMatch(/users_email_unique/);
  });
  test('knex.raw through the SQL path; knex(table).update as an update', () => {
    fires(pr(["await knex.raw('ALTER TABLE users DROP COLUMN age');"]), 'drop-column', 2);
    fires(pr(["await knex('users').whereNull('nick').update({ nick: '' });"]), 'update-rows', 2);
  });
  test('ES modules and arrow functions; down is a down section', () => {
    const esm = ['export async function up(knex) {', "  await knex.schema.table('users', (t) => t.dropColumn('nick'));", '}', 'export const down = async (knex) => {', "  await knex.schema.table('users', (t) => t.string('nick'));", '};', ''].join('\n');
    const findings = analyseCode({ base, head: { 'db/migrations/20240201000000_change.ts': esm } });
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => f.line)).toEqual([2]);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
  });
});

describe('Knex: unread code is never silent', () => {
  test('unknown builder calls, modifiers, computed names, interpolated SQL, other code', () => {
    expect(fires(pr(alter(["t.someMacro('nick');"])), 'unparsed-statement', 3).message).toMatch(/t\.someMacro/);
    expect(fires(pr(alter(["t.string('nick').weird().alter();"])), 'unparsed-statement', 3).message).toMatch(/weird/);
    expect(fires(pr(['await knex.schema.dropTable(name);']), 'unparsed-statement', 2).message).toMatch(/not a literal/);
    expect(fires(pr(['await knex.raw(`DROP TABLE ${name}`);']), 'unparsed-statement', 2).message).toMatch(/interpolated/);
    expect(fires(pr(['await backfill(knex);']), 'unparsed-statement', 2).message).toMatch(/backfill/);
  });
  test('a syntax error is unparsed at its line', () => {
    fires(pr(["await knex.schema.dropTable('users'"]), 'unparsed-statement', 2);
  });
});

describe('Knex: file rules', () => {
  test('out-of-order, edited and deleted migrations', () => {
    fires({ base, head: { 'db/migrations/20230101000000_old.js': migration([]) } }, 'out-of-order-migration', 1);
    quiet(pr([]), 'out-of-order-migration');
    fires({ base, head: { [BASE]: base[BASE].replace("'nick', 50", "'nick', 60") } }, 'edited-migration', 5);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});

describe('Knex: found replaying thedevs-network/kutt (bench/orm/knex)', () => {
  /** kutt's module style: `async function up(knex)` … `module.exports = { up, down }`. */
  const kutt = (up: string[], down: string[]): string => ['async function up(knex) {', ...up.map((l) => `  ${l}`), '}', '', 'async function down(knex) {', ...down.map((l) => `  ${l}`), '}', '', 'module.exports = { up, down };', ''].join('\n');
  const kuttPr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: kutt(up, down) } });
  const rules = (c: ReturnType<typeof kuttPr>) => analyseCode(c).map((f) => `${f.rule}:${f.line}`);

  test('t.dateTime is a column type (knex has datetime and dateTime), not unread code', () => {
    // 20200810195255_change_email.js: `table.dateTime("change_email_expires")` inside alterTable.
    expect(rules(kuttPr(alter(['t.dateTime("change_email_expires");', 't.string("change_email_token");'])))).toEqual([]);
    // Variant: a NOT NULL timestamptz without a default is a required column like any other type.
    fires(kuttPr(alter(["t.timestamptz('seen_at').notNullable();"])), 'add-required-column', 3);
  });

  test('knex.transaction(cb): the callback runs with its parameter as the API', () => {
    // 20241103083933_user-roles.js: `await knex.transaction(async function(trx) { await trx.schema.alterTable(…) })`.
    const inTrx = (lines: string[]) => ['await knex.transaction(async function (trx) {', ...lines.map((l) => `  ${l}`), '});'];
    fires(kuttPr(inTrx(["await trx.schema.alterTable('users', (t) => {", "  t.enu('role', ['USER', 'ADMIN']).notNullable();", '});'])), 'add-required-column', 4);
    quiet(kuttPr(inTrx(["await trx.schema.alterTable('users', (t) => {", "  t.enu('role', ['USER', 'ADMIN']).notNullable().defaultTo('USER');", '});'])), 'add-required-column');
    // Variant: an arrow callback, SQL through trx.raw; and a callback without a parameter stays unread.
    fires(kuttPr(["await knex.transaction(async (trx) => { await trx.raw('ALTER TABLE users DROP COLUMN nick'); });"]), 'drop-column', 2);
    fires(kuttPr(['await knex.transaction(run);']), 'unparsed-statement', 2);
  });

  test('a down that only returns nothing undoes nothing: no down-migration', () => {
    // 20200718124944_description.js: `async function down() { return null; }`.
    expect(rules(kuttPr([], ['return null;']))).toEqual([]);
    // Variants: `return;`, `return Promise.resolve();`, an arrow `() => Promise.resolve()`; one real statement still counts.
    expect(rules(kuttPr([], ['return;', 'return Promise.resolve();']))).toEqual([]);
    expect(analyseCode({ base, head: { [PR]: 'exports.up = async (knex) => {};\nexports.down = () => Promise.resolve();\n' } }).map((f) => f.rule)).toEqual([]);
    fires(kuttPr([], ['return null;', "await knex.schema.dropTable('users');"]), 'down-migration', 4);
  });
});

describe('Knex: a project\'s own directory and dated names (louislam/uptime-kuma)', () => {
  const up = (lines: string[]) => ['exports.up = function (knex) {', ...lines.map((l) => `  ${l}`), '};', ''].join('\n');
  const BASE_K = 'db/knex_migrations/2023-08-16-0000-create-uptime.js';
  const kbase = { [BASE_K]: up(["return knex.schema.createTable('monitor', (table) => { table.increments(); table.string('name', 150); });"]) };

  test('db/knex_migrations/YYYY-MM-DD-HHMM-name.js is a Knex migration, read against its history', () => {
    // uptime-kuma's `2024-10-31-0000-fix-snmp-monitor.js`-style names in `db/knex_migrations/`.
    const f = fires({ base: kbase, head: { 'db/knex_migrations/2025-06-03-0000-drop-name.js': up(["return knex.schema.alterTable('monitor', (table) => {", "  table.dropColumn('name');", '});']) } }, 'drop-column', 3);
    expect(f.object).toBe('monitor.name');
    // Variant: an underscore after the date, a `migrations/` folder of another name; a non-Knex file there stays out.
    fires({ base: kbase, head: { 'server/db_migrations/2025-06-03_120000_rename.ts': up(["await knex.schema.renameTable('monitor', 'monitors');"]) } }, 'rename-table', 2);
    expect(analyseCode({ base: kbase, head: { 'db/knex_migrations/2025-06-03-0000-notes.js': 'module.exports = { note: "not a migration" };\n' } })).toEqual([]);
  });

  test('dated names order as Knex sorts them (file name), padded to 14 digits', () => {
    // `2024-10-1315-…` sorts before `2024-10-31-0000-…` in Knex (by name): adding the latter after it is in order.
    const b = { 'db/knex_migrations/2024-10-1315-rabbitmq-monitor.js': up(["return knex.schema.alterTable('monitor', (t) => { t.string('rabbitmq_nodes'); });"]) };
    quiet({ base: b, head: { 'db/knex_migrations/2024-10-31-0000-fix-snmp-monitor.js': up(["return knex.schema.alterTable('monitor', (t) => { t.string('snmp_oid'); });"]) } }, 'out-of-order-migration');
    // Variant: a PR adding an older stamp than base's newest is out of order.
    fires({ base: b, head: { 'db/knex_migrations/2024-09-01-0000-old.js': up(["return knex.schema.alterTable('monitor', (t) => { t.string('x'); });"]) } }, 'out-of-order-migration', 1);
  });
});

describe('Knex: queries that only read (kutt 20241223103044_visits_user_id.js)', () => {
  test('knex(t).count / .orderBy().first() kept in a variable are reads, not unread code', () => {
    const reads = ["const [{ count }] = await knex('users').count('* as count');", "const last = await knex('users').orderBy('id', 'desc').first();"];
    expect(analyseCode(pr(reads)).map((f) => f.rule)).toEqual([]);
    // Variant: a read chain that ends in a write is the write; an unknown terminal method stays unread.
    fires(pr(["const n = await knex('users').where('age', '<', 0).del();"]), 'delete-rows', 2);
    fires(pr(["await knex('users').where('age', '<', 0).onConflict('id');"]), 'unparsed-statement', 2);
  });
});
