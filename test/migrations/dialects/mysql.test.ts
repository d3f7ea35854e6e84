/**
 * SPEC 7.1, rule by rule, in MySQL and MariaDB as real migrations write them: backticks,
 * `CHANGE`/`MODIFY`, `ALGORITHM=INPLACE, LOCK=NONE`, `/*! … *\/`, `DELIMITER` procedures that are
 * `CALL`ed, `PREPARE … EXECUTE`, multi-table `UPDATE`. Every case runs the whole engine, so the
 * line asserted is the line a user sees (the statement's, or its ALTER TABLE sub-command's).
 * The file-level rules (down-migration, edited-migration, deleted-migration, out-of-order-migration)
 * do not depend on the dialect and are tested in test/migrations/rules/.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import type { Operation } from '../../../src/migrations/model.js';
import { parseMysql } from '../../../src/migrations/parse/mysql.js';
import { parseMysqlFast } from '../../../src/migrations/parse/mysql-fast.js';
import { analyse, ruleTable } from '../helpers.js';

const mysql = 'mysql' as const;
const mariadb = 'mariadb' as const;

/** One SQL text from its lines, so a case's line numbers can be read off the array. */
const sql = (...rows: string[]): string => rows.join('\n');

/** The schema the base commit's migrations leave behind (mysqldump-like, as the corpus writes it). */
const base = sql(
  'CREATE TABLE `users` (',
  '  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,',
  '  `email` varchar(50) NOT NULL,',
  '  `name` varchar(100) DEFAULT NULL,',
  '  `nickname` varchar(50),',
  "  `status` enum('active','banned') NOT NULL DEFAULT 'active',",
  '  `score` int(11) NOT NULL DEFAULT 0,',
  '  `bio` text,',
  '  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,',
  '  PRIMARY KEY (`id`),',
  '  UNIQUE KEY `uq_users_email` (`email`),',
  '  KEY `idx_users_name` (`name`)',
  ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
  'CREATE TABLE orders (',
  '  id int NOT NULL AUTO_INCREMENT,',
  '  user_id bigint unsigned NOT NULL,',
  '  total decimal(10,2) NOT NULL DEFAULT 0,',
  '  note varchar(255),',
  '  PRIMARY KEY (id)',
  ');',
  'CREATE UNIQUE INDEX uq_orders_note ON orders (note);',
  'CREATE INDEX idx_orders_total ON orders (total);',
  'ALTER TABLE orders ADD UNIQUE KEY uq_orders_user_total (user_id, total);',
  'ALTER TABLE orders ADD INDEX idx_orders_user (user_id);',
  "CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';",
);

/** A table the PR creates first: changing it breaks nothing the base release uses. */
const createdInPr = sql(
  'CREATE TABLE `audit_log` (',
  '  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,',
  '  `actor` varchar(50) NULL,',
  "  `kind` enum('a','b') NOT NULL DEFAULT 'a',",
  '  `note` varchar(50) DEFAULT NULL,',
  '  UNIQUE KEY `uq_audit_actor` (`actor`),',
  '  KEY `idx_audit_note` (`note`)',
  ') ENGINE=InnoDB;',
);

ruleTable('drop-table', {
  fires: [
    { name: 'DROP TABLE with backticks', sql: sql('-- remove', 'DROP TABLE `users`;'), line: 2, dialect: mysql, base },
    { name: 'DROP TABLE IF EXISTS of two tables', sql: sql('SET FOREIGN_KEY_CHECKS = 0;', 'DROP TABLE IF EXISTS `orders`, `users`;'), line: 2, dialect: mysql },
    { name: 'MariaDB DROP TABLE', sql: sql('DROP TABLE orders;'), line: 1, dialect: mariadb, base },
    { name: 'inside /*! … */ versioned comment', sql: sql('/*!40101 SET NAMES utf8 */;', '/*!50001 DROP TABLE IF EXISTS `orders` */;'), line: 2, dialect: mysql, base },
  ],
  quiet: [
    { name: 'table created in this PR', sql: sql(createdInPr, 'DROP TABLE `audit_log`;'), dialect: mysql },
    { name: 'DROP TEMPORARY TABLE created in this PR', sql: sql('CREATE TEMPORARY TABLE tmp_ids (id int);', 'DROP TEMPORARY TABLE IF EXISTS tmp_ids;'), dialect: mysql },
    { name: 'DROP VIEW is not a table', sql: 'DROP VIEW IF EXISTS active_users;', dialect: mysql, base },
    { name: 'CREATE TABLE … LIKE', sql: 'CREATE TABLE users_copy LIKE users;', dialect: mysql, base },
  ],
});

ruleTable('drop-column', {
  fires: [
    { name: 'DROP COLUMN with backticks', sql: sql('ALTER TABLE `users`', '  DROP COLUMN `nickname`;'), line: 2, dialect: mysql, base },
    { name: 'DROP without COLUMN keyword, third action', sql: sql('ALTER TABLE users', '  ADD COLUMN a int NULL,', '  ALGORITHM=INPLACE,', '  DROP nickname,', '  LOCK=NONE;'), line: 4, dialect: mysql, base },
    { name: 'MariaDB DROP COLUMN IF EXISTS', sql: sql('ALTER TABLE users', '  DROP COLUMN IF EXISTS bio;'), line: 2, dialect: mariadb, base },
    { name: 'two DROP COLUMNs: the second', sql: sql('ALTER TABLE users', '  DROP COLUMN bio,', '  DROP COLUMN nickname;'), line: 3, dialect: mysql, base },
    { name: 'ALTER IGNORE TABLE (MySQL 5.6)', sql: sql('ALTER IGNORE TABLE users', '  DROP COLUMN bio;'), line: 2, dialect: mysql, base },
    { name: 'MariaDB ALTER ONLINE TABLE', sql: sql('ALTER ONLINE TABLE users', '  DROP COLUMN bio;'), line: 2, dialect: mariadb, base },
    { name: 'schema-qualified backticked name', sql: sql('ALTER TABLE `app`.`users`', '  DROP COLUMN `bio`;'), line: 2, dialect: mysql },
    { name: 'END$$ without a space', sql: sql('DELIMITER $$', 'CREATE PROCEDURE p()', 'BEGIN', '  ALTER TABLE users DROP COLUMN bio;', 'END$$', 'DELIMITER ;', 'CALL p();'), line: 4, dialect: mysql, base },
    {
      name: 'CALL of a procedure that base created (at the CALL)',
      sql: sql('SELECT 1;', 'CALL drop_legacy();'),
      line: 2,
      dialect: mysql,
      base: { 'db/migrations/0001_base.sql': base, 'db/migrations/0001b_proc.sql': sql('DELIMITER $$', 'CREATE PROCEDURE drop_legacy()', 'BEGIN', '  ALTER TABLE users DROP COLUMN bio;', 'END $$', 'DELIMITER ;') },
    },
    {
      name: 'DELIMITER procedure dropping a column, then CALLed',
      sql: sql(
        'DROP PROCEDURE IF EXISTS drop_bio;',
        'DELIMITER $$',
        'CREATE PROCEDURE drop_bio()',
        'BEGIN',
        "  IF EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME = 'users' AND COLUMN_NAME = 'bio') THEN",
        '    ALTER TABLE users DROP COLUMN bio;',
        '  END IF;',
        'END $$',
        'DELIMITER ;',
        'CALL drop_bio();',
        'DROP PROCEDURE drop_bio;',
      ),
      line: 6,
      dialect: mysql,
      base,
    },
    {
      name: 'SET @s = IF(…); PREPARE; EXECUTE (mattermost form)',
      sql: sql(
        'SET @preparedStatement = (SELECT IF(',
        "  (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name = 'users' AND column_name = 'bio') > 0,",
        "  'ALTER TABLE users DROP COLUMN bio, ALGORITHM=INSTANT',",
        "  'SELECT 1'",
        '));',
        'PREPARE removeColumnIfExists FROM @preparedStatement;',
        'EXECUTE removeColumnIfExists;',
        'DEALLOCATE PREPARE removeColumnIfExists;',
      ),
      line: 3,
      dialect: mysql,
      base,
    },
  ],
  quiet: [
    { name: 'column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN tmp int NULL;', 'ALTER TABLE users DROP COLUMN tmp;'), dialect: mysql, base },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log DROP COLUMN note;'), dialect: mysql },
    { name: 'DROP INDEX is not a column', sql: 'ALTER TABLE users DROP INDEX idx_users_name;', dialect: mysql, base },
    { name: 'DROP FOREIGN KEY is not a column', sql: 'ALTER TABLE orders DROP FOREIGN KEY fk_orders_user;', dialect: mysql, base },
    { name: 'procedure created but never called', sql: sql('DELIMITER $$', 'CREATE PROCEDURE later()', 'BEGIN', '  ALTER TABLE users DROP COLUMN bio;', 'END $$', 'DELIMITER ;'), dialect: mysql, base },
    { name: 'prepared but never executed', sql: sql("SET @s = 'ALTER TABLE users DROP COLUMN bio';", 'PREPARE st FROM @s;', 'DEALLOCATE PREPARE st;'), dialect: mysql, base },
  ],
});

