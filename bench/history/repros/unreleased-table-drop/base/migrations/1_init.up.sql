CREATE TABLE launch (id bigint PRIMARY KEY, name text);
