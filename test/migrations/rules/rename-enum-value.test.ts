import { ruleTable } from '../helpers.js';

ruleTable('rename-enum-value', {
  fires: [{ name: 'RENAME VALUE', sql: "ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", line: 1 }],
  quiet: [
    { name: 'ADD VALUE is another rule', sql: "ALTER TYPE mood ADD VALUE 'meh';" },
    { name: 'enum created earlier in the PR', sql: "CREATE TYPE t AS ENUM ('a');\nALTER TYPE t RENAME VALUE 'a' TO 'b';" },
  ],
});
