CREATE TABLE t_ds_relation_process_instance (
  id int NOT NULL AUTO_INCREMENT,
  parent_process_instance_id int DEFAULT NULL,
  parent_task_instance_id int DEFAULT NULL,
  process_instance_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_parent_process_task (parent_process_instance_id, parent_task_instance_id),
  KEY idx_process_instance_id (process_instance_id)
) ENGINE=InnoDB;
