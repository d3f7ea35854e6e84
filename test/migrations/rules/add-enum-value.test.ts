import { ruleTable } from '../helpers.js';

ruleTable('add-enum-value', {
  fires: [
    { name: 'ADD VALUE', sql: "ALTER TYPE mood ADD VALUE 'meh';", line: 1 },
    { name: 'ADD VALUE IF NOT EXISTS … BEFORE', sql: "SELECT 1;\nALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad';", line: 2 },
  ],
  quiet: [{ name: 'enum created earlier in the PR', sql: "CREATE TYPE t AS ENUM ('a');\nALTER TYPE t ADD VALUE 'b';" }],
});
