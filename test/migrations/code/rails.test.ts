/** Rails migrations read statically: `change`/`up` forward, `down`/`dir.down` the down section. */
import { beforeAll, describe, expect, test } from 'vitest';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(prepareCode);

/** A migration whose `change` body starts at line 3. */
function migration(body: string[], method = 'change', extra: string[] = []): string {
  return ['class Change < ActiveRecord::Migration[7.1]', `  def ${method}`, ...body.map((l) => `    ${l}`), '  end', ...extra, 'end', ''].join('\n');
}

const BASE = 'db/migrate/20240101000000_create_users.rb';
const PR = 'db/migrate/20240201000000_change.rb';
const base = {
  [BASE]: migration([
    'create_table :users do |t|',
    '  t.string :email, null: false',
    '  t.string :nick, limit: 50',
    '  t.integer :age',
    '  t.timestamps',
    'end',
    'add_index :users, :email, unique: true',
  ]),
};
const pr = (body: string[], method = 'change', extra: string[] = []) => ({ base, head: { [PR]: migration(body, method, extra) } });

describe('Rails schema statements', () => {
  test('drop-column: remove_column and change_table t.remove, at their lines', () => {
    expect(fires(pr(['remove_column :users, :nick, :string']), 'drop-column', 3).object).toBe('users.nick');
    fires(pr(['change_table :users do |t|', '  t.remove :nick, :age', 'end']), 'drop-column', 4);
    quiet(pr(['add_column :users, :tmp, :string', 'remove_column :users, :tmp']), 'drop-column');
  });
  test('rename-column and rename-table', () => {
    fires(pr(['rename_column :users, :nick, :nickname']), 'rename-column', 3);
    fires(pr(['change_table :users do |t|', '  t.rename :nick, :nickname', 'end']), 'rename-column', 4);
    fires(pr(['rename_table :users, :accounts']), 'rename-table', 3);
  });
  test('change-column-type: change_column to another type; quiet to a wider varchar', () => {
    fires(pr(['change_column :users, :nick, :integer']), 'change-column-type', 3);
    quiet(pr(['change_column :users, :nick, :string, limit: 100']), 'change-column-type');
  });
  test('set-not-null: change_column_null false; quiet for true', () => {
    fires(pr(['change_column_null :users, :nick, false']), 'set-not-null', 3);
    quiet(pr(['change_column_null :users, :nick, true']), 'set-not-null');
  });
  test('add-required-column: null: false without default; quiet with a default', () => {
    fires(pr(['add_column :users, :role, :string, null: false']), 'add-required-column', 3);
    quiet(pr(['add_column :users, :role, :string, null: false, default: "member"']), 'add-required-column');
    fires(pr(['add_reference :users, :team, null: false']), 'add-required-column', 3);
  });
  test('drop-table: quiet for a table created in the PR', () => {
    fires(pr(['drop_table :users']), 'drop-table', 3);
    quiet(pr(['create_table :tmp do |t|', '  t.string :x', 'end', 'drop_table :tmp']), 'drop-table');
  });
  test('add-unique-constraint via add_index unique: true; quiet for a plain index', () => {
    fires(pr(['add_index :users, :nick, unique: true']), 'add-unique-constraint', 3);
    quiet(pr(['add_index :users, :nick']), 'add-unique-constraint');
  });
  test('drop-index: remove_index of base\'s unique index by its columns (Rails\' default name)', () => {
    fires(pr(['remove_index :users, :email']), 'drop-index', 3);
  });
  test('execute reads its SQL, heredocs at their lines', () => {
    fires(pr(['execute "ALTER TABLE users DROP COLUMN age"']), 'drop-column', 3);
    fires(pr(['execute <<~SQL', '  UPDATE users SET age = 0;', '  ALTER TABLE users DROP COLUMN nick;', 'SQL']), 'drop-column', 5);
  });
});

describe('Rails: up, down and reversible', () => {
  test('`down` is a down section, `up` is forward', () => {
    const findings = analyseCode(pr(['remove_column :users, :nick'], 'up', ['  def down', '    add_column :users, :nick, :string', '  end']));
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => f.line)).toEqual([3]);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
  });
  test('reversible: dir.up runs forward, dir.down does not', () => {
    const body = ['reversible do |dir|', '  dir.up { execute "DROP TABLE users" }', '  dir.down { execute "DROP TABLE other" }', 'end'];
    const findings = analyseCode(pr(body));
    expect(findings.filter((f) => f.rule === 'drop-table').map((f) => f.line)).toEqual([4]);
  });
});

describe('Rails: unread code is never silent', () => {
  test('model code and unknown methods are unparsed at their line, named', () => {
    expect(fires(pr(['User.update_all(nick: nil)']), 'unparsed-statement', 3).message).toMatch(/User\.update_all/);
    expect(fires(pr(['backfill_things(:users)']), 'unparsed-statement', 3).message).toMatch(/backfill_things/);
  });
  test('interpolated SQL and computed names', () => {
    fires(pr(['execute "DROP TABLE #{name}"']), 'unparsed-statement', 3);
    fires(pr(['remove_column table_name, :nick']), 'unparsed-statement', 3);
  });
  test('a modifier condition is not a statement: the guarded call is read, the condition is not unread', () => {
    const findings = analyseCode(pr(['remove_column :users, :nick if column_exists?(:users, :nick)']));
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-column:3']);
  });
  test('say and reset_column_information are quiet', () => {
    expect(analyseCode(pr(['say "hello"', 'User.reset_column_information']))).toEqual([]);
  });
});

describe('Rails: file rules by timestamp', () => {
  test('out-of-order-migration: a timestamp older than base\'s newest', () => {
    fires({ base, head: { 'db/migrate/20230101000000_old.rb': migration(['add_column :users, :x, :string']) } }, 'out-of-order-migration', 1);
    quiet(pr(['add_column :users, :x, :string']), 'out-of-order-migration');
  });
  test('edited and deleted migrations', () => {
    fires({ base, head: { [BASE]: base[BASE].replace('limit: 50', 'limit: 60') } }, 'edited-migration', 5);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});