ruleTable('drop-schema', {
  fires: [
    { name: 'DROP DATABASE', sql: sql('-- cleanup', 'DROP DATABASE legacy;'), line: 2, dialect: mysql },
    { name: 'DROP SCHEMA IF EXISTS with backticks', sql: 'DROP SCHEMA IF EXISTS `reporting`;', line: 1, dialect: mysql },
    { name: 'inside a /*! … */ versioned comment', sql: '/*!40000 DROP DATABASE IF EXISTS `legacy`*/;', line: 1, dialect: mysql },
    { name: 'MariaDB DROP DATABASE', sql: 'DROP DATABASE IF EXISTS legacy;', line: 1, dialect: mariadb },
  ],
  quiet: [
    { name: 'database created in this PR', sql: sql('CREATE DATABASE scratch;', 'DROP DATABASE scratch;'), dialect: mysql },
    { name: 'CREATE DATABASE IF NOT EXISTS', sql: 'CREATE DATABASE IF NOT EXISTS app DEFAULT CHARACTER SET utf8mb4;', dialect: mysql },
  ],
});

ruleTable('drop-object', {
  fires: [
    { name: 'DROP VIEW', sql: sql('DROP VIEW active_users;'), line: 1, dialect: mysql, base },
    { name: 'DROP VIEW IF EXISTS, second statement', sql: sql('SELECT 1;', 'DROP VIEW IF EXISTS `active_users`;'), line: 2, dialect: mysql },
    { name: 'DROP PROCEDURE IF EXISTS', sql: 'DROP PROCEDURE IF EXISTS `refresh_stats`;', line: 1, dialect: mysql },
    { name: 'DROP FUNCTION', sql: sql('', 'DROP FUNCTION slugify;'), line: 2, dialect: mysql },
    { name: 'DROP TRIGGER IF EXISTS', sql: 'DROP TRIGGER IF EXISTS users_before_insert;', line: 1, dialect: mysql },
    { name: 'DROP VIEW of a mysqldump-style view from base', sql: 'DROP VIEW `v_orders`;', line: 1, dialect: mysql, base: 'CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW `v_orders` AS SELECT id FROM orders;' },
    { name: 'DROP VIEW of a view from base, versioned comment', sql: '/*!50001 DROP VIEW IF EXISTS `active_users`*/;', line: 1, dialect: mysql, base },
    { name: 'DROP TRIGGER schema-qualified', sql: 'DROP TRIGGER IF EXISTS app.users_bi;', line: 1, dialect: mysql },
    { name: 'DROP FUNCTION IF EXISTS in a goose-style file, after other statements', sql: sql('ALTER TABLE users ADD COLUMN a int NULL;', '', 'DROP FUNCTION IF EXISTS `slugify`;'), line: 3, dialect: mysql, base },
    { name: 'MariaDB DROP TRIGGER', sql: 'DROP TRIGGER orders_after_update;', line: 1, dialect: mariadb },
  ],
  quiet: [
    { name: 'procedure created in this PR, dropped after its CALL', sql: sql('DELIMITER $$', 'CREATE PROCEDURE tmp_fix()', 'BEGIN', '  SELECT 1;', 'END $$', 'DELIMITER ;', 'CALL tmp_fix();', 'DROP PROCEDURE tmp_fix;'), dialect: mysql },
    { name: 'view dropped and created again (replace)', sql: sql('DROP VIEW IF EXISTS active_users;', 'CREATE VIEW active_users AS SELECT id FROM users;'), dialect: mysql, base },
    { name: 'CREATE OR REPLACE VIEW', sql: 'CREATE OR REPLACE VIEW active_users AS SELECT id FROM users;', dialect: mysql, base },
    { name: 'trigger created in this PR', sql: sql('CREATE TRIGGER t_bi BEFORE INSERT ON users FOR EACH ROW SET NEW.score = 0;', 'DROP TRIGGER t_bi;'), dialect: mysql, base },
    { name: 'mysqldump-style view created in this PR', sql: sql('CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW `v_tmp` AS SELECT 1 AS x;', 'DROP VIEW `v_tmp`;'), dialect: mysql },
    { name: 'function created in this PR', sql: sql('DELIMITER //', 'CREATE FUNCTION f() RETURNS INT DETERMINISTIC', 'BEGIN', '  RETURN 1;', 'END //', 'DELIMITER ;', 'DROP FUNCTION f;'), dialect: mysql },
    { name: 'MariaDB CREATE OR REPLACE PROCEDURE then drop', sql: sql('DELIMITER $$', 'CREATE OR REPLACE PROCEDURE p2()', 'BEGIN', '  SELECT 1;', 'END $$', 'DELIMITER ;', 'DROP PROCEDURE IF EXISTS p2;'), dialect: mariadb },
  ],
});

ruleTable('drop-index', {
  fires: [
    { name: 'DROP INDEX … ON (plain index from base)', sql: sql('DROP INDEX idx_orders_total ON orders;'), line: 1, dialect: mysql, base },
    { name: 'ALTER TABLE … DROP INDEX, second action', sql: sql('ALTER TABLE users', '  ADD COLUMN a int NULL,', '  DROP INDEX `idx_users_name`;'), line: 3, dialect: mysql, base },
    { name: 'ALTER TABLE … DROP KEY', sql: sql('ALTER TABLE orders', '  DROP KEY idx_orders_user;'), line: 2, dialect: mysql, base },
    { name: 'unique index from CREATE UNIQUE INDEX', sql: 'DROP INDEX uq_orders_note ON orders;', line: 1, dialect: mysql, base },
    { name: 'unique key from ADD UNIQUE KEY', sql: sql('ALTER TABLE orders', '  DROP INDEX uq_orders_user_total;'), line: 2, dialect: mysql, base },
    { name: 'unique key from CREATE TABLE', sql: 'ALTER TABLE users DROP INDEX uq_users_email;', line: 1, dialect: mysql, base },
    { name: 'DROP CONSTRAINT of a unique key (MySQL 8.0.19+)', sql: sql('ALTER TABLE orders', '  DROP CONSTRAINT uq_orders_user_total;'), line: 2, dialect: mysql, base },
    { name: 'DROP INDEX `PRIMARY` (the primary key)', sql: 'ALTER TABLE orders DROP INDEX `PRIMARY`;', line: 1, dialect: mysql, base },
    { name: 'DROP PRIMARY KEY (a unique index)', sql: sql('ALTER TABLE orders', '  DROP PRIMARY KEY,', '  ADD PRIMARY KEY (id, user_id);'), line: 2, dialect: mysql, base },
    { name: 'DROP INDEX with ALGORITHM/LOCK options', sql: 'DROP INDEX idx_orders_total ON orders ALGORITHM=INPLACE LOCK=NONE;', line: 1, dialect: mysql, base },
    { name: 'DROP INDEX of an index the history does not know', sql: 'DROP INDEX idx_legacy ON accounts;', line: 1, dialect: mysql },
    { name: 'DROP INDEX through PREPARE/EXECUTE', sql: sql("SET @s = (SELECT IF(1, 'ALTER TABLE users DROP INDEX idx_users_name', 'SELECT 1'));", 'PREPARE st FROM @s;', 'EXECUTE st;'), line: 1, dialect: mysql, base },
    { name: 'MariaDB DROP INDEX IF EXISTS', sql: 'DROP INDEX IF EXISTS idx_orders_total ON orders;', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'index created in this PR', sql: sql('CREATE INDEX idx_tmp ON orders (note);', 'DROP INDEX idx_tmp ON orders;'), dialect: mysql, base },
    { name: 'unique key added in this PR', sql: sql('ALTER TABLE orders ADD UNIQUE KEY uq_tmp (note, id);', 'ALTER TABLE orders DROP INDEX uq_tmp;'), dialect: mysql, base },
    { name: 'unnamed index added in this PR, dropped by the name MySQL gave it', sql: sql('ALTER TABLE orders ADD INDEX (note);', 'ALTER TABLE orders DROP INDEX note;'), dialect: mysql, base },
    { name: 'index of a UNIQUE column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN handle varchar(50) NULL UNIQUE;', 'ALTER TABLE users DROP INDEX handle;'), dialect: mysql, base },
    { name: 'index of a table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log DROP INDEX idx_audit_note;'), dialect: mysql },
    { name: 'unique key of a table created in this PR', sql: sql(createdInPr, 'DROP INDEX uq_audit_actor ON audit_log;'), dialect: mysql },
    { name: 'PRIMARY KEY of a table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log DROP PRIMARY KEY;'), dialect: mysql },
    { name: 'index dropped and recreated in the same migration', sql: sql('DROP INDEX idx_orders_total ON orders;', 'CREATE INDEX idx_orders_total ON orders (total, id);'), dialect: mysql, base },
    { name: 'DROP FOREIGN KEY only relaxes a constraint', sql: 'ALTER TABLE orders DROP FOREIGN KEY fk_orders_user;', dialect: mysql, base },
    { name: 'DROP CHECK only relaxes a constraint', sql: 'ALTER TABLE orders DROP CHECK chk_total;', dialect: mysql, base: sql(base, 'ALTER TABLE orders ADD CONSTRAINT chk_total CHECK (total >= 0);') },
    { name: 'DROP CONSTRAINT of a CHECK', sql: 'ALTER TABLE orders DROP CONSTRAINT chk_total;', dialect: mysql, base: sql(base, 'ALTER TABLE orders ADD CONSTRAINT chk_total CHECK (total >= 0);') },
  ],
});

