/** Alembic revisions read statically: upgrade() forward, downgrade() the down section, the revision graph for order. */
import { beforeAll, describe, expect, test } from 'vitest';
import { analyseCode, fires, prepareCode, quiet } from './helpers.js';

beforeAll(prepareCode);

/** A revision file; the upgrade body's first line is line 12. */
function revision(id: string, down: string | null, upgrade: string[], downgrade: string[] = ['pass']): string {
  return [
    '"""change"""',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    `revision = "${id}"`,
    `down_revision = ${down === null ? 'None' : `"${down}"`}`,
    'branch_labels = None',
    'depends_on = None',
    '',
    '',
    'def upgrade():',
    ...upgrade.map((l) => `    ${l}`),
    '',
    '',
    'def downgrade():',
    ...downgrade.map((l) => `    ${l}`),
    '',
  ].join('\n');
}

const BASE = 'app/alembic/versions/0001_init.py';
const PR = 'app/alembic/versions/0002_change.py';
const base = {
  [BASE]: revision('aaa', null, [
    'op.create_table(',
    '    "users",',
    '    sa.Column("id", sa.Integer(), primary_key=True),',
    '    sa.Column("email", sa.String(100), nullable=False),',
    '    sa.Column("nick", sa.String(50), nullable=True),',
    ')',
    'op.create_index("ix_users_email", "users", ["email"], unique=True)',
  ]),
};
const pr = (upgrade: string[], downgrade?: string[]) => ({ base, head: { [PR]: revision('bbb', 'aaa', upgrade, downgrade) } });

describe('Alembic operations', () => {
  test('drop-column fires at its line; quiet for a column added earlier in the PR', () => {
    expect(fires(pr(['op.drop_column("users", "nick")']), 'drop-column', 12).object).toBe('users.nick');
    quiet(pr(['op.add_column("users", sa.Column("tmp", sa.Text()))', 'op.drop_column("users", "tmp")']), 'drop-column');
  });
  test('alter_column: set-not-null, change-column-type, rename-column', () => {
    fires(pr(['op.alter_column("users", "nick", nullable=False)']), 'set-not-null', 12);
    quiet(pr(['op.alter_column("users", "nick", nullable=True)']), 'set-not-null');
    fires(pr(['op.alter_column("users", "nick", type_=sa.Integer(), existing_type=sa.String(50))']), 'change-column-type', 12);
    quiet(pr(['op.alter_column("users", "nick", type_=sa.String(80), existing_type=sa.String(50))']), 'change-column-type');
    fires(pr(['op.alter_column("users", "nick", new_column_name="nickname")']), 'rename-column', 12);
  });
  test('add-required-column: NOT NULL without server_default; quiet with one', () => {
    fires(pr(['op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))']), 'add-required-column', 12);
    quiet(pr(['op.add_column("users", sa.Column("age", sa.Integer(), nullable=False, server_default="0"))']), 'add-required-column');
  });
  test('drop-table and rename-table', () => {
    fires(pr(['op.drop_table("users")']), 'drop-table', 12);
    fires(pr(['op.rename_table("users", "accounts")']), 'rename-table', 12);
    quiet(pr(['op.create_table("tmp", sa.Column("id", sa.Integer()))', 'op.drop_table("tmp")']), 'drop-table');
  });
  test('add-unique-constraint: create_unique_constraint and create_index(unique=True)', () => {
    fires(pr(['op.create_unique_constraint("uq_nick", "users", ["nick"])']), 'add-unique-constraint', 12);
    quiet(pr(['op.create_index("ix_nick", "users", ["nick"])']), 'add-unique-constraint');
  });
  test('drop-index of a unique index base has', () => {
    fires(pr(['op.drop_index("ix_users_email", table_name="users")']), 'drop-index', 12);
    fires(pr(['op.drop_index(op.f("ix_users_email"), table_name="users")']), 'drop-index', 12);
  });
  test('batch_alter_table: batch_op calls on the block\'s table, at their own lines', () => {
    const hit = fires(pr(['with op.batch_alter_table("users") as batch_op:', '    batch_op.drop_column("nick")']), 'drop-column', 13);
    expect(hit.object).toBe('users.nick');
    fires(pr(['with op.batch_alter_table("users", schema=None) as b:', '    b.alter_column("nick", existing_type=sa.String(50), nullable=False)']), 'set-not-null', 13);
  });
  test('op.execute reads its SQL; conn.execute(sa.text(…)) too', () => {
    fires(pr(['op.execute("ALTER TABLE users DROP COLUMN nick")']), 'drop-column', 12);
    fires(pr(['conn = op.get_bind()', 'conn.execute(sa.text("DROP TABLE users"))']), 'drop-table', 13);
    quiet(pr(['op.execute("UPDATE users SET nick = \'x\' WHERE nick IS NULL AND id < 0")']), 'unparsed-statement');
  });
});

describe('Alembic: unread code is never silent', () => {
  test('an op call no adapter maps', () => {
    expect(fires(pr(['op.create_exclude_constraint("ex", "users", ("id", "="))']), 'unparsed-statement', 12).message).toMatch(/op\.create_exclude_constraint/);
  });
  test('SQL built at run time and helper calls', () => {
    fires(pr(['op.execute(f"DROP TABLE {name}")']), 'unparsed-statement', 12);
    fires(pr(['op.execute(users.update().values(nick="x"))']), 'unparsed-statement', 12);
    expect(fires(pr(['migrate_data()']), 'unparsed-statement', 12).message).toMatch(/migrate_data/);
  });
  test('a call whose value is used (sa.table, a loop) is not a statement; one called for its effect is', () => {
    quiet(pr(['users = sa.table("users", sa.column("nick"))', 'for i in range(3):', '    pass']), 'unparsed-statement');
    fires(pr(['users = sa.table("users", sa.column("nick"))', 'backfill(users)']), 'unparsed-statement', 13);
  });
  test('a table name that is not a literal', () => {
    fires(pr(['for t in TABLES:', '    op.drop_column(t, "nick")']), 'unparsed-statement', 13);
  });
});

describe('Alembic: downgrade and the revision graph', () => {
  test('downgrade() is a down section, not forward', () => {
    const findings = analyseCode(pr(['op.add_column("users", sa.Column("x", sa.Text()))'], ['op.drop_column("users", "x")']));
    expect(findings.filter((f) => f.rule === 'drop-column')).toEqual([]);
    expect(findings.some((f) => f.rule === 'down-migration')).toBe(true);
  });
  test('out-of-order-migration: a new revision revising a base revision that is not a head', () => {
    const two = { ...base, 'app/alembic/versions/0002_b.py': revision('bbb', 'aaa', ['pass']) };
    fires({ base: two, head: { 'app/alembic/versions/0003_c.py': revision('ccc', 'aaa', ['pass']) } }, 'out-of-order-migration', 6);
    quiet({ base: two, head: { 'app/alembic/versions/0003_c.py': revision('ccc', 'bbb', ['pass']) } }, 'out-of-order-migration');
  });
  test('edited and deleted revisions', () => {
    fires({ base, head: { [BASE]: base[BASE].replace('String(100)', 'String(120)') } }, 'edited-migration', 15);
    expect(analyseCode({ base, head: { [BASE]: null } }).filter((f) => f.rule === 'deleted-migration')).toHaveLength(1);
  });
});
