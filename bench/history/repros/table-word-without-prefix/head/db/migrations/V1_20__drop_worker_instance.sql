DROP TABLE IF EXISTS worker_instance;
