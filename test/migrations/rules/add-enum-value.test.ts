import { ruleTable } from '../helpers.js';

ruleTable('add-enum-value', {
  fires: [
    { name: 'MySQL ENUM column gains a value', sql: "ALTER TABLE orders MODIFY status ENUM('new','shipped','returned') NOT NULL;", line: 1, dialect: 'mysql' as const, base: "CREATE TABLE orders (status ENUM('new','shipped') NOT NULL);" },
    { name: 'ADD VALUE', sql: "ALTER TYPE mood ADD VALUE 'meh';", line: 1 },
    { name: 'ADD VALUE IF NOT EXISTS … BEFORE', sql: "SELECT 1;\nALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad';", line: 2 },
  ],
  quiet: [
    { name: 'MySQL ENUM column only loses a value', sql: "ALTER TABLE orders MODIFY status ENUM('new') NOT NULL;", dialect: 'mysql' as const, base: "CREATE TABLE orders (status ENUM('new','shipped') NOT NULL);" },
    { name: 'enum created earlier in the PR', sql: "CREATE TYPE t AS ENUM ('a');\nALTER TYPE t ADD VALUE 'b';" },
  ],
});
