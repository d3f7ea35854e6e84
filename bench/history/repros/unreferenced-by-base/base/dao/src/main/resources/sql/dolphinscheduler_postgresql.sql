DROP SEQUENCE IF EXISTS t_ds_process_instance_id_sequence;
CREATE SEQUENCE t_ds_process_instance_id_sequence;
CREATE TABLE t_ds_process_instance (
  id int NOT NULL DEFAULT nextval('t_ds_process_instance_id_sequence'::regclass) PRIMARY KEY,
  name varchar(255)
);