describe('drop-index severity in MySQL', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  const severity = (text: string): string | undefined => analyse(text, { dialect: mysql, base }).find((f) => f.rule === 'drop-index')?.severity;
  test('the message names MySQL\'s upserts, which insert duplicates instead of failing (flipt 1eb27508ff spoke of ON CONFLICT)', () => {
    const message = analyse('DROP INDEX uq_orders_note ON orders;', { dialect: mysql, base }).find((f) => f.rule === 'drop-index')?.message ?? '';
    expect(message).toContain('ON DUPLICATE KEY UPDATE, REPLACE) insert new rows instead of updating');
    expect(message).not.toContain('ON CONFLICT');
    const pg = analyse('DROP INDEX uq;', { base: 'CREATE TABLE t (id int, c int);\nCREATE UNIQUE INDEX uq ON t (c);' }).find((f) => f.rule === 'drop-index')?.message ?? '';
    expect(pg).toContain('its upserts (ON CONFLICT) fail');
  });

  test('a unique index known from base is an error', () => {
    expect(severity('DROP INDEX uq_orders_note ON orders;')).toBe('error');
    expect(severity('ALTER TABLE orders DROP INDEX uq_orders_user_total;')).toBe('error');
    expect(severity('ALTER TABLE users DROP KEY uq_users_email;')).toBe('error');
    // MySQL names a UNIQUE column's index after the column, an unnamed one after its first column.
    expect(analyse('DROP INDEX code ON coupons;', { dialect: mysql, base: 'CREATE TABLE coupons (id int, code varchar(20) UNIQUE);' }).find((f) => f.rule === 'drop-index')?.severity).toBe('error');
    const inBase = (history: string): string | undefined => analyse('ALTER TABLE coupons DROP INDEX code;', { dialect: mysql, base: sql('CREATE TABLE coupons (id int);', history) }).find((f) => f.rule === 'drop-index')?.severity;
    expect(inBase('ALTER TABLE coupons ADD COLUMN code varchar(20) UNIQUE;')).toBe('error');
    expect(inBase('ALTER TABLE coupons ADD COLUMN code varchar(20), ADD UNIQUE (code);')).toBe('error');
    expect(inBase('ALTER TABLE coupons ADD COLUMN code varchar(20), ADD UNIQUE KEY (code, id);')).toBe('error');
    expect(inBase('ALTER TABLE coupons ADD COLUMN code varchar(20), ADD INDEX (code);')).toBe('warning');
  });
  test('a primary key is an error, a warning over an AUTO_INCREMENT column', () => {
    // The previous release chooses the key's values: duplicates can come in.
    const chosen = base.replace('  id int NOT NULL AUTO_INCREMENT,', '  id int NOT NULL,');
    const of = (text: string, history: string): string | undefined => analyse(text, { dialect: mysql, base: history }).find((f) => f.rule === 'drop-index')?.severity;
    expect(of('ALTER TABLE orders DROP PRIMARY KEY;', chosen)).toBe('error');
    expect(of('DROP INDEX `PRIMARY` ON orders;', chosen)).toBe('error');
    // AUTO_INCREMENT fills it: the previous release's inserts stay unique (drop-index's page).
    expect(severity('ALTER TABLE orders DROP PRIMARY KEY;')).toBe('warning');
  });
  test('a plain index is a warning', () => {
    expect(severity('DROP INDEX idx_orders_total ON orders;')).toBe('warning');
    expect(severity('ALTER TABLE users DROP INDEX idx_users_name;')).toBe('warning');
  });
});

ruleTable('rename-table', {
  fires: [
    { name: 'RENAME TABLE a TO b, c TO d: first pair', sql: sql('RENAME TABLE', '  users TO people,', '  orders TO purchases;'), line: 2, dialect: mysql, base },
    { name: 'RENAME TABLE a TO b, c TO d: second pair', sql: sql('RENAME TABLE', '  users TO people,', '  orders TO purchases;'), line: 3, dialect: mysql, base },
    { name: 'ALTER TABLE … RENAME TO', sql: sql('ALTER TABLE `users`', '  RENAME TO `people`;'), line: 2, dialect: mysql, base },
    { name: 'ALTER TABLE … RENAME AS', sql: 'ALTER TABLE users RENAME AS people;', line: 1, dialect: mysql, base },
    { name: 'ALTER TABLE … RENAME (bare)', sql: 'ALTER TABLE users RENAME people;', line: 1, dialect: mysql, base },
    { name: 'ALTER TABLE … RENAME TO another database', sql: 'ALTER TABLE orders RENAME TO archive.orders;', line: 1, dialect: mysql, base },
    { name: 'RENAME TABLE through PREPARE/EXECUTE', sql: sql("SET @s = 'RENAME TABLE users TO people';", 'PREPARE st FROM @s;', 'EXECUTE st;'), line: 1, dialect: mysql, base },
    { name: 'MariaDB RENAME TABLE', sql: 'RENAME TABLE orders TO purchases;', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'table created in this PR', sql: sql(createdInPr, 'RENAME TABLE audit_log TO audit_events;'), dialect: mysql },
    { name: 'ALTER … RENAME of a table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log RENAME TO audit_events;'), dialect: mysql },
    { name: 'RENAME COLUMN is not a table rename', sql: 'ALTER TABLE users RENAME COLUMN bio TO about;', dialect: mysql, base },
    { name: 'RENAME INDEX is not a table rename', sql: 'ALTER TABLE users RENAME INDEX idx_users_name TO ix_users_name;', dialect: mysql, base },
    { name: 'RENAME TABLE of a view the history knows is rename-object', sql: 'RENAME TABLE active_users TO live_users;', dialect: mysql, base },
  ],
});

describe('RENAME TABLE with two pairs gives two findings', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('one per pair, each on its own line', () => {
    const found = analyse(sql('RENAME TABLE users TO people,', '  orders TO purchases;'), { dialect: mysql, base }).filter((f) => f.rule === 'rename-table');
    expect(found.map((f) => [f.object, f.line])).toEqual([['users', 1], ['orders', 2]]);
  });
});

ruleTable('rename-column', {
  fires: [
    { name: 'RENAME COLUMN (MySQL 8)', sql: sql('ALTER TABLE `users`', '  RENAME COLUMN `bio` TO `about`;'), line: 2, dialect: mysql, base },
    { name: 'CHANGE old new, same type, with base', sql: sql('ALTER TABLE users', '  CHANGE `nickname` `handle` varchar(50);'), line: 2, dialect: mysql, base },
    { name: 'CHANGE COLUMN old new without base history', sql: sql('ALTER TABLE accounts', '  CHANGE COLUMN login username varchar(64) NOT NULL;'), line: 2, dialect: mysql },
    { name: 'CHANGE among ALGORITHM/LOCK options', sql: sql('ALTER TABLE users', '  ALGORITHM=INPLACE,', '  LOCK=NONE,', '  CHANGE COLUMN name full_name varchar(100) DEFAULT NULL;'), line: 4, dialect: mysql, base },
    {
      name: 'CHANGE inside a DELIMITER procedure that is CALLed (dolphinscheduler form)',
      sql: sql(
        'drop procedure if exists rename_bio;',
        'delimiter d//',
        'CREATE PROCEDURE rename_bio()',
        'BEGIN',
        "    IF EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME='users' AND COLUMN_NAME='bio')",
        '    THEN',
        "ALTER TABLE `users` change `bio` `about` text COMMENT 'profile';",
        'END IF;',
        'END;',
        'd//',
        'delimiter ;',
        'CALL rename_bio;',
        'DROP PROCEDURE rename_bio;',
      ),
      line: 7,
      dialect: mysql,
      base,
    },
    { name: 'MariaDB CHANGE COLUMN', sql: 'ALTER TABLE users CHANGE COLUMN bio about text;', line: 1, dialect: mariadb, base },
    { name: 'MariaDB RENAME COLUMN', sql: 'ALTER TABLE users RENAME COLUMN bio TO about;', line: 1, dialect: mariadb, base },
    { name: 'CHANGE through PREPARE/EXECUTE', sql: sql("SET @s = 'ALTER TABLE users CHANGE bio about text';", 'PREPARE st FROM @s;', 'EXECUTE st;'), line: 1, dialect: mysql, base },
  ],
  quiet: [
    { name: 'CHANGE with the same name (type change only)', sql: 'ALTER TABLE users CHANGE `nickname` `nickname` varchar(80);', dialect: mysql, base },
    { name: 'CHANGE with the same name in other case', sql: 'ALTER TABLE users CHANGE Nickname nickname varchar(50);', dialect: mysql, base },
    { name: 'column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN tmp int NULL;', 'ALTER TABLE users RENAME COLUMN tmp TO tmp2;'), dialect: mysql, base },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log CHANGE note remark varchar(50);'), dialect: mysql },
    { name: 'MODIFY never renames', sql: 'ALTER TABLE users MODIFY nickname varchar(80);', dialect: mysql, base },
    { name: 'RENAME INDEX', sql: 'ALTER TABLE users RENAME INDEX idx_users_name TO ix_users_name;', dialect: mysql, base },
  ],
});

