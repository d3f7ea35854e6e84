import { ruleTable } from '../helpers.js';

const base = 'CREATE TABLE items (id int, price numeric(10,2), name varchar(100));';

ruleTable('widen-column-type', {
  fires: [
    { name: 'MySQL int to bigint', sql: 'ALTER TABLE items MODIFY id bigint;', line: 1, dialect: 'mysql' as const, base: 'CREATE TABLE items (id int);' },
    { name: 'MySQL text to mediumtext', sql: 'ALTER TABLE items MODIFY body mediumtext;', line: 1, dialect: 'mysql' as const, base: 'CREATE TABLE items (body text);' },
    { name: 'varchar(100) to varchar(200)', sql: 'ALTER TABLE items ALTER COLUMN name TYPE varchar(200);', line: 1, base },
    { name: 'varchar to text', sql: 'ALTER TABLE items ALTER name TYPE text;', line: 1, base },
    { name: 'int to bigint', sql: '\nALTER TABLE items ALTER COLUMN id SET DATA TYPE bigint;', line: 2, base },
    { name: 'numeric precision up', sql: 'ALTER TABLE items ALTER COLUMN price TYPE numeric(14,2);', line: 1, base },
  ],
  quiet: [
    { name: 'narrowing is change-column-type', sql: 'ALTER TABLE items ALTER COLUMN name TYPE varchar(10);', base },
    { name: 'previous type unknown', sql: 'ALTER TABLE other ALTER COLUMN name TYPE text;', base },
    { name: 'scale change is not a widening', sql: 'ALTER TABLE items ALTER COLUMN price TYPE numeric(12,4);', base },
  ],
});

// `CREATE TABLE IF NOT EXISTS` of a table base has does nothing: the history keeps base's columns.
ruleTable('widen-column-type', {
  fires: [
    {
      name: 'judged against base, not against a CREATE TABLE IF NOT EXISTS that did nothing',
      sql: 'CREATE TABLE IF NOT EXISTS t (a varchar(100));\nALTER TABLE t ALTER COLUMN a TYPE varchar(50);',
      line: 2,
      base: 'CREATE TABLE t (a varchar(10));',
    },
  ],
  quiet: [],
});
ruleTable('change-column-type', {
  fires: [],
  quiet: [
    {
      name: 'varchar(10) in base widened to varchar(50) after a CREATE TABLE IF NOT EXISTS that did nothing',
      sql: 'CREATE TABLE IF NOT EXISTS t (a varchar(100));\nALTER TABLE t ALTER COLUMN a TYPE varchar(50);',
      base: 'CREATE TABLE t (a varchar(10));',
    },
  ],
});
