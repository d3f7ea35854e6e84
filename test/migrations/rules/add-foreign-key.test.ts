import { ruleTable } from '../helpers.js';

ruleTable('add-foreign-key', {
  fires: [
    { name: 'MySQL FOREIGN KEY', sql: 'ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);', line: 1, dialect: 'mysql' as const },
    { name: 'FOREIGN KEY', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id);', line: 1 },
    { name: 'NOT VALID still rejects new writes', sql: 'SELECT 1;\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', line: 2 },
  ],
  quiet: [
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (u int);\nALTER TABLE t ADD FOREIGN KEY (u) REFERENCES users (id);' },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE orders ADD COLUMN shop_id int;\nALTER TABLE orders ADD FOREIGN KEY (shop_id) REFERENCES shops (id);' },
  ],
});
