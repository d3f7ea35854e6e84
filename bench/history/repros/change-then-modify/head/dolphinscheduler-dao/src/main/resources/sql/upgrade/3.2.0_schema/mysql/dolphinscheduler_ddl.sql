ALTER TABLE t_ds_command ADD COLUMN worker_group varchar(255) DEFAULT NULL COMMENT 'worker group';
