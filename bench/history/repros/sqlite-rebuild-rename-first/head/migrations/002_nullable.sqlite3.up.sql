ALTER TABLE tokens RENAME TO _tokens_old;
CREATE TABLE tokens (id TEXT PRIMARY KEY, address_id TEXT);
INSERT INTO tokens (id, address_id) SELECT id, address_id FROM _tokens_old;
DROP TABLE _tokens_old;
