CREATE TABLE IF NOT EXISTS namespaces (
  `key` VARCHAR(255) UNIQUE NOT NULL,
  PRIMARY KEY (`key`)
);
INSERT INTO namespaces (`key`) VALUES ('default');

ALTER TABLE flags ADD COLUMN namespace_key VARCHAR(255) NOT NULL DEFAULT 'default';
ALTER TABLE flags DROP INDEX `key`, ADD INDEX `key` (`key`) USING BTREE;
ALTER TABLE flags DROP PRIMARY KEY, ADD PRIMARY KEY (`namespace_key`, `key`);

ALTER TABLE variants ADD COLUMN namespace_key VARCHAR(255) NOT NULL DEFAULT 'default';
ALTER TABLE variants DROP FOREIGN KEY `variants_ibfk_1`;
ALTER TABLE variants ADD FOREIGN KEY (namespace_key) REFERENCES namespaces(`key`) ON DELETE CASCADE;
ALTER TABLE variants ADD FOREIGN KEY (namespace_key, flag_key) REFERENCES flags(`namespace_key`, `key`) ON DELETE CASCADE;
