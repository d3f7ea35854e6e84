import { ruleTable } from '../helpers.js';

ruleTable('update-rows', {
  fires: [
    { name: 'UPDATE an existing column', sql: "UPDATE users SET status = 'active' WHERE status IS NULL;", line: 1 },
    { name: 'one old column among new ones', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name, name = upper(name);', line: 2 },
    { name: 'inside a DO block', sql: 'DO $$\nBEGIN\n  UPDATE users SET name = trim(name);\nEND $$;', line: 3 },
  ],
  quiet: [
    { name: 'backfilling a column added in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nUPDATE t SET a = 1;' },
  ],
});
