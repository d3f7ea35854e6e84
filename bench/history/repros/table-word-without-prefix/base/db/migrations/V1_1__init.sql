CREATE TABLE worker_instance (key varchar(250) NOT NULL PRIMARY KEY, value text NOT NULL);
