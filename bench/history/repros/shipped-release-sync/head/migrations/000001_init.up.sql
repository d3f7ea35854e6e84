CREATE TABLE launch (id int, retention_policy text, mode text);