ruleTable('rename-object', {
  // MySQL renames views with RENAME TABLE (a view the history knows: rename-object, not rename-table);
  // it has no ALTER VIEW/FUNCTION … RENAME, no sequences, types or domains, and no RENAME CONSTRAINT.
  fires: [{ name: 'RENAME TABLE of a view (MySQL renames views this way)', sql: 'RENAME TABLE active_users TO live_users;', line: 1, dialect: mysql, base }],
  quiet: [
    { name: 'RENAME TABLE of a table is rename-table', sql: 'RENAME TABLE users TO people;', dialect: mysql, base },
    { name: 'RENAME INDEX (an index is not an object the release names)', sql: 'ALTER TABLE users RENAME INDEX idx_users_name TO ix_users_name;', dialect: mysql, base },
    { name: 'RENAME KEY', sql: 'ALTER TABLE users RENAME KEY idx_users_name TO ix_users_name;', dialect: mysql, base },
  ],
});

ruleTable('change-column-type', {
  fires: [
    { name: 'MODIFY varchar(50) -> int', sql: sql('ALTER TABLE users', '  MODIFY COLUMN nickname int;'), line: 2, dialect: mysql, base },
    { name: 'MODIFY narrows varchar(100) -> varchar(20)', sql: sql('ALTER TABLE users', '  ADD COLUMN x int NULL,', '  MODIFY `name` varchar(20) DEFAULT NULL;'), line: 3, dialect: mysql, base },
    { name: 'CHANGE same name to another type', sql: 'ALTER TABLE users CHANGE score score varchar(20) NOT NULL DEFAULT 0;', line: 1, dialect: mysql, base },
    { name: 'CHANGE rename and type change', sql: sql('ALTER TABLE users', '  CHANGE COLUMN bio about varchar(255);'), line: 2, dialect: mysql, base },
    { name: 'MODIFY without base history', sql: sql('ALTER TABLE accounts', '  MODIFY login varchar(64) NOT NULL;'), line: 2, dialect: mysql },
    { name: 'MODIFY bigint -> int narrows', sql: 'ALTER TABLE orders MODIFY user_id int unsigned NOT NULL;', line: 1, dialect: mysql, base },
    { name: 'MODIFY signed int -> unsigned', sql: 'ALTER TABLE users MODIFY score int unsigned NOT NULL DEFAULT 0;', line: 1, dialect: mysql, base },
    { name: 'MODIFY datetime -> timestamp', sql: 'ALTER TABLE users MODIFY created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP;', line: 1, dialect: mysql, base },
    { name: 'MODIFY … FIRST', sql: 'ALTER TABLE users MODIFY COLUMN bio json FIRST;', line: 1, dialect: mysql, base },
    { name: 'MODIFY among ALGORITHM/LOCK', sql: sql('ALTER TABLE users', '  MODIFY score decimal(5,2) NOT NULL DEFAULT 0,', '  ALGORITHM=COPY, LOCK=SHARED;'), line: 2, dialect: mysql, base },
    { name: 'MariaDB MODIFY', sql: 'ALTER TABLE users MODIFY bio varchar(255);', line: 1, dialect: mariadb, base },
    { name: 'ENUM column turned into varchar', sql: 'ALTER TABLE users MODIFY status varchar(20) NOT NULL DEFAULT \'active\';', line: 1, dialect: mysql, base },
  ],
  quiet: [
    { name: 'MODIFY widens varchar (widen-column-type)', sql: 'ALTER TABLE users MODIFY nickname varchar(255);', dialect: mysql, base },
    { name: 'MODIFY int -> bigint (widen-column-type)', sql: 'ALTER TABLE users MODIFY score bigint NOT NULL DEFAULT 0;', dialect: mysql, base },
    { name: 'MODIFY with the same type, only NOT NULL added', sql: 'ALTER TABLE users MODIFY nickname varchar(50) NOT NULL;', dialect: mysql, base },
    { name: 'MODIFY int(11) -> int (display width only)', sql: 'ALTER TABLE users MODIFY score int NOT NULL DEFAULT 0;', dialect: mysql, base },
    { name: 'MODIFY … AFTER with the same type (reorder only)', sql: 'ALTER TABLE users MODIFY COLUMN bio text AFTER email;', dialect: mysql, base },
    { name: 'MODIFY with a COMMENT only', sql: "ALTER TABLE users MODIFY nickname varchar(50) COMMENT 'display name';", dialect: mysql, base },
    { name: 'MODIFY with a charset', sql: 'ALTER TABLE users MODIFY bio text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;', dialect: mysql, base },
    { name: 'CHANGE rename only, same type', sql: 'ALTER TABLE users CHANGE nickname handle varchar(50);', dialect: mysql, base },
    { name: 'column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN tmp varchar(10) NULL;', 'ALTER TABLE users MODIFY tmp int NULL;'), dialect: mysql, base },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log MODIFY note int;'), dialect: mysql },
    { name: 'ENUM gaining a value is not a type change', sql: "ALTER TABLE users MODIFY status enum('active','banned','deleted') NOT NULL DEFAULT 'active';", dialect: mysql, base },
    { name: 'CONVERT TO CHARACTER SET', sql: 'ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;', dialect: mysql, base },
  ],
});

ruleTable('widen-column-type', {
  fires: [
    { name: 'MODIFY varchar(50) -> varchar(255)', sql: sql('ALTER TABLE users', '  MODIFY COLUMN `nickname` varchar(255);'), line: 2, dialect: mysql, base },
    { name: 'MODIFY int -> bigint', sql: sql('ALTER TABLE users', '  ALGORITHM=INPLACE,', '  MODIFY score bigint NOT NULL DEFAULT 0;'), line: 3, dialect: mysql, base },
    { name: 'CHANGE same name varchar -> text', sql: 'ALTER TABLE users CHANGE `name` `name` text;', line: 1, dialect: mysql, base },
    { name: 'MODIFY text -> mediumtext', sql: 'ALTER TABLE users MODIFY bio mediumtext;', line: 1, dialect: mysql, base },
    { name: 'MODIFY decimal(10,2) -> decimal(12,2)', sql: 'ALTER TABLE orders MODIFY total decimal(12,2) NOT NULL DEFAULT 0;', line: 1, dialect: mysql, base },
    { name: 'MariaDB MODIFY varchar widening', sql: 'ALTER TABLE users MODIFY email varchar(191) NOT NULL;', line: 1, dialect: mariadb, base },
    { name: 'MODIFY int unsigned -> bigint unsigned', sql: 'ALTER TABLE users MODIFY id bigint(20) unsigned NOT NULL AUTO_INCREMENT;', line: 1, dialect: mysql, base: base.replace('`id` bigint(20) unsigned', '`id` int(10) unsigned') },
  ],
  quiet: [
    { name: 'narrowing is a change, not a widening', sql: 'ALTER TABLE users MODIFY nickname varchar(20);', dialect: mysql, base },
    { name: 'same type', sql: 'ALTER TABLE users MODIFY nickname varchar(50) NOT NULL;', dialect: mysql, base },
    { name: 'no base history: not known to widen', sql: 'ALTER TABLE accounts MODIFY login varchar(255);', dialect: mysql },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log MODIFY note varchar(255);'), dialect: mysql },
  ],
});

