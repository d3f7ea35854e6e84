CREATE TABLE robot (id int PRIMARY KEY, name text);
