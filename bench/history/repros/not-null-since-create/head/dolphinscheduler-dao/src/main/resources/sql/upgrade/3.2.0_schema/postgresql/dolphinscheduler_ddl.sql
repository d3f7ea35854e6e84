ALTER TABLE t_ds_udfs alter column func_name type varchar(255);
ALTER TABLE t_ds_udfs alter column func_name set NOT NULL ;
ALTER TABLE t_ds_version alter column version type varchar(63);
ALTER TABLE t_ds_version alter column version set NOT NULL;
