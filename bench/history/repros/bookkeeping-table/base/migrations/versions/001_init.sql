CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);
CREATE TABLE accounts (id int PRIMARY KEY, name text);