ruleTable('set-not-null', {
  fires: [
    { name: 'MODIFY adds NOT NULL to a nullable column', sql: sql('ALTER TABLE users', '  MODIFY `nickname` varchar(50) NOT NULL;'), line: 2, dialect: mysql, base },
    { name: 'column from an ADD COLUMN of base made NOT NULL', sql: 'ALTER TABLE orders MODIFY coupon varchar(20) NOT NULL;', line: 1, dialect: mysql, base: sql(base, 'ALTER TABLE orders ADD COLUMN coupon varchar(20) NULL;') },
    { name: 'MODIFY … NOT NULL through PREPARE/EXECUTE', sql: sql("SET @s = 'ALTER TABLE users MODIFY nickname varchar(50) NOT NULL';", 'PREPARE st FROM @s;', 'EXECUTE st;'), line: 1, dialect: mysql, base },
    { name: 'MODIFY … NOT NULL DEFAULT (old code may still write NULL)', sql: sql('UPDATE users SET bio = \'\' WHERE bio IS NULL;', 'ALTER TABLE users', "  MODIFY bio varchar(255) NOT NULL DEFAULT '';"), line: 3, dialect: mysql, base },
    { name: 'CHANGE rename and NOT NULL', sql: sql('ALTER TABLE users', '  CHANGE name full_name varchar(100) NOT NULL;'), line: 2, dialect: mysql, base },
    { name: 'MariaDB MODIFY NOT NULL', sql: 'ALTER TABLE orders MODIFY note varchar(255) NOT NULL;', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'already NOT NULL in base', sql: 'ALTER TABLE users MODIFY email varchar(50) NOT NULL;', dialect: mysql, base },
    { name: 'MODIFY keeps it nullable', sql: 'ALTER TABLE users MODIFY nickname varchar(50) NULL;', dialect: mysql, base },
    { name: 'column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN tmp int NULL;', 'ALTER TABLE users MODIFY tmp int NOT NULL;'), dialect: mysql, base },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log MODIFY actor varchar(50) NOT NULL;'), dialect: mysql },
    { name: 'no base history: nullability unknown', sql: 'ALTER TABLE accounts MODIFY login varchar(64) NOT NULL;', dialect: mysql },
  ],
});

ruleTable('add-required-column', {
  fires: [
    { name: 'ADD COLUMN … NOT NULL without default', sql: sql('ALTER TABLE `users`', '  ADD COLUMN `tenant_id` bigint unsigned NOT NULL AFTER `id`;'), line: 2, dialect: mysql, base },
    { name: 'ADD without COLUMN keyword, second action', sql: sql('ALTER TABLE orders', '  ADD COLUMN currency char(3) NULL,', '  ADD region varchar(10) NOT NULL,', '  ALGORITHM=INPLACE, LOCK=NONE;'), line: 3, dialect: mysql, base },
    { name: 'table not in base history (exists, not created in PR)', sql: 'ALTER TABLE accounts ADD COLUMN plan varchar(20) NOT NULL;', line: 1, dialect: mysql },
    { name: 'MariaDB ADD COLUMN IF NOT EXISTS … NOT NULL', sql: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS tenant_id int NOT NULL;', line: 1, dialect: mariadb, base },
    { name: 'two required columns: the second', sql: sql('ALTER TABLE users', '  ADD COLUMN a int NOT NULL,', '  ADD COLUMN b int NOT NULL;'), line: 3, dialect: mysql, base },
    { name: 'ADD COLUMN … NOT NULL through PREPARE/EXECUTE', sql: sql("SET @s = 'ALTER TABLE users ADD COLUMN tenant_id int NOT NULL';", 'PREPARE st FROM @s;', 'EXECUTE st;', 'DEALLOCATE PREPARE st;'), line: 1, dialect: mysql, base },
    { name: 'ADD COLUMN (a, b) list form', sql: sql('ALTER TABLE users', '  ADD COLUMN (plan varchar(20) NOT NULL, region varchar(5) NULL);'), line: 2, dialect: mysql, base },
  ],
  quiet: [
    { name: 'NOT NULL with a DEFAULT', sql: "ALTER TABLE users ADD COLUMN plan varchar(20) NOT NULL DEFAULT 'free';", dialect: mysql, base },
    { name: 'NOT NULL DEFAULT CURRENT_TIMESTAMP', sql: 'ALTER TABLE users ADD COLUMN updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP;', dialect: mysql, base },
    { name: 'nullable', sql: 'ALTER TABLE users ADD COLUMN plan varchar(20) NULL;', dialect: mysql, base },
    { name: 'MariaDB ADD COLUMN IF NOT EXISTS of a column base has', sql: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS score int NOT NULL;', dialect: mariadb, base },
    { name: 'table created earlier in the PR with IF NOT EXISTS, not in base', sql: sql('CREATE TABLE IF NOT EXISTS tags (id int);', 'ALTER TABLE tags ADD COLUMN name varchar(20) NOT NULL;'), dialect: mysql, base },
    { name: 'ENGINE change', sql: 'ALTER TABLE users ENGINE=InnoDB;', dialect: mysql, base },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log ADD COLUMN at datetime NOT NULL;'), dialect: mysql },
    { name: 'AUTO_INCREMENT fills it', sql: 'ALTER TABLE accounts ADD COLUMN id int NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;', dialect: mysql },
    { name: 'generated column', sql: "ALTER TABLE users ADD COLUMN email_domain varchar(50) AS (SUBSTRING_INDEX(email, '@', -1)) STORED NOT NULL;", dialect: mysql, base },
  ],
});

ruleTable('drop-default', {
  fires: [
    { name: 'ALTER COLUMN … DROP DEFAULT', sql: sql('ALTER TABLE users', '  ALTER COLUMN `score` DROP DEFAULT;'), line: 2, dialect: mysql, base },
    { name: 'ALTER … DROP DEFAULT without COLUMN keyword', sql: sql('ALTER TABLE users', '  ADD COLUMN x int NULL,', '  ALTER score DROP DEFAULT;'), line: 3, dialect: mysql, base },
    { name: 'MODIFY without the DEFAULT base had', sql: sql('ALTER TABLE users', '  MODIFY score int NOT NULL;'), line: 2, dialect: mysql, base },
    { name: 'CHANGE without the DEFAULT base had', sql: 'ALTER TABLE orders CHANGE total total decimal(10,2) NOT NULL;', line: 1, dialect: mysql, base },
    { name: 'ALTER COLUMN DROP DEFAULT without base history', sql: 'ALTER TABLE accounts ALTER COLUMN plan DROP DEFAULT;', line: 1, dialect: mysql },
    { name: 'MariaDB ALTER COLUMN DROP DEFAULT', sql: 'ALTER TABLE users ALTER COLUMN score DROP DEFAULT;', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'MODIFY keeps the default', sql: 'ALTER TABLE users MODIFY score int NOT NULL DEFAULT 0;', dialect: mysql, base },
    { name: 'MODIFY changes the default', sql: 'ALTER TABLE users MODIFY score int NOT NULL DEFAULT 10;', dialect: mysql, base },
    { name: 'ALTER COLUMN SET DEFAULT', sql: "ALTER TABLE users ALTER COLUMN nickname SET DEFAULT 'anon';", dialect: mysql, base },
    { name: 'MODIFY of a column without default in base', sql: 'ALTER TABLE users MODIFY nickname varchar(80);', dialect: mysql, base },
    { name: 'MODIFY drops DEFAULT NULL of a nullable column (NULL stays its default)', sql: 'ALTER TABLE users MODIFY name varchar(100);', dialect: mysql, base },
    { name: 'MODIFY adds DEFAULT NULL to a nullable column', sql: 'ALTER TABLE users MODIFY nickname varchar(50) DEFAULT NULL;', dialect: mysql, base },
    { name: 'column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN tmp int NOT NULL DEFAULT 0;', 'ALTER TABLE users ALTER COLUMN tmp DROP DEFAULT;'), dialect: mysql, base },
    { name: 'table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log MODIFY kind enum(\'a\',\'b\') NOT NULL;'), dialect: mysql },
  ],
});

