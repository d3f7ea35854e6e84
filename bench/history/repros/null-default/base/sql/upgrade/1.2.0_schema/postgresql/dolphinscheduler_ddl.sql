CREATE TABLE t_ds_task_instance (
  id int NOT NULL,
  log_path varchar(200) DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE t_ds_worker_group (
  id bigint NOT NULL,
  description varchar(255) DEFAULT NULL::character varying,
  PRIMARY KEY (id)
);
