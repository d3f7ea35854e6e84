ALTER SEQUENCE jobs_id_seq RENAME TO job_ids;
