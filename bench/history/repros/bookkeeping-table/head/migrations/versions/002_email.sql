ALTER TABLE accounts ADD COLUMN email text;

UPDATE alembic_version SET version_num='002' WHERE alembic_version.version_num = '001';
