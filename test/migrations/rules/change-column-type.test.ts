import { ruleTable } from '../helpers.js';

const base = 'CREATE TABLE items (id int, price numeric(10,2), name varchar(100), code text);';

ruleTable('change-column-type', {
  fires: [
    { name: 'MySQL MODIFY to another type', sql: 'ALTER TABLE items MODIFY price int;', line: 1, dialect: 'mysql' as const, base: 'CREATE TABLE items (price decimal(10,2));' },
    { name: 'MySQL CHANGE to another type', sql: 'SELECT 1;\nALTER TABLE items CHANGE price cost varchar(20);', line: 2, dialect: 'mysql' as const, base: 'CREATE TABLE items (price decimal(10,2));' },
    { name: 'numeric to integer', sql: 'ALTER TABLE items ALTER COLUMN price TYPE integer;', line: 1, base },
    { name: 'narrowing varchar', sql: 'ALTER TABLE items\n  ALTER COLUMN name TYPE varchar(50);', line: 2, base },
    { name: 'text to int with USING', sql: 'ALTER TABLE items ALTER COLUMN code TYPE int USING code::int;', line: 1, base },
    { name: 'previous type unknown', sql: 'ALTER TABLE orders ALTER COLUMN total TYPE bigint;', line: 1 },
    { name: 'bigint down to int', sql: 'ALTER TABLE items ALTER COLUMN id TYPE smallint;', line: 1, base },
  ],
  quiet: [
    { name: 'MySQL MODIFY widening', sql: 'ALTER TABLE items MODIFY name varchar(200);', dialect: 'mysql' as const, base: 'CREATE TABLE items (name varchar(100));' },
    { name: 'MySQL MODIFY only nullability', sql: 'ALTER TABLE items MODIFY name varchar(100) NULL;', dialect: 'mysql' as const, base: 'CREATE TABLE items (name varchar(100) NOT NULL);' },
    { name: 'varchar widened', sql: 'ALTER TABLE items ALTER COLUMN name TYPE varchar(200);', base },
    { name: 'varchar to text', sql: 'ALTER TABLE items ALTER COLUMN name TYPE text;', base },
    { name: 'int to bigint', sql: 'ALTER TABLE items ALTER COLUMN id TYPE bigint;', base },
    { name: 'numeric precision up', sql: 'ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);', base },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE items ADD COLUMN qty int;\nALTER TABLE items ALTER COLUMN qty TYPE text;', base },
  ],
});
