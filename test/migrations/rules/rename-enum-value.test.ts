import { ruleTable } from '../helpers.js';

ruleTable('rename-enum-value', {
  fires: [{ name: 'RENAME VALUE', sql: "ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", line: 1 }],
  quiet: [
    { name: 'MySQL ENUM column keeps its values', sql: "ALTER TABLE orders MODIFY status ENUM('new','shipped') NULL;", dialect: 'mysql' as const, base: "CREATE TABLE orders (status ENUM('new','shipped') NOT NULL);" },
    { name: 'ADD VALUE is another rule', sql: "ALTER TYPE mood ADD VALUE 'meh';" },
    { name: 'enum created earlier in the PR', sql: "CREATE TYPE t AS ENUM ('a');\nALTER TYPE t RENAME VALUE 'a' TO 'b';" },
  ],
});
