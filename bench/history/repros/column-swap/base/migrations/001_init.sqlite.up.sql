CREATE TABLE codes (id TEXT PRIMARY KEY, address_type CHAR(36));
