ALTER TABLE "t_ds_process_definition" DROP COLUMN IF EXISTS "tenant_id";
ALTER TABLE "t_ds_process_instance" DROP COLUMN IF EXISTS "tenant_id";
ALTER TABLE "t_ds_fav_task" DROP COLUMN IF EXISTS "task_name";
