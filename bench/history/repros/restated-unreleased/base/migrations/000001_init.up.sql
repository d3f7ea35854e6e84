CREATE TABLE users (id int, last_login numeric);
