DROP PROCEDURE if EXISTS rename_tables_and_fields_from_process_to_workflow;
delimiter d//
CREATE PROCEDURE rename_tables_and_fields_from_process_to_workflow()
BEGIN
ALTER TABLE t_ds_relation_process_instance change parent_process_instance_id parent_workflow_instance_id int(11);
ALTER TABLE t_ds_relation_process_instance change process_instance_id workflow_instance_id int(11);
RENAME TABLE t_ds_relation_process_instance TO t_ds_relation_workflow_instance;
ALTER TABLE `t_ds_relation_workflow_instance` MODIFY COLUMN `parent_task_instance_id` int NULL COMMENT "parent task instance id", DROP INDEX `idx_parent_process_task`, ADD INDEX `idx_parent_workflow_task` (`parent_workflow_instance_id`, `parent_task_instance_id`), ADD INDEX `idx_workflow_instance_id` (`workflow_instance_id`);
ALTER TABLE `t_ds_relation_workflow_instance` DROP INDEX `idx_process_instance_id`;
END;
d//
delimiter ;
CALL rename_tables_and_fields_from_process_to_workflow;
DROP PROCEDURE rename_tables_and_fields_from_process_to_workflow;
