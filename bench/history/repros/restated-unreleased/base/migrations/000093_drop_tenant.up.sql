ALTER TABLE "t_ds_process_definition" DROP "tenant_id";
ALTER TABLE "t_ds_process_instance" DROP "tenant_id";
