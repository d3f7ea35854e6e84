ALTER TABLE identities ADD COLUMN external_id varchar(64);
