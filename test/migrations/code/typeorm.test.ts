/** TypeORM migrations read statically: `queryRunner.query("SQL")` through the SQL path, the QueryRunner API mapped. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(async () => {
  await prepareCode();
  await prepareCodeLanguages(['typescript', 'javascript']);
});

/** A migration class whose `up` body starts at line 5. */
function migration(name: string, up: string[], down: string[] = []): string {
  return [
    'import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from "typeorm";',
    `export class ${name} implements MigrationInterface {`,
    `    name = '${name}'`,
    '    public async up(queryRunner: QueryRunner): Promise<void> {',
    ...up.map((l) => `        ${l}`),
    '    }',
    '    public async down(queryRunner: QueryRunner): Promise<void> {',
    ...down.map((l) => `        ${l}`),
    '    }',
    '}',
    '',
  ].join('\n');
}

const BASE = 'src/migrations/1700000000000-Init.ts';
const PR = 'src/migrations/1710000000000-Change.ts';
const base = {
  [BASE]: migration('Init1700000000000', [
    'await queryRunner.query(`CREATE TABLE "user" ("id" SERIAL PRIMARY KEY, "email" varchar(100) NOT NULL, "nick" varchar(50), "age" integer)`);',
    'await queryRunner.query(`CREATE UNIQUE INDEX "IDX_user_email" ON "user" ("email")`);',
  ]),
};
const pr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: migration('Change1710000000000', up, down) } });
const q = (sql: string): string => `await queryRunner.query(\`${sql}\`);`;

describe('TypeORM: queryRunner.query strings (generated migrations)', () => {
  test('every rule through the SQL path, at its line', () => {
    fires(pr([q('ALTER TABLE "user" DROP COLUMN "nick"')]), 'drop-column', 5);
    fires(pr([q('ALTER TABLE "user" RENAME COLUMN "nick" TO "nickname"')]), 'rename-column', 5);
    fires(pr([q('ALTER TABLE "user" ALTER COLUMN "nick" TYPE integer USING 0')]), 'change-column-type', 5);
    fires(pr([q('ALTER TABLE "user" ALTER COLUMN "nick" SET NOT NULL')]), 'set-not-null', 5);
    fires(pr([q('ALTER TABLE "user" ADD "role" varchar NOT NULL')]), 'add-required-column', 5);
    quiet(pr([q(`ALTER TABLE "user" ADD "role" varchar NOT NULL DEFAULT 'member'`)]), 'add-required-column');
    fires(pr([q('DROP TABLE "user"')]), 'drop-table', 5);
    fires(pr([q('ALTER TABLE "user" RENAME TO "account"')]), 'rename-table', 5);
    fires(pr([q('CREATE UNIQUE INDEX "IDX_nick" ON "user" ("nick")')]), 'add-unique-constraint', 5);
    fires(pr([q('DROP INDEX "public"."IDX_user_email"')]), 'drop-index', 5);
    quiet(pr([q('CREATE TABLE "tmp" ("id" integer)'), q('DROP TABLE "tmp"')]), 'drop-table');
  });
  test('template literals are no MySQL mark: Postgres-only SQL in backticks is read as Postgres', () => {
    const c = pr([q('ALTER INDEX "IDX_user_email" RENAME TO "IDX_user_mail"'), q('ALTER TABLE "user" ALTER COLUMN "age" TYPE bigint USING "age"::bigint')]);
    quiet(c, 'unparsed-statement');
    fires(c, 'widen-column-type', 6);
  });
  test('a template literal with ${} is unread code; so is SQL from a variable', () => {
    expect(fires(pr(['await queryRunner.query(`DROP TABLE "${name}"`);']), 'unparsed-statement', 5).message).toMatch(/interpolated/);
    fires(pr(['await queryRunner.query(sql);']), 'unparsed-statement', 5);
  });
  test('down() is a down section', () => {
    const findings = analyseCode(pr([q('ALTER TABLE "user" ADD "x" integer')], [q('ALTER TABLE "user" DROP COLUMN "x"')]));
    expect(findings.some((f) => f.rule === 'drop-column')).toBe(false);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
  });
});

