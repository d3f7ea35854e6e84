/**
 * A trigger dropped and created again that does less than base's (issue 12, class trigger-narrowed):
 * reportportal 2ef0d9bcc3 re-created `trg_update_test_item_last_modified_on_launch` (AFTER INSERT OR
 * UPDATE since migration 108) as AFTER UPDATE WHEN mode changes. Quiet when it does the same or more.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import { triggerNarrowing } from '../../src/migrations/triggers.js';
import type { TriggerShape } from '../../src/migrations/model.js';
import { analyse } from './helpers.js';

const FUNCTION = `CREATE OR REPLACE FUNCTION update_last_modified_from_launch()
RETURNS TRIGGER AS $$
BEGIN
    UPDATE test_item SET last_modified = CURRENT_TIMESTAMP WHERE launch_id = NEW.id OR launch_id = OLD.id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
`;

/** Migration 108 at base (reportportal), cut down to the launch trigger. */
const BASE_108 = `CREATE TABLE launch (id bigint PRIMARY KEY, mode text);
CREATE TABLE test_item (item_id bigint PRIMARY KEY, launch_id bigint, last_modified timestamp);
${FUNCTION}
CREATE TRIGGER trg_update_test_item_last_modified_on_launch
AFTER INSERT OR UPDATE ON launch
FOR EACH ROW
EXECUTE FUNCTION update_last_modified_from_launch();
`;

/** Migration 110 as 2ef0d9bcc3 made it. */
const PR_110 = `DROP TRIGGER IF EXISTS trg_update_test_item_last_modified_on_launch ON launch;
DROP FUNCTION IF EXISTS update_last_modified_from_launch();

${FUNCTION}
CREATE TRIGGER trg_update_test_item_last_modified_on_launch
AFTER UPDATE ON launch
FOR EACH ROW
WHEN (OLD.mode IS DISTINCT FROM NEW.mode)
EXECUTE FUNCTION update_last_modified_from_launch();
`;

const dropObject = (sql: string, base: string) => analyse(sql, { base }).filter((f) => f.rule === 'drop-object');

