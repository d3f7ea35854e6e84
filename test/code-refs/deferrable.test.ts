/**
 * Issue 12, class drop-and-recreate-index (openvsx 32d7643116): a unique constraint dropped and
 * added again DEFERRABLE still rejects duplicates (at commit); what the previous release loses is
 * `ON CONFLICT` on it (a deferrable constraint is no arbiter). So the finding is an error only
 * where the previous release's code upserts; jOOQ's generated key declarations are no upsert.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

const BASE = {
  'server/src/main/resources/db/migration/V1_1__init.sql': 'CREATE TABLE extension (id bigint PRIMARY KEY, public_id varchar(128), name text);\nALTER TABLE extension ADD CONSTRAINT unique_extension_public_id UNIQUE (public_id);\n',
  'server/src/main/java/org/eclipse/openvsx/ExtensionService.java': 'class ExtensionService {\n  void save(Extension e) { entityManager.merge(e); }\n  void fail() { if (status == HttpStatus.CONFLICT) { retry(); } }\n}\n',
  // openvsx's jOOQ-generated key declarations name the constraint: metadata, no upsert.
  'server/src/main/jooq-gen/org/eclipse/openvsx/jooq/Keys.java': 'public class Keys {\n  public static final UniqueKey<ExtensionRecord> UNIQUE_EXTENSION_PUBLIC_ID = Internal.createUniqueKey(Extension.EXTENSION, DSL.name("unique_extension_public_id"), new TableField[] { Extension.EXTENSION.PUBLIC_ID }, true);\n}\n',
};
const DEFER = {
  'server/src/main/resources/db/migration/V1_43__Defer_Public_Id_Unique_Constraint.sql':
    '-- make unique constraints deferred\nALTER TABLE public.extension\n    DROP CONSTRAINT unique_extension_public_id,\n    ADD CONSTRAINT unique_extension_public_id UNIQUE (public_id) DEFERRABLE INITIALLY DEFERRED;\n',
};

function run(code: Record<string, string>, head: Record<string, string> = DEFER): Finding[] {
  const before = { ...BASE, ...code };
  const changes = changeSetFromTrees(before, { ...before, ...head });
  changes.baseTree = memoryRepository(before);
  return runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'drop-index');
}

describe('a unique constraint re-created DEFERRABLE (openvsx 32d7643116)', () => {
  test('no upsert in the previous release (only jOOQ key declarations, an HTTP CONFLICT): a warning that says why', () => {
    const found = run({});
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 3, object: 'extension.unique_extension_public_id' });
    expect(found[0]!.message).toMatch(/^Re-creating constraint extension\.unique_extension_public_id as DEFERRABLE: nothing in the previous release's code upserts/);
    expect(found[0]!.message).toContain('still rejects duplicates, at commit');
  });

  test('variant: an upsert by columns in SQL text, or jOOQ onConflictOnConstraint, keeps the error and says where', () => {
    const sql = run({ 'server/src/main/java/org/eclipse/openvsx/Repo.java': 'class Repo {\n  String q = "INSERT INTO extension (id, public_id) VALUES (?, ?) ON CONFLICT (public_id) DO NOTHING";\n}\n' });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'server/src/main/java/org/eclipse/openvsx/Repo.java', line: 2 })] });
    expect(sql[0]!.message).toContain("The previous release's code upserts at `server/src/main/java/org/eclipse/openvsx/Repo.java:2`");
    const jooq = run({ 'server/src/main/java/org/eclipse/openvsx/Jooq.java': 'class Jooq {\n  void up() { dsl.insertInto(EXTENSION).set(r)\n    .onConflictOnConstraint(Keys.UNIQUE_EXTENSION_PUBLIC_ID).doNothing().execute(); }\n}\n' });
    expect(jooq[0]).toMatchObject({ severity: 'error' });
  });

  test('must still fire: the constraint dropped and not re-created is an error whatever the code', () => {
    const gone = run({}, { 'server/src/main/resources/db/migration/V1_43__drop.sql': 'ALTER TABLE extension DROP CONSTRAINT unique_extension_public_id;\n' });
    expect(gone).toHaveLength(1);
    expect(gone[0]!.severity).toBe('error');
  });

  test('must still fire: a DEFERRABLE unique index re-created by DROP INDEX / CREATE … with an upsert in code', () => {
    const base = { 'server/src/main/resources/db/migration/V1_2__ix.sql': 'CREATE UNIQUE INDEX ext_name ON extension (name);\n', 'server/src/main/java/Up.java': 'class Up { String q = "insert into extension (name) values (?) on conflict (name) do update set name = excluded.name"; }\n' };
    const head = { 'server/src/main/resources/db/migration/V1_43__ix.sql': 'DROP INDEX ext_name;\nALTER TABLE extension ADD CONSTRAINT ext_name UNIQUE (name) DEFERRABLE;\n' };
    const found = run(base, head);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
  });
});
