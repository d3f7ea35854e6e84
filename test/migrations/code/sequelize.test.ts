/** Sequelize migrations read statically: `module.exports = { up: async (queryInterface, Sequelize) => … }`. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareCodeLanguages } from '../../../src/migrations/code/registry.js';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(async () => {
  await prepareCode();
  await prepareCodeLanguages(['typescript', 'javascript']);
});

/** The body of `up` starts at line 4. */
function migration(up: string[], down: string[] = []): string {
  return [
    "'use strict';",
    'module.exports = {',
    '  async up(queryInterface, Sequelize) {',
    ...up.map((l) => `    ${l}`),
    '  },',
    '  down: async (queryInterface, Sequelize) => {',
    ...down.map((l) => `    ${l}`),
    '  },',
    '};',
    '',
  ].join('\n');
}

const BASE = 'migrations/20240101000000-create-users.js';
const PR = 'migrations/20240201000000-change.js';
const base = {
  [BASE]: migration([
    "await queryInterface.createTable('users', {",
    '  id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },',
    '  email: { type: Sequelize.STRING(100), allowNull: false, unique: true },',
    '  nick: { type: Sequelize.STRING(50), allowNull: true },',
    '  age: Sequelize.INTEGER,',
    '});',
    "await queryInterface.addIndex('users', ['email'], { unique: true, name: 'users_email_key' });",
  ]),
};
const pr = (up: string[], down: string[] = []) => ({ base, head: { [PR]: migration(up, down) } });

describe('Sequelize: queryInterface calls, at their lines', () => {
  test('drop-column, rename-column', () => {
    expect(fires(pr(["await queryInterface.removeColumn('users', 'nick');"]), 'drop-column', 4).object).toBe('users.nick');
    fires(pr(["await queryInterface.renameColumn('users', 'nick', 'nickname');"]), 'rename-column', 4);
    quiet(pr(["await queryInterface.addColumn('users', 'tmp', Sequelize.STRING);", "await queryInterface.removeColumn('users', 'tmp');"]), 'drop-column');
  });
  test('change-column-type and set-not-null via changeColumn; quiet for a wider string that stays nullable', () => {
    fires(pr(["await queryInterface.changeColumn('users', 'nick', { type: Sequelize.INTEGER, allowNull: true });"]), 'change-column-type', 4);
    fires(pr(["await queryInterface.changeColumn('users', 'nick', { type: Sequelize.STRING(50), allowNull: false });"]), 'set-not-null', 4);
    const wider = pr(["await queryInterface.changeColumn('users', 'nick', { type: Sequelize.STRING(80), allowNull: true });"]);
    quiet(wider, 'change-column-type');
    quiet(wider, 'set-not-null');
  });
  test('add-required-column: allowNull: false without defaultValue; quiet with one', () => {
    fires(pr(["await queryInterface.addColumn('users', 'role', { type: Sequelize.STRING, allowNull: false });"]), 'add-required-column', 4);
    quiet(pr(["await queryInterface.addColumn('users', 'role', { type: Sequelize.STRING, allowNull: false, defaultValue: 'member' });"]), 'add-required-column');
  });
  test('drop-table, rename-table; quiet for a table created in the PR', () => {
    fires(pr(["await queryInterface.dropTable('users');"]), 'drop-table', 4);
    fires(pr(["await queryInterface.renameTable('users', 'accounts');"]), 'rename-table', 4);
    quiet(pr(["await queryInterface.createTable('tmp', { id: Sequelize.INTEGER });", "await queryInterface.dropTable('tmp');"]), 'drop-table');
  });
  test('add-unique-constraint: addIndex unique and addConstraint type unique; drop-index: removeIndex', () => {
    fires(pr(["await queryInterface.addIndex('users', ['nick'], { unique: true });"]), 'add-unique-constraint', 4);
    fires(pr(["await queryInterface.addConstraint('users', { fields: ['nick'], type: 'unique', name: 'users_nick_uq' });"]), 'add-unique-constraint', 4);
    quiet(pr(["await queryInterface.addIndex('users', ['nick']);"]), 'add-unique-constraint');
    fires(pr(["await queryInterface.removeIndex('users', 'users_email_key');"]), 'drop-index', 4);
    // Sequelize names an index by its table and underscored columns.
    const named = pr(["await queryInterface.addIndex('users', ['nickName'], { unique: true });", "await queryInterface.removeIndex('users', ['nickName']);"]);
    expect(analyseCode(named).filter((f) => f.rule === 'add-unique-constraint').map((f) => f.object)).toEqual(['users(nickName)']);
    quiet(named, 'drop-index');
  });
  test('sequelize.query through the SQL path, inside a transaction too; down is a down section', () => {
    fires(pr(["await queryInterface.sequelize.query('ALTER TABLE users DROP COLUMN age');"]), 'drop-column', 4);
    fires(pr(['await queryInterface.sequelize.transaction(async (transaction) => {', "  await queryInterface.removeColumn('users', 'age', { transaction });", '});']), 'drop-column', 5);
    const findings = analyseCode(pr([], ["await queryInterface.removeColumn('users', 'nick');"]));
    expect(findings.some((f) => f.rule === 'drop-column')).toBe(false);
  });
});

describe('Sequelize: unread code is never silent', () => {
  test('unknown calls, model code, computed names and interpolated SQL', () => {
    expect(fires(pr(["await queryInterface.upsert('users', {});"]), 'unparsed-statement', 4).message).toMatch(/queryInterface\.upsert/);
    expect(fires(pr(['await User.update({ nick: null }, { where: {} });']), 'unparsed-statement', 4).message).toMatch(/User\.update/);
    fires(pr(["await queryInterface.removeColumn(table, 'nick');"]), 'unparsed-statement', 4);
    // `throw` stops the migration: nothing to read.
    quiet(pr(["if (!ok) throw new Error('refusing');"]), 'unparsed-statement');
    expect(fires(pr(['await queryInterface.sequelize.query(`DROP TABLE ${t}`);']), 'unparsed-statement', 4).message).toMatch(/interpolated/);
  });
});

describe('Sequelize: detection', () => {
  test('a file named with an underscore (Knex\'s convention) is read by its content', () => {
    fires({ base, head: { 'migrations/20240201000000_change.js': migration(["await queryInterface.dropTable('users');"]) } }, 'drop-table', 4);
  });
});

describe('Sequelize: file rules', () => {
  test('out-of-order, edited and deleted migrations', () => {
    fires({ base, head: { 'migrations/20230101000000-old.js': migration([]) } }, 'out-of-order-migration', 1);
    quiet(pr([]), 'out-of-order-migration');
    fires({ base, head: { [BASE]: base[BASE].replace('STRING(50)', 'STRING(60)') } }, 'edited-migration', 7);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});
