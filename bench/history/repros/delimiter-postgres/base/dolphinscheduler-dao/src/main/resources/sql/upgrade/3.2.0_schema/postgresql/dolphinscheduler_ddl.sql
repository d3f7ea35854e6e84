CREATE TABLE t_ds_alert_plugin_instance (id int PRIMARY KEY, instance_type int, warning_type int);
CREATE TABLE t_ds_trigger_relation (id int PRIMARY KEY, trigger_code bigint);
