-- Rename tables and fields from process to workflow
DROP PROCEDURE if EXISTS rename_tables_and_fields_from_process_to_workflow;
delimiter d//
CREATE PROCEDURE rename_tables_and_fields_from_process_to_workflow()
BEGIN

ALTER TABLE t_ds_command change process_definition_code workflow_definition_code bigint(20);
ALTER TABLE t_ds_command change process_instance_priority workflow_instance_priority int(11);

RENAME TABLE t_ds_process_instance TO t_ds_workflow_instance;

ALTER TABLE `t_ds_command` MODIFY COLUMN `workflow_definition_code` bigint NOT NULL COMMENT "workflow definition code", MODIFY COLUMN `workflow_instance_priority` int NULL DEFAULT 2 COMMENT "workflow instance priority";
ALTER TABLE `t_ds_workflow_instance` MODIFY COLUMN `state` tinyint NULL COMMENT "workflow instance state", MODIFY COLUMN `host` varchar(135) NULL COMMENT "workflow instance host";

END;
d//
delimiter ;
CALL rename_tables_and_fields_from_process_to_workflow;
DROP PROCEDURE rename_tables_and_fields_from_process_to_workflow;