describe('drop-object: a trigger created again that does less (trigger-narrowed)', () => {
  beforeAll(async () => {
    await prepareEngine();
  });

  test('reportportal 2ef0d9bcc3: AFTER INSERT OR UPDATE re-created as AFTER UPDATE WHEN …', () => {
    const hits = dropObject(PR_110, BASE_108);
    // The trigger, on its DROP; the function is created again with the same body: a replacement.
    expect(hits.map((f) => f.line)).toEqual([1]);
    expect(hits[0].severity).toBe('error');
    expect(hits[0].object).toBe('launch.trg_update_test_item_last_modified_on_launch');
    expect(hits[0].message).toContain('it no longer fires on INSERT');
    expect(hits[0].message).toContain('WHEN condition');
  });

  test('the same trigger created again as it was: quiet', () => {
    const same = PR_110.replace('AFTER UPDATE ON launch\nFOR EACH ROW\nWHEN (OLD.mode IS DISTINCT FROM NEW.mode)', 'AFTER INSERT OR UPDATE ON launch\nFOR EACH ROW');
    expect(dropObject(same, BASE_108)).toEqual([]);
  });

  test('created again doing more (an event added, lower-case, schema-qualified): quiet', () => {
    const sql = `drop trigger trg_update_test_item_last_modified_on_launch on public.launch;
create trigger trg_update_test_item_last_modified_on_launch after insert or update or delete on public.launch
for each row execute procedure update_last_modified_from_launch();`;
    expect(dropObject(sql, BASE_108)).toEqual([]);
  });

  test('variant: BEFORE UPDATE narrowed to UPDATE OF one column, and a trigger moved to another function', () => {
    const base = `CREATE TABLE accounts (id int PRIMARY KEY, email text, name text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE FUNCTION touch_email() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER accounts_audit AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION touch();`;
    const sql = `DROP TRIGGER accounts_touch ON accounts;
CREATE TRIGGER accounts_touch BEFORE UPDATE OF email ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
DROP TRIGGER accounts_audit ON accounts;
CREATE TRIGGER accounts_audit AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION touch_email();`;
    const hits = dropObject(sql, base);
    expect(hits.map((f) => f.line)).toEqual([1, 3]);
    expect(hits[0].message).toContain('UPDATE only of email');
    expect(hits[1].message).toContain('executes touch_email() instead of touch()');
  });

  test('variant: a trigger base does not create (DROP IF EXISTS before CREATE): quiet', () => {
    const sql = `DROP TRIGGER IF EXISTS fresh ON launch;
CREATE TRIGGER fresh AFTER UPDATE ON launch FOR EACH ROW WHEN (OLD.mode IS DISTINCT FROM NEW.mode) EXECUTE FUNCTION update_last_modified_from_launch();`;
    expect(dropObject(sql, BASE_108)).toEqual([]);
  });

  test('variant: base dropped the trigger before the PR re-creates it narrower: quiet', () => {
    const base = `${BASE_108}DROP TRIGGER trg_update_test_item_last_modified_on_launch ON launch;\n`;
    expect(dropObject(PR_110, base)).toEqual([]);
  });

  test('variant: the same trigger name on two tables: compared with the one on the dropped table', () => {
    const base = `${BASE_108}CREATE TABLE issue (id int);
CREATE TRIGGER trg_update_test_item_last_modified_on_launch AFTER DELETE ON issue FOR EACH ROW EXECUTE FUNCTION update_last_modified_from_launch();\n`;
    const sql = `DROP TRIGGER trg_update_test_item_last_modified_on_launch ON launch;
CREATE TRIGGER trg_update_test_item_last_modified_on_launch AFTER INSERT OR UPDATE ON launch FOR EACH ROW EXECUTE FUNCTION update_last_modified_from_launch();`;
    expect(dropObject(sql, base)).toEqual([]);
  });

  test('chef-server 97b0f16167: triggers of one name dropped on two tables and created again on each, clients first: quiet', () => {
    const fn = 'CREATE OR REPLACE FUNCTION add_key() RETURNS TRIGGER AS $$ BEGIN RETURN NULL; END; $$ LANGUAGE plpgsql;\n';
    const base = `CREATE TABLE clients (id int, public_key text);
CREATE TABLE users (id int, public_key text);
${fn}CREATE TRIGGER add_key AFTER INSERT ON clients FOR EACH ROW EXECUTE PROCEDURE add_key();
CREATE TRIGGER add_key AFTER INSERT ON users FOR EACH ROW EXECUTE PROCEDURE add_key();
`;
    const sql = `${fn}DROP TRIGGER IF EXISTS add_key ON clients;
DROP TRIGGER IF EXISTS add_key ON users;
CREATE TRIGGER add_key AFTER INSERT ON clients FOR EACH ROW EXECUTE PROCEDURE add_key();
CREATE TRIGGER add_key AFTER INSERT ON users FOR EACH ROW EXECUTE PROCEDURE add_key();
`;
    expect(dropObject(sql, base)).toEqual([]);
    // variant: the one on users comes back narrower (UPDATE lost) while the one on clients is whole
    const narrower = sql.replace('AFTER INSERT ON users', 'AFTER UPDATE ON users');
    expect(dropObject(narrower, base.replace('AFTER INSERT ON users', 'AFTER INSERT OR UPDATE ON users')).map((f) => [f.object, f.line])).toEqual([['users.add_key', 3]]);
  });
});

describe('triggerNarrowing', () => {
  const shape = (s: Partial<TriggerShape>): TriggerShape => ({ table: 't', timing: 'AFTER', events: ['INSERT', 'UPDATE'], columns: [], row: true, when: null, call: 'f()', ...s });
  test('a WHEN removed or an event added is no narrowing; a WHEN changed, a level changed is', () => {
    expect(triggerNarrowing(shape({ when: 'x' }), shape({}))).toBeNull();
    expect(triggerNarrowing(shape({}), shape({ events: ['INSERT', 'UPDATE', 'DELETE'] }))).toBeNull();
    expect(triggerNarrowing(shape({ columns: ['a'] }), shape({ columns: ['a', 'b'] }))).toBeNull();
    expect(triggerNarrowing(shape({ when: 'x' }), shape({ when: 'y' }))).toContain('WHEN condition changed');
    expect(triggerNarrowing(shape({}), shape({ row: false }))).toContain('once per statement');
    expect(triggerNarrowing(shape({ columns: ['a', 'b'] }), shape({ columns: ['a'] }))).toContain('UPDATE only of a');
  });
});