ruleTable('add-unique-constraint', {
  fires: [
    { name: 'ADD UNIQUE KEY', sql: sql('ALTER TABLE users', '  ADD UNIQUE KEY `uq_users_nickname` (`nickname`);'), line: 2, dialect: mysql, base },
    { name: 'ADD UNIQUE INDEX, among ALGORITHM/LOCK', sql: sql('ALTER TABLE users', '  ADD UNIQUE INDEX uq_name (name),', '  ALGORITHM=INPLACE,', '  LOCK=NONE;'), line: 2, dialect: mysql, base },
    { name: 'ADD UNIQUE (bare)', sql: 'ALTER TABLE users ADD UNIQUE (nickname);', line: 1, dialect: mysql, base },
    { name: 'ADD CONSTRAINT … UNIQUE', sql: sql('ALTER TABLE orders', '  ADD COLUMN x int NULL,', '  ADD CONSTRAINT uq_orders_total UNIQUE (total);'), line: 3, dialect: mysql, base },
    { name: 'CREATE UNIQUE INDEX', sql: sql('-- one order per total', 'CREATE UNIQUE INDEX uq_total ON orders (total);'), line: 2, dialect: mysql, base },
    { name: 'ADD PRIMARY KEY on an existing table', sql: sql('ALTER TABLE accounts', '  ADD PRIMARY KEY (id);'), line: 2, dialect: mysql },
    { name: 'MariaDB ADD UNIQUE KEY', sql: 'ALTER TABLE users ADD UNIQUE KEY uq_nick (nickname);', line: 1, dialect: mariadb, base },
    // Every old write gets tenant 1: for the previous release the key is nickname's alone.
    { name: 'new column with a default, with an old one', sql: sql('ALTER TABLE users ADD COLUMN tenant int NOT NULL DEFAULT 1;', 'ALTER TABLE users ADD UNIQUE KEY uq_t (tenant, nickname);'), line: 2, dialect: mysql, base },
    { name: 'MODIFY … UNIQUE adds a unique index', sql: sql('ALTER TABLE users', '  MODIFY nickname varchar(50) UNIQUE;'), line: 2, dialect: mysql, base },
    { name: 'CHANGE … UNIQUE KEY', sql: 'ALTER TABLE users CHANGE nickname handle varchar(50) UNIQUE KEY;', line: 1, dialect: mysql, base },
    { name: 'MODIFY … PRIMARY KEY of a table without one', sql: 'ALTER TABLE accounts MODIFY id int NOT NULL PRIMARY KEY;', line: 1, dialect: mysql },
    { name: 'CREATE UNIQUE INDEX with ALGORITHM/LOCK', sql: 'CREATE UNIQUE INDEX uq_nick ON users (nickname) ALGORITHM=INPLACE LOCK=NONE;', line: 1, dialect: mysql, base },
    { name: 'ADD UNIQUE on old columns among new ones', sql: sql('ALTER TABLE users', '  ADD COLUMN handle varchar(50) NULL,', '  ADD UNIQUE KEY uq_name_nick (name, nickname);'), line: 3, dialect: mysql, base },
  ],
  quiet: [
    { name: 'UNIQUE KEY in a CREATE TABLE', sql: createdInPr, dialect: mysql },
    { name: 'unique index on a table created in this PR', sql: sql(createdInPr, 'CREATE UNIQUE INDEX uq_note ON audit_log (note);'), dialect: mysql },
    { name: 'unique key on a column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN handle varchar(50) NULL;', 'ALTER TABLE users ADD UNIQUE KEY uq_handle (handle);'), dialect: mysql, base },
    // Old writes leave tenant NULL, and NULLs are never equal: their rows never collide.
    { name: 'new nullable column with an old one', sql: sql('ALTER TABLE users ADD COLUMN tenant int NULL;', 'ALTER TABLE users ADD UNIQUE KEY uq_t (tenant, nickname);'), dialect: mysql, base },
    // note was unique in base: a key on note and more rejects nothing more.
    { name: 'looser than a unique index of base', sql: sql('ALTER TABLE orders', '  ADD COLUMN x int NULL,', '  ADD CONSTRAINT uq_orders_note2 UNIQUE (note, user_id);'), dialect: mysql, base },
    { name: 'the same columns as a unique index of base', sql: 'CREATE UNIQUE INDEX uq_note ON orders (note);', dialect: mysql, base },
    // uq_users_email (email) of the CREATE TABLE already keeps email unique.
    { name: 'looser than a UNIQUE KEY of base\'s CREATE TABLE', sql: sql('ALTER TABLE users', '  ADD COLUMN handle varchar(50) NULL,', '  ADD UNIQUE KEY uq_email_name (email, name);'), dialect: mysql, base },
    { name: 'column and its unique key added by one ALTER', sql: sql('ALTER TABLE users', '  ADD COLUMN handle varchar(50) NULL,', '  ADD UNIQUE KEY uq_handle (handle);'), dialect: mysql, base },
    { name: 'ADD COLUMN … UNIQUE (a new column)', sql: 'ALTER TABLE users ADD COLUMN handle varchar(50) NULL UNIQUE;', dialect: mysql, base },
    { name: 'ADD PRIMARY KEY on a table created in this PR', sql: sql('CREATE TABLE tags (id int NOT NULL, name varchar(20));', 'ALTER TABLE tags ADD PRIMARY KEY (id);'), dialect: mysql },
    { name: 'plain ADD INDEX', sql: 'ALTER TABLE users ADD INDEX idx_nick (nickname), ALGORITHM=INPLACE, LOCK=NONE;', dialect: mysql, base },
    { name: 'plain CREATE INDEX', sql: 'CREATE INDEX idx_note ON orders (note);', dialect: mysql, base },
    { name: 'MODIFY without UNIQUE', sql: 'ALTER TABLE users MODIFY nickname varchar(80) NULL;', dialect: mysql, base },
    { name: 'MODIFY … UNIQUE of a column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN handle varchar(50) NULL;', 'ALTER TABLE users MODIFY handle varchar(50) UNIQUE;'), dialect: mysql, base },
    { name: 'FULLTEXT index', sql: 'ALTER TABLE users ADD FULLTEXT INDEX ft_bio (bio);', dialect: mysql, base },
  ],
});

ruleTable('add-check-constraint', {
  fires: [
    { name: 'ADD CHECK', sql: sql('ALTER TABLE orders', '  ADD CHECK (total >= 0);'), line: 2, dialect: mysql, base },
    { name: 'ADD CONSTRAINT … CHECK, second action', sql: sql('ALTER TABLE users', '  ADD COLUMN x int NULL,', '  ADD CONSTRAINT chk_score CHECK (score BETWEEN 0 AND 100);'), line: 3, dialect: mysql, base },
    { name: 'MariaDB ADD CONSTRAINT CHECK', sql: 'ALTER TABLE orders ADD CONSTRAINT chk_total CHECK (total >= 0);', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'CHECK in CREATE TABLE', sql: 'CREATE TABLE t (a int, CONSTRAINT chk_a CHECK (a > 0));', dialect: mysql },
    { name: 'CHECK on a table created in this PR', sql: sql(createdInPr, "ALTER TABLE audit_log ADD CONSTRAINT chk_kind CHECK (kind <> 'b');"), dialect: mysql },
    { name: 'CHECK of a table created in this PR, named by a later ALTER', sql: sql('CREATE TABLE t2 (age int);', 'ALTER TABLE t2 ADD CONSTRAINT chk_age CHECK (age >= 0);'), dialect: mysql },
    { name: 'DROP CHECK relaxes', sql: 'ALTER TABLE orders DROP CHECK chk_total;', dialect: mysql, base },
  ],
});

ruleTable('add-foreign-key', {
  fires: [
    { name: 'ADD CONSTRAINT … FOREIGN KEY', sql: sql('ALTER TABLE `orders`', '  ADD CONSTRAINT `fk_orders_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;'), line: 2, dialect: mysql, base },
    { name: 'ADD FOREIGN KEY, second action after ADD INDEX', sql: sql('ALTER TABLE orders', '  ADD INDEX idx_u (user_id),', '  ADD FOREIGN KEY (user_id) REFERENCES users (id);'), line: 3, dialect: mysql, base },
    { name: 'MariaDB ADD CONSTRAINT FOREIGN KEY', sql: 'ALTER TABLE orders ADD CONSTRAINT fk_u FOREIGN KEY (user_id) REFERENCES users (id);', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'FOREIGN KEY in CREATE TABLE', sql: 'CREATE TABLE items (id int, order_id int, CONSTRAINT fk_i FOREIGN KEY (order_id) REFERENCES orders (id));', dialect: mysql, base },
    { name: 'on a table created in this PR', sql: sql(createdInPr, 'ALTER TABLE audit_log ADD CONSTRAINT fk_a FOREIGN KEY (id) REFERENCES users (id);'), dialect: mysql, base },
    { name: 'on a column added in this PR', sql: sql('ALTER TABLE orders ADD COLUMN coupon_id int NULL;', 'ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (coupon_id) REFERENCES coupons (id);'), dialect: mysql, base },
    { name: 'DROP FOREIGN KEY', sql: 'ALTER TABLE orders DROP FOREIGN KEY fk_orders_user;', dialect: mysql, base },
  ],
});

