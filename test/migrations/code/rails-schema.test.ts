/** Rails: the base commit's `db/schema.rb` (or `db/structure.sql`) is the schema history's ground. */
import { beforeAll, describe, test } from 'vitest';
import { fires, prepareCode, quiet } from './helpers.js';

beforeAll(prepareCode);

function migration(body: string[]): string {
  return ['class Change < ActiveRecord::Migration[7.1]', '  def change', ...body.map((l) => `    ${l}`), '  end', 'end', ''].join('\n');
}

const SCHEMA = [
  '# This file is auto-generated from the current state of the database.',
  'ActiveRecord::Schema[7.1].define(version: 2024_03_01_000000) do',
  '  enable_extension "plpgsql"',
  '',
  '  create_table "users", force: :cascade do |t|',
  '    t.string "email", default: "", null: false',
  '    t.string "nick", limit: 50',
  '    t.integer "age"',
  '    t.geometry "home"',
  '    t.datetime "created_at", null: false',
  '    t.index ["email"], name: "index_users_on_email", unique: true',
  '  end',
  '',
  '  add_foreign_key "posts", "users"',
  'end',
  '',
].join('\n');

const PR = 'db/migrate/20240401000000_change.rb';
/** Migrations squashed long ago: the base has the schema file and no migration. */
const squashed = (body: string[], base: Record<string, string> = { 'db/schema.rb': SCHEMA }, path = PR) => ({ base, head: { [path]: migration(body) } });
/** The same PR over a base whose only migration knows nothing of `users`. */
const noSchema = (body: string[]) => squashed(body, { 'db/migrate/20200101000000_other.rb': migration(['create_table :other do |t|', '  t.string :a', 'end']) });

describe('db/schema.rb as the history', () => {
  test('change-column-type: widening a varchar the schema knows is quiet, narrowing it fires; unknown without the schema', () => {
    quiet(squashed(['change_column :users, :nick, :string, limit: 100']), 'change-column-type');
    fires(squashed(['change_column :users, :nick, :string, limit: 20']), 'change-column-type', 3);
    fires(noSchema(['change_column :users, :nick, :string, limit: 100']), 'change-column-type', 3);
  });
  test('the old type comes from the schema (integer → bigint is a widening)', () => {
    fires(squashed(['change_column :users, :age, :bigint']), 'widen-column-type', 3);
    quiet(squashed(['change_column :users, :age, :bigint']), 'change-column-type');
  });
  test('add-unique-constraint: quiet over the unique index schema.rb creates with the table (t.index), fires for another column', () => {
    quiet(squashed(['add_index :users, :email, unique: true']), 'add-unique-constraint');
    fires(squashed(['add_index :users, :nick, unique: true']), 'add-unique-constraint', 3);
    fires(noSchema(['add_index :users, :email, unique: true']), 'add-unique-constraint', 3);
  });
  test('ActiveRecord::Schema.define (before Rails 5.1\'s versioned form) and symbols read alike', () => {
    const old = SCHEMA.replace('ActiveRecord::Schema[7.1].define', 'ActiveRecord::Schema.define').replace('t.string "nick", limit: 50', 't.string :nick, limit: 50');
    quiet(squashed(['change_column :users, :nick, :string, limit: 100'], { 'db/schema.rb': old }), 'change-column-type');
  });
  test('multiple databases: db/animals_schema.rb is the ground of db/animals_migrate only', () => {
    const animals = SCHEMA.replace('"users"', '"dogs"');
    const base = { 'db/schema.rb': SCHEMA, 'db/animals_schema.rb': animals };
    quiet(squashed(['change_column :dogs, :nick, :string, limit: 100'], base, 'db/animals_migrate/20240401000000_change.rb'), 'change-column-type');
    fires(squashed(['change_column :users, :nick, :string, limit: 100'], base, 'db/animals_migrate/20240401000000_change.rb'), 'change-column-type', 3);
    fires(squashed(['change_column :dogs, :nick, :string, limit: 100'], base), 'change-column-type', 3);
  });
  test('a db/schema.rb that is no ActiveRecord schema is no baseline', () => {
    fires(squashed(['change_column :users, :nick, :string, limit: 100'], { 'db/schema.rb': '# nothing here\nputs "hi"\n' }), 'change-column-type', 3);
  });
  test('base migrations still replay over the schema (a column they add is known)', () => {
    const base = { 'db/schema.rb': SCHEMA, 'db/migrate/20240302000000_add_bio.rb': migration(['add_column :users, :bio, :string, limit: 10']) };
    quiet(squashed(['change_column :users, :bio, :string, limit: 100'], base), 'change-column-type');
  });
});

describe('db/structure.sql as the history', () => {
  const structure = ['CREATE TABLE public.users (', '    id bigint NOT NULL,', '    nick character varying(50)', ');', ''].join('\n');
  test('structure.sql beside db/migrate is read first: widening quiet, narrowing fires', () => {
    quiet(squashed(['change_column :users, :nick, :string, limit: 100'], { 'db/structure.sql': structure }), 'change-column-type');
    fires(squashed(['change_column :users, :nick, :string, limit: 20'], { 'db/structure.sql': structure }), 'change-column-type', 3);
  });
});