describe('TypeORM: the QueryRunner API', () => {
  test('dropColumn, renameColumn, dropTable, renameTable, changeColumn, addColumn, createIndex, dropIndex', () => {
    fires(pr(['await queryRunner.dropColumn("user", "nick");']), 'drop-column', 5);
    fires(pr(['await queryRunner.renameColumn("user", "nick", "nickname");']), 'rename-column', 5);
    fires(pr(['await queryRunner.dropTable("user");']), 'drop-table', 5);
    fires(pr(['await queryRunner.renameTable("user", "account");']), 'rename-table', 5);
    fires(pr(['await queryRunner.changeColumn("user", "nick", new TableColumn({ name: "nick", type: "varchar(50)", isNullable: false }));']), 'set-not-null', 5);
    fires(pr(['await queryRunner.changeColumn("user", "age", new TableColumn({ name: "age", type: "varchar(10)", isNullable: true }));']), 'change-column-type', 5);
    fires(pr(['await queryRunner.addColumn("user", new TableColumn({ name: "role", type: "varchar" }));']), 'add-required-column', 5);
    quiet(pr(['await queryRunner.addColumn("user", new TableColumn({ name: "role", type: "varchar", isNullable: true }));']), 'add-required-column');
    fires(pr(['await queryRunner.createIndex("user", new TableIndex({ name: "IDX_nick", columnNames: ["nick"], isUnique: true }));']), 'add-unique-constraint', 5);
    fires(pr(['await queryRunner.dropIndex("user", "IDX_user_email");']), 'drop-index', 5);
  });
  test('unmapped calls and other code are unread at their line, named', () => {
    expect(fires(pr(['await queryRunner.clearTable("user");']), 'unparsed-statement', 5).message).toMatch(/queryRunner\.clearTable/);
    expect(fires(pr(['await queryRunner.manager.save(rows);']), 'unparsed-statement', 5).message).toMatch(/queryRunner\.manager\.save/);
    fires(pr(['for (const t of tables) { await queryRunner.dropTable(t); }']), 'unparsed-statement', 5);
    fires(pr(['await queryRunner.query("ALTER TABLE user DROP COLUMN"']), 'unparsed-statement', 5);
  });
});

describe('TypeORM: file rules by the timestamp', () => {
  test('out-of-order, edited and deleted migrations', () => {
    fires({ base, head: { 'src/migrations/1600000000000-Old.ts': migration('Old1600000000000', []) } }, 'out-of-order-migration', 1);
    quiet(pr([]), 'out-of-order-migration');
    fires({ base, head: { [BASE]: base[BASE].replace('varchar(50)', 'varchar(60)') } }, 'edited-migration', 5);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});

describe('TypeORM: found replaying standardnotes/server (bench/orm/typeorm)', () => {
  test('queryRunner.manager.query is raw SQL like queryRunner.query', () => {
    // 1632219307742-cleanup_orphan_items_and_revisions.ts: `await queryRunner.manager.query('DELETE FROM items WHERE user_uuid IS NULL')`.
    fires(pr(["await queryRunner.manager.query('DELETE FROM \"user\" WHERE nick IS NULL')"]), 'delete-rows', 5);
    // Variant: interpolated SQL there stays unread at its line.
    fires(pr(['await queryRunner.manager.query(`DELETE FROM "user" WHERE id = ${id}`)']), 'unparsed-statement', 5);
  });

  test('a call on the API whose result is kept in a variable still runs: read, not skipped', () => {
    // The same file: `const orphanedItems = await queryRunner.manager.query('SELECT …')` (harmless), and the
    // class it belongs to: a statement that writes, kept in a variable, was silently skipped.
    expect(analyseCode(pr(["const rows = await queryRunner.manager.query('SELECT id FROM \"user\"');"])).map((f) => f.rule)).toEqual([]);
    fires(pr(['const result = await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "nick"`);']), 'drop-column', 5);
    // Variant: `let` with a builder call; a helper's result is data (not the API) and stays quiet.
    fires(pr(["let done = await queryRunner.dropColumn('user', 'age');"]), 'drop-column', 5);
    expect(analyseCode(pr(['const n = Math.floor(10 / 3);'])).map((f) => f.rule)).toEqual([]);
  });
});

describe('TypeORM: a SQLite table rebuild in SQL strings reports at the code line (standardnotes/server)', () => {
  const SQLITE_BASE = 'src/migrations/sqlite/1600000000000-Init.ts';
  const sqliteBase = { [SQLITE_BASE]: migration('Init1600000000000', [`await queryRunner.query('CREATE TABLE "a" ("id" varchar PRIMARY KEY NOT NULL, "old_name" varchar(36) NOT NULL, "n" integer)')`]) };
  const rebuild = (create: string[]) => ({
    base: sqliteBase,
    head: {
      'src/migrations/sqlite/1700000000000-Rebuild.ts': migration('Rebuild1700000000000', [
        ...create,
        `await queryRunner.query('INSERT INTO "tmp_a"("id", "new_name", "n") SELECT "id", "old_name", "n" FROM "a"')`,
        `await queryRunner.query('DROP TABLE "a"')`,
        `await queryRunner.query('ALTER TABLE "tmp_a" RENAME TO "a"')`,
      ]),
    },
  });
  test('the renamed column of a rebuild is on its CREATE TABLE call, not on line 1 of the file', () => {
    // syncing-server/migrations/sqlite/1689746527310-rename-key-message-identifier.ts: rename-column came out on line 1.
    fires(rebuild([`await queryRunner.query('CREATE TABLE "tmp_a" ("id" varchar PRIMARY KEY NOT NULL, "new_name" varchar(36) NOT NULL, "n" integer)')`]), 'rename-column', 5);
  });
  test('variant: a multi-line template literal puts each column on its own line', () => {
    const create = ['await queryRunner.query(`CREATE TABLE "tmp_a" (', '  "id" varchar PRIMARY KEY NOT NULL,', '  "new_name" varchar(36) NOT NULL,', '  "n" text', ')`);'];
    fires(rebuild(create), 'rename-column', 7);
    fires(rebuild(create), 'change-column-type', 8);
  });
});