ruleTable('update-rows', {
  fires: [
    { name: 'UPDATE of an existing column', sql: sql("UPDATE `users`", "  SET `status` = 'banned'", '  WHERE score < 0;'), line: 1, dialect: mysql, base },
    { name: 'multi-table UPDATE … JOIN … SET a.x', sql: sql('-- copy', 'UPDATE orders o', '  JOIN users u ON u.id = o.user_id', '  SET o.note = u.email;'), line: 2, dialect: mysql, base },
    { name: 'UPDATE of a table not in base history', sql: 'UPDATE accounts SET plan = \'free\' WHERE plan IS NULL;', line: 1, dialect: mysql },
    { name: 'backfill of a new column plus an old one', sql: sql('ALTER TABLE users ADD COLUMN handle varchar(50) NULL;', 'UPDATE users SET handle = nickname, nickname = NULL;'), line: 2, dialect: mysql, base },
    { name: 'UPDATE in a procedure that is CALLed', sql: sql('DELIMITER $$', 'CREATE PROCEDURE fix()', 'BEGIN', "  UPDATE users SET status = 'active';", 'END $$', 'DELIMITER ;', 'CALL fix();'), line: 4, dialect: mysql, base },
    { name: 'MariaDB UPDATE', sql: 'UPDATE orders SET total = 0 WHERE total < 0;', line: 1, dialect: mariadb, base },
    { name: 'multi-table UPDATE of both tables: the second table', sql: sql('UPDATE orders o', '  INNER JOIN users u ON u.id = o.user_id', '  SET o.user_email = u.email, u.score = u.score + 1;'), line: 1, dialect: mysql, base: sql(base, 'ALTER TABLE orders ADD COLUMN user_email varchar(50) NULL;') },
    { name: 'UPDATE with an alias', sql: "UPDATE users AS u SET u.nickname = 'x' WHERE u.id = 1;", line: 1, dialect: mysql, base },
    { name: 'UPDATE … ORDER BY … LIMIT', sql: 'UPDATE LOW_PRIORITY users SET score = 0 ORDER BY id LIMIT 100;', line: 1, dialect: mysql, base },
    { name: 'INSERT … ON DUPLICATE KEY UPDATE rewrites existing rows', sql: sql('INSERT INTO users (id, email, status)', "  VALUES (1, 'a@b.c', 'banned')", '  ON DUPLICATE KEY UPDATE status = VALUES(status);'), line: 1, dialect: mysql, base },
    { name: 'REPLACE INTO deletes and rewrites existing rows', sql: sql('REPLACE INTO users (id, email)', "  VALUES (1, 'a@b.c');"), line: 1, dialect: mysql, base },
  ],
  quiet: [
    { name: 'backfill of a column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN handle varchar(50) NULL;', 'UPDATE users SET handle = nickname WHERE handle IS NULL;'), dialect: mysql, base },
    { name: 'multi-table backfill of a column added in this PR', sql: sql('ALTER TABLE orders ADD COLUMN user_email varchar(50) NULL;', 'UPDATE orders o JOIN users u ON u.id = o.user_id SET o.user_email = u.email;'), dialect: mysql, base },
    { name: 'UPDATE of a table created in this PR', sql: sql(createdInPr, "UPDATE audit_log SET note = 'x';"), dialect: mysql },
    { name: 'plain INSERT', sql: "INSERT INTO users (email) VALUES ('a@b.c');", dialect: mysql, base },
    { name: 'INSERT IGNORE', sql: "INSERT IGNORE INTO users (email) VALUES ('a@b.c');", dialect: mysql, base },
    { name: 'INSERT … ON DUPLICATE KEY UPDATE id = id (insert if missing)', sql: "INSERT INTO users (id, email) VALUES (1, 'a@b.c') ON DUPLICATE KEY UPDATE id = id;", dialect: mysql, base },
    { name: 'INSERT … SELECT', sql: 'INSERT INTO orders (user_id, total) SELECT id, 0 FROM users;', dialect: mysql, base },
    { name: 'REPLACE INTO a table created in this PR', sql: sql(createdInPr, "REPLACE INTO audit_log (id, actor) VALUES (1, 'x');"), dialect: mysql },
    { name: 'ON DUPLICATE KEY UPDATE of a column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN plan varchar(10) NULL;', "INSERT INTO users (id, email, plan) VALUES (1, 'a', 'free') ON DUPLICATE KEY UPDATE plan = VALUES(plan);"), dialect: mysql, base },
    { name: 'INSERT … ON DUPLICATE KEY UPDATE of a table created in this PR', sql: sql(createdInPr, "INSERT INTO audit_log (id, actor) VALUES (1, 'x') ON DUPLICATE KEY UPDATE actor = 'x';"), dialect: mysql },
    { name: 'SELECT … FOR UPDATE', sql: 'SELECT id FROM users WHERE id = 1 FOR UPDATE;', dialect: mysql, base },
    { name: 'UPDATE inside a trigger body (runs later, on writes)', sql: sql('CREATE TRIGGER users_bu BEFORE UPDATE ON users', '  FOR EACH ROW SET NEW.score = OLD.score + 1;'), dialect: mysql, base },
    {
      name: 'UPDATE inside a BEGIN … END trigger in a DELIMITER block',
      sql: sql('DELIMITER $$', 'CREATE TRIGGER orders_ai AFTER INSERT ON orders', 'FOR EACH ROW', 'BEGIN', '  UPDATE users SET score = score + 1 WHERE id = NEW.user_id;', 'END $$', 'DELIMITER ;'),
      dialect: mysql,
      base,
    },
    { name: 'UPDATE inside a scheduled EVENT', sql: sql('CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY', "  DO UPDATE users SET status = 'banned' WHERE score < -100;"), dialect: mysql, base },
  ],
});

ruleTable('delete-rows', {
  fires: [
    { name: 'DELETE FROM', sql: sql('-- purge', 'DELETE FROM `users`', '  WHERE status = \'banned\';'), line: 2, dialect: mysql, base },
    { name: 'multi-table DELETE', sql: 'DELETE o FROM orders o JOIN users u ON u.id = o.user_id WHERE u.status = \'banned\';', line: 1, dialect: mysql, base },
    { name: 'DELETE … LIMIT', sql: 'DELETE LOW_PRIORITY FROM orders WHERE total = 0 LIMIT 1000;', line: 1, dialect: mysql, base },
    { name: 'MariaDB DELETE', sql: 'DELETE FROM orders;', line: 1, dialect: mariadb, base },
    { name: 'DELETE through PREPARE/EXECUTE', sql: sql("SET @s = 'DELETE FROM orders WHERE total = 0';", 'PREPARE st FROM @s;', 'EXECUTE st;'), line: 1, dialect: mysql, base },
    { name: 'DELETE … USING', sql: 'DELETE FROM o USING orders AS o JOIN users AS u ON u.id = o.user_id WHERE u.score < 0;', line: 1, dialect: mysql, base },
    { name: 'DELETE with an alias', sql: 'DELETE u FROM users u WHERE u.score < 0;', line: 1, dialect: mysql, base },
  ],
  quiet: [
    { name: 'table created in this PR', sql: sql(createdInPr, 'DELETE FROM audit_log;'), dialect: mysql },
    { name: 'DELETE inside a trigger body', sql: 'CREATE TRIGGER users_ad AFTER DELETE ON users FOR EACH ROW DELETE FROM orders WHERE user_id = OLD.id;', dialect: mysql, base },
    { name: 'DELETE inside a procedure never called', sql: sql('DELIMITER $$', 'CREATE PROCEDURE purge()', 'BEGIN', '  DELETE FROM orders;', 'END $$', 'DELIMITER ;'), dialect: mysql, base },
    { name: 'DELETE of a table created in this PR (seeded)', sql: sql('CREATE TABLE seeds (id int);', 'INSERT INTO seeds VALUES (1);', 'DELETE FROM seeds WHERE id = 1;'), dialect: mysql },
  ],
});

ruleTable('truncate-table', {
  fires: [
    { name: 'TRUNCATE TABLE', sql: sql('SET FOREIGN_KEY_CHECKS=0;', 'TRUNCATE TABLE `orders`;', 'SET FOREIGN_KEY_CHECKS=1;'), line: 2, dialect: mysql, base },
    { name: 'TRUNCATE without TABLE', sql: 'TRUNCATE users;', line: 1, dialect: mysql, base },
    { name: 'TRUNCATE inside a CALLed procedure', sql: sql('DELIMITER //', 'CREATE PROCEDURE reset_orders()', 'BEGIN', '  TRUNCATE TABLE orders;', 'END //', 'DELIMITER ;', 'CALL reset_orders();'), line: 4, dialect: mysql, base },
    { name: 'MariaDB TRUNCATE TABLE', sql: 'TRUNCATE TABLE orders;', line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'table created in this PR', sql: sql(createdInPr, 'TRUNCATE TABLE audit_log;'), dialect: mysql },
    { name: 'TRUNCATE PARTITION is not a table truncate', sql: 'ALTER TABLE orders TRUNCATE PARTITION p0;', dialect: mysql, base },
  ],
});

ruleTable('rename-enum-value', {
  fires: [
    { name: 'MODIFY ENUM without one of its values', sql: sql('ALTER TABLE users', "  MODIFY `status` enum('active','suspended') NOT NULL DEFAULT 'active';"), line: 2, dialect: mysql, base },
    { name: 'CHANGE same name, ENUM loses a value', sql: "ALTER TABLE users CHANGE status status enum('active') NOT NULL DEFAULT 'active';", line: 1, dialect: mysql, base },
    { name: 'MariaDB MODIFY ENUM without a value', sql: "ALTER TABLE users MODIFY status enum('enabled','banned') NOT NULL;", line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'ENUM gains a value (add-enum-value)', sql: "ALTER TABLE users MODIFY status enum('active','banned','deleted') NOT NULL DEFAULT 'active';", dialect: mysql, base },
    { name: 'ENUM reordered', sql: "ALTER TABLE users MODIFY status enum('banned','active') NOT NULL DEFAULT 'active';", dialect: mysql, base },
    { name: 'ENUM column of a table created in this PR', sql: sql(createdInPr, "ALTER TABLE audit_log MODIFY kind enum('a') NOT NULL;"), dialect: mysql },
    { name: 'ENUM column added in this PR', sql: sql("ALTER TABLE users ADD COLUMN tier enum('x','y') NULL;", "ALTER TABLE users MODIFY tier enum('x') NULL;"), dialect: mysql, base },
  ],
});

