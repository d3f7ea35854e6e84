CREATE TABLE t_ds_udfs (
  id int NOT NULL,
  func_name varchar(100) NOT NULL,
  description varchar(255) DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE t_ds_version (
  id int NOT NULL,
  version varchar(200) NOT NULL,
  PRIMARY KEY (id)
);