ruleTable('add-enum-value', {
  fires: [
    { name: 'MODIFY ENUM gaining a value', sql: sql('ALTER TABLE users', "  MODIFY COLUMN `status` enum('active','banned','deleted') NOT NULL DEFAULT 'active';"), line: 2, dialect: mysql, base },
    { name: 'CHANGE same name, ENUM gains a value, among ALGORITHM', sql: sql('ALTER TABLE users', "  CHANGE status status enum('active','banned','pending') NOT NULL DEFAULT 'active',", '  ALGORITHM=INSTANT;'), line: 2, dialect: mysql, base },
    { name: 'MariaDB MODIFY ENUM gaining a value', sql: "ALTER TABLE users MODIFY status enum('active','banned','x') NOT NULL;", line: 1, dialect: mariadb, base },
  ],
  quiet: [
    { name: 'same values', sql: "ALTER TABLE users MODIFY status enum('active','banned') NOT NULL DEFAULT 'banned';", dialect: mysql, base },
    { name: 'ENUM column of a table created in this PR', sql: sql(createdInPr, "ALTER TABLE audit_log MODIFY kind enum('a','b','c') NOT NULL;"), dialect: mysql },
    { name: 'new ENUM column', sql: "ALTER TABLE users ADD COLUMN tier enum('x','y') NULL;", dialect: mysql, base },
  ],
});

ruleTable('revoke-privilege', {
  fires: [
    { name: 'REVOKE … ON db.* FROM user', sql: sql('-- tighten', "REVOKE INSERT, UPDATE ON app.* FROM 'app'@'%';"), line: 2, dialect: mysql },
    { name: 'REVOKE ALL PRIVILEGES', sql: "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'report'@'localhost';", line: 1, dialect: mysql },
    { name: 'DROP USER', sql: sql('SELECT 1;', "DROP USER 'legacy'@'%';"), line: 2, dialect: mysql },
    { name: 'DROP USER IF EXISTS', sql: "DROP USER IF EXISTS 'legacy'@'localhost';", line: 1, dialect: mysql },
    { name: 'REVOKE on one table', sql: sql('REVOKE SELECT', "  ON app.users FROM 'report'@'%';"), line: 1, dialect: mysql },
    { name: 'MariaDB REVOKE', sql: "REVOKE DELETE ON app.* FROM 'app'@'%';", line: 1, dialect: mariadb },
    { name: 'MariaDB DROP ROLE', sql: 'DROP ROLE readonly;', line: 1, dialect: mariadb },
  ],
  quiet: [
    { name: 'GRANT', sql: "GRANT SELECT ON app.* TO 'report'@'%';", dialect: mysql },
    { name: 'CREATE USER', sql: "CREATE USER IF NOT EXISTS 'report'@'%' IDENTIFIED BY 'x';", dialect: mysql },
  ],
});

ruleTable('unparsed-statement', {
  fires: [
    { name: 'a statement no parser reads', sql: sql('SELECT 1;', 'ALTER TABLE users FROBNICATE COLUMN x;'), line: 2, dialect: mysql, base },
    { name: 'CALL of a procedure the gate never saw', sql: 'CALL migrate_users();', line: 1, dialect: mysql },
  ],
  quiet: [
    { name: 'versioned comment with SET', sql: '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;', dialect: mysql },
    { name: 'LOCK/UNLOCK TABLES around a dump', sql: sql('LOCK TABLES `users` WRITE;', '/*!40000 ALTER TABLE `users` DISABLE KEYS */;', "INSERT INTO `users` VALUES (1,'a@b.c');", '/*!40000 ALTER TABLE `users` ENABLE KEYS */;', 'UNLOCK TABLES;'), dialect: mysql, base },
    { name: 'ALTER with ALGORITHM and LOCK', sql: 'ALTER TABLE users ADD COLUMN a int NULL, ALGORITHM=INPLACE, LOCK=NONE;', dialect: mysql, base },
    { name: 'ALTER INDEX … INVISIBLE (MySQL 8)', sql: 'ALTER TABLE users ALTER INDEX idx_users_name INVISIBLE;', dialect: mysql, base },
    { name: 'ALTER COLUMN … SET INVISIBLE (MySQL 8.0.23)', sql: 'ALTER TABLE users ALTER COLUMN bio SET INVISIBLE;', dialect: mysql, base },
    { name: 'ENGINE and ROW_FORMAT options', sql: 'ALTER TABLE users ENGINE=InnoDB, ROW_FORMAT=DYNAMIC;', dialect: mysql, base },
    { name: 'CREATE PROCEDURE in DELIMITER block', sql: sql('DELIMITER $$', 'CREATE PROCEDURE p()', 'BEGIN', '  SELECT 1;', 'END $$', 'DELIMITER ;'), dialect: mysql },
  ],
});

describe('suppression comments (SPEC 6) in MySQL', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('-- rollback-guard-ignore silences the next statement only', () => {
    const text = sql(
      '-- rollback-guard-ignore drop-column: the column has been unused since v3',
      'ALTER TABLE `users` DROP COLUMN `bio`;',
      'ALTER TABLE `users` DROP COLUMN `nickname`;',
    );
    const found = analyse(text, { dialect: mysql, base }).filter((f) => f.rule === 'drop-column');
    expect(found.map((f) => [f.line, f.suppressed ?? false])).toEqual([
      [2, true],
      [3, false],
    ]);
  });
  test('a suppression of another rule does not silence drop-column', () => {
    const text = sql('-- rollback-guard-ignore drop-table: wrong rule', 'ALTER TABLE users DROP COLUMN bio;');
    const found = analyse(text, { dialect: mysql, base }).filter((f) => f.rule === 'drop-column');
    expect(found.map((f) => f.suppressed ?? false)).toEqual([false]);
  });
});

describe('both MySQL readers map the shapes these cases rely on alike', () => {
  beforeAll(async () => {
    await prepareEngine(['mysql']);
  });
  const comparable = (ops: Operation[]) => ops.map((op) => (op.kind === 'other' ? { kind: 'other' } : op));
  test.each([
    'CREATE TABLE t (id int NOT NULL, email varchar(50) UNIQUE, a int DEFAULT NULL, PRIMARY KEY (id), UNIQUE KEY `uq_a` (`a`), KEY idx_a (a), CONSTRAINT uq_c UNIQUE (email))',
    "INSERT INTO users (id, email) VALUES (1, 'a') ON DUPLICATE KEY UPDATE email = VALUES(email), id = id, users.name = users.name",
    "REPLACE INTO users (id, email) VALUES (1, 'a')",
    'ALTER TABLE orders DROP PRIMARY KEY',
    'ALTER TABLE orders DROP INDEX `PRIMARY`',
    'DROP INDEX `PRIMARY` ON orders',
    'ALTER TABLE users MODIFY name varchar(100) DEFAULT NULL',
    'ALTER TABLE users MODIFY email varchar(20) NOT NULL UNIQUE, CHANGE a b int PRIMARY KEY',
    'ALTER TABLE users ADD COLUMN c varchar(5) UNIQUE, ADD UNIQUE (a, b), ADD INDEX (b), ADD UNIQUE KEY (c)',
    'CREATE TABLE t (a int, b int, UNIQUE KEY (a), KEY (b, a), UNIQUE (b))',
  ])('%s', (text) => {
    const fast = parseMysqlFast(text, 1);
    const slow = parseMysql(text, 1);
    expect(Array.isArray(fast)).toBe(true);
    expect(slow.ok).toBe(true);
    expect(comparable(fast as Operation[])).toEqual(comparable(slow.ok ? slow.ops : []));
  });
});

// MySQL renames last: the column added in the same ALTER TABLE is on the renamed table.
ruleTable('widen-column-type', {
  fires: [
    {
      name: 'RENAME TO and ADD COLUMN in one ALTER, then the new column widened on the new name',
      sql: 'ALTER TABLE t2 MODIFY b varchar(40);',
      line: 1,
      dialect: mysql,
      path: 'db/migrations/0003_widen.sql',
      base: { 'db/migrations/0001_t.sql': 'CREATE TABLE t (id int);', 'db/migrations/0002_rename.sql': 'ALTER TABLE t RENAME TO t2, ADD COLUMN b varchar(20);' },
    },
  ],
  quiet: [],
});
